#!/usr/bin/env bash
# Liaison's ConText against medspaCy's on the same sentences (issue 9, "A peer in the same run").
# Runs the sentence-table test to write Liaison's predictions, then medspaCy over the same rows
# with the same concept terms as target rules, and prints both assertion accuracies.
# Usage: scripts/peer-context.sh [dev|heldout|all]   (installs medspacy from PyPI if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
python3 -c 'import medspacy' 2>/dev/null || python3 -m pip install -q medspacy
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
LIAISON_PREDICTIONS_OUT="$out/predictions" swift test --filter SentenceTableTests >/dev/null
python3 scripts/peer_context.py Tests/LiaisonImportTests/Narrative/Sentences/redflags.en.tsv \
    "$out/predictions.en.tsv" "${1:-all}"
