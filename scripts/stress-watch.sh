#!/usr/bin/env bash
# Stress: N small referral files (default 10,000) dropped into a watched inbox at once, then
# `liaison watch --once`; prints the time, the peak memory, and checks that every file ended
# exactly once in archive/ or failed/ and that the ledger agrees.
# With --kill-loop [N] (default 200 files): the watcher is started and killed with kill -9 at a
# random moment (250-450 ms into its life, MIN_MS and SPAN_MS), again and again (KILLS times, default 40), then run once to the end; prints
# the kills, and the files lost and converted twice (both must be 0).
# Usage: scripts/stress-watch.sh [N] | --kill-loop [N]. Needs GNU time (apt-get install -y time)
# and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--kill-loop" ]; then
    shift
    exec scripts/kill-loop-watch.sh "$@"
fi
n=${1:-10000}
sample=${SAMPLE:-Samples/disc-herniation.referral.xml}
[ -f "$sample" ] || { echo "stress-watch: no sample at $sample" >&2; exit 2; }
source scripts/lib.sh
need /usr/bin/time time
bin=$(release_liaison)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/watch/inbox"
# Distinct content (a trailing comment) so none is a duplicate; built in a side folder and moved
# in, as a copy tool would.
mkdir "$work/staging"
python3 - "$sample" "$work/staging" "$n" <<'PY'
import sys, os
data = open(sys.argv[1], "rb").read()
for i in range(int(sys.argv[3])):
    with open(os.path.join(sys.argv[2], "referral-%05d.xml" % i), "wb") as f:
        f.write(data + b"\n<!-- copy %d -->\n" % i)
PY
find "$work/staging" -name '*.xml' -exec mv -t "$work/watch/inbox" {} +

/usr/bin/time -f '%e %M' -o "$work/time" "$bin" watch "$work/watch" --once --settle 0.2 --jobs "$(nproc)" \
    2>"$work/watch.log" || { tail -5 "$work/watch.log"; exit 1; }
read -r seconds kb <"$work/time"
archived=$(find "$work/watch/archive" -type f | wc -l)
failed=$(find "$work/watch/failed" -type f ! -name '*.error.txt' | wc -l)
left=$(find "$work/watch/inbox" -type f | wc -l)
outputs=$(find "$work/watch/outbox" -mindepth 1 -maxdepth 1 -type d | wc -l)
rows=$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(" ".join("%s=%d" % r for r in c.execute("select status, count(*) from watch_document group by status")))' \
    "$work/watch/.liaison/ledger.sqlite")
echo "files: $n, seconds: $seconds, peak memory: $(awk -v k="$kb" 'BEGIN { printf "%.1f MB", k / 1024 }')"
echo "archive: $archived, failed: $failed, left in inbox: $left, outbox folders: $outputs, ledger: $rows"
if [ $((archived + failed)) -eq "$n" ] && [ "$left" -eq 0 ] && [ "$outputs" -eq "$archived" ]; then
    echo "every file accounted for exactly once"
else
    echo "MISMATCH"
    exit 1
fi
