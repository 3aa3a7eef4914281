#!/usr/bin/env bash
# Bad input must be rejected cleanly: exit status 2, `file:line:col: error[CODE]:` on stderr,
# nothing on stdout and no output file (not even a half-written temporary).
#
#   tests/bad_input/run.sh BIN DIR [CASE...]
#
# BIN is the schemaforge binary, DIR this directory. With no CASE, every case runs. A CASE
# is either NAME, for DIR/NAME.sql checked against DIR/NAME.expect, or one of the built-in
# unreadable-path cases:
#   nonexistent_file   a .sql path that does not exist        -> exit 2, error[SF1001]
#   directory          a directory whose name ends in .sql    -> exit 2, error[SF1001]
#
# Each case runs `BIN convert NAME.sql --to postgres -o out.sql` inside a fresh temporary
# directory holding only a copy of NAME.sql, so messages name the file as `NAME.sql`.
# NAME.expect holds fixed strings, one per line (empty lines ignored). They must all occur
# in stderr in the order given: each is searched for after the end of the previous match,
# so two of them may sit on the same stderr line (a location, then the message).
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 BIN DIR [CASE...]" >&2
  exit 2
fi
BIN=$1
DIR=$2
shift 2
[[ -x "$BIN" && -f "$BIN" ]] || { echo "bad_input: FAIL: $BIN is not an executable file (build schemaforge first)" >&2; exit 3; }
[[ -d "$DIR" ]] || { echo "bad_input: FAIL: $DIR is not a directory" >&2; exit 3; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
DIR=$(cd "$DIR" && pwd)

readonly BUILTINS=(nonexistent_file directory)

cases=("$@")
if ((${#cases[@]} == 0)); then
  for f in "$DIR"/*.sql; do
    [[ -e "$f" ]] && cases+=("$(basename "$f" .sql)")
  done
  cases+=("${BUILTINS[@]}")
fi

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/sf-bad-input.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# check_expectations STDERR_FILE EXPECTED_STRING... : in-order fixed-string search.
check_expectations() {
  local stderr_file=$1
  shift
  local rest want
  # NUL bytes (a diagnostic may echo a binary line) would upset the shell; drop them.
  rest=$(tr -d '\000' <"$stderr_file")
  for want in "$@"; do
    [[ -z "$want" ]] && continue
    if [[ "$rest" == *"$want"* ]]; then
      rest=${rest#*"$want"}
    else
      echo "    expected (in order): $want"
      return 1
    fi
  done
}

# run_case NAME INPUT_SETUP EXPECTED...: INPUT_SETUP is "copy" or "missing" or "directory".
run_case() {
  local name=$1 setup=$2
  shift 2
  local work="$SCRATCH/$name/work" logs="$SCRATCH/$name"
  mkdir -p "$work"
  local input
  case "$setup" in
    copy)
      input="$name.sql"
      cp "$DIR/$name.sql" "$work/$input"
      ;;
    missing) input="does_not_exist.sql" ;;
    directory)
      input="schema_dir.sql"
      mkdir "$work/$input"
      ;;
  esac
  local before
  before=$(cd "$work" && find . -mindepth 1 | sort)

  local status=0
  (cd "$work" && exec "$BIN" convert "$input" --to postgres -o out.sql) \
    >"$logs/stdout" 2>"$logs/stderr" || status=$?

  local problems=()
  ((status == 2)) || problems+=("exit status $status, expected 2")
  [[ ! -e "$work/out.sql" ]] || problems+=("out.sql was written")
  local after
  after=$(cd "$work" && find . -mindepth 1 | sort)
  local extra
  extra=$(comm -13 <(echo "$before") <(echo "$after") | grep -vx './out.sql' | tr '\n' ' ' || true)
  [[ -z "$extra" ]] || problems+=("files left behind: $extra")
  [[ ! -s "$logs/stdout" ]] || problems+=("something was printed on stdout")
  local why
  if ! why=$(check_expectations "$logs/stderr" "$@"); then problems+=("stderr: ${why#    }"); fi

  if ((${#problems[@]})); then
    echo "FAIL $name"
    local p
    for p in "${problems[@]}"; do echo "    $p"; done
    echo "    --- stderr ---"
    tr -d '\000' <"$logs/stderr" | sed 's/^/    | /'
    if [[ -s "$logs/stdout" ]]; then
      echo "    --- stdout (first lines) ---"
      head -c 2000 "$logs/stdout" | tr -d '\000' | head -n 10 | sed 's/^/    | /'
    fi
    return 1
  fi
  echo "ok   $name"
}

failures=0
for name in "${cases[@]}"; do
  case "$name" in
    nonexistent_file)
      run_case "$name" missing "does_not_exist.sql" "error[SF1001]" || failures=$((failures + 1))
      ;;
    directory)
      run_case "$name" directory "schema_dir.sql" "error[SF1001]" || failures=$((failures + 1))
      ;;
    *)
      if [[ ! -f "$DIR/$name.sql" ]]; then
        echo "FAIL $name: no $DIR/$name.sql"
        failures=$((failures + 1))
        continue
      fi
      if [[ ! -f "$DIR/$name.expect" ]]; then
        echo "FAIL $name: no $DIR/$name.expect (every case needs its expected stderr)"
        failures=$((failures + 1))
        continue
      fi
      mapfile -t expected <"$DIR/$name.expect"
      run_case "$name" copy "${expected[@]}" || failures=$((failures + 1))
      ;;
  esac
done

if ((failures)); then
  echo "bad_input: $failures of ${#cases[@]} case(s) failed"
  exit 1
fi
echo "bad_input: all ${#cases[@]} case(s) passed"
