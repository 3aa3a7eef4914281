#!/usr/bin/env bash
# Runs bench/parse_bench, each benchmark in its own process (so peak RSS is per
# benchmark), and prints, per input file, the time of each benchmark, the ratios
#   b/a  = sf::parse_postgres             / pg_query_parse_protobuf
#   c/a  = sf::parse_postgres + emit_sql  / pg_query_parse_protobuf
#   a'/a = pg_query_parse (JSON)          / pg_query_parse_protobuf
# and the peak RSS of each process.
#
#   bench/run_parse_bench.sh [BENCH_BIN] [BENCHMARK_ARGS...]
#     BENCH_BIN        default: $SF_BENCH_BIN, else ${SF_BUILD_DIR:-build}/bench/parse_bench
#     BENCHMARK_ARGS   passed on, e.g. --benchmark_min_time=2 --benchmark_repetitions=5
#                      (with repetitions the median is used); --benchmark_filter=REGEX
#                      chooses which benchmarks run (each still in its own process)
#   SF_BENCH_JSON=FILE   also write all raw Google Benchmark JSON records to FILE
#
# Ratios use CPU time (less sensitive to other load on the machine than wall time); the
# wall-clock figures are printed too. Exit status 1 if any benchmark reported an error.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${SF_BENCH_BIN:-${SF_BUILD_DIR:-$root/build}/bench/parse_bench}
if (($# > 0)) && [[ "$1" != --* ]]; then
  bin=$1
  shift
fi
[[ -x "$bin" ]] || { echo "run_parse_bench: $bin not found: build it first (cmake --build --preset dev --target parse_bench)" >&2; exit 3; }
command -v python3 >/dev/null || { echo "run_parse_bench: python3 is needed to summarise the JSON" >&2; exit 3; }

work=$(mktemp -d "${TMPDIR:-/tmp}/sf-parse-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

mapfile -t names < <("$bin" --benchmark_list_tests "$@")
# The caller's --benchmark_filter chooses the list above; each process below gets its own
# filter (one benchmark) and the JSON format, so those flags are not passed on again.
run_args=()
for arg in "$@"; do
  case "$arg" in
    --benchmark_filter=* | --benchmark_format=* | --benchmark_list_tests*) ;;
    *) run_args+=("$arg") ;;
  esac
done
((${#names[@]})) || { echo "run_parse_bench: no benchmarks listed by $bin" >&2; exit 3; }

echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
i=0
for name in "${names[@]}"; do
  i=$((i + 1))
  echo "[$i/${#names[@]}] $name" >&2
  # Escape regex metacharacters of the name for --benchmark_filter.
  pattern=$(printf '%s' "$name" | sed 's/[][\.^$*+?(){}|]/\\&/g')
  "$bin" "${run_args[@]}" --benchmark_filter="^${pattern}\$" --benchmark_format=json >"$work/$i.json" 2>"$work/$i.err" || {
    cat "$work/$i.err" >&2
    echo "run_parse_bench: $name: the benchmark process failed" >&2
  }
done

printf '%s\n' "${names[@]}" >"$work/names.txt"
python3 - "$work" "${SF_BENCH_JSON:-}" <<'PY'
import json, os, sys

work, out_json = sys.argv[1], sys.argv[2]
with open(os.path.join(work, "names.txt")) as f:
    listed = [line.strip() for line in f if line.strip()]
records = []
for name in sorted(os.listdir(work), key=lambda n: (len(n), n)):
    if not name.endswith(".json"):
        continue
    try:
        with open(os.path.join(work, name)) as f:
            doc = json.load(f)
    except (OSError, ValueError):
        continue
    benches = doc.get("benchmarks", [])
    medians = [b for b in benches if b.get("run_type") == "aggregate" and b.get("aggregate_name") == "median"]
    runs = medians or [b for b in benches if b.get("run_type", "iteration") == "iteration"][:1]
    records.extend(runs)

if out_json:
    with open(out_json, "w") as f:
        json.dump(records, f, indent=2)

def to_ms(value, unit):
    return value * {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[unit]

table = {}  # input -> kind -> record (None: listed, but the process gave no result)
for name in listed:
    kind, _, label = name.partition("/")
    table.setdefault(label, {})[kind] = None
for r in records:
    name = r.get("run_name") or r["name"]
    kind, _, label = name.partition("/")
    table.setdefault(label, {})[kind] = r

kinds = [("pg_query_parse_protobuf", "a"), ("pg_query_parse_json", "a'"),
         ("sf_parse_postgres", "b"), ("sf_parse_emit_sql", "c")]
failed = False
print(f"{'input':10} {'benchmark':28} {'cpu ms':>9} {'wall ms':>9} {'peak RSS MiB':>13}  note")
for label, row in table.items():
    for kind, tag in kinds:
        if kind not in row:
            continue  # not selected by --benchmark_filter
        r = row[kind]
        if r is None:
            print(f"{label:10} {kind + ' (' + tag + ')':28} {'-':>9} {'-':>9} {'-':>13}  no result (the process failed)")
            failed = True
            continue
        if r.get("error_occurred"):
            print(f"{label:10} {kind + ' (' + tag + ')':28} {'-':>9} {'-':>9} {'-':>13}  ERROR: {r.get('error_message', '')}")
            failed = True
            continue
        unit = r.get("time_unit", "ns")
        notes = []
        if "tables" in r:
            notes.append(f"{int(r['tables'])} tables")
        if "output_KiB" in r:
            notes.append(f"{r['output_KiB']:.0f} KiB of SQL out")
        note = ", ".join(notes)
        print(f"{label:10} {kind + ' (' + tag + ')':28} {to_ms(r['cpu_time'], unit):9.2f} "
              f"{to_ms(r['real_time'], unit):9.2f} {r.get('peak_rss_MiB', float('nan')):13.1f}  {note}")

    def cpu(kind):
        r = row.get(kind)
        if r is None or r.get("error_occurred"):
            return None
        return to_ms(r["cpu_time"], r.get("time_unit", "ns"))

    a = cpu("pg_query_parse_protobuf")
    ratios = []
    for kind, tag in kinds[1:]:
        v = cpu(kind)
        ratios.append(f"{tag}/a = {v / a:.2f}" if a and v is not None else f"{tag}/a = n/a")
    print(f"{label:10} ratios (CPU time): b/a and c/a first -> " +
          ", ".join([ratios[1], ratios[2], ratios[0]]))
    print()
sys.exit(1 if failed else 0)
PY
