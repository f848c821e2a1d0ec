#!/usr/bin/env bash
# prove.sh [OUT_DIR]  — proof that the .docx writer produces a real GB/T 9704 document.
#
# (a) Generates the sample documents from the fixed demo input (DraftInput.demo)
#     with the bench-document executable:
#        bench-document --sample OUT/sample.docx --markdown OUT/sample.md --html OUT/sample.html --json OUT/sample.json
#     By default it runs `swift run bench-document` in the repository (debug build,
#     incremental after `swift build`); set BENCH_DOCUMENT_BIN=/path/to/bench-document
#     to use a binary built elsewhere.
# (b) Checks the layout with python-docx (check_docx.py), makes sure the checker
#     rejects a broken copy (wrong margin), and converts the file with LibreOffice
#     (convert_check.sh), rendering page 1 to OUT/png/page-1.png.
#
# OUT_DIR defaults to a temporary directory (kept, and printed, at the end).
# Missing tools (python-docx; libreoffice-writer-nogui, poppler-utils,
# fonts-noto-cjk) are installed when running as root, unless TZ_PROVE_NO_INSTALL=1.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$(mktemp -d -t taizhang-docx-XXXXXX)}
mkdir -p "$out"

install_missing() {
  [ -n "${TZ_PROVE_NO_INSTALL:-}" ] && return 0
  [ "$(id -u)" = 0 ] || return 0
  if ! python3 -c 'import docx' 2>/dev/null; then
    python3 -m pip install --quiet python-docx
  fi
  local packages=()
  # soffice alone is not enough: a machine with only libreoffice-calc has it but cannot
  # open a .docx ("source file could not be loaded"). Writer's library is the test.
  if ! command -v soffice >/dev/null || ! ls /usr/lib/libreoffice/program/libswlo.so >/dev/null 2>&1; then
    packages+=(libreoffice-writer-nogui)
  fi
  command -v pdfinfo >/dev/null || packages+=(poppler-utils)
  fc-list 2>/dev/null | grep -q "Noto Serif CJK" || packages+=(fonts-noto-cjk)
  if [ ${#packages[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
           "${packages[@]/libreoffice-writer-nogui/libreoffice-writer}" >/dev/null
  fi
}
install_missing

# (a) the sample
if [ -n "${BENCH_DOCUMENT_BIN:-}" ]; then
  bench=("$BENCH_DOCUMENT_BIN")
else
  bench=(swift run --package-path "$root" bench-document)
fi
"${bench[@]}" --sample "$out/sample.docx" --markdown "$out/sample.md" --html "$out/sample.html" --json "$out/sample.json"

# (b) the checks
python3 "$here/check_docx.py" "$out/sample.docx"

# The checker must be able to fail: a copy with a 30 mm top margin is rejected.
broken="$out/broken-margin.docx"
python3 - "$out/sample.docx" "$broken" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.replace(b'w:top="2098"', b'w:top="1701"')
        zout.writestr(item, data)
PY
if python3 "$here/check_docx.py" "$broken" 2>/dev/null; then
  echo "prove: check_docx.py accepted a document with a wrong top margin" >&2
  exit 1
fi
rm -f "$broken"

"$here/convert_check.sh" "$out/sample.docx" "$out/png"
echo "prove: OK — sample and renders in $out (page 1: $out/png/page-1.png)"
