#!/usr/bin/env bash
# Renders letters with headless Chromium (Debian's `chromium`) to PNG and PDF in render-out/,
# and reports each PDF's page count. Every letter must fit on two pages.
#
# Usage: scripts/render-letters.sh [--paper letter|a4] [--docs] [HTML ...]
# --docs also refreshes docs/letter.png, the README's picture: a Chromium --screenshot of the
# initial letter for Samples/disc-herniation.cda.xml.
# Without files it renders the sample referrals in Samples/ (all letter kinds, via
# `liaison convert`) and the exporter's golden letters in Tests/LiaisonExportTests/Golden/.
# Needs: chromium, pdfinfo (poppler-utils). apt-get install -y chromium poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
paper=letter
docs=no
while [[ $# -gt 0 ]]; do
  case "$1" in
    --paper) paper="$2"; shift 2 ;;
    --docs) docs=yes; shift ;;
    *) break ;;
  esac
done
case "$paper" in
  letter) size="8.5in 11in" ;;
  a4) size="210mm 297mm" ;;
  *) echo "render-letters: --paper is letter or a4" >&2; exit 2 ;;
esac
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[[ -n "$chrome" ]] || { echo "render-letters: chromium not found (apt-get install -y chromium)" >&2; exit 3; }
command -v pdfinfo >/dev/null || { echo "render-letters: pdfinfo not found (apt-get install -y poppler-utils)" >&2; exit 3; }

out=render-out
mkdir -p "$out/html"
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  liaison=".build/debug/liaison"
  [[ -x "$liaison" ]] || swift build --product liaison >/dev/null
  for sample in Samples/*.cda.xml Samples/*.referral.xml; do
    [[ -e "$sample" ]] || continue
    base=$(basename "$sample" .xml)   # disc-herniation.cda, disc-herniation.referral
    for kind in initial progress discharge; do
      # The sample progress records are the post-fusion client's: other clients get an initial
      # letter here (SampleLetterPDFTests renders every sample's progress letters).
      [[ $kind == initial || $base == post-fusion.* ]] || continue
      progress=Samples/progress-week6.yaml
      [[ $kind == discharge ]] && progress=Samples/progress-discharge.yaml
      if "$liaison" convert "$sample" --format html --kind "$kind" --practice Samples/practice.yaml \
        --progress "$progress" --date 2026-11-24 -o "$out/html/$base.$kind.html" 2>"$out/html/.stderr"; then
        files+=("$out/html/$base.$kind.html")
      else
        echo "render-letters: skipped $sample ($kind): $(grep 'error:' "$out/html/.stderr" | head -1)" >&2
      fi
    done
  done
  files+=(Tests/LiaisonExportTests/Golden/*.html)
fi

# Chromium's print size comes from CSS; inject the paper size into a copy so the same letter is
# checked on US Letter and A4 without changing the template.
status=0
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for html in "${files[@]}"; do
  name=$(basename "$html" .html)
  copy="$out/html/.$name.$paper.html"
  sed "s|</style>|@page { size: $size; }</style>|" "$html" >"$copy"
  url="file://$(realpath "$copy")"
  flags=(--headless --disable-gpu --user-data-dir="$profile" --no-first-run
    --disable-extensions --hide-scrollbars --blink-settings=imagesEnabled=false)
  [[ $(id -u) == 0 ]] && flags+=(--no-sandbox)   # Chromium refuses to run as root with its sandbox
  "$chrome" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.$paper.pdf" "$url" 2>/dev/null
  "$chrome" "${flags[@]}" --window-size=900,1400 --screenshot="$out/$name.png" "$url" 2>/dev/null
  pages=$(pdfinfo "$out/$name.$paper.pdf" | awk '/^Pages:/ {print $2}')
  verdict=ok
  if [[ $pages -gt 2 ]]; then verdict="TOO LONG (letters must fit 2 pages)"; status=1; fi
  printf '%-40s %s pages on %s  %s\n' "$name" "$pages" "$paper" "$verdict"
  rm -f "$copy"
done
if [[ $docs == yes ]]; then
  letter="$out/html/disc-herniation.cda.initial.html"
  [[ -e "$letter" ]] || { echo "render-letters: --docs needs the sample letters (run without HTML files)" >&2; exit 2; }
  "$chrome" --headless --disable-gpu --user-data-dir="$profile" --no-first-run --hide-scrollbars \
    $([[ $(id -u) == 0 ]] && echo --no-sandbox) --window-size=900,1300 --screenshot="$(realpath docs)/letter.png" \
    "file://$(realpath "$letter")" 2>/dev/null
  echo "docs/letter.png refreshed from $letter"
fi
exit $status
