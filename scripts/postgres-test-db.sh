#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL 15 from Debian's packages and
# creates the test database. Prints the TEST_DATABASE_URL to use on its last line.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/lib/postgresql/15 ]; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 postgresql-client-15 >&2
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  pg_createcluster 15 main >&2
fi
pg_ctlcluster 15 main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -v ON_ERROR_STOP=1 -q" >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taizhang') THEN
    CREATE ROLE taizhang LOGIN PASSWORD 'taizhang';
  END IF;
END $$;
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'taizhang_test'\"" | grep -q 1; then
  su postgres -c "createdb -O taizhang taizhang_test" >&2
fi
echo "postgres://taizhang:taizhang@127.0.0.1:5432/taizhang_test?sslmode=disable"
