#!/usr/bin/env bash
# `taizhang audit verify` as an operator runs it: passes on a fresh database, exits non-zero
# naming the row after one audit row is edited by hand (SQLite file, edited with Python's sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TAIZHANG_BIN:-}
if [ -z "$BIN" ]; then
  swift build --product taizhang 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' | tail -n 1
  BIN=$(swift build --product taizhang --show-bin-path)/taizhang
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$BIN" migrate --data-dir "$dir" >/dev/null 2>&1
"$BIN" audit verify --data-dir "$dir" 2>/dev/null
python3 - "$dir/taizhang.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE audit_events SET username = 'mallory' WHERE id = (SELECT MIN(id) FROM audit_events)")
db.commit()
PY
if out=$("$BIN" audit verify --data-dir "$dir" 2>&1); then
  echo "FAIL: verify passed after tampering: $out"; exit 1
fi
echo "$out" | grep -q "第1行" || { echo "FAIL: verify did not name the row: $out"; exit 1; }
echo "audit verify: intact on a fresh database, broken at row 1 after tampering — OK"
