#!/usr/bin/env bash
# DBML parse benchmark: our frontend (in process, bench/dbml_bench) against @dbml/core
# (in process, node), on the largest corpus DBML file @dbml/core accepts and on a generated
# 500-table design, in the same run. Prints both, the speed ratio and the peak memory.
#   bench/dbml_bench.sh [BUILD_DIR]      (default: build; needs scripts/setup's npm tools)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
corpus=${SF_CORPUS_DIR:-$root/../shared/corpus}
[ -x "$build/bench/dbml_bench" ] || { echo "dbml_bench: build it first (cmake --build $build --target dbml_bench)"; exit 3; }
[ -d "$root/tests/crosscheck/node_modules/@dbml/core" ] || { echo "dbml_bench: run scripts/setup (npm tools)"; exit 3; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
node "$root/bench/gen_dbml_500.js" > "$tmp/generated_500_tables.dbml"
# the largest corpus file that @dbml/core accepts
largest=$(cd "$root/tests/crosscheck" && node -e '
const fs = require("fs"), path = require("path"), core = require("@dbml/core");
const dir = process.argv[1]; let best = null;
for (const d of [dir + "/dbml", dir + "/dbml/holistics-tests"]) for (const f of fs.readdirSync(d)) {
  if (!f.endsWith(".dbml")) continue; const p = path.join(d, f); const t = fs.readFileSync(p, "utf8");
  try { core.Parser.parse(t, "dbmlv2"); } catch (e) { continue; }
  if (!best || t.length > best[1]) best = [p, t.length];
}
console.log(best[0]);' "$corpus")
files=("$largest" "$tmp/generated_500_tables.dbml")
# the largest SQL schema of the corpus (Zabbix, 173 tables) converted to DBML by schemaforge
zabbix="$corpus/sql/zabbix-6.0-schema.postgres.sql"
if [ -x "$build/schemaforge" ] && [ -f "$zabbix" ]; then
  "$build/schemaforge" -q convert "$zabbix" --to dbml -o "$tmp/zabbix_from_sql.dbml" 2>/dev/null
  files+=("$tmp/zabbix_from_sql.dbml")
fi
: > "$tmp/ours.jsonl"; : > "$tmp/core.jsonl"
for f in "${files[@]}"; do
  size=$(wc -c <"$f")
  if [ "$size" -lt 100000 ]; then ours_n=200 core_n=50; else ours_n=20 core_n=5; fi
  "$build/bench/dbml_bench" --iterations $ours_n "$f" >> "$tmp/ours.jsonl"
  node "$root/bench/dbml_bench_core.js" --iterations $core_n "$f" >> "$tmp/core.jsonl"
done
node -e '
const fs = require("fs");
const ours = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
const core = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map(JSON.parse);
console.log("file | bytes | tables | schemaforge mean (best) ms | @dbml/core mean (best) ms | ratio mean (best) | peak RSS ours / node");
for (let i = 0; i < ours.length; i += 1) {
  const o = ours[i], c = core[i];
  console.log(`${o.file.split("/").pop()} | ${o.bytes} | ${o.tables} | ${o.mean_ms.toFixed(3)} (${o.min_ms.toFixed(3)}) | ${c.mean_ms.toFixed(2)} (${c.min_ms.toFixed(2)}) | ${(c.mean_ms / o.mean_ms).toFixed(0)}x (${(c.min_ms / o.min_ms).toFixed(0)}x) | ${(o.peak_rss_kb / 1024).toFixed(1)} MiB / ${(c.peak_rss_kb / 1024).toFixed(1)} MiB`);
}' "$tmp/ours.jsonl" "$tmp/core.jsonl"
