#!/usr/bin/env bash
# Backup and restore drill against an external PostgreSQL (Debian's postgresql-15, installed when
# missing): deploy-time migrations and seed through DATABASE_URL, `pg_dump -Fc`, `pg_restore` into a
# new database, then every table's row count and content checksum compared. Prints the timings.
# Usage: tests/faults/restore-drill.sh   (PORT of the scratch server: DRILL_PG_PORT, default 3518)
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${DRILL_PG_PORT:-3518}"
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/postgres" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi
dir="$(mktemp -d /tmp/ventanilla-drill-XXXXXX)"
chmod 755 "$dir"
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
cleanup() { as_pg "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
as_pg "$bin/initdb -D $dir/data -U postgres --auth=trust" >/dev/null
as_pg "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l $dir/log -w start" >/dev/null
url="postgresql://postgres@127.0.0.1:$port"
psql -qAt "$url/postgres" -c "CREATE DATABASE ventanilla" >/dev/null

t=$(date +%s.%N)
DATABASE_URL="$url/ventanilla" npm run -s db:migrate >/dev/null
DATABASE_URL="$url/ventanilla" npm run -s db:seed -- --demo >/dev/null
echo "migrate + seed (with demo data) on an external PostgreSQL 15: $(echo "$(date +%s.%N) - $t" | bc) s"

t=$(date +%s.%N)
pg_dump -Fc -f "$dir/ventanilla.dump" "$url/ventanilla"
echo "pg_dump -Fc: $(du -k "$dir/ventanilla.dump" | cut -f1) KB in $(echo "$(date +%s.%N) - $t" | bc) s"
psql -qAt "$url/postgres" -c "CREATE DATABASE restored" >/dev/null
t=$(date +%s.%N)
pg_restore --no-owner --exit-on-error -d "$url/restored" "$dir/ventanilla.dump"
echo "pg_restore into a new database: $(echo "$(date +%s.%N) - $t" | bc) s"

# Row count and an order-independent checksum of every table, in both databases.
fingerprint() {
  # ON_ERROR_STOP: a failing DO block must fail the drill, not leave two empty, "identical" fingerprints.
  psql -v ON_ERROR_STOP=1 -qAt "$url/$1" <<'SQL'
DO $$
DECLARE r record; n bigint; h text;
BEGIN
  CREATE TEMP TABLE fp(t text, n bigint, h text);
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LOOP
    EXECUTE format('SELECT count(*), coalesce(md5(string_agg(md5(x::text), '''' ORDER BY md5(x::text))), '''') FROM %I x', r.tablename) INTO n, h;
    INSERT INTO fp VALUES (r.tablename, n, h);
  END LOOP;
END $$;
SELECT t || ' ' || n || ' ' || h FROM fp ORDER BY t;
SQL
}
fingerprint ventanilla >"$dir/a.txt"
fingerprint restored >"$dir/b.txt"
tables=$(wc -l <"$dir/a.txt")
rows=$(awk '{s+=$2} END {print s+0}' "$dir/a.txt")
if [ "$tables" -eq 0 ] || [ "$rows" -eq 0 ]; then
  echo "restore drill FAILED: $tables tables and $rows rows fingerprinted: nothing was compared"; exit 1
fi
if diff -q "$dir/a.txt" "$dir/b.txt" >/dev/null; then
  echo "restore drill: $tables tables, $rows rows, identical counts and checksums"
  grep -E '^(application|application_event|audit_log|procedure|office) ' "$dir/a.txt" | awk '{print "  " $1 ": " $2 " rows"}'
else
  echo "restore drill FAILED: tables differ"; diff "$dir/a.txt" "$dir/b.txt" | head; exit 1
fi
