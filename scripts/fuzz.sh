#!/usr/bin/env bash
# Fuzz the XML layer and the referral readers with libFuzzer (+ AddressSanitizer).
#   scripts/fuzz.sh [SECONDS]      default 300
# Seeds: the Samples and (when present) a slice of ../shared/corpus. Findings (crash-*, leak-*,
# timeout-*) land in the package root, which .gitignore keeps out of commits.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
LIAISON_FUZZ=1 swift build -c release --product liaison-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >/dev/null
bin=.build-fuzz/release/liaison-fuzz
mkdir -p fuzz-corpus
cp Samples/*.xml fuzz-corpus/ 2>/dev/null || true
if [ -d ../shared/corpus ]; then
  # (process substitution: `find | head` under pipefail would die of SIGPIPE)
  mapfile -t seeds < <(find ../shared/corpus -iname '*.xml' -size -64k | sort | head -200)
  for f in "${seeds[@]}"; do
    cp "$f" "fuzz-corpus/$(printf '%s' "$f" | md5sum | cut -c1-12).xml"
  done
fi
# The leak check stays on; only XCTest's own leak (not linked here) would need suppressing.
"$bin" fuzz-corpus -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 2>&1 | tail -25
