#!/usr/bin/env bash
# The README's story on a store of its own, and the two report pages a manager would
# print: an academy (akademie) with two client tenants, the shared mandatory courses
# ARBSCHUTZ (renewed every 12 months) and DSGVO (every 24 months), a client's own
# fire-safety course, 34 people with every status, reported as of 2027-04-15.
#   examples/report_pages.sh [OUT_DIR]   # writes OUT_DIR/report-compliance.html and report-tenants.html
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.}
mkdir -p "$out"
cargo build --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LMSCTL_STORE="$work/story.db"
lmsctl() { ./target/debug/lmsctl -q "$@" >/dev/null; }
# Each step happens on its own day: LMSCTL_TODAY is the day lmsctl takes as today.
on() { LMSCTL_TODAY=$1 ./target/debug/lmsctl -q "${@:2}" >/dev/null; }

on 2026-01-05 tenant create akademie --name "Akademie Nord"
on 2026-01-05 tenant create kunde-a --name "Stadtwerke Kiel" --parent akademie
on 2026-01-05 tenant create kunde-b --name "Hafenlogistik Bremen" --parent akademie
on 2026-01-05 --tenant akademie course create ARBSCHUTZ --title "Arbeitsschutzunterweisung" \
    --mandatory --valid-for 12m --shared
on 2026-01-05 --tenant akademie course create DSGVO --title "Datenschutz-Grundschulung" \
    --mandatory --valid-for 24m --shared
on 2026-01-05 --tenant kunde-a course create BRANDSCHUTZ --title "Brandschutzhelfer" --mandatory

# HR exports as the README's import reads them (German Excel: ';', dd.mm.yyyy).
people() { # tenant domain first-number count
    echo "Personalnummer;Vorname;Nachname;E-Mail;Abteilung;Standort;Eintrittsdatum"
    local first=(Anna Jürgen Li Fatma Peter Sabine Kai Olga Hans Mia Tobias Elif Lars Nina Jonas Petra)
    local last=(Schmidt Müller Wei Yılmaz Becker Wagner Hoffmann Schulz Koch Richter Klein Wolf Neumann Braun Zimmermann Krüger)
    local depts=(Vertrieb Technik Verwaltung Netzbetrieb)
    local sites=(Kiel Lübeck Bremen)
    for ((i = 0; i < $4; i++)); do
        local f=${first[i % 16]} l=${last[(i * 7 + i / 16) % 16]}
        echo "P$(($3 + i));$f;$l;$(echo "$f.$l" | tr 'A-ZÄÖÜ' 'a-zäöü' | sed 's/ü/ue/g; s/ö/oe/g; s/ä/ae/g; s/ı/i/g')@$2;${depts[i % 4]};${sites[i % 3]};01.0$((i % 9 + 1)).2020"
    done
}
people kunde-a stadtwerke-kiel.de 1000 18 >"$work/kunde-a.csv"
people kunde-b hafen-bremen.de 2000 12 >"$work/kunde-b.csv"
people akademie akademie-nord.de 100 4 >"$work/akademie.csv"
for t in kunde-a kunde-b akademie; do on 2026-01-05 --tenant "$t" import users "$work/$t.csv"; done

on 2026-01-05 --tenant kunde-a assign ARBSCHUTZ --all-users --due 2027-03-31
on 2026-01-05 --tenant kunde-a assign DSGVO --all-users --due 2027-06-30
on 2026-01-05 --tenant kunde-a assign BRANDSCHUTZ --all-users --due 2027-05-31
on 2026-01-05 --tenant kunde-b assign ARBSCHUTZ --all-users --due 2027-04-30
on 2026-01-05 --tenant kunde-b assign DSGVO --all-users --due 2027-03-31
on 2026-01-05 --tenant akademie assign ARBSCHUTZ --all-users --due 2027-03-31

done_on() { # tenant course date users...
    local tenant=$1 course=$2 date=$3
    shift 3
    for user in "$@"; do on "$date" --tenant "$tenant" complete "$course" --user "$user" --date "$date"; done
}
progress() { # tenant course date percent users...
    local tenant=$1 course=$2 date=$3 percent=$4
    shift 4
    for user in "$@"; do on "$date" --tenant "$tenant" assign progress "$course" --user "$user" --percent "$percent"; done
}
# ARBSCHUTZ in kunde-a (due 2027-03-31): 6 valid, 3 running out in May 2027 (expiring),
# 2 ran out in March 2027 (expired), the other 7 overdue.
done_on kunde-a ARBSCHUTZ 2026-10-12 P1000 P1001 P1002
done_on kunde-a ARBSCHUTZ 2027-04-06 P1003 P1004 P1005
done_on kunde-a ARBSCHUTZ 2026-05-04 P1006 P1007 P1008
done_on kunde-a ARBSCHUTZ 2026-03-09 P1009 P1010
# DSGVO in kunde-a (due 2027-06-30): 5 done, 4 started, the rest not started yet.
done_on kunde-a DSGVO 2026-11-20 P1000 P1003 P1006 P1011 P1012
progress kunde-a DSGVO 2027-04-09 40 P1001 P1004 P1013 P1014
# BRANDSCHUTZ in kunde-a (due 2027-05-31, no renewal): 11 done, 3 started.
done_on kunde-a BRANDSCHUTZ 2027-02-15 P1000 P1001 P1002 P1003 P1004 P1005 P1006 P1007 P1008 P1009 P1010
progress kunde-a BRANDSCHUTZ 2027-04-12 70 P1011 P1012 P1015
# kunde-b: ARBSCHUTZ (due 2027-04-30) 5 done, 3 started; DSGVO (due 2027-03-31) 3 done, 9 overdue.
done_on kunde-b ARBSCHUTZ 2027-04-08 P2000 P2001 P2002 P2003 P2004
progress kunde-b ARBSCHUTZ 2027-04-13 60 P2005 P2006 P2007
done_on kunde-b DSGVO 2026-02-02 P2000 P2001 P2002
# akademie's own staff: all four done.
done_on akademie ARBSCHUTZ 2027-01-20 P100 P101 P102 P103

report() { LMSCTL_TODAY=2027-04-15 ./target/debug/lmsctl --tenant akademie report "$@"; }
report compliance --include-children --as-of 2027-04-15 -o html >"$out/report-compliance.html"
report tenants --as-of 2027-04-15 -o html >"$out/report-tenants.html"
echo "wrote $out/report-compliance.html and $out/report-tenants.html" >&2
