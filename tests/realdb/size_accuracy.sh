#!/usr/bin/env bash
# realdb tier: `schemaforge size` against the real thing (docs/size.md "Measured accuracy").
# Creates a table of known shape on the throwaway PostgreSQL (an ascending identity key, a
# varchar(12) code, a 32-character md5 token, a pseudo-random uuid (md5-derived, so every
# run builds the same index), a boolean, a numeric(12,2), an
# ascending timestamptz; a UNIQUE constraint and three more B-tree indexes, created before
# the rows as an application's would be), inserts N rows with generate_series, VACUUM
# ANALYZE, then compares `schemaforge size --rows size_probe=N` with pg_relation_size of the
# heap and of each index: every ratio must lie within [0.90, 1.10].
#
#   tests/realdb/size_accuracy.sh [N]        (default 500000)
#
# Environment (scripts/test sets it): SF_BIN, SF_TEST_PG_HOST, SF_TEST_PG_PORT,
# SF_TEST_PG_USER. A missing variable is a failure, never a skip.
set -euo pipefail
readonly ME="size_accuracy"
fail() { echo "$ME: FAIL: $*" >&2; exit 1; }
rows=${1:-500000}
for var in SF_BIN SF_TEST_PG_HOST SF_TEST_PG_PORT SF_TEST_PG_USER; do
  [[ -n "${!var:-}" ]] || fail "$var is not set: run through scripts/test, which starts the servers"
done

name="sfsize_$$"
psql_admin=(psql -X -q -v ON_ERROR_STOP=1 -h "$SF_TEST_PG_HOST" -p "$SF_TEST_PG_PORT" -U "$SF_TEST_PG_USER" -d postgres)
psql_db=(psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$SF_TEST_PG_HOST" -p "$SF_TEST_PG_PORT" -U "$SF_TEST_PG_USER" -d "$name")
work=$(mktemp -d "${TMPDIR:-/tmp}/sf-size.XXXXXX")
cleanup() {
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
"${psql_admin[@]}" -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8'" || fail "cannot create database $name"

cat >"$work/probe.sql" <<'SQL'
CREATE TABLE size_probe (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id integer NOT NULL,
  code varchar(12) NOT NULL,
  token text NOT NULL,
  ref uuid NOT NULL,
  active boolean NOT NULL,
  amount numeric(12,2) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT size_probe_token_key UNIQUE (token)
);
CREATE INDEX size_probe_ref_idx ON size_probe (ref);
CREATE INDEX size_probe_created_at_idx ON size_probe (created_at);
CREATE INDEX size_probe_account_id_created_at_idx ON size_probe (account_id, created_at);
SQL
"${psql_db[@]}" -f "$work/probe.sql" >/dev/null || fail "cannot create the probe table"
# Every value has the width the projection assumes: code 12 characters, token 32 (the text
# default), amount 10 integer digits + 2 decimals (numeric(12,2) at full precision).
"${psql_db[@]}" -c "INSERT INTO size_probe (account_id, code, token, ref, active, amount, created_at)
  SELECT (i::bigint * 7919 % 1000)::int, lpad(i::text, 12, '0'), md5(i::text), md5('r' || i)::uuid, i % 2 = 0,
         1000000000 + i + 0.25, timestamptz '2025-01-01' + i * interval '1 second'
  FROM generate_series(1, $rows) AS i" >/dev/null || fail "cannot insert $rows rows"
"${psql_db[@]}" -c "VACUUM ANALYZE size_probe" >/dev/null

"${psql_db[@]}" -F ' ' -c "SELECT 'heap', pg_relation_size('size_probe')
  UNION ALL SELECT indexrelid::regclass::text, pg_relation_size(indexrelid)
  FROM pg_index WHERE indrelid = 'size_probe'::regclass ORDER BY 1" >"$work/measured.txt"
"$SF_BIN" size "$work/probe.sql" --rows "size_probe=$rows" --format json >"$work/projected.json" ||
  fail "schemaforge size failed"

python3 - "$work/projected.json" "$work/measured.txt" "$rows" <<'PY' || fail "a projection is off by more than 10 %"
import json, sys
projected = json.load(open(sys.argv[1]))["tables"][0]
measured = dict(line.split() for line in open(sys.argv[2]) if line.strip())
wanted = {"heap": projected["heap_bytes"][0]}
for index in projected["indexes"]:
    wanted[index["name"]] = index["bytes"][0]
bad = False
print(f"size_accuracy: {sys.argv[3]} rows, projected / measured (pg_relation_size):")
for name in sorted(measured):
    if name not in wanted:
        print(f"  {name}: measured but not projected"); bad = True; continue
    m, p = int(measured[name]), wanted[name]
    ratio = p / m
    ok = 0.90 <= ratio <= 1.10
    bad = bad or not ok
    print(f"  {name:40} projected {p:>11}  measured {m:>11}  ratio {ratio:.3f}{'' if ok else '  <-- off'}")
for name in wanted:
    if name not in measured:
        print(f"  {name}: projected but not in the database"); bad = True
sys.exit(1 if bad else 0)
PY
echo "$ME: ok"
