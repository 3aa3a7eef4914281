#!/usr/bin/env bash
# Golden runner: runs each line of CASE/run through the real binary and compares the output
# with CASE/expected/NAME. A line reads `ARGS > NAME` (stdout compared) and runs inside
# CASE. UPDATE_GOLDEN=1 rewrites the expected files instead of comparing. A NAME holding a
# slash is another case's expected file (relative to CASE), compared but never rewritten
# here: two commands that must agree byte for byte keep one copy.
# Usage: run_golden.sh BIN CASE_DIR
set -uo pipefail
bin=$1
case_dir=$(cd "$2" && pwd)
[ -f "$case_dir/run" ] || { echo "golden: $case_dir/run is missing"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
lines=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  lines=$((lines + 1))
  args=${line% > *}
  name=${line##* > }
  # Word splitting of ARGS is intended: run files hold plain arguments without quoting.
  # shellcheck disable=SC2086
  (cd "$case_dir" && "$bin" $args) >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "golden: '$args' exited $rc"; cat "$tmp/err"; failed=1; continue
  fi
  expected="$case_dir/expected/$name"
  shared=0
  case "$name" in */*) expected="$case_dir/$name"; shared=1 ;; esac
  if [ "${UPDATE_GOLDEN:-}" = 1 ] && [ $shared = 0 ]; then
    mkdir -p "$case_dir/expected"; cp "$tmp/out" "$expected"; echo "golden: wrote $expected"
  elif [ ! -f "$expected" ]; then
    echo "golden: missing expected file $expected (run with UPDATE_GOLDEN=1)"; failed=1
  elif ! diff -u "$expected" "$tmp/out" >"$tmp/diff"; then
    echo "golden: '$args' differs from ${expected#"$case_dir"/}:"; head -n 200 "$tmp/diff"; failed=1
  fi
done <"$case_dir/run"
[ $lines -gt 0 ] || { echo "golden: $case_dir/run has no commands"; exit 1; }
exit $failed
