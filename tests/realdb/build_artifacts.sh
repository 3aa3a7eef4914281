#!/usr/bin/env bash
# realdb tier: `schemaforge build BRIEF` artifacts on the throwaway servers (docs/build.md):
#   1. `build BRIEF --db mysql://...` verifies on MariaDB: exit 0, every step ok;
#   2. the written mysql/schema.sql applies to a fresh MariaDB database (one table per
#      CREATE TABLE of the file);
#   3. the written migrations/0001_initial.up.sql applies to a fresh PostgreSQL database and
#      .down.sql then leaves it empty (no relation, type, function, schema or extension the
#      up script made).
#
#   tests/realdb/build_artifacts.sh BRIEF
#
# Environment (scripts/test sets it): SF_BIN, SF_TEST_PG_HOST, SF_TEST_PG_PORT, SF_TEST_PG_USER,
# SF_TEST_MYSQL_SOCKET. A missing variable is a failure, never a skip. Databases are named
# after the input and the PID and dropped at the end.
set -euo pipefail
readonly ME="build_artifacts"
fail() { echo "$ME: FAIL: $*" >&2; exit 1; }

(($# == 1)) || { echo "usage: $0 BRIEF" >&2; exit 2; }
input=$1
for var in SF_BIN SF_TEST_PG_HOST SF_TEST_PG_PORT SF_TEST_PG_USER SF_TEST_MYSQL_SOCKET; do
  [[ -n "${!var:-}" ]] || fail "$var is not set: run through scripts/test, which starts the servers"
done

base="sfa_$(basename "$(dirname "$input")" | tr -c 'a-zA-Z0-9\n' _)_$$"
maria=(mariadb --no-defaults -u root --socket="$SF_TEST_MYSQL_SOCKET" --batch --skip-column-names)
psql_admin=(psql -X -q -v ON_ERROR_STOP=1 -h "$SF_TEST_PG_HOST" -p "$SF_TEST_PG_PORT" -U "$SF_TEST_PG_USER" -d postgres)
psql_db=(psql -X -q -v ON_ERROR_STOP=1 -h "$SF_TEST_PG_HOST" -p "$SF_TEST_PG_PORT" -U "$SF_TEST_PG_USER" -d "$base")
work=$(mktemp -d "${TMPDIR:-/tmp}/sf-build-artifacts.XXXXXX")
cleanup() {
  "${maria[@]}" -e "DROP DATABASE IF EXISTS ${base}_verify; DROP DATABASE IF EXISTS ${base}_ddl" >/dev/null 2>&1 || true
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $base WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# 1. build with verification on MariaDB.
"${maria[@]}" -e "CREATE DATABASE ${base}_verify CHARACTER SET utf8mb4" || fail "cannot create database ${base}_verify"
url="mysql://root@localhost/${base}_verify?socket=$SF_TEST_MYSQL_SOCKET"
status=0
"$SF_BIN" build "$input" -o "$work/out" --db "$url" >"$work/summary.txt" 2>"$work/stderr.txt" || status=$?
cat "$work/stderr.txt" "$work/summary.txt"
((status == 0)) || fail "build --db mysql://... exited $status"
grep -q "^verify on MySQL/MariaDB at .*: passed$" "$work/summary.txt" || fail "no 'verify on MySQL/MariaDB ...: passed' line"
for step in "1. apply DDL (up): ok" "2. inspect and compare: ok" "3. insert seed data: ok" \
            "4. query patterns (EXPLAIN): ok" "5. drop everything (down): ok" "the database is empty"; do
  grep -qF "$step" "$work/summary.txt" || fail "missing summary line: $step"
done

# 2. the MySQL DDL file as written.
ddl="$work/out/mysql/schema.sql"
[[ -s "$ddl" ]] || fail "build wrote no mysql/schema.sql"
"${maria[@]}" -e "CREATE DATABASE ${base}_ddl CHARACTER SET utf8mb4" || fail "cannot create database ${base}_ddl"
"${maria[@]}" "${base}_ddl" <"$ddl" || fail "mysql/schema.sql does not apply to MariaDB"
expected=$(grep -c "^CREATE TABLE" "$ddl")
tables=$("${maria[@]}" -e "SELECT count(*) FROM information_schema.tables WHERE table_schema = '${base}_ddl'")
((tables == expected && tables > 0)) || fail "mysql/schema.sql made $tables tables, the file creates $expected"
echo "$ME: mysql/schema.sql applied on MariaDB: $tables tables"

# 3. the initial migration on PostgreSQL, up then down.
up="$work/out/migrations/0001_initial.up.sql"
down="$work/out/migrations/0001_initial.down.sql"
[[ -s "$up" && -s "$down" ]] || fail "build wrote no migrations/0001_initial.up.sql and .down.sql"
"${psql_admin[@]}" -c "CREATE DATABASE $base TEMPLATE template0 ENCODING 'UTF8'" || fail "cannot create database $base"
# Everything a script can leave behind, outside the system schemas and the default plpgsql.
objects="SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%')
              + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND t.typrelid = 0
                    AND t.typelem = 0)
              + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema'))
              + (SELECT count(*) FROM pg_namespace WHERE nspname NOT IN ('public', 'pg_catalog', 'information_schema')
                  AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%')
              + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')"
before=$("${psql_db[@]}" -tA -c "$objects")
((before == 0)) || fail "the fresh database already holds $before objects"
"${psql_db[@]}" -f "$up" >/dev/null || fail "migrations/0001_initial.up.sql does not apply to PostgreSQL"
tables=$("${psql_db[@]}" -tA -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
((tables > 0)) || fail "the up migration made no tables"
made=$("${psql_db[@]}" -tA -c "$objects")
"${psql_db[@]}" -f "$down" >/dev/null || fail "migrations/0001_initial.down.sql does not apply to PostgreSQL"
left=$("${psql_db[@]}" -tA -c "$objects")
if ((left != 0)); then
  "${psql_db[@]}" -c "SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'" || true
  fail "the down migration left $left of the $made objects the up migration made"
fi
echo "$ME: migrations on PostgreSQL: up made $tables tables ($made objects), down left none"
echo "$ME: ok"
