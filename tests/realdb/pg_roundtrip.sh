#!/usr/bin/env bash
# realdb tier: a PostgreSQL schema file must survive `schemaforge convert --to postgres`
# unchanged, as PostgreSQL itself sees it.
#
#   tests/realdb/pg_roundtrip.sh SQL_FILE
#
# 1. Creates two fresh databases on the throwaway server (unique names: file + PID, so
#    tests can run in parallel).
# 2. Loads the original file into the first (psql -v ON_ERROR_STOP=1 -X -q), after the
#    minimal load-side preparation described at prepare_original() below.
# 3. Loads `$SF_BIN convert SQL_FILE --to postgres` into the second. The converter gets the
#    original file, unprepared, and its output is loaded as it is.
# 4. pg_dump --schema-only --no-owner --no-privileges of both; after normalising only
#    comment lines (--...), blank lines, SET ... lines, SELECT pg_catalog.set_config(...)
#    lines and pg_dump's \restrict / \unrestrict lines, the two dumps must be identical.
#    On a mismatch it prints a unified diff (original dump vs converted dump).
# Both databases are dropped at the end, whatever happens.
#
# Environment (scripts/test sets all of it; scripts/testdb writes the SF_TEST_PG_* lines):
#   SF_BIN             the schemaforge binary (not needed with SF_ROUNDTRIP_SELF=1)
#   SF_TEST_PG_HOST    socket directory (or host) of the throwaway server
#   SF_TEST_PG_PORT    its port;  SF_TEST_PG_USER  a superuser (postgres)
#   SF_ROUNDTRIP_SELF=1  the "converted" side is the original itself: checks loading,
#                      dumping and normalising without the binary (every file must pass)
#   SF_KEEP_TMP=1      keep the work directory (loaded files, dumps, logs) and print it
# Missing variables are a failure, never a skip.
#
# Exit status: 0 identical; 1 the dumps differ, or the converter failed or its output does
# not load; 2 usage; 3 environment (variables, tools, server, original file not loadable).
set -euo pipefail

readonly ME="pg_roundtrip"

fail_env() {
  echo "$ME: FAIL: $*" >&2
  exit 3
}
fail_test() {
  echo "$ME: FAIL: $*" >&2
  exit 1
}

if (($# != 1)); then
  echo "usage: $0 SQL_FILE" >&2
  exit 2
fi
readonly INPUT=$1
[[ -f "$INPUT" && -r "$INPUT" ]] || fail_env "$INPUT: not a readable file"

readonly SELF=${SF_ROUNDTRIP_SELF:-0}
missing=()
if [[ "$SELF" != 1 && -z "${SF_BIN:-}" ]]; then missing+=(SF_BIN); fi
for var in SF_TEST_PG_HOST SF_TEST_PG_PORT SF_TEST_PG_USER; do
  if [[ -z "${!var:-}" ]]; then missing+=("$var"); fi
done
if ((${#missing[@]})); then
  fail_env "${missing[*]} not set. The realdb tier needs a throwaway PostgreSQL server: run it through scripts/test (e.g. 'scripts/test -L realdb'), which starts one with scripts/testdb and exports these variables."
fi
if [[ "$SELF" != 1 && ! -x "$SF_BIN" ]]; then fail_env "SF_BIN=$SF_BIN is not an executable file (build first: cmake --build --preset dev)"; fi
for tool in psql pg_dump awk diff; do
  command -v "$tool" >/dev/null || fail_env "$tool not found (apt-get install postgresql-client-15)"
done

# libpq reads these; nothing from the caller's own PG* settings may leak in.
unset PGDATABASE PGSERVICE PGSERVICEFILE PGOPTIONS PGSSLMODE
export PGHOST=$SF_TEST_PG_HOST PGPORT=$SF_TEST_PG_PORT PGUSER=$SF_TEST_PG_USER
export PGCONNECT_TIMEOUT=10 PGAPPNAME=$ME
# NOTICEs (e.g. "table does not exist, skipping") are noise in the logs.
export PGOPTIONS='-c client_min_messages=warning'

now() { echo "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fs", b - a }'; }
T0=$(now)

# Database names from the file name: golden cases are all called input.sql, so they are
# named after their directory. Lower case, [a-z0-9_], short enough for NAMEDATALEN (63).
base=$(basename "$INPUT" .sql)
if [[ "$base" == input ]]; then base=$(basename "$(dirname "$INPUT")"); fi
base=$(printf '%s' "$base" | tr '[:upper:]' '[:lower:]' | tr -c 'a-z0-9' '_' | cut -c1-36)
readonly DB_ORIG="sf_rt_${base}_$$_orig"
readonly DB_CONV="sf_rt_${base}_$$_conv"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sf-roundtrip.XXXXXX")
created=()
cleanup() {
  local status=$?
  local db
  for db in "${created[@]}"; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 \
      || echo "$ME: warning: could not drop database $db" >&2
  done
  if [[ "${SF_KEEP_TMP:-0}" == 1 ]]; then
    echo "$ME: work directory kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>"$WORK/connect.log" \
  || fail_env "cannot connect to PostgreSQL at host=$PGHOST port=$PGPORT: $(cat "$WORK/connect.log")"

create_db() {
  # template0: nothing installed into template1 can leak into the comparison.
  psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "CREATE DATABASE \"$1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
    >/dev/null 2>"$WORK/create-$1.log" || fail_env "cannot create database $1: $(cat "$WORK/create-$1.log")"
  created+=("$1")
}

# Load-side preparation of the ORIGINAL file only, and only what keeps it inside its
# per-test database. Every other line is loaded exactly as written.
#  - `DROP DATABASE ...;` and `CREATE DATABASE ...;` statements starting in column 1 are
#    removed, up to their semicolon: they would act on a shared, server-wide database
#    (chinook-postgres-with-data.sql drops and creates "chinook"; two tests doing that in
#    parallel would collide). Indented text such as chinook's comment line
#    "   Drop database if it exists" is not a statement and stays.
#  - psql `\c` / `\connect` meta-commands are removed: the file must stay in the database
#    it was given (chinook's `\c chinook;`).
# schemaforge convert still reads the original file, untouched.
prepare_original() {
  awk '
    skipping { if ($0 ~ /;/) skipping = 0; removed++; next }
    tolower($0) ~ /^(drop|create)[[:space:]]+database([[:space:]]|$)/ {
      if ($0 !~ /;/) skipping = 1
      removed++; next
    }
    /^[[:space:]]*\\(c|connect)([[:space:]]|$)/ { removed++; next }
    { print }
    END { if (removed) printf "%d line(s) removed by the load-side preparation\n", removed > "/dev/stderr" }
  ' "$1" >"$2" 2>"$WORK/prepare.log"
}

load() {
  local db=$1 file=$2 what=$3
  if ! psql -v ON_ERROR_STOP=1 -X -q -d "$db" -f "$file" >/dev/null 2>"$WORK/load-$db.log"; then
    echo "$ME: $what does not load into PostgreSQL:" >&2
    tail -n 20 "$WORK/load-$db.log" >&2
    return 1
  fi
}

# pg_dump 15.20 writes `\restrict KEY` / `\unrestrict KEY` with a random key unless given
# one; a fixed key keeps the dumps comparable (the lines are normalised away as well).
dump_args=(--schema-only --no-owner --no-privileges)
if pg_dump --help 2>/dev/null | grep -q -- '--restrict-key'; then
  dump_args+=(--restrict-key=sfroundtrip)
fi

dump() {
  local db=$1 out=$2
  pg_dump "${dump_args[@]}" -d "$db" -f "$out.raw" 2>"$WORK/dump-$db.log" \
    || fail_env "pg_dump of $db failed: $(cat "$WORK/dump-$db.log")"
  # Normalise ONLY: comment lines, blank lines, SET lines, set_config() lines, \restrict.
  awk '
    /^--/ { next }
    /^[[:space:]]*$/ { next }
    /^SET / { next }
    /^SELECT pg_catalog\.set_config\(/ { next }
    /^\\(un)?restrict / { next }
    { print }
  ' "$out.raw" >"$out"
}

# --- original ---------------------------------------------------------------------------
prepare_original "$INPUT" "$WORK/original.sql"
if [[ -s "$WORK/prepare.log" ]]; then echo "$ME: original: $(cat "$WORK/prepare.log")"; fi
create_db "$DB_ORIG"
T1=$(now)
load "$DB_ORIG" "$WORK/original.sql" "the original file $INPUT" \
  || fail_env "the original must load as it is (after the documented preparation)"
T2=$(now)

# --- converted --------------------------------------------------------------------------
if [[ "$SELF" == 1 ]]; then
  echo "$ME: SF_ROUNDTRIP_SELF=1: the converted side is the original itself"
  cp "$WORK/original.sql" "$WORK/converted.sql"
else
  status=0
  "$SF_BIN" convert "$INPUT" --to postgres -o "$WORK/converted.sql" 2>"$WORK/convert.log" || status=$?
  if ((status != 0)); then
    cat "$WORK/convert.log" >&2
    fail_test "schemaforge convert $INPUT --to postgres exited with $status"
  fi
  if [[ -s "$WORK/convert.log" ]]; then
    echo "$ME: schemaforge convert said:"
    cat "$WORK/convert.log"
  fi
  [[ -f "$WORK/converted.sql" ]] || fail_test "schemaforge convert exited 0 but wrote no file"
fi
T3=$(now)
create_db "$DB_CONV"
load "$DB_CONV" "$WORK/converted.sql" "the output of schemaforge convert" \
  || fail_test "schemaforge's PostgreSQL output must load on PostgreSQL (SF_KEEP_TMP=1 keeps it)"
T4=$(now)

# --- compare ----------------------------------------------------------------------------
dump "$DB_ORIG" "$WORK/original.dump"
dump "$DB_CONV" "$WORK/converted.dump"
T5=$(now)

timing="load original $(elapsed "$T1" "$T2"), convert $(elapsed "$T2" "$T3"), load converted $(elapsed "$T3" "$T4"), dump x2 $(elapsed "$T4" "$T5"), total $(elapsed "$T0" "$T5")"
if ! diff -u --label "original: $INPUT" --label "converted: schemaforge convert --to postgres" \
  "$WORK/original.dump" "$WORK/converted.dump" >"$WORK/dump.diff"; then
  cat "$WORK/dump.diff"
  echo "$ME: ($timing)" >&2
  fail_test "$INPUT: pg_dump of the converted schema differs from the original's ($(grep -c '^[-+][^-+]' "$WORK/dump.diff" || true) lines)"
fi
echo "$ME: OK $INPUT: $(wc -l <"$WORK/original.dump") normalised dump lines identical ($timing)"
