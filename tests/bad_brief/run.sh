#!/usr/bin/env bash
# A malformed brief is rejected cleanly: exit status 2, stderr exactly as NAME.expect
# (`file:line:col: error[SF80xx]: ...`, the line and a caret), nothing on stdout and no
# output file. Runs `BIN design NAME.yaml -o out.sql` in a temporary directory holding a copy
# of NAME.yaml, so messages name the file as `NAME.yaml`. UPDATE_GOLDEN=1 rewrites NAME.expect.
# Usage: run.sh BIN DIR NAME
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
name=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$dir/$name.yaml" "$tmp/"
(cd "$tmp" && "$bin" design "$name.yaml" -o out.sql) >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
failed=0
[ $rc -eq 2 ] || { echo "bad_brief $name: exit $rc, expected 2"; failed=1; }
[ ! -s "$tmp/stdout" ] || { echo "bad_brief $name: wrote to stdout:"; cat "$tmp/stdout"; failed=1; }
[ ! -e "$tmp/out.sql" ] || { echo "bad_brief $name: wrote out.sql"; failed=1; }
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$tmp/stderr" "$dir/$name.expect"
  echo "bad_brief: wrote $dir/$name.expect"
elif ! diff -u "$dir/$name.expect" "$tmp/stderr"; then
  echo "bad_brief $name: stderr differs from $name.expect"; failed=1
fi
exit $failed
