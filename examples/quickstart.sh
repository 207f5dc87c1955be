#!/usr/bin/env bash
# A first tour of lmsctl on the embedded default store ($XDG_DATA_HOME/lmsctl/lms.db):
# a tenant, the users of examples/team.csv, a rule group, and the audit trail.
# Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
lmsctl() { ./target/release/lmsctl "$@"; }
export LMSCTL_TENANT=demo

lmsctl tenant show demo >/dev/null 2>&1 || lmsctl tenant create demo --name "Demo GmbH" >/dev/null
tail -n +2 examples/team.csv | while IFS=, read -r ext email first last dept loc start; do
    lmsctl user show "$ext" >/dev/null 2>&1 ||
        lmsctl -q user add --external-id "$ext" --email "$email" --first-name "$first" \
            --last-name "$last" --department "$dept" --location "$loc" --start-date "$start" >/dev/null
done
lmsctl group show vertrieb-berlin >/dev/null 2>&1 ||
    lmsctl group create vertrieb-berlin --rule 'department = "Vertrieb" and location = "Berlin"' >/dev/null

echo "== users of tenant demo"
lmsctl user list
echo "== members of the rule group vertrieb-berlin"
lmsctl group show vertrieb-berlin
echo "== audit trail"
lmsctl audit list --limit 5
lmsctl audit verify -o json
