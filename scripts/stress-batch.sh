#!/usr/bin/env bash
# Stress: N small distinct referrals (default 100,000) through `liaison batch`, against
# `xmllint --noout` over the same files as the baseline; prints the peak memory, the time per
# document, the ratio to xmllint, and checks that the report lists every input once.
# The documents are made from the Samples/*.referral.xml files by varying the document id
# (and patient identifier), 1,000 per folder, in a temporary folder deleted at the end (never
# in the checkout). A second run at N/10 shows whether memory grows with N.
# Usage: scripts/stress-batch.sh [N]; JOBS (default: cores), FORMAT (default html,markdown,json),
# TMPDIR for where the files go (about 2 KB in, 30 KB out per document).
# Needs GNU time and xmllint (apt-get install -y time libxml2-utils) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
jobs=${JOBS:-$(nproc)}
format=${FORMAT:-html,markdown,json}
source scripts/lib.sh
need /usr/bin/time time
need xmllint libxml2-utils
bin=$(release_liaison)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# generate COUNT FOLDER: COUNT distinct referrals under FOLDER/NNN/.
generate() {
    python3 - "$1" "$2" Samples/*.referral.xml <<'PY'
import os, sys
count, folder, samples = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
bodies = [open(s, "rb").read() for s in samples]
for i in range(count):
    sub = os.path.join(folder, "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(sub, exist_ok=True)
    body = bodies[i % len(bodies)]
    body = body.replace(b'<document id="', b'<document id="STRESS-%07d-' % i, 1)
    body = body.replace(b'value="RSF-', b'value="RSF-%07d-' % i, 1)
    with open(os.path.join(sub, "referral-%07d.xml" % i), "wb") as f:
        f.write(body)
PY
}

# run NAME COMMAND...: prints "seconds peak-kB" of one run.
run() {
    local name=$1
    shift
    /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
        echo "stress-batch: $name failed:" >&2
        tail -5 "$work/$name.err" >&2
        exit 1
    }
    cat "$work/$name.time"
}

check() {
    python3 - "$1/batch-report.json" "$2" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
inputs = [d["input"] for d in report["documents"]]
expected = int(sys.argv[2])
ok = len(inputs) == expected and len(set(inputs)) == expected and report["summary"]["total"] == expected
print("report: %d documents, %d distinct, summary %s: %s" % (len(inputs), len(set(inputs)), report["summary"], "every input once" if ok else "MISMATCH"))
sys.exit(0 if ok else 1)
PY
}

small=$((n / 10))
generate "$small" "$work/in-small"
generate "$n" "$work/in"
find "$work/in" -name '*.xml' -print0 >"$work/files"
read -r xml_s xml_kb < <(run xmllint xargs -0 -a "$work/files" xmllint --noout)
read -r small_s small_kb < <(run small "$bin" batch "$work/in-small" --output "$work/out-small" --jobs "$jobs" --format "$format")
rm -rf "$work/out-small" "$work/in-small"
read -r big_s big_kb < <(run big "$bin" batch "$work/in" --output "$work/out" --jobs "$jobs" --format "$format")
check "$work/out" "$n"

awk -v n="$n" -v s="$small" -v x="$xml_s" -v xk="$xml_kb" -v a="$small_s" -v ak="$small_kb" -v b="$big_s" -v bk="$big_kb" \
    -v jobs="$jobs" -v cores="$(nproc)" 'BEGIN {
    printf "documents: %d (and %d), jobs: %d, cores: %d\n", n, s, jobs, cores
    printf "%-28s %9s %10s %9s\n", "", "seconds", "ms/doc", "peak MB"
    printf "%-28s %9.1f %10.3f %9.1f\n", "xmllint --noout", x, x * 1000 / n, xk / 1024
    printf "%-28s %9.1f %10.3f %9.1f\n", sprintf("liaison batch, %d docs", s), a, a * 1000 / s, ak / 1024
    printf "%-28s %9.1f %10.3f %9.1f\n", sprintf("liaison batch, %d docs", n), b, b * 1000 / n, bk / 1024
    printf "batch / xmllint per document: %.1fx\n", (b / n) / (x / n)
    printf "peak memory at %d docs / at %d docs: %.2fx\n", n, s, bk / ak
    printf "peak memory: %.1f MB (goal < 64 MB): %s\n", bk / 1024, (bk / 1024 < 64 ? "met" : "NOT met")
}'
