#!/usr/bin/env bash
# prove.sh — the .xlsx files Taizhang writes open in the readers offices and scripts use
# (issue #18): runs the tests that hand the workbooks to openpyxl and to LibreOffice
# (XlsxExternalReadersTests: the writer; WorkbooksInLibreOfficeTests: the server's ledger,
# matrix and ranking exports) with TZ_REQUIRE_OFFICE=1, so a missing reader fails them
# instead of skipping them.
#
# Missing tools (python3-openpyxl, libreoffice-calc-nogui) are installed when running as
# root, unless TZ_PROVE_NO_INSTALL=1. Uses the debug build of `swift test` (builds it when
# needed).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${TZ_PROVE_NO_INSTALL:-}" ] && [ "$(id -u)" = 0 ]; then
  packages=()
  /usr/bin/python3 -c 'import openpyxl' 2>/dev/null || packages+=(python3-openpyxl)
  # soffice alone is not enough: Calc's library must be there to open a workbook.
  if ! command -v soffice >/dev/null || ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
    packages+=(libreoffice-calc-nogui)
  fi
  if [ ${#packages[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
fi

TZ_REQUIRE_OFFICE=1 swift test --filter 'XlsxExternalReadersTests|WorkbooksInLibreOfficeTests' 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] '
