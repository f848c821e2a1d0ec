#!/usr/bin/env bash
# Server benchmarks of the foundation issue (see README.md). One command:
#
#   Benchmarks/server/run.sh                                  # SQLite
#   BENCH_DATABASE_URL=postgres://taizhang:taizhang@127.0.0.1:5432/taizhang_bench?sslmode=disable \
#     Benchmarks/server/run.sh                                # SQLite, then PostgreSQL
#
# Builds the release server in .build-release if missing (SKIP_BUILD=1 to never build),
# runs bench.py per engine (each step bounded: wrk runs 3 s + 15 s, the whole run is cut
# off after BENCH_TIMEOUT seconds per engine) and prints the results tables.
# Extra arguments go to bench.py (e.g. --duration 10 --batches 3 --skip matrix).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN="${BENCH_BIN:-$ROOT/.build-release/release/taizhang}"
OUT="${BENCH_OUT:-/tmp/tzbench-results}"
PORT="${BENCH_PORT:-8181}"
LIMIT="${BENCH_TIMEOUT:-900}"
DATA="${BENCH_DATA:-/tmp/tzbench}"

for tool in wrk python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk python3 sqlite3)" >&2; exit 1; }
done
if [ ! -x "$BIN" ] || [ "${FORCE_BUILD:-0}" = 1 ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] && { echo "no release binary at $BIN" >&2; exit 1; }
  echo "building the release server (first time: 10-15 min on 2 cores)…" >&2
  swift build -c release --product taizhang --scratch-path .build-release >&2
fi
mkdir -p "$OUT"

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- Sources 2>/dev/null || echo ' (+ local changes)')"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "binary: $BIN"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

timeout --signal=INT "$LIMIT" python3 Benchmarks/server/bench.py --bin "$BIN" --engine sqlite \
  --data-dir "$DATA" --port "$PORT" --out "$OUT/sqlite.json" "$@"

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  command -v psql >/dev/null || { echo "missing psql" >&2; exit 1; }
  timeout --signal=INT "$LIMIT" python3 Benchmarks/server/bench.py --bin "$BIN" --engine postgresql \
    --database-url "$BENCH_DATABASE_URL" --data-dir "$DATA-pg" --port "$PORT" --out "$OUT/postgresql.json" "$@"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo "JSON results in $OUT" >&2
