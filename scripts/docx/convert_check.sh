#!/usr/bin/env bash
# convert_check.sh FILE.docx [PNG_DIR]
#
# Real-reader proof: LibreOffice converts the .docx to PDF headless; the PDF
# must exist, be A4, have a plausible page count (MIN_PAGES..MAX_PAGES, default
# 1..60) and show the page numbers "— N —" on every page. With PNG_DIR, page 1
# is also rendered to PNG_DIR/page-1.png for a person to look at.
# Fonts: scripts/docx/fonts.conf maps the GB/T 9704 names to Noto CJK when
# present (set TZ_DOCX_SYSTEM_FONTS=1 to render with the system's own fallback).
# Needs: soffice (libreoffice-writer), pdfinfo/pdftotext/pdftoppm (poppler-utils).
set -euo pipefail

docx=${1:?usage: convert_check.sh FILE.docx [PNG_DIR]}
png_dir=${2:-}
min_pages=${MIN_PAGES:-1}
max_pages=${MAX_PAGES:-60}
here=$(cd "$(dirname "$0")" && pwd)

for tool in soffice pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || { echo "convert_check: $tool is missing" >&2; exit 2; }
done
[ -f "$docx" ] || { echo "convert_check: no such file: $docx" >&2; exit 2; }
# soffice without Writer (e.g. only libreoffice-calc installed) cannot load a .docx.
ls /usr/lib/libreoffice/program/libswlo.so >/dev/null 2>&1 \
  || { echo "convert_check: LibreOffice Writer is missing (apt-get install libreoffice-writer-nogui)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${TZ_DOCX_SYSTEM_FONTS:-}" ] && [ -f "$here/fonts.conf" ]; then
  export FONTCONFIG_FILE="$here/fonts.conf"
fi
# A private profile: no clash with another soffice, no first-start dialogs.
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$docx" >"$work/soffice.log" 2>&1 || true

pdf="$work/$(basename "${docx%.*}").pdf"
if [ ! -s "$pdf" ]; then
  echo "convert_check: LibreOffice produced no PDF for $docx" >&2
  cat "$work/soffice.log" >&2
  exit 1
fi

pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$pdf" | awk -F': *' '/^Page size:/ {print $2}')
if [ -z "$pages" ] || [ "$pages" -lt "$min_pages" ] || [ "$pages" -gt "$max_pages" ]; then
  echo "convert_check: $docx has ${pages:-no} pages, expected $min_pages..$max_pages" >&2
  exit 1
fi
case "$size" in
  *"(A4)"*|595.2*x\ 841.8*|595.3*x\ 841.8*) ;;
  *) echo "convert_check: page size is '$size', expected A4" >&2; exit 1 ;;
esac
for ((page = 1; page <= pages; page++)); do
  if ! pdftotext -f "$page" -l "$page" -layout "$pdf" - | grep -q "— *$page *—"; then
    echo "convert_check: page $page does not show its number as '— $page —'" >&2
    exit 1
  fi
done

if [ -n "$png_dir" ]; then
  command -v pdftoppm >/dev/null || { echo "convert_check: pdftoppm is missing" >&2; exit 2; }
  mkdir -p "$png_dir"
  pdftoppm -r 80 -png "$pdf" "$png_dir/page"
  cp "$pdf" "$png_dir/"
fi
echo "convert_check: $docx: OK ($pages A4 pages, numbered — 1 — … — $pages —)"
