#!/usr/bin/env bash
# The design document and all diagrams for the largest corpus schema (Zabbix 6.0, 173
# tables), as whole processes: wall time and peak RSS of each command, measured with
# /usr/bin/time (Debian `time`), best of N runs (default 5). Then, when the in-process
# benchmark is built, bench/doc_bench for the 173- and 519-table models.
#
#   bench/run_doc_bench.sh [SCHEMAFORGE_BIN] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${1:-${SF_BUILD_DIR:-$root/build}/schemaforge}
runs=${2:-5}
input=${SF_BENCH_INPUT:-$root/../shared/corpus/sql/zabbix-6.0-schema.postgres.sql}
[[ -x "$bin" ]] || { echo "run_doc_bench: $bin not found: build it first" >&2; exit 3; }
[[ -x /usr/bin/time ]] || { echo "run_doc_bench: /usr/bin/time is missing (Debian package time)" >&2; exit 3; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sf-doc-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

measure() {  # label, command...
  local label=$1 best_t="" best_m=""
  shift
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r t m <"$work/time"
    if [[ -z "$best_t" ]] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [[ -z "$best_m" ]] || ((m > best_m)); then best_m=$m; fi
  done
  printf '%-44s %8.2f s %10.1f MiB\n' "$label" "$best_t" "$(awk "BEGIN{print $best_m/1024}")"
}

echo "input: $(basename "$input"); best wall time of $runs runs, largest peak RSS"
measure "doc (Markdown, both editions, all diagrams)" "$bin" -q doc "$input" -o "$work/doc"
measure "doc --html (plus one page per table)" "$bin" -q doc "$input" -o "$work/html" --html
for f in mermaid dot svg png ascii plantuml; do
  measure "erd --format $f" "$bin" -q erd "$input" --format "$f" -o "$work/erd.$f"
done
measure "erd --format svg --around hosts" "$bin" -q erd "$input" --format svg --around hosts -o "$work/around.svg"

bench=${SF_BUILD_DIR:-$root/build}/bench/doc_bench
if [[ -x "$bench" ]]; then
  echo
  "$bench" --benchmark_counters_tabular=true
fi
