#!/usr/bin/env bash
# A first tour of lmsctl doing the nightly job: import an HR export (German Excel:
# ';', UTF-8 with BOM, dd.mm.yyyy), keep a rule group current, look at tomorrow's
# export before applying it, then sync it. Safe to run again: imports are idempotent.
#
# It works on a store of its own, target/quickstart.db, never on
# your default store, with the lmsctl on your PATH (else it builds one).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v lmsctl >/dev/null; then
    LMSCTL=$(command -v lmsctl)
else
    cargo build --release --quiet
    LMSCTL=./target/release/lmsctl
fi
lmsctl() { "$LMSCTL" "$@"; }
export LMSCTL_STORE=target/quickstart.db
export LMSCTL_TENANT=demo

lmsctl tenant show demo >/dev/null 2>&1 || lmsctl -q tenant create demo --name "Demo GmbH" >/dev/null
lmsctl group show vertrieb-berlin >/dev/null 2>&1 ||
    lmsctl -q group create vertrieb-berlin --rule 'department = "Vertrieb" and location = "Berlin"' >/dev/null

echo "== import today's HR export"
lmsctl import users examples/hr_export.csv
lmsctl user list
echo
echo "== members of the rule group vertrieb-berlin"
lmsctl group show vertrieb-berlin
echo
echo "== tomorrow's export: what would change (nothing is written)"
lmsctl import users examples/hr_export_next_day.csv --mode sync --max-suspend 20% --dry-run
echo
echo "== apply it"
lmsctl import users examples/hr_export_next_day.csv --mode sync --max-suspend 20%
lmsctl group show vertrieb-berlin
echo
echo "== audit trail"
lmsctl audit list --limit 5
lmsctl audit verify -q -o json
