#!/usr/bin/env bash
# realdb tier: `schemaforge build INPUT --db postgres://...` verifies on the throwaway
# PostgreSQL server (docs/build.md): apply, compare, seed a few thousand rows a table and
# ANALYZE, plan every query pattern with EXPLAIN (FORMAT JSON), drop, empty.
#
#   tests/realdb/build_verify.sh INPUT [EXPECTED_LINE...]
#
# Creates a fresh database (unique name: input + PID), runs the build into a temp
# directory, requires exit 0, "verify on PostgreSQL ... passed", every step ok and each
# EXPECTED_LINE in the summary; prints the summary either way. Drops the database at the end.
# Environment (scripts/test sets it): SF_BIN, SF_TEST_PG_HOST, SF_TEST_PG_PORT,
# SF_TEST_PG_USER. A missing variable is a failure, never a skip.
set -euo pipefail
readonly ME="build_verify"
fail() { echo "$ME: FAIL: $*" >&2; exit 1; }

(($# >= 1)) || { echo "usage: $0 INPUT [EXPECTED_LINE...]" >&2; exit 2; }
input=$1
shift
for var in SF_BIN SF_TEST_PG_HOST SF_TEST_PG_PORT SF_TEST_PG_USER; do
  [[ -n "${!var:-}" ]] || fail "$var is not set: run through scripts/test, which starts the servers"
done

name="sfb_$(basename "$(dirname "$input")" | tr -c 'a-zA-Z0-9\n' _)_$$"
psql_admin=(psql -X -q -v ON_ERROR_STOP=1 -h "$SF_TEST_PG_HOST" -p "$SF_TEST_PG_PORT" -U "$SF_TEST_PG_USER" -d postgres)
work=$(mktemp -d "${TMPDIR:-/tmp}/sf-build-verify.XXXXXX")
cleanup() {
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
"${psql_admin[@]}" -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8'" || fail "cannot create database $name"

url="postgresql://$SF_TEST_PG_USER@/$name?host=$SF_TEST_PG_HOST&port=$SF_TEST_PG_PORT"
status=0
start=$(date +%s.%N)
"$SF_BIN" build "$input" -o "$work/out" --db "$url" >"$work/summary.txt" 2>"$work/stderr.txt" || status=$?
end=$(date +%s.%N)
cat "$work/stderr.txt" "$work/summary.txt"
echo "$ME: build with PostgreSQL verification took $(echo "$end - $start" | bc) s"
((status == 0)) || fail "build exited $status"
grep -q "^verify on PostgreSQL at .*: passed$" "$work/summary.txt" || fail "no 'verify on PostgreSQL ...: passed' line"
for step in "1. apply DDL (up): ok" "2. inspect and compare: ok" "3. insert seed data: ok" \
            "4. query patterns (EXPLAIN): ok" "5. drop everything (down): ok" "the database is empty"; do
  grep -qF "$step" "$work/summary.txt" || fail "missing summary line: $step"
done
for line in "$@"; do
  grep -qF -- "$line" "$work/summary.txt" || fail "missing summary line: $line"
done
echo "$ME: ok"
