#!/usr/bin/env bash
# The example briefs (examples/*/brief.yaml) are valid against docs/brief.schema.json, and
# a brief with an unknown key is not (so the schema is not vacuous).
# Usage: run_brief_schema.sh SOURCE_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/node_modules/ajv" ] || { echo "brief schema: FAIL: run npm ci --prefix tests/crosscheck"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
to_json() { python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], "w"))' "$1" "$2"; }
jsons=()
for brief in "$src"/examples/*/brief.yaml; do
  name=$(basename "$(dirname "$brief")")
  to_json "$brief" "$tmp/$name.json"
  jsons+=("$tmp/$name.json")
done
node "$here/validate_brief.mjs" "$src/docs/brief.schema.json" "${jsons[@]}"
to_json "$src/tests/bad_brief/unknown_key.yaml" "$tmp/unknown_key.json"
if node "$here/validate_brief.mjs" "$src/docs/brief.schema.json" "$tmp/unknown_key.json" 2>/dev/null; then
  echo "brief schema: FAIL: tests/bad_brief/unknown_key.yaml was accepted"; exit 1
fi
echo "brief schema: the examples are valid and a brief with an unknown key is not"
