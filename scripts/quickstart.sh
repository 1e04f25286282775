#!/usr/bin/env bash
# On a fresh machine: install what is missing (Debian/Ubuntu), build Liaison, and run it on a
# sample referral: what it read, the plan, and the letter back to the provider.
#   scripts/quickstart.sh [REFERRAL]      default Samples/disc-herniation.cda.xml
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${1:-Samples/disc-herniation.cda.xml}
need=()
pkg-config --exists libxml-2.0 2>/dev/null || need+=(pkg-config libxml2-dev)
[ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "quickstart: installing ${need[*]}" >&2
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
echo "quickstart: building (first build fetches and compiles the dependencies, a few minutes)" >&2
swift build -c release --product liaison >/dev/null
bin=$(swift build -c release --show-bin-path)/liaison
echo "== liaison inspect $sample"
"$bin" inspect "$sample"
echo
echo "== liaison plan $sample"
"$bin" plan "$sample"
out=$(mktemp -d)/letter.html
"$bin" convert "$sample" --format html -o "$out"
echo
echo "== liaison convert: the provider letter is in $out"
