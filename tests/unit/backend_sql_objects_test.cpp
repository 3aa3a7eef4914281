// Everything that is not a table: schemas, extensions, types, sequences, routines, views,
// triggers, rules, row-level security, policies and their comments.
#include <gtest/gtest.h>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

std::string emit_clean(const Schema& s) {
  Diagnostics diagnostics;
  std::string out = emit_body(s, diagnostics);
  EXPECT_TRUE(diagnostics.items().empty()) << format_diagnostic(diagnostics.items()[0]);
  return out;
}

TEST(SqlObjects, SchemasAndExtensions) {
  Schema s;
  Namespace app;
  app.name = "app";
  app.comment = "Application";
  s.namespaces.push_back(app);
  Namespace pub;
  pub.name = "public";
  pub.comment = "standard public schema";
  s.namespace_comments.push_back(pub);
  Extension uuid;
  uuid.name = "uuid-ossp";
  uuid.schema = "app";
  uuid.version = "1.1";
  uuid.comment = "UUIDs";
  s.extensions.push_back(uuid);
  Extension plain;
  plain.name = "citext";
  s.extensions.push_back(plain);
  EXPECT_EQ(emit_clean(s),
            "CREATE SCHEMA app;\n"
            "\n"
            "COMMENT ON SCHEMA app IS 'Application';\n"
            "\n"
            "COMMENT ON SCHEMA public IS 'standard public schema';\n"
            "\n"
            "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA app VERSION '1.1';\n"
            "\n"
            "COMMENT ON EXTENSION \"uuid-ossp\" IS 'UUIDs';\n"
            "\n"
            "CREATE EXTENSION IF NOT EXISTS citext;\n");
}

TEST(SqlObjects, EnumsDomainsAndCompositesMergedByOrdinal) {
  Schema s;
  CompositeType pair;
  pair.name = qn("app", "pair");
  pair.attributes.push_back({"left", type("app.amount"), ""});
  pair.attributes.push_back({"label", type("text"), "\"C\""});
  pair.comment = "Two amounts";
  pair.ordinal = 3;
  s.composites.push_back(pair);
  Domain amount;
  amount.name = qn("app", "amount");
  amount.base = type("numeric(10,2)");
  amount.collation = "";
  amount.default_value = expr("0", ExprForm::Literal);
  amount.not_null = true;
  amount.checks.push_back(check("VALUE >= (0)::numeric", "amount_positive"));
  amount.checks.back().comment = "never negative";
  amount.checks.push_back(check("VALUE < (1000000)::numeric"));
  CheckConstraint later = check("VALUE <> (13)::numeric", "amount_lucky");
  later.not_valid = true;
  amount.checks.push_back(later);
  amount.comment = "Money";
  amount.ordinal = 2;
  s.domains.push_back(amount);
  EnumType mood;
  mood.name = qn("app", "mood");
  mood.values = {"sad", "ok", "it's great"};
  mood.comment = "How it feels";
  mood.ordinal = 1;
  s.enums.push_back(mood);
  EnumType empty;
  empty.name = qn("app", "nothing");
  empty.ordinal = 4;
  s.enums.push_back(empty);
  Domain labelled;
  labelled.name = qn("label");
  labelled.base = type("text");
  labelled.collation = "\"C\"";
  labelled.default_value = expr("lower('X'::text)");
  labelled.ordinal = 5;
  s.domains.push_back(labelled);
  EXPECT_EQ(emit_clean(s),
            "CREATE TYPE app.mood AS ENUM (\n"
            "    'sad',\n"
            "    'ok',\n"
            "    'it''s great'\n"
            ");\n"
            "\n"
            "COMMENT ON TYPE app.mood IS 'How it feels';\n"
            "\n"
            "CREATE DOMAIN app.amount AS numeric(10,2)\n"
            "    DEFAULT 0\n"
            "    NOT NULL\n"
            "    CONSTRAINT amount_positive CHECK (VALUE >= (0)::numeric)\n"
            "    CHECK (VALUE < (1000000)::numeric);\n"
            "\n"
            "COMMENT ON DOMAIN app.amount IS 'Money';\n"
            "\n"
            "COMMENT ON CONSTRAINT amount_positive ON DOMAIN app.amount IS 'never negative';\n"
            "\n"
            "ALTER DOMAIN app.amount\n"
            "    ADD CONSTRAINT amount_lucky CHECK (VALUE <> (13)::numeric) NOT VALID;\n"
            "\n"
            "CREATE TYPE app.pair AS (\n"
            "    \"left\" app.amount,\n"
            "    label text COLLATE \"C\"\n"
            ");\n"
            "\n"
            "COMMENT ON TYPE app.pair IS 'Two amounts';\n"
            "\n"
            "CREATE TYPE app.nothing AS ENUM ();\n"
            "\n"
            "CREATE DOMAIN label AS text\n"
            "    COLLATE \"C\"\n"
            "    DEFAULT (lower('X'::text));\n");
}

TEST(SqlObjects, SequencesWriteOnlyWhatIsSetAndAreOwnedAfterTheTables) {
  Schema s;
  Sequence plain;
  plain.name = qn("app", "plain_seq");
  s.sequences.push_back(plain);
  Sequence full;
  full.name = qn("app", "full_seq");
  full.options.data_type = "smallint";
  full.options.increment = -1;
  full.options.min_value = -100;
  full.options.max_value = -1;
  full.options.start = -1;
  full.options.cache = 1;
  full.options.cycle = true;
  full.owned_by_table = qn("app", "t");
  full.owned_by_column = "n";
  full.comment = "Counts down";
  s.sequences.push_back(full);
  s.tables.push_back(table(qn("app", "t"), {column("n", "smallint")}));
  EXPECT_EQ(emit_clean(s),
            "CREATE SEQUENCE app.plain_seq;\n"
            "\n"
            "CREATE SEQUENCE app.full_seq\n"
            "    AS smallint\n"
            "    INCREMENT BY -1\n"
            "    MINVALUE -100\n"
            "    MAXVALUE -1\n"
            "    START WITH -1\n"
            "    CACHE 1\n"
            "    CYCLE;\n"
            "\n"
            "COMMENT ON SEQUENCE app.full_seq IS 'Counts down';\n"
            "\n"
            "CREATE TABLE app.t (\n"
            "    n smallint\n"
            ");\n"
            "\n"
            "ALTER SEQUENCE app.full_seq OWNED BY app.t.n;\n");
}

TEST(SqlObjects, FunctionsAreVerbatimBeforeOrAfterTablesAsTheyDepend) {
  Schema s;
  Function after;
  after.name = qn("app", "full_name");
  after.arguments = "p app.people, sep text DEFAULT ' '::text";
  after.returns = "text";
  after.language = "sql";
  after.definition =
      "CREATE FUNCTION app.full_name(p app.people, sep text DEFAULT ' '::text) RETURNS text "
      "LANGUAGE sql AS $$ SELECT p.first || sep || p.last $$;\n";
  after.depends_on_tables = true;
  after.comment = "First and last";
  after.ordinal = 1;
  s.functions.push_back(after);
  Function before;
  before.name = qn("app", "add");
  before.arguments = "a integer, b integer = 1";
  before.definition =
      "CREATE FUNCTION app.add(a integer, b integer = 1) RETURNS integer LANGUAGE sql "
      "IMMUTABLE AS 'SELECT a + b'";
  before.comment = "Adds";
  before.ordinal = 2;
  s.functions.push_back(before);
  Function proc;
  proc.name = qn("app", "tidy");
  proc.kind = RoutineKind::Procedure;
  proc.definition = "CREATE PROCEDURE app.tidy() LANGUAGE sql AS $$ DELETE FROM app.people $$";
  proc.comment = "Cleans";
  proc.ordinal = 3;
  s.functions.push_back(proc);
  Function agg;
  agg.name = qn("app", "total");
  agg.kind = RoutineKind::Aggregate;
  agg.arguments = "integer";
  agg.definition = "CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer)";
  agg.comment = "Sums";
  agg.ordinal = 4;
  s.functions.push_back(agg);
  s.tables.push_back(table(qn("app", "people"), {column("first", "text"), column("last", "text")}));
  EXPECT_EQ(emit_clean(s),
            "CREATE FUNCTION app.add(a integer, b integer = 1) RETURNS integer LANGUAGE sql "
            "IMMUTABLE AS 'SELECT a + b';\n"
            "\n"
            "COMMENT ON FUNCTION app.add(a integer, b integer) IS 'Adds';\n"
            "\n"
            "CREATE PROCEDURE app.tidy() LANGUAGE sql AS $$ DELETE FROM app.people $$;\n"
            "\n"
            "COMMENT ON PROCEDURE app.tidy() IS 'Cleans';\n"
            "\n"
            "CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);\n"
            "\n"
            "COMMENT ON AGGREGATE app.total(integer) IS 'Sums';\n"
            "\n"
            "CREATE TABLE app.people (\n"
            "    first text,\n"
            "    last text\n"
            ");\n"
            "\n"
            "CREATE FUNCTION app.full_name(p app.people, sep text DEFAULT ' '::text) RETURNS text "
            "LANGUAGE sql AS $$ SELECT p.first || sep || p.last $$;\n"
            "\n"
            "COMMENT ON FUNCTION app.full_name(p app.people, sep text) IS 'First and last';\n");
}

TEST(SqlObjects, FunctionsWithoutDefinitionAreBuiltFromTheirParts) {
  Schema s;
  Function f;
  f.name = qn("app", "touch");
  f.returns = "trigger";
  f.language = "plpgsql";
  f.body = "BEGIN NEW.at := now(); RETURN NEW; END; -- costs $$";
  s.functions.push_back(f);
  EXPECT_EQ(emit_clean(s),
            "CREATE FUNCTION app.touch() RETURNS trigger\n"
            "    LANGUAGE plpgsql\n"
            "    AS $_$BEGIN NEW.at := now(); RETURN NEW; END; -- costs $$$_$;\n");
}

TEST(SqlObjects, ViewsAndMaterializedViews) {
  Schema s;
  s.tables.push_back(table(qn("t"), {column("a", "integer"), column("b", "integer")}));
  View v;
  v.name = qn("app", "v");
  v.column_names = {"x", "Y"};
  v.query = "SELECT a, b FROM t WHERE a > 0;";
  v.options = {{"security_barrier", "true"}};
  v.check_option = "CASCADED";
  v.comment = "A view";
  v.ordinal = 2;
  s.views.push_back(v);
  View m;
  m.name = qn("app", "m");
  m.materialized = true;
  m.query = "SELECT a, count(*) AS n FROM t GROUP BY a";
  m.options = {{"fillfactor", "50"}};
  m.with_data = false;
  m.indexes.push_back(index("m_a_key", {key("a")}, true));
  m.indexes.back().comment = "One row per a";
  m.comment = "Counts";
  m.ordinal = 1;
  s.views.push_back(m);
  View plain;
  plain.name = qn("plain");
  plain.query = "SELECT 1 AS one";
  plain.ordinal = 3;
  s.views.push_back(plain);
  EXPECT_EQ(emit_clean(s),
            "CREATE TABLE t (\n"
            "    a integer,\n"
            "    b integer\n"
            ");\n"
            "\n"
            "CREATE MATERIALIZED VIEW app.m WITH (fillfactor=50) AS\n"
            "SELECT a, count(*) AS n FROM t GROUP BY a\n"
            "WITH NO DATA;\n"
            "\n"
            "COMMENT ON MATERIALIZED VIEW app.m IS 'Counts';\n"
            "\n"
            "CREATE UNIQUE INDEX m_a_key ON app.m (a);\n"
            "\n"
            "COMMENT ON INDEX app.m_a_key IS 'One row per a';\n"
            "\n"
            "CREATE VIEW app.v (x, \"Y\") WITH (security_barrier=true) AS\n"
            "SELECT a, b FROM t WHERE a > 0\n"
            "WITH CASCADED CHECK OPTION;\n"
            "\n"
            "COMMENT ON VIEW app.v IS 'A view';\n"
            "\n"
            "CREATE VIEW plain AS\n"
            "SELECT 1 AS one;\n");
}

TEST(SqlObjects, TriggersRulesRowLevelSecurityAndPolicies) {
  Schema s;
  Table t =
      table(qn("app", "docs"), {column("owner", "text"), column("at", "timestamp with time zone")});
  Trigger kept;
  kept.name = "docs_touch";
  kept.definition =
      "CREATE TRIGGER docs_touch BEFORE UPDATE ON app.docs FOR EACH ROW EXECUTE FUNCTION "
      "app.touch()";
  kept.comment = "Keeps at fresh";
  t.triggers.push_back(kept);
  Trigger built;
  built.name = "docs_audit";
  built.timing = "AFTER";
  built.events = {"INSERT", "UPDATE OF owner", "DELETE"};
  built.for_each_row = true;
  built.when = expr("pg_trigger_depth() = 0");
  built.function = qn("app", "audit");
  t.triggers.push_back(built);
  Rule rule;
  rule.name = "docs_keep";
  rule.event = "DELETE";
  rule.definition = "CREATE RULE docs_keep AS ON DELETE TO app.docs DO INSTEAD NOTHING";
  rule.comment = "Never delete";
  t.rules.push_back(rule);
  t.rls_enabled = true;
  Policy all;
  all.name = "docs_all";
  t.policies.push_back(all);
  Policy mine;
  mine.name = "docs_mine";
  mine.permissive = false;
  mine.command = "INSERT";
  mine.roles = {"app_user", "CURRENT_USER"};
  mine.check_expr = expr("owner = CURRENT_USER");
  mine.comment = "Own rows";
  t.policies.push_back(mine);
  Policy read;
  read.name = "docs read";
  read.command = "SELECT";
  read.using_expr = expr("true");
  t.policies.push_back(read);
  s.tables.push_back(t);
  Table forced = table(qn("app", "secrets"), {column("v", "text")});
  forced.rls_forced = true;
  s.tables.push_back(forced);
  EXPECT_EQ(emit_clean(s),
            "CREATE TABLE app.docs (\n"
            "    owner text,\n"
            "    at timestamp with time zone\n"
            ");\n"
            "\n"
            "CREATE TABLE app.secrets (\n"
            "    v text\n"
            ");\n"
            "\n"
            "CREATE TRIGGER docs_touch BEFORE UPDATE ON app.docs FOR EACH ROW EXECUTE FUNCTION "
            "app.touch();\n"
            "\n"
            "COMMENT ON TRIGGER docs_touch ON app.docs IS 'Keeps at fresh';\n"
            "\n"
            "CREATE TRIGGER docs_audit\n"
            "    AFTER INSERT OR UPDATE OF owner OR DELETE ON app.docs\n"
            "    FOR EACH ROW\n"
            "    WHEN (pg_trigger_depth() = 0)\n"
            "    EXECUTE FUNCTION app.audit();\n"
            "\n"
            "CREATE RULE docs_keep AS ON DELETE TO app.docs DO INSTEAD NOTHING;\n"
            "\n"
            "COMMENT ON RULE docs_keep ON app.docs IS 'Never delete';\n"
            "\n"
            "ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;\n"
            "\n"
            "ALTER TABLE app.secrets FORCE ROW LEVEL SECURITY;\n"
            "\n"
            "CREATE POLICY docs_all ON app.docs;\n"
            "\n"
            "CREATE POLICY docs_mine ON app.docs\n"
            "    AS RESTRICTIVE\n"
            "    FOR INSERT\n"
            "    TO app_user, CURRENT_USER\n"
            "    WITH CHECK (owner = CURRENT_USER);\n"
            "\n"
            "COMMENT ON POLICY docs_mine ON app.docs IS 'Own rows';\n"
            "\n"
            "CREATE POLICY \"docs read\" ON app.docs\n"
            "    FOR SELECT\n"
            "    USING (true);\n");
}

}  // namespace
}  // namespace sf
