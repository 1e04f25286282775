#!/usr/bin/env bash
# Reads every document of ../shared/corpus with the release binary and prints, per folder, how
# many documents would be refer-back, needs-review or ready on red flags alone, then the most
# frequent red-flag and review wordings, so a reviewer can judge false alarms on documents nobody
# here wrote. Usage: scripts/corpus-red-flags.sh [TOP]   (TOP wordings to list, default 25)
# LIAISON=.build/debug/liaison scripts/corpus-red-flags.sh uses a debug build instead of the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
corpus=../shared/corpus
[ -d "$corpus" ] || { echo "corpus-red-flags: $corpus is absent" >&2; exit 2; }
liaison=${LIAISON:-$(release_liaison)}  # LIAISON=path/to/liaison to use another build
out=$(mktemp)
trap 'rm -f "$out"' EXIT
find "$corpus" -name '*.xml' -print0 | sort -z | xargs -0 "$liaison" inspect --format json 2>/dev/null >"$out" || true
python3 - "$out" "${1:-25}" <<'PY'
import collections, json, sys
path, top = sys.argv[1], int(sys.argv[2])
folders = collections.defaultdict(collections.Counter)
flags, reviews = collections.Counter(), collections.Counter()
for line in open(path):
    d = json.loads(line)
    folder = d["source"]["path"].split("corpus/")[1].split("/")[0]
    status = "refer-back" if d["redFlags"] else "needs-review" if d["reviewItems"] else "ready"
    folders[folder][status] += 1
    for f in d["redFlags"]:
        flags[(f["kind"], f["text"][:100])] += 1
    for r in d["reviewItems"]:
        reviews[(r["kind"], r.get("flag") or r.get("language") or "", r["text"][:100])] += 1
print("folder: refer-back needs-review ready")
for folder in sorted(folders):
    c = folders[folder]
    print(f"  {folder}: {c['refer-back']} {c['needs-review']} {c['ready']}")
print(f"\ntop {top} red-flag wordings:")
for (kind, text), n in flags.most_common(top):
    print(f"  {n:4} {kind}: {text}")
print(f"\ntop {top} review wordings:")
for (kind, what, text), n in reviews.most_common(top):
    print(f"  {n:4} {kind} {what}: {text}")
PY
