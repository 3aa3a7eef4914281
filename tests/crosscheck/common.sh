# Shared by the crosscheck scripts: fail (never skip) when a judge is missing.
crosscheck_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
corpus_dir=${SF_CORPUS_DIR:-$crosscheck_dir/../../../shared/corpus}
need_node() {
  command -v node >/dev/null || { echo "crosscheck: node is missing (scripts/setup installs Debian's nodejs)"; exit 1; }
  [ -d "$crosscheck_dir/node_modules/$1" ] || {
    echo "crosscheck: $1 is missing: run scripts/setup (npm ci --prefix tests/crosscheck)"; exit 1; }
}
need_python_orm() {
  /usr/bin/python3 -c 'import sqlalchemy, alembic, psycopg2' 2>/dev/null || {
    echo "crosscheck: Debian's python3-sqlalchemy, alembic or python3-psycopg2 is missing: run scripts/setup"; exit 1; }
}
# The schema files our tools accept and that describe real databases: relational Prisma
# schemas, the non-test DBML files, and the golden inputs.
schema_inputs() {
  ls "$corpus_dir"/prisma/*.prisma "$corpus_dir"/prisma/prisma-examples/*.prisma | grep -v mongodb
  ls "$corpus_dir"/dbml/*.dbml
  ls "$crosscheck_dir"/../golden/dbml_constructs/input.dbml "$crosscheck_dir"/../golden/prisma_blog/schema.prisma
}
