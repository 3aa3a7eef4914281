#!/usr/bin/python3
"""Crosscheck of the Alembic revision and the SQLAlchemy models schemaforge emits.

  orm_check.py --revision 0001_initial.py --models models.py [--ddl schema.sql] [--pg-url URL]

1. Alembic on SQLite (a temp file) and on PostgreSQL (a fresh database on --pg-url, or
   $SF_TEST_PG_URL): `alembic upgrade head`, inspect, `alembic downgrade base`, and the
   database must be empty again (only alembic_version; on PostgreSQL no enum types or
   schemas left either).
2. With --ddl: the PostgreSQL schema after upgrade equals the one our DDL makes (loaded into
   another fresh database with psql), compared by inspection.
3. The models import, and metadata.create_all() on SQLite makes the same tables, columns,
   keys and indexes as the Alembic revision made on SQLite.
A missing tool or server is a failure, never a skip. Exit 0 when all checks pass.
"""
import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import uuid

import sqlalchemy as sa

ENV_PY = '''
import os
from alembic import context
from sqlalchemy import create_engine

def run():
    engine = create_engine(os.environ["SF_ALEMBIC_URL"])
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()

run()
'''

failures = []


def check(ok, message):
    print(("ok   " if ok else "FAIL ") + message)
    if not ok:
        failures.append(message)


def inspect_schema(url, schemas=None):
    """Tables with columns, keys and indexes, in a comparable form."""
    engine = sa.create_engine(url)
    insp = sa.inspect(engine)
    out = {}
    for schema in schemas or [None]:
        for table in sorted(insp.get_table_names(schema=schema)):
            if table == "alembic_version":
                continue
            key = f"{schema}.{table}" if schema else table
            cols = [(c["name"], str(c["type"]).lower(), bool(c["nullable"]),
                     (str(c.get("default")) if c.get("default") is not None else None))
                    for c in insp.get_columns(table, schema=schema)]
            pk = insp.get_pk_constraint(table, schema=schema)
            fks = sorted((tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]),
                          str(sorted((f.get("options") or {}).items())))
                         for f in insp.get_foreign_keys(table, schema=schema))
            uniques = sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table, schema=schema))
            indexes = sorted((i["name"], tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                             for i in insp.get_indexes(table, schema=schema))
            out[key] = {"columns": cols, "pk": tuple(pk["constrained_columns"]), "fks": fks,
                        "uniques": uniques, "indexes": indexes}
    engine.dispose()
    return out


def pg_extra(url):
    engine = sa.create_engine(url)
    with engine.connect() as c:
        enums = c.execute(sa.text(
            "select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace "
            "where t.typtype = 'e' and n.nspname not in ('pg_catalog', 'information_schema')")).scalar()
        schemas = [r[0] for r in c.execute(sa.text(
            "select nspname from pg_namespace where nspname not like 'pg\\_%' "
            "and nspname not in ('public', 'information_schema')"))]
        pg_schemas = [r[0] for r in c.execute(sa.text(
            "select nspname from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'"))]
    engine.dispose()
    return enums, schemas, pg_schemas


def alembic(workdir, url, *args):
    env = dict(os.environ, SF_ALEMBIC_URL=url)
    r = subprocess.run(["/usr/bin/python3", "-m", "alembic", "-c", os.path.join(workdir, "alembic.ini"), *args],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout[-3000:], r.stderr[-3000:])
    return r.returncode == 0


def admin(pg_url, sql):
    engine = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(sa.text(sql))
    engine.dispose()


def with_db(pg_url, name):
    return str(sa.engine.make_url(pg_url).set(database=name))


def diff(a, b):
    lines = []
    for t in sorted(set(a) | set(b)):
        if a.get(t) != b.get(t):
            lines.append(f"  {t}:\n    one:   {a.get(t)}\n    other: {b.get(t)}")
    return "\n".join(lines[:6])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--revision", required=True)
    ap.add_argument("--models")
    ap.add_argument("--ddl")
    ap.add_argument("--pg-url", default=os.environ.get("SF_TEST_PG_URL"))
    ap.add_argument("--name", default="schema")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="sf-alembic-")
    os.makedirs(os.path.join(work, "versions"))
    with open(os.path.join(work, "alembic.ini"), "w") as f:
        f.write(f"[alembic]\nscript_location = {work}\n")
    with open(os.path.join(work, "env.py"), "w") as f:
        f.write(ENV_PY)
    with open(args.revision) as src, open(os.path.join(work, "versions", "0001_initial.py"), "w") as dst:
        dst.write(src.read())

    # --- SQLite
    sqlite_url = f"sqlite:///{work}/alembic.db"
    check(alembic(work, sqlite_url, "upgrade", "head"), f"{args.name}: alembic upgrade head on SQLite")
    sqlite_schema = inspect_schema(sqlite_url)
    check(len(sqlite_schema) > 0, f"{args.name}: SQLite has {len(sqlite_schema)} tables after upgrade")
    check(alembic(work, sqlite_url, "downgrade", "base"), f"{args.name}: alembic downgrade base on SQLite")
    left = inspect_schema(sqlite_url)
    check(not left, f"{args.name}: SQLite is empty after downgrade" + (f" (left: {sorted(left)})" if left else ""))

    # --- PostgreSQL
    if not args.pg_url:
        check(False, f"{args.name}: no PostgreSQL URL (--pg-url or SF_TEST_PG_URL): the server is missing")
    else:
        db = "sf_alembic_" + uuid.uuid4().hex[:8]
        admin(args.pg_url, f'CREATE DATABASE "{db}"')
        url = with_db(args.pg_url, db)
        try:
            check(alembic(work, url, "upgrade", "head"), f"{args.name}: alembic upgrade head on PostgreSQL")
            _, _, schemas = pg_extra(url)
            pg_schema = inspect_schema(url, schemas)
            if args.ddl:
                ddl_db = "sf_ddl_" + uuid.uuid4().hex[:8]
                admin(args.pg_url, f'CREATE DATABASE "{ddl_db}"')
                ddl_url = with_db(args.pg_url, ddl_db)
                u = sa.engine.make_url(ddl_url).set(drivername="postgresql")
                r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d",
                                    u.render_as_string(hide_password=False), "-f", args.ddl],
                                   capture_output=True, text=True)
                check(r.returncode == 0, f"{args.name}: our DDL loads into PostgreSQL" + (f": {r.stderr[:500]}" if r.returncode else ""))
                _, _, ddl_schemas = pg_extra(ddl_url)
                ddl_schema = inspect_schema(ddl_url, ddl_schemas)
                d = diff(ddl_schema, pg_schema)
                check(not d, f"{args.name}: PostgreSQL schema after alembic upgrade equals our DDL's" + (f"\n{d}" if d else ""))
                admin(args.pg_url, f'DROP DATABASE "{ddl_db}"')
            check(alembic(work, url, "downgrade", "base"), f"{args.name}: alembic downgrade base on PostgreSQL")
            left = inspect_schema(url, pg_extra(url)[2])
            enums, extra_schemas, _ = pg_extra(url)
            check(not left and enums == 0 and not extra_schemas,
                  f"{args.name}: PostgreSQL is empty after downgrade (tables {sorted(left)}, enum types {enums}, schemas {extra_schemas})")
        finally:
            admin(args.pg_url, f'DROP DATABASE "{db}"')

    # --- SQLAlchemy models
    if args.models:
        spec = importlib.util.spec_from_file_location("sf_models_" + uuid.uuid4().hex[:6], args.models)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            sa.orm.configure_mappers()
            ok = True
        except Exception as e:  # an import or mapping error is what this check is for
            print(repr(e))
            ok = False
        check(ok, f"{args.name}: models import and their mappers configure (SQLAlchemy {sa.__version__})")
        if ok:
            models_url = f"sqlite:///{work}/models.db"
            engine = sa.create_engine(models_url)
            schemas = {t.schema for t in module.metadata.tables.values() if t.schema}
            with engine.begin() as c:
                c = c.execution_options(schema_translate_map={s: None for s in schemas})
                module.metadata.create_all(c)
            engine.dispose()
            models_schema = inspect_schema(models_url)
            # SQLAlchemy's SQLite compiler leaves out a foreign key whose tables sit in two
            # different schemas (SQLite cannot reference another database): compare without them.
            cross = {(t.name, tuple(fk.column_keys)) for t in module.metadata.tables.values()
                     for fk in t.foreign_key_constraints if fk.referred_table.schema != t.schema}
            for schema_map in (sqlite_schema, models_schema):
                for name, table in schema_map.items():
                    table["fks"] = [f for f in table["fks"] if (name, f[0]) not in cross]
            d = diff(sqlite_schema, models_schema)
            check(not d, f"{args.name}: metadata.create_all() on SQLite makes the tables the Alembic revision makes"
                  + (f"\n{d}" if d else ""))
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
