#!/usr/bin/env bash
# Profile: `liaison batch --jobs 1` over the corpus under `perf record -g`, outputs on tmpfs (so
# the profile shows the software, not the disk), and the share of the process time each stage
# takes (inclusive, as perf's "children" column). Usage: scripts/profile-batch.sh [CORPUS]
# (default ../shared/corpus). The stages are matched by symbol names; see docs/performance.md.
# LIAISON_BIN=path profiles that binary instead of building this checkout's (an older build, to
# compare stages before and after in one session).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
[ -d "$corpus" ] || { echo "profile-batch: no corpus at $corpus" >&2; exit 2; }
source scripts/lib.sh
need perf linux-perf

bin=${LIAISON_BIN:-$(release_liaison)}
work=$(mktemp -d)
out=$(mktemp -d /dev/shm/liaison-profile.XXXXXX)
trap 'rm -rf "$work" "$out"' EXIT
perf record -F 4000 -g -o "$work/perf.data" "$bin" batch "$corpus" --output "$out/batch" --jobs 1 >/dev/null 2>&1 || true
perf report -i "$work/perf.data" --children --sort symbol -g none 2>/dev/null | grep -v '^#' >"$work/children"
perf report -i "$work/perf.data" --no-children --sort dso -g none 2>/dev/null | grep -v '^#' >"$work/dso"
samples=$(perf report -i "$work/perf.data" --no-children --sort dso -g none -n 2>/dev/null | grep -v '^#' \
    | awk 'NF >= 2 { s += $2 } END { print s + 0 }')

# share PATTERN: the largest inclusive percentage among the symbols matching PATTERN.
share() { grep -E "$1" "$work/children" | awk '{ gsub("%", "", $1); if ($1 > m) m = $1 } END { printf "%5.1f%%", m + 0 }'; }
# self DSO: the self percentage of one shared object.
self() { grep -F "$1" "$work/dso" | awk '{ gsub("%", "", $1); s += $1 } END { printf "%5.1f%%", s + 0 }'; }

awk -v n="$samples" 'BEGIN { printf "samples: %d at 4 kHz, about %.2f s of CPU\n", n, n / 4000 }'
printf '%-44s %s\n' "stage (inclusive share of the process)" "share"
printf '%-44s %s\n' "import (ReferralImporter.read)" "$(share 'ReferralImporterO4read4data')"
printf '%-44s %s\n' "  narrative reader (CDA sections' text)" "$(share 'readNarrative2of6blocks')"
# Language detection was one function (language(of:)) before the narrative reader's speed work;
# since, a section's blocks are scanned once (markersSeen) and their counts ranked (language(seen:)).
printf '%-44s %s\n' "  language detection (in the above)" "$(share 'LanguageDetectorO8language2of')"
printf '%-44s %s\n' "    its marker words (markersSeen)" "$(share 'LanguageDetectorO11markersSeen')"
printf '%-44s %s\n' "    its ranking (language(seen:))" "$(share 'LanguageDetectorO8language4seen')"
printf '%-44s %s\n' "  concept reader (LanguageReader.read)" "$(share 'LanguageReader[CV]4read8sentence')"
printf '%-44s %s\n' "  sentences and tokens (ClauseSplitter)" "$(share 'ClauseSplitterO9sentences')"
printf '%-44s %s\n' "plan (Planner.plan)" "$(share 'PlannerV4plan3for')"
printf '%-44s %s\n' "letters (context and templates)" "$(share 'renderLetters|LetterWriter.*write|RenderPlan.*render')"
printf '%-44s %s\n' "  swift-mustache rendering (in the above)" "$(share 's8Mustache0A8TemplateV6render7context')"
printf '%-44s %s\n' "  compiled render plan (in the above)" "$(share 'TemplateRendererV6render')"
printf '%-44s %s\n' "  the letter context (in the above)" "$(share 'LetterContextV6values')"
printf '%-44s %s\n' "JSON (Foundation JSONEncoder)" "$(share 'JSONEncoderC6encodey')"
printf '%-44s %s\n' "JSON (Liaison's direct writer)" "$(share 'ContractJSON.*write|ContractJSONO')"
printf '%-44s %s\n' "ledger (GRDB writes)" "$(share 's4GRDB14DatabaseWriterPAAE5write')"
printf '%-44s %s\n' "output folders (OutputFolder.fill)" "$(share 'OutputFolderO4fill')"
printf '%-44s %s\n' "content hash (SHA-256)" "$(share 'ContentHashO6sha256')"
printf '%-44s %s\n' "libxml2 (self time)" "$(self libxml2)"
printf '%-44s %s\n' "kernel (self time)" "$(self '[kernel')"
printf '%-44s %s\n' "malloc and free (libc self time)" "$(self libc.so)"
