#!/usr/bin/env bash
# Import and planning speed, as ratios against a baseline measured in the same run
# (the machines are shared and noisy: compare ratios, not seconds).
#
#   scripts/bench-import.sh [FOLDER]     default ../shared/corpus
#
# Measures, with hyperfine, over every *.xml under FOLDER in one process each:
#   baseline  xmllint --noout FILES...                 (libxml2 parse only)
#   import    liaison inspect --format json FILES...   (parse + CDA reader + JSON)
#   plan      liaison plan --format json FILES...      (import + planning)
# and prints import/xmllint in wall and CPU time (goal <= 1.5) and planning cost as the CPU time
# plan spends beyond import (goal < 0.1 of import).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/corpus}
[ -d "$folder" ] || { echo "bench-import: no folder $folder (the shared corpus sits beside the checkout)" >&2; exit 2; }
source scripts/lib.sh
need hyperfine hyperfine
need xmllint libxml2-utils
bin=$(release_liaison)
list=$(mktemp)
trap 'rm -f "$list" "$list.json"' EXIT
find "$folder" -iname '*.xml' -type f -print0 | sort -z > "$list"
n=$(tr -cd '\0' < "$list" | wc -c)
echo "bench-import: $n files under $folder"
hyperfine --style basic --warmup 1 --runs "${RUNS:-7}" -i --export-json "$list.json" \
  -n xmllint "xargs -0 -a $list xmllint --noout" \
  -n import "xargs -0 -a $list $bin inspect --format json" \
  -n plan "xargs -0 -a $list $bin plan --format json --date 2026-11-24" 2>&1 | grep -E '^(Benchmark|  Time)' || true
python3 - "$list.json" "$n" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
wall = {k: results[k]["median"] for k in ("xmllint", "import", "plan")}
cpu = {k: results[k]["user"] + results[k]["system"] for k in ("xmllint", "import", "plan")}
for k, label in (("xmllint", "xmllint --noout"), ("import", "liaison inspect"), ("plan", "liaison plan")):
    print(f"{label:16}: {wall[k]:.3f} s wall (median), {cpu[k]:.3f} s CPU (mean)")
print(f"import / xmllint, wall      = {wall['import'] / wall['xmllint']:.2f}   (goal <= 1.50; inspect reads files on every core)")
print(f"import / xmllint, CPU       = {cpu['import'] / cpu['xmllint']:.2f}   (one core's worth of work)")
# plan reads one file at a time while inspect reads concurrently, so their wall times do not
# compare: planning's cost is the CPU time plan spends beyond import.
print(f"planning / import, CPU      = {max(cpu['plan'] - cpu['import'], 0) / cpu['import']:.3f}  (goal < 0.10)")
print(f"import per document         = {wall['import'] / n * 1000:.2f} ms wall, {cpu['import'] / n * 1000:.2f} ms CPU")
PY
