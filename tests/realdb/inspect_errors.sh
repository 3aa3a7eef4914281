#!/usr/bin/env bash
# One case of inspect_errors.txt: `schemaforge inspect ARG -o FILE` must exit 3, print one
# line on stderr naming the expected code, nothing on stdout, and leave no FILE behind.
#   tests/realdb/inspect_errors.sh BIN CASE
set -uo pipefail
bin=$1
case_name=$2
here=$(cd "$(dirname "$0")" && pwd)
for var in SF_TEST_PG_HOST SF_TEST_PG_PORT SF_TEST_MYSQL_SOCKET; do
  if [[ -z "${!var:-}" ]]; then
    echo "FAIL: $var not set; run the realdb tier through scripts/test, which starts the servers" >&2
    exit 1
  fi
done
line=$(grep -E "^${case_name}[[:space:]]" "$here/inspect_errors.txt") || { echo "FAIL: no case $case_name" >&2; exit 1; }
read -r _ argument expected <<<"$line"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sf-inspect-errors.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
printf 'this is a text file, not an SQLite database\n%.0s' {1..200} >"$WORK/not_a_db.sqlite"
export WORK
argument=$(eval "printf '%s' \"$argument\"")
"$bin" inspect "$argument" -o "$WORK/out.json" >"$WORK/stdout" 2>"$WORK/stderr"
status=$?
fail=0
if [[ $status -ne 3 ]]; then echo "FAIL: exit $status, expected 3" >&2; fail=1; fi
if [[ $(wc -l <"$WORK/stderr") -ne 1 ]]; then echo "FAIL: stderr is not one line" >&2; fail=1; fi
if ! grep -q "error\[$expected\]" "$WORK/stderr"; then echo "FAIL: stderr does not name $expected" >&2; fail=1; fi
if [[ -s "$WORK/stdout" ]]; then echo "FAIL: something on stdout" >&2; fail=1; fi
if [[ -e "$WORK/out.json" ]] || ls "$WORK" | grep -q '^out\.json'; then echo "FAIL: an output file was written" >&2; fail=1; fi
if [[ -e "$WORK/missing.db" ]]; then echo "FAIL: inspecting created $WORK/missing.db" >&2; fail=1; fi
echo "$case_name: $argument"
echo "stderr: $(cat "$WORK/stderr")"
exit $fail
