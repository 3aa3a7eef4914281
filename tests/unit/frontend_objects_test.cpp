// Indexes, sequences, views, routines, triggers, rules, policies, extensions, schemas.
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse;
using testing::parse_clean;

TEST(FrontendObjects, IndexesWithEveryOption) {
  auto p = parse_clean(
      "CREATE TABLE t (id int, email text, org int, tags text[], deleted_at timestamptz);\n"
      "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_email ON ONLY public.t USING btree\n"
      "  (lower(email) COLLATE \"C\" text_pattern_ops DESC NULLS LAST, org ASC NULLS FIRST)\n"
      "  INCLUDE (id) WITH (fillfactor = 90) WHERE deleted_at IS NULL;\n"
      "CREATE INDEX ON t USING gin (tags);\n"
      "CREATE UNIQUE INDEX t_org ON t (org) NULLS NOT DISTINCT;\n");
  const auto& indexes = p.table("t").indexes;
  ASSERT_EQ(indexes.size(), 3u);
  const Index& a = indexes[0];
  EXPECT_EQ(a.name, "t_email");
  EXPECT_TRUE(a.unique);
  EXPECT_TRUE(a.only);
  EXPECT_EQ(a.method, "btree");
  ASSERT_EQ(a.elements.size(), 2u);
  ASSERT_TRUE(a.elements[0].expr);
  EXPECT_EQ(a.elements[0].expr->sql, "lower(email)");
  EXPECT_EQ(a.elements[0].collation, "\"C\"");
  EXPECT_EQ(a.elements[0].opclass, "text_pattern_ops");
  EXPECT_EQ(a.elements[0].order, SortOrder::Desc);
  EXPECT_EQ(a.elements[0].nulls, NullsOrder::Last);
  EXPECT_EQ(a.elements[1].column, "org");
  EXPECT_EQ(a.elements[1].order, SortOrder::Asc);
  EXPECT_EQ(a.elements[1].nulls, NullsOrder::First);
  EXPECT_EQ(a.include, std::vector<std::string>{"id"});
  ASSERT_EQ(a.with.size(), 1u);
  EXPECT_EQ(a.with[0].value, "90");
  ASSERT_TRUE(a.where);
  EXPECT_EQ(a.where->sql, "deleted_at IS NULL");
  EXPECT_EQ(a.loc.line, 2u);
  EXPECT_TRUE(indexes[1].name.empty());
  EXPECT_EQ(indexes[1].method, "gin");
  EXPECT_FALSE(indexes[1].only);
  EXPECT_TRUE(indexes[2].nulls_not_distinct);
}

TEST(FrontendObjects, IndexesOnMaterializedViewsAndDrops) {
  auto p = parse_clean(
      "CREATE TABLE t (a int);\n"
      "CREATE MATERIALIZED VIEW mv AS SELECT a FROM t WITH NO DATA;\n"
      "CREATE UNIQUE INDEX mv_a ON mv (a);\n"
      "CREATE INDEX t_a ON t (a);\n"
      "DROP INDEX t_a;\n");
  ASSERT_EQ(p.schema.views.size(), 1u);
  EXPECT_TRUE(p.schema.views[0].materialized);
  EXPECT_FALSE(p.schema.views[0].with_data);
  ASSERT_EQ(p.schema.views[0].indexes.size(), 1u);
  EXPECT_TRUE(p.table("t").indexes.empty());
}

TEST(FrontendObjects, SequencesAndOwnedBy) {
  auto p = parse_clean(
      "CREATE TABLE public.t (id int);\n"
      "CREATE SEQUENCE public.t_id_seq AS integer START WITH 10 INCREMENT BY 2 MINVALUE 5\n"
      "  MAXVALUE 1000 CACHE 20 CYCLE;\n"
      "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n"
      "CREATE SEQUENCE IF NOT EXISTS public.t_id_seq;\n"
      "CREATE SEQUENCE big NO MINVALUE NO MAXVALUE START 1 MAXVALUE 9223372036854775807;\n"
      "ALTER SEQUENCE big INCREMENT 5 RESTART WITH 7 NO CYCLE;\n");
  ASSERT_EQ(p.schema.sequences.size(), 2u);
  const Sequence& s = p.schema.sequences[0];
  EXPECT_EQ(s.options.data_type, "integer");
  EXPECT_EQ(s.options.start, 10);
  EXPECT_EQ(s.options.increment, 2);
  EXPECT_EQ(s.options.min_value, 5);
  EXPECT_EQ(s.options.max_value, 1000);
  EXPECT_EQ(s.options.cache, 20);
  EXPECT_TRUE(s.options.cycle);
  EXPECT_EQ(s.owned_by_table, (QualifiedName{"public", "t"}));
  EXPECT_EQ(s.owned_by_column, "id");
  const Sequence& big = p.schema.sequences[1];
  EXPECT_EQ(big.options.max_value, INT64_MAX);
  EXPECT_FALSE(big.options.min_value);
  EXPECT_EQ(big.options.increment, 5);
  EXPECT_FALSE(big.options.cycle);
  EXPECT_EQ(p.with(DiagCode::SkippedStatement).size(), 1u);

  auto dropped =
      parse_clean("CREATE TABLE t (id int);\nCREATE SEQUENCE s OWNED BY t.id;\nDROP TABLE t;\n");
  EXPECT_TRUE(dropped.schema.sequences.empty());  // owned sequences go with their table
}

TEST(FrontendObjects, ViewsKeepTheirDeparsedQuery) {
  auto p = parse_clean(
      "CREATE TABLE t (a int, b text);\n"
      "CREATE VIEW v (x, y) WITH (security_barrier = true) AS\n"
      "  SELECT a, b FROM t WHERE a > 1 WITH CASCADED CHECK OPTION;\n"
      "COMMENT ON VIEW v IS 'first';\n"
      "CREATE OR REPLACE VIEW v AS SELECT a AS x, b AS y FROM t;\n"
      "CREATE RECURSIVE VIEW r (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3;\n");
  ASSERT_EQ(p.schema.views.size(), 2u);
  const View& v = p.schema.views[0];
  EXPECT_EQ(v.name.name, "v");
  EXPECT_EQ(v.query, "SELECT a AS x, b AS y FROM t");
  EXPECT_TRUE(v.column_names.empty());
  EXPECT_EQ(v.comment, "first");  // OR REPLACE keeps the object and its comment
  EXPECT_EQ(v.ordinal, 3u);
  EXPECT_EQ(p.schema.views[1].name.name, "r");
  EXPECT_NE(p.schema.views[1].query.find("WITH RECURSIVE"), std::string::npos);

  auto first = parse_clean(
      "CREATE VIEW v (x) WITH (security_barrier) AS SELECT 1 WITH LOCAL CHECK OPTION;\n");
  EXPECT_EQ(first.schema.views[0].column_names, std::vector<std::string>{"x"});
  EXPECT_EQ(first.schema.views[0].check_option, "LOCAL");
  ASSERT_EQ(first.schema.views[0].options.size(), 1u);
  EXPECT_EQ(first.schema.views[0].options[0].name, "security_barrier");

  auto dup = parse("CREATE VIEW v AS SELECT 1;\nCREATE VIEW v AS SELECT 2;\n");
  EXPECT_EQ(dup.with(DiagCode::DuplicateObject).size(), 1u);
}

TEST(FrontendObjects, FunctionsProceduresAndAggregates) {
  auto p = parse_clean(
      "CREATE TABLE public.customer (id int);\n"
      "CREATE FUNCTION public.film_in_stock(p_film_id integer, p_store_id integer, OUT "
      "p_film_count integer)\n"
      "  RETURNS SETOF integer LANGUAGE sql AS $_$\n"
      "  SELECT 1 WHERE $1 = 'it''s';\n"
      "$_$;\n"
      "CREATE FUNCTION public.rewards(min_purchases integer DEFAULT 3) RETURNS SETOF "
      "public.customer\n"
      "  LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN RETURN; END $$;\n"
      "CREATE FUNCTION pair(a int, OUT x int, OUT y text) LANGUAGE sql AS 'SELECT 1, ''a''';\n"
      "CREATE FUNCTION tab() RETURNS TABLE (x int, y text) LANGUAGE sql RETURN (1, 'a');\n"
      "CREATE PROCEDURE public.p(INOUT a int, VARIADIC b int[]) LANGUAGE plpgsql AS $$ BEGIN END "
      "$$;\n"
      "CREATE AGGREGATE public.group_concat(text) (SFUNC = public._group_concat, STYPE = text);\n"
      "CREATE AGGREGATE cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');\n"
      "CREATE OR REPLACE FUNCTION public.rewards(min_purchases integer DEFAULT 3) RETURNS SETOF "
      "public.customer\n"
      "  LANGUAGE plpgsql AS $$ BEGIN RETURN; END $$;\n"
      "CREATE FUNCTION public.rewards(text) RETURNS int LANGUAGE sql AS 'SELECT 1';\n");
  const auto& fns = p.schema.functions;
  ASSERT_EQ(fns.size(), 8u);
  const Function& stock = fns[0];
  EXPECT_EQ(stock.name, (QualifiedName{"public", "film_in_stock"}));
  EXPECT_EQ(stock.kind, RoutineKind::Function);
  EXPECT_EQ(stock.arguments, "p_film_id integer, p_store_id integer, OUT p_film_count integer");
  EXPECT_EQ(stock.returns, "SETOF integer");
  EXPECT_EQ(stock.language, "sql");
  EXPECT_EQ(stock.body, "\n  SELECT 1 WHERE $1 = 'it''s';\n");
  EXPECT_FALSE(stock.depends_on_tables);
  EXPECT_EQ(stock.definition.rfind("CREATE FUNCTION public.film_in_stock(", 0), 0u)
      << stock.definition;
  EXPECT_NE(stock.definition.find(stock.body), std::string::npos);
  EXPECT_EQ(stock.loc.line, 2u);

  // OR REPLACE moved rewards(integer) to the end: it follows what it now depends on.
  const Function& tab = fns[2];
  EXPECT_EQ(tab.name.name, "tab");
  EXPECT_EQ(tab.arguments, "") << "TABLE columns are not arguments";
  EXPECT_EQ(tab.returns, "TABLE(x integer, y text)");
  EXPECT_TRUE(tab.body.empty());  // a SQL-standard body lives in `definition` only
  EXPECT_EQ(fns[6].name.name, "rewards");

  const Function* pair = nullptr;
  const Function* rewards = nullptr;
  for (const auto& f : fns) {
    if (f.name.name == "pair") pair = &f;
    if (f.name.name == "rewards" && f.returns != "integer") rewards = &f;
  }
  ASSERT_TRUE(pair && rewards);
  EXPECT_EQ(pair->returns, "record");
  EXPECT_EQ(pair->body, "SELECT 1, 'a'");
  EXPECT_EQ(rewards->arguments, "min_purchases integer DEFAULT 3");
  EXPECT_EQ(rewards->returns, "SETOF public.customer");
  EXPECT_TRUE(rewards->depends_on_tables);
  EXPECT_EQ(rewards->definition.find("SECURITY DEFINER"), std::string::npos) << "replaced";

  const Function& proc = fns[3];
  EXPECT_EQ(proc.kind, RoutineKind::Procedure);
  EXPECT_EQ(proc.arguments, "INOUT a integer, VARIADIC b integer[]");
  EXPECT_TRUE(proc.returns.empty());

  const Function& agg = fns[4];
  EXPECT_EQ(agg.kind, RoutineKind::Aggregate);
  EXPECT_EQ(agg.arguments, "text");
  EXPECT_EQ(agg.returns, "text");
  EXPECT_EQ(
      agg.definition,
      "CREATE AGGREGATE public.group_concat (text) (sfunc = public._group_concat, stype = text)");
  EXPECT_EQ(fns[5].arguments, "*");
}

TEST(FrontendObjects, FunctionOverloadsAndDuplicates) {
  auto p = parse(
      "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE FUNCTION f(int4) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
      "DROP FUNCTION f(text);\n"
      "DROP FUNCTION IF EXISTS f(bigint);\n");
  EXPECT_EQ(p.with(DiagCode::DuplicateObject).size(), 1u);
  ASSERT_EQ(p.schema.functions.size(), 1u);
  EXPECT_NE(p.schema.functions[0].definition.find("f(int)"), std::string::npos);
  EXPECT_EQ(p.with(DiagCode::SkippedStatement).size(), 1u);
}

TEST(FrontendObjects, TriggersRulesPolicies) {
  auto p = parse_clean(
      "CREATE TABLE public.film (id int, title text, tenant int);\n"
      "CREATE TABLE public.film_2007 (id int);\n"
      "CREATE TRIGGER last_updated BEFORE UPDATE OF title OR INSERT ON public.film\n"
      "  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION public.last_updated();\n"
      "CREATE CONSTRAINT TRIGGER audit AFTER DELETE OR TRUNCATE ON public.film\n"
      "  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE PROCEDURE audit_fn('x');\n"
      "CREATE RULE film_insert AS ON INSERT TO public.film WHERE (new.id > 100)\n"
      "  DO INSTEAD INSERT INTO public.film_2007 (id) VALUES (new.id);\n"
      "CREATE POLICY tenant_isolation ON public.film AS RESTRICTIVE FOR UPDATE TO app_user, "
      "CURRENT_USER\n"
      "  USING (tenant = current_setting('app.tenant')::int) WITH CHECK (tenant > 0);\n"
      "CREATE POLICY everyone ON public.film USING (true);\n"
      "ALTER POLICY everyone ON public.film TO admin USING (false);\n");
  const Table& film = p.table("film", "public");
  ASSERT_EQ(film.triggers.size(), 2u);
  const Trigger& lu = film.triggers[0];
  EXPECT_EQ(lu.timing, "BEFORE");
  EXPECT_EQ(lu.events, (std::vector<std::string>{"INSERT", "UPDATE"}));
  EXPECT_TRUE(lu.for_each_row);
  EXPECT_EQ(lu.function, (QualifiedName{"public", "last_updated"}));
  ASSERT_TRUE(lu.when);
  EXPECT_EQ(lu.when->sql, "old.* IS DISTINCT FROM new.*");
  EXPECT_EQ(
      lu.definition,
      "CREATE TRIGGER last_updated BEFORE INSERT OR UPDATE OF title ON public.film FOR EACH ROW "
      "WHEN (old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION public.last_updated()");
  EXPECT_EQ(film.triggers[1].timing, "AFTER");
  EXPECT_EQ(film.triggers[1].events, (std::vector<std::string>{"DELETE", "TRUNCATE"}));
  EXPECT_NE(film.triggers[1].definition.find("CONSTRAINT TRIGGER"), std::string::npos);

  ASSERT_EQ(film.rules.size(), 1u);
  EXPECT_EQ(film.rules[0].name, "film_insert");
  EXPECT_EQ(film.rules[0].event, "INSERT");
  EXPECT_EQ(film.rules[0].definition,
            "CREATE RULE film_insert AS ON INSERT TO public.film WHERE new.id > 100 DO INSTEAD "
            "INSERT INTO public.film_2007 (id) VALUES (new.id)");

  ASSERT_EQ(film.policies.size(), 2u);
  const Policy& tenant = film.policies[0];
  EXPECT_FALSE(tenant.permissive);
  EXPECT_EQ(tenant.command, "UPDATE");
  EXPECT_EQ(tenant.roles, (std::vector<std::string>{"app_user", "CURRENT_USER"}));
  EXPECT_EQ(tenant.using_expr->sql, "tenant = current_setting('app.tenant')::int");
  EXPECT_EQ(tenant.check_expr->sql, "tenant > 0");
  const Policy& everyone = film.policies[1];
  EXPECT_TRUE(everyone.permissive);
  EXPECT_EQ(everyone.command, "ALL");
  EXPECT_EQ(everyone.roles, std::vector<std::string>{"admin"});
  EXPECT_EQ(everyone.using_expr->form, ExprForm::BoolLiteral);
  EXPECT_EQ(everyone.using_expr->value, "false");
}

TEST(FrontendObjects, OnSelectRuleTurnsATableIntoAView) {
  auto p = parse_clean(
      "CREATE TABLE t (a int);\n"
      "CREATE TABLE v (a int);\n"
      "COMMENT ON TABLE v IS 'a view in two steps';\n"
      "CREATE RULE \"_RETURN\" AS ON SELECT TO v DO INSTEAD SELECT a FROM t;\n");
  ASSERT_EQ(p.schema.tables.size(), 1u);
  ASSERT_EQ(p.schema.views.size(), 1u);
  const View& v = p.schema.views[0];
  EXPECT_EQ(v.name.name, "v");
  EXPECT_EQ(v.query, "SELECT a FROM t");
  EXPECT_EQ(v.column_names, std::vector<std::string>{"a"});
  EXPECT_EQ(v.comment, "a view in two steps");
}

TEST(FrontendObjects, CommentsThatTheModelCannotHoldAreWarnings) {
  auto p = parse(
      "CREATE TYPE pair AS (a int);\n"
      "CREATE TABLE t (id int PRIMARY KEY);\n"
      "CREATE VIEW v AS SELECT 1 AS x;\n"
      "COMMENT ON COLUMN pair.a IS 'attribute';\n"
      "COMMENT ON INDEX t_pkey IS 'the key index';\n"
      "COMMENT ON COLUMN v.x IS 'view column';\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  EXPECT_EQ(p.with(DiagCode::UnsupportedClause).size(), 3u);
}

TEST(FrontendObjects, TriggerOnAViewIsUnsupported) {
  auto p = parse(
      "CREATE VIEW v AS SELECT 1 AS a;\n"
      "CREATE TRIGGER t INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION f();\n");
  auto unsupported = p.with(DiagCode::UnsupportedStatement);
  ASSERT_EQ(unsupported.size(), 1u);
  EXPECT_NE(unsupported[0].message.find("on view v"), std::string::npos);
}

TEST(FrontendObjects, ExtensionsAndSchemas) {
  auto p = parse_clean(
      "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public VERSION '1.1' CASCADE;\n"
      "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\n"
      "CREATE SCHEMA IF NOT EXISTS app;\n"
      "CREATE SCHEMA AUTHORIZATION bob;\n"
      "CREATE SCHEMA inventory CREATE TABLE items (id int) CREATE VIEW v AS SELECT 1;\n");
  ASSERT_EQ(p.schema.extensions.size(), 1u);
  EXPECT_EQ(p.schema.extensions[0].name, "uuid-ossp");
  EXPECT_EQ(p.schema.extensions[0].schema, "public");
  EXPECT_EQ(p.schema.extensions[0].version, "1.1");
  ASSERT_EQ(p.schema.namespaces.size(), 3u);
  EXPECT_EQ(p.schema.namespaces[1].name, "bob");
  EXPECT_EQ(p.schema.namespaces[2].name, "inventory");
  EXPECT_EQ(p.table("items", "inventory").name.schema, "inventory");
  EXPECT_EQ(p.schema.views[0].name, (QualifiedName{"inventory", "v"}));
  EXPECT_EQ(p.with(DiagCode::SkippedStatement).size(), 1u);
}

TEST(FrontendObjects, CommentsOnEveryKind) {
  auto p = parse_clean(
      "CREATE SCHEMA app;\n"
      "CREATE EXTENSION pgcrypto;\n"
      "CREATE TYPE mood AS ENUM ('a');\n"
      "CREATE DOMAIN pos AS int;\n"
      "CREATE SEQUENCE s;\n"
      "CREATE TABLE t (id int, CONSTRAINT t_pk PRIMARY KEY (id), v int CHECK (v > 0));\n"
      "CREATE INDEX t_v ON t (v);\n"
      "CREATE VIEW vw AS SELECT 1;\n"
      "CREATE MATERIALIZED VIEW mv AS SELECT 1;\n"
      "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\n"
      "CREATE POLICY pol ON t USING (true);\n"
      "CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;\n"
      "COMMENT ON SCHEMA app IS 'schema';\n"
      "COMMENT ON SCHEMA public IS 'standard public schema';\n"
      "COMMENT ON EXTENSION pgcrypto IS 'crypto';\n"
      "COMMENT ON TYPE mood IS 'type';\n"
      "COMMENT ON DOMAIN pos IS 'domain';\n"
      "COMMENT ON SEQUENCE s IS 'sequence';\n"
      "COMMENT ON TABLE t IS 'table';\n"
      "COMMENT ON COLUMN t.id IS 'column';\n"
      "COMMENT ON COLUMN public.t.v IS 'qualified column';\n"
      "COMMENT ON CONSTRAINT t_pk ON t IS 'pk';\n"
      "COMMENT ON CONSTRAINT t_v_check ON t IS 'generated name';\n"
      "COMMENT ON INDEX t_v IS 'index';\n"
      "COMMENT ON VIEW vw IS 'view';\n"
      "COMMENT ON MATERIALIZED VIEW mv IS 'matview';\n"
      "COMMENT ON FUNCTION f(integer) IS 'function';\n"
      "COMMENT ON TRIGGER trg ON t IS 'trigger';\n"
      "COMMENT ON POLICY pol ON t IS 'policy';\n"
      "COMMENT ON RULE r ON t IS 'rule';\n"
      "COMMENT ON DATABASE current_db IS 'not schema';\n");
  const Schema& s = p.schema;
  EXPECT_EQ(s.namespaces[0].comment, "schema");
  ASSERT_EQ(s.namespace_comments.size(), 1u);
  EXPECT_EQ(s.namespace_comments[0].name, "public");
  EXPECT_EQ(s.namespace_comments[0].comment, "standard public schema");
  EXPECT_EQ(s.extensions[0].comment, "crypto");
  EXPECT_EQ(s.enums[0].comment, "type");
  EXPECT_EQ(s.domains[0].comment, "domain");
  EXPECT_EQ(s.sequences[0].comment, "sequence");
  const Table& t = p.table("t");
  EXPECT_EQ(t.comment, "table");
  EXPECT_EQ(t.find_column("id")->comment, "column");
  EXPECT_EQ(t.find_column("v")->comment, "qualified column");
  EXPECT_EQ(t.primary_key->comment, "pk");
  EXPECT_EQ(t.checks[0].comment, "generated name");
  EXPECT_EQ(t.indexes[0].comment, "index");
  EXPECT_EQ(s.views[0].comment, "view");
  EXPECT_EQ(s.views[1].comment, "matview");
  EXPECT_EQ(s.functions[0].comment, "function");
  EXPECT_EQ(t.triggers[0].comment, "trigger");
  EXPECT_EQ(t.policies[0].comment, "policy");
  EXPECT_EQ(t.rules[0].comment, "rule");
  EXPECT_EQ(p.with(DiagCode::SkippedStatement).size(), 1u);

  auto cleared = parse_clean(
      "CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'x';\nCOMMENT ON TABLE t IS NULL;\n");
  EXPECT_TRUE(cleared.table("t").comment.empty());
}

TEST(FrontendObjects, DropsRemoveFromTheModel) {
  auto p = parse_clean(
      "CREATE TABLE p (id int PRIMARY KEY);\n"
      "CREATE TABLE c (pid int REFERENCES p);\n"
      "CREATE TABLE part (a int) PARTITION BY LIST (a);\n"
      "CREATE TABLE part1 PARTITION OF part FOR VALUES IN (1);\n"
      "CREATE TYPE mood AS ENUM ('a');\n"
      "CREATE TYPE pair AS (a int);\n"
      "CREATE DOMAIN pos AS int;\n"
      "CREATE SEQUENCE s;\n"
      "CREATE VIEW v AS SELECT 1;\n"
      "CREATE MATERIALIZED VIEW mv AS SELECT 1;\n"
      "CREATE EXTENSION hstore;\n"
      "CREATE SCHEMA x;\n"
      "CREATE TABLE x.t (a int);\n"
      "CREATE TRIGGER trg AFTER INSERT ON c FOR EACH ROW EXECUTE FUNCTION f();\n"
      "CREATE POLICY pol ON c USING (true);\n"
      "DROP TRIGGER trg ON c;\n"
      "DROP POLICY pol ON c;\n"
      "DROP TABLE p CASCADE;\n"
      "DROP TABLE part;\n"
      "DROP TYPE mood, pair;\n"
      "DROP DOMAIN pos;\n"
      "DROP SEQUENCE s;\n"
      "DROP VIEW v;\n"
      "DROP MATERIALIZED VIEW mv;\n"
      "DROP EXTENSION hstore;\n"
      "DROP SCHEMA x CASCADE;\n");
  const Schema& s = p.schema;
  ASSERT_EQ(s.tables.size(), 1u);
  EXPECT_EQ(s.tables[0].name.name, "c");
  EXPECT_TRUE(s.tables[0].foreign_keys.empty());  // CASCADE dropped the foreign key
  EXPECT_TRUE(s.tables[0].triggers.empty());
  EXPECT_TRUE(s.tables[0].policies.empty());
  EXPECT_TRUE(s.enums.empty());
  EXPECT_TRUE(s.composites.empty());
  EXPECT_TRUE(s.domains.empty());
  EXPECT_TRUE(s.sequences.empty());
  EXPECT_TRUE(s.views.empty());
  EXPECT_TRUE(s.extensions.empty());
  EXPECT_TRUE(s.namespaces.empty());
}

TEST(FrontendObjects, DropOfAMissingObjectWithoutIfExistsIsAnError) {
  auto p = parse("DROP VIEW nope;\nDROP SEQUENCE IF EXISTS nope;\nDROP TYPE nope;\n");
  EXPECT_EQ(p.with(DiagCode::UnknownObject).size(), 2u);
  EXPECT_EQ(p.with(DiagCode::SkippedStatement).size(), 1u);
}

}  // namespace
}  // namespace sf
