#!/usr/bin/env bash
# crosscheck: the TypeScript we emit for every schema we accept compiles with tsc --strict.
#   run_typescript.sh SCHEMAFORGE
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bin=$1
need_node typescript
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
i=0
while read -r input; do
  i=$((i + 1))
  "$bin" -q convert "$input" --to typescript -o "$tmp/types_$i.ts" 2>/dev/null || true
done < <(schema_inputs; ls "$corpus_dir"/dbml/holistics-tests/*.dbml)
n=$(ls "$tmp"/*.ts | wc -l)
echo "tsc --strict --noEmit on $n files"
node "$crosscheck_dir/node_modules/typescript/bin/tsc" --strict --noEmit "$tmp"/*.ts && echo "1 passed, 0 failed"
