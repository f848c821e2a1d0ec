#!/usr/bin/env bash
# Two Taizhang instances behind nginx (Debian's nginx-light) on one PostgreSQL, and the
# proof that they act as one server (issue #18):
#   - a login on one instance works on the other (sessions and tokens live in the database);
#   - an evidence file uploaded through one downloads from the other (a shared directory,
#     TAIZHANG_EVIDENCE_DIR);
#   - the reminder job, scheduled by both every few seconds, runs once per tick and sends
#     each reminder once (ticks claimed in job_runs; reminders keyed uniquely).
#
#   scripts/ops/two-instances.sh            # uses $MULTI_DATABASE_URL, default taizhang_ops_multi_bench (WIPED)
#
# Needs: the release binary (.build-release/release/taizhang, BIN=… for another), python3;
# nginx-light, psql and curl are installed when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN=${BIN:-$ROOT/.build-release/release/taizhang}
URL=${MULTI_DATABASE_URL:-postgres://taizhang:taizhang@127.0.0.1:5432/taizhang_ops_multi_bench?sslmode=disable}
WORK=${WORK:-/tmp/tz-two-instances}
NGINX_PORT=${NGINX_PORT:-8280}
# nginx (and psql, curl) are installed when missing and running as root.
if [ "$(id -u)" = 0 ] && { ! command -v nginx >/dev/null || ! command -v psql >/dev/null || ! command -v curl >/dev/null; }; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light postgresql-client curl >/dev/null
fi
for tool in nginx psql python3 curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y nginx-light postgresql-client python3 curl)" >&2; exit 1; }
done
[ -x "$BIN" ] || { echo "no release binary at $BIN" >&2; exit 1; }
case "${URL##*/}" in *bench*) ;; *) echo "refusing to wipe a database whose name does not contain 'bench'" >&2; exit 1;; esac
DB=${URL##*/}; DB=${DB%%\?*}
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" 2>/dev/null | grep -q 1; then
  su postgres -c "createdb -O taizhang $DB"
fi
PGOPTIONS="-c client_min_messages=warning" psql "$URL" -q -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
rm -rf "$WORK"; mkdir -p "$WORK/shared-evidence" "$WORK/a" "$WORK/b" "$WORK/nginx"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

start() {  # name port
  DATABASE_URL="$URL" TAIZHANG_EVIDENCE_DIR="$WORK/shared-evidence" TAIZHANG_INSTANCE="$1" \
  TAIZHANG_REMINDER_INTERVAL=4 TAIZHANG_LOG_FORMAT=json \
    "$BIN" serve --data-dir "$WORK/$1" --port "$2" --hostname 127.0.0.1 >"$WORK/$1/server.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$2/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "instance $1 did not start; see $WORK/$1/server.log" >&2; exit 1
}
echo "== instance a on :8281 (loads the demo district into the empty database)"
start a 8281
echo "== instance b on :8282 (same database, same evidence directory)"
start b 8282

cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 256; }
http {
  access_log $WORK/nginx/access.log;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream taizhang { server 127.0.0.1:8281; server 127.0.0.1:8282; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    client_max_body_size 64m;
    location / {
      proxy_pass http://taizhang;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
echo "== nginx on :$NGINX_PORT, round robin over both"
python3 "$ROOT/scripts/ops/two_instances.py" --nginx "$NGINX_PORT" --a 8281 --b 8282 --database-url "$URL" --work "$WORK"
