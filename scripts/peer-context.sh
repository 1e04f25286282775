#!/usr/bin/env bash
# Liaison's ConText against medspaCy's on the same sentences (issue 9, "A peer in the same run").
# Runs the sentence-table tests to write Liaison's predictions, then medspaCy over the same rows
# with the same concept terms as target rules, and prints both assertion accuracies per table:
# the first table's dev rows and held-out fifth, then every further table (all rows held out).
# Usage: scripts/peer-context.sh   (installs medspacy from PyPI if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import medspacy' 2>/dev/null || python3 -m pip install -q medspacy
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
LIAISON_PREDICTIONS_OUT="$out/predictions" swift test --filter SentenceTableTests >/dev/null
tables=Tests/LiaisonImportTests/Narrative
for split in dev heldout; do
    echo "== redflags.en.tsv, $split"
    python3 scripts/peer_context.py "$tables/Sentences/redflags.en.tsv" "$out/predictions.en.tsv" "$split"
done
for n in 2 3 4 5 6 7 8 9 10 11 12 13 14; do
    table="$tables/Sentences$n/redflags$n.en.tsv"
    [ -f "$table" ] || continue
    echo "== redflags$n.en.tsv"
    python3 scripts/peer_context.py "$table" "$out/predictions.sentences$n-en.txt.tsv" all
done
