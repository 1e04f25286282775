#!/usr/bin/env bash
# Run by `scripts/stress-watch.sh --kill-loop [N]`: N distinct referrals (default 200) in a
# watched inbox; `liaison watch` is started and killed with kill -9 after a random 250-450 ms,
# KILLS times (default 40), while files remain unfiled; then `liaison watch --once` finishes the rest.
# Counts every input: lost (nowhere), converted twice (a second outbox folder, a second
# archived copy, a second ledger row), and checks that the ledger agrees with the folders.
# Every other file is a red-flag referral: each must end `refer-back` in the ledger with its
# `--on-alert` sent, and the alert command must have seen its folder (at least once).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
kills_wanted=${KILLS:-40}
# Each life lasts MIN_MS plus up to SPAN_MS milliseconds (default 250-450 ms: the release binary
# takes about 300 ms to load its knowledge base, so kills land both during start-up and
# mid-conversion; MIN_MS=30 SPAN_MS=150 kills it only while it starts).
min_ms=${MIN_MS:-250}
span_ms=${SPAN_MS:-200}
sample=${SAMPLE:-Samples/disc-herniation.referral.xml}
red=${RED_SAMPLE:-Samples/cauda-equina-red-flag.referral.xml}
source scripts/lib.sh
bin=$(release_liaison)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
mkdir -p "$work/watch/inbox" "$work/staging"
printf '#!/bin/sh\necho "$1" >> "%s/alerts"\n' "$work" >"$work/alert.sh"
chmod 700 "$work/alert.sh"
python3 - "$sample" "$work/staging" "$n" "$red" <<'PY'
import sys, os
plain, red = open(sys.argv[1], "rb").read(), open(sys.argv[4], "rb").read()
for i in range(int(sys.argv[3])):
    data = red if i % 2 else plain
    with open(os.path.join(sys.argv[2], "referral-%04d.xml" % i), "wb") as f:
        f.write(data.replace(b'<document id="', b'<document id="KILL-%04d-' % i, 1))
PY
find "$work/staging" -name '*.xml' -exec mv -t "$work/watch/inbox" {} +

kills=0
lives=0
start=$(date +%s.%N)
# filed: originals in archive/ and failed/ (not their notes).
filed() { { find "$work/watch/archive" "$work/watch/failed" -type f ! -name '*.error.txt' 2>/dev/null || true; } | wc -l; }
while [ "$kills" -lt "$kills_wanted" ] && [ "$(filed)" -lt "$n" ]; do
    "$bin" watch "$work/watch" --settle 0.05 --rescan 0.2 --jobs 2 --on-alert "$work/alert.sh" >>"$work/watch.log" 2>&1 &
    pid=$!
    lives=$((lives + 1))
    sleep "$(awk -v r="$RANDOM" -v lo="$min_ms" -v span="$span_ms" 'BEGIN { printf "%.3f", (lo + r % span) / 1000 }')"
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
    wait "$pid" 2>/dev/null || true
done
left=$((n - $(filed)))
"$bin" watch "$work/watch" --once --settle 0.05 --rescan 0.2 --on-alert "$work/alert.sh" >>"$work/watch.log" 2>&1
end=$(date +%s.%N)

python3 - "$work/watch" "$n" "$kills" "$left" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')" <<'PY'
import os, sqlite3, sys, collections
root, n, kills, left, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
names = ["referral-%04d.xml" % i for i in range(n)]
def listing(folder):
    path = os.path.join(root, folder)
    return [f for f in os.listdir(path) if not f.startswith(".")] if os.path.isdir(path) else []
archive, failed = listing("archive"), [f for f in listing("failed") if not f.endswith(".error.txt")]
inbox, outbox = listing("inbox"), listing("outbox")
work = [f for d in listing(".liaison/work") for f in os.listdir(os.path.join(root, ".liaison/work", d)) if f != "lock"]
rows = sqlite3.connect(os.path.join(root, ".liaison/ledger.sqlite")).execute(
    "select originalName, status, archivedAs, outputFolder, plan, alert from watch_document").fetchall()
per_name = collections.Counter(r[0] for r in rows)
filed = collections.Counter(archive + failed)
lost = [x for x in names if filed[x] == 0 and x not in inbox]
twice = sorted(set(x for x in names if filed[x] > 1 or per_name[x] > 1)
               | set(f for f in archive if f not in names) | set(d for d in outbox if d + ".xml" not in names))
statuses = collections.Counter(r[1] for r in rows)
agrees = all(r[2] and os.path.exists(os.path.join(root, r[2])) for r in rows) and statuses.get("processing", 0) == 0
print("files: %d, kill -9: %d, files not yet filed at the last kill: %d, seconds: %s" % (n, kills, left, seconds))
print("archive: %d, failed: %d, inbox: %d, claimed: %d, outbox folders: %d, ledger: %s" % (
    len(archive), len(failed), len(inbox), len(work), len(outbox), dict(statuses)))
print("lost: %d, converted or filed twice: %d, ledger agrees with the folders: %s" % (len(lost), len(twice), "yes" if agrees else "NO"))
alerts_path = os.path.join(os.path.dirname(root), "alerts")
alerted = collections.Counter(os.path.basename(l.strip()) for l in open(alerts_path)) if os.path.exists(alerts_path) else collections.Counter()
red = [r for r in rows if int(r[0][9:13]) % 2]
red_wrong = [r[0] for r in red if r[4] != "refer-back" or r[5] != "sent" or alerted[r[3]] == 0]
plain_wrong = [r[0] for r in rows if not int(r[0][9:13]) % 2 and r[4] == "refer-back"]
print("red-flag referrals: %d, refer-back with the alert sent and seen: %d, alerts sent twice: %d, plain referrals read as refer-back: %d" % (
    len(red), len(red) - len(red_wrong), sum(1 for c in alerted.values() if c > 1), len(plain_wrong)))
ok = not lost and not twice and agrees and len(archive) + len(failed) == n and not inbox and not work
ok = ok and not red_wrong and not plain_wrong
print("every file accounted for exactly once" if ok else "MISMATCH: lost %s twice %s alerts %s" % (lost[:5], twice[:5], red_wrong[:5]))
sys.exit(0 if ok else 1)
PY
