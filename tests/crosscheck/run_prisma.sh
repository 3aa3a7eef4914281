#!/usr/bin/env bash
# crosscheck: every schema.prisma we emit passes Prisma's validator and `prisma format`
# leaves it unchanged; a MongoDB schema is refused with SF5004.
#   run_prisma.sh SCHEMAFORGE
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bin=$1
need_node @prisma/prisma-schema-wasm
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failed=0
while read -r input; do
  if ! "$bin" -q convert "$input" --to prisma -o "$tmp/$(basename "$input").prisma"; then
    echo "FAIL $input: schemaforge convert --to prisma failed"; failed=1
  fi
done < <(schema_inputs; ls "$corpus_dir"/dbml/holistics-tests/*.dbml | while read -r f; do
  "$bin" -q convert "$f" --to json >/dev/null 2>&1 && echo "$f"; done)
"$bin" -q convert "$corpus_dir/prisma/prisma-examples/databases__mongodb.prisma" --to postgres >/dev/null 2>"$tmp/mongo.err"
rc=$?
if [ $rc -eq 2 ] && grep -q SF5004 "$tmp/mongo.err"; then echo "ok   mongodb provider refused with SF5004 (exit 2)"
else echo "FAIL mongodb provider: exit $rc"; cat "$tmp/mongo.err"; failed=1; fi
node "$crosscheck_dir/prisma_check.js" "$tmp"/*.prisma || failed=1
exit $failed
