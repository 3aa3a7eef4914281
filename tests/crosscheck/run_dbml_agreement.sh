#!/usr/bin/env bash
# crosscheck: our DBML frontend agrees with @dbml/core on every corpus DBML file (models on
# the valid ones, error lines on the malformed ones), and on every DBML file we emit.
#   run_dbml_agreement.sh SCHEMAFORGE DBML_MODEL_DUMP corpus|emitted
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bin=$1 dump=$2 which=$3
need_node @dbml/core
if [ "$which" = corpus ]; then
  exec node "$crosscheck_dir/dbml_agreement.js" "$dump" "$corpus_dir/dbml" "$crosscheck_dir/../golden/dbml_constructs/input.dbml"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0
while read -r input; do
  out="$tmp/$(basename "$input").dbml"
  if "$bin" -q convert "$input" --to dbml -o "$out" 2>/dev/null; then n=$((n + 1)); fi
done < <(ls "$corpus_dir"/dbml/*.dbml "$corpus_dir"/dbml/holistics-tests/*.dbml; schema_inputs)
echo "emitted $n DBML files"
[ "$n" -gt 0 ] || { echo "crosscheck: nothing was emitted"; exit 1; }
exec node "$crosscheck_dir/dbml_agreement.js" "$dump" "$tmp"
