#!/usr/bin/env bash
# crosscheck: `schemaforge lint --format sarif` on one schema validates against the official
# SARIF 2.1.0 schema. Usage: sarif_check.sh SCHEMAFORGE SCHEMA.sql
# Fails (never skips) when the npm tools are missing: scripts/setup installs them.
set -euo pipefail
bin=$1
schema=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$here/node_modules/ajv-draft-04" ]; then
  echo "sarif_check: $here/node_modules is missing; run scripts/setup" >&2
  exit 1
fi
out=$(mktemp --suffix=.sarif)
trap 'rm -f "$out"' EXIT
status=0
"$bin" lint --no-config --format sarif --fail-on never -o "$out" "$schema" || status=$?
if [ "$status" -eq 2 ]; then
  # Not PostgreSQL (a MySQL or SQLite dump): lint rejects it as bad input; nothing to validate.
  echo "sarif_check: $schema is not PostgreSQL (exit 2); skipped by design"
  exit 0
fi
[ "$status" -eq 0 ] || { echo "sarif_check: lint exited $status" >&2; exit 1; }
node "$here/validate_sarif.mjs" "$out"
