#!/usr/bin/env bash
# On a fresh machine: install what is missing (Debian/Ubuntu), build Liaison, and run it on a
# sample referral: what it read, the plan, and the letter back to the provider.
#   scripts/quickstart.sh [REFERRAL]      default Samples/disc-herniation.cda.xml
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${1:-Samples/disc-herniation.cda.xml}
source scripts/lib.sh
install_missing
echo "quickstart: building (first build fetches and compiles the dependencies, a few minutes)" >&2
bin=$(release_liaison)
echo "== liaison inspect $sample"
"$bin" inspect "$sample"
echo
echo "== liaison plan $sample"
"$bin" plan "$sample"
out=$(mktemp -d)/letter.html
"$bin" convert "$sample" --format html -o "$out"
echo
echo "== liaison convert: the provider letter is in $out"
