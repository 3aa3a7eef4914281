#!/usr/bin/env bash
# crosscheck: for one schema file, our PostgreSQL DDL loads into the real PostgreSQL, the
# Alembic revision upgrades and downgrades on PostgreSQL and SQLite (same schema as the DDL;
# empty afterwards), and the SQLAlchemy models create the same tables on SQLite.
#   run_orm.sh SCHEMAFORGE INPUT      (needs SF_TEST_PG_URL: run through scripts/test)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bin=$1 input=$2
need_python_orm
[ -n "${SF_TEST_PG_URL:-}" ] || { echo "crosscheck: SF_TEST_PG_URL is not set: run through scripts/test"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in postgres:schema.sql alembic:0001_initial.py sqlalchemy:models.py; do
  "$bin" -q convert "$input" --to "${f%%:*}" -o "$tmp/${f##*:}" || { echo "FAIL convert --to ${f%%:*}"; exit 1; }
done
exec /usr/bin/python3 "$crosscheck_dir/orm_check.py" --revision "$tmp/0001_initial.py" --models "$tmp/models.py" \
  --ddl "$tmp/schema.sql" --pg-url "$SF_TEST_PG_URL" --name "$(basename "$input")"
