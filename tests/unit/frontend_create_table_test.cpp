// CREATE TABLE: columns, every constraint kind and option, inheritance, partitions, storage.
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse;
using testing::parse_clean;

TEST(FrontendCreateTable, ColumnsInOrderWithLocations) {
  auto p = parse_clean(
      "CREATE TABLE public.users (\n"
      "  id bigint NOT NULL,\n"
      "  email text COLLATE \"C\" NULL,\n"
      "  nick varchar(20) COLLATE pg_catalog.\"default\"\n"
      ");\n");
  const Table& t = p.table("users", "public");
  EXPECT_EQ(t.name.schema, "public");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].name, "id");
  EXPECT_TRUE(t.columns[0].not_null);
  EXPECT_FALSE(t.columns[1].not_null);
  EXPECT_EQ(t.columns[1].collation, "\"C\"");
  EXPECT_EQ(t.columns[2].collation, "pg_catalog.\"default\"");
  EXPECT_EQ(t.loc.line, 1u);
  EXPECT_EQ(t.columns[1].loc.line, 3u);
  EXPECT_EQ(t.columns[1].loc.column, 3u);
  EXPECT_EQ(t.ordinal, 1u);
}

TEST(FrontendCreateTable, ColumnConstraints) {
  auto p = parse_clean(
      "CREATE TABLE orgs (id int PRIMARY KEY);\n"
      "CREATE TABLE t (\n"
      "  id int CONSTRAINT t_pk PRIMARY KEY,\n"
      "  code text UNIQUE,\n"
      "  org int REFERENCES orgs ON DELETE CASCADE,\n"
      "  age int CHECK (age >= 0) NOT NULL\n"
      ");\n");
  const Table& t = p.table("t");
  ASSERT_TRUE(t.primary_key);
  EXPECT_EQ(t.primary_key->name, "t_pk");
  EXPECT_EQ(t.primary_key->columns, std::vector<std::string>{"id"});
  ASSERT_EQ(t.uniques.size(), 1u);
  EXPECT_EQ(t.uniques[0].name, "");
  EXPECT_EQ(t.uniques[0].columns, std::vector<std::string>{"code"});
  ASSERT_EQ(t.foreign_keys.size(), 1u);
  EXPECT_EQ(t.foreign_keys[0].columns, std::vector<std::string>{"org"});
  EXPECT_EQ(t.foreign_keys[0].ref_table.name, "orgs");
  EXPECT_TRUE(t.foreign_keys[0].ref_columns.empty());
  EXPECT_EQ(t.foreign_keys[0].on_delete, FkAction::Cascade);
  ASSERT_EQ(t.checks.size(), 1u);
  EXPECT_EQ(t.checks[0].column, "age");
  EXPECT_EQ(t.checks[0].expr.sql, "age >= 0");
  EXPECT_TRUE(t.find_column("age")->not_null);
  EXPECT_FALSE(t.find_column("id")->not_null);  // kept as declared; the key implies it
}

TEST(FrontendCreateTable, EveryConstraintOption) {
  auto p = parse_clean(
      "CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));\n"
      "CREATE TABLE child (\n"
      "  a int, b int, c int, period tsrange,\n"
      "  CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES parent (a, b) MATCH FULL\n"
      "    ON UPDATE RESTRICT ON DELETE SET NULL (b) DEFERRABLE INITIALLY DEFERRED,\n"
      "  CONSTRAINT fk2 FOREIGN KEY (a, b) REFERENCES parent ON DELETE SET DEFAULT NOT "
      "DEFERRABLE,\n"
      "  CONSTRAINT u UNIQUE NULLS NOT DISTINCT (c) INCLUDE (a) DEFERRABLE,\n"
      "  CONSTRAINT ck CHECK (c > 0) NO INHERIT,\n"
      "  CONSTRAINT ex EXCLUDE USING gist (c WITH =, period WITH &&) INCLUDE (a) WHERE (c > 0)\n"
      "    DEFERRABLE INITIALLY DEFERRED,\n"
      "  CONSTRAINT pk PRIMARY KEY (a) INCLUDE (b)\n"
      ");\n");
  const Table& t = p.table("child");
  ASSERT_EQ(t.foreign_keys.size(), 2u);
  const ForeignKey& fk = t.foreign_keys[0];
  EXPECT_EQ(fk.name, "fk");
  EXPECT_EQ(fk.match, FkMatch::Full);
  EXPECT_EQ(fk.on_update, FkAction::Restrict);
  EXPECT_EQ(fk.on_delete, FkAction::SetNull);
  EXPECT_EQ(fk.on_delete_columns, std::vector<std::string>{"b"});
  EXPECT_TRUE(fk.timing.deferrable);
  EXPECT_TRUE(fk.timing.initially_deferred);
  EXPECT_EQ(fk.ref_columns, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(t.foreign_keys[1].on_delete, FkAction::SetDefault);
  EXPECT_FALSE(t.foreign_keys[1].timing.deferrable);
  EXPECT_EQ(t.foreign_keys[1].match, FkMatch::Simple);

  ASSERT_EQ(t.uniques.size(), 1u);
  EXPECT_TRUE(t.uniques[0].nulls_not_distinct);
  EXPECT_EQ(t.uniques[0].include, std::vector<std::string>{"a"});
  EXPECT_TRUE(t.uniques[0].timing.deferrable);
  EXPECT_FALSE(t.uniques[0].timing.initially_deferred);

  ASSERT_EQ(t.checks.size(), 1u);
  EXPECT_TRUE(t.checks[0].no_inherit);
  EXPECT_TRUE(t.checks[0].column.empty());

  ASSERT_EQ(t.exclusions.size(), 1u);
  const ExclusionConstraint& ex = t.exclusions[0];
  EXPECT_EQ(ex.method, "gist");
  ASSERT_EQ(ex.elements.size(), 2u);
  EXPECT_EQ(ex.elements[0].element.column, "c");
  EXPECT_EQ(ex.elements[0].op, "=");
  EXPECT_EQ(ex.elements[1].op, "&&");
  EXPECT_EQ(ex.include, std::vector<std::string>{"a"});
  ASSERT_TRUE(ex.where);
  EXPECT_EQ(ex.where->sql, "c > 0");
  EXPECT_TRUE(ex.timing.initially_deferred);

  ASSERT_TRUE(t.primary_key);
  EXPECT_EQ(t.primary_key->include, std::vector<std::string>{"b"});
}

TEST(FrontendCreateTable, ColumnConstraintAttributesApplyToTheConstraintBefore) {
  auto p = parse_clean(
      "CREATE TABLE p (id int PRIMARY KEY);\n"
      "CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED UNIQUE NOT NULL);\n");
  const Table& t = p.table("c");
  ASSERT_EQ(t.foreign_keys.size(), 1u);
  EXPECT_TRUE(t.foreign_keys[0].timing.deferrable);
  EXPECT_TRUE(t.foreign_keys[0].timing.initially_deferred);
  ASSERT_EQ(t.uniques.size(), 1u);
  EXPECT_FALSE(t.uniques[0].timing.deferrable);
}

TEST(FrontendCreateTable, DefaultsIdentityGenerated) {
  auto p = parse_clean(
      "CREATE TABLE t (\n"
      "  id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 10 CACHE 5),\n"
      "  id2 int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_id2_seq MINVALUE 1 NO "
      "MAXVALUE CYCLE),\n"
      "  price numeric(10,2) DEFAULT 0,\n"
      "  total numeric GENERATED ALWAYS AS (price * 2) STORED\n"
      ");\n");
  const Column& id = p.column("t", "id");
  ASSERT_TRUE(id.identity);
  EXPECT_FALSE(id.identity->always);
  EXPECT_EQ(id.identity->options.start, 100);
  EXPECT_EQ(id.identity->options.increment, 10);
  EXPECT_EQ(id.identity->options.cache, 5);
  const Column& id2 = p.column("t", "id2");
  ASSERT_TRUE(id2.identity);
  EXPECT_TRUE(id2.identity->always);
  EXPECT_EQ(id2.identity->options.sequence_name, "public.t_id2_seq");
  EXPECT_EQ(id2.identity->options.min_value, 1);
  EXPECT_FALSE(id2.identity->options.max_value);
  EXPECT_TRUE(id2.identity->options.cycle);
  EXPECT_EQ(p.column("t", "price").default_value->sql, "0");
  ASSERT_TRUE(p.column("t", "total").generated);
  EXPECT_EQ(p.column("t", "total").generated->sql, "price * 2");
}

TEST(FrontendCreateTable, StorageOptionsUnloggedInherits) {
  auto p = parse_clean(
      "CREATE TABLE base (id int);\n"
      "CREATE UNLOGGED TABLE t (x int) INHERITS (base) WITH (fillfactor = 70, autovacuum_enabled = "
      "false, "
      "toast.autovacuum_enabled = off);\n");
  const Table& t = p.table("t");
  EXPECT_TRUE(t.unlogged);
  ASSERT_EQ(t.inherits.size(), 1u);
  EXPECT_EQ(t.inherits[0].name, "base");
  ASSERT_EQ(t.options.size(), 3u);
  EXPECT_EQ(t.options[0].name, "fillfactor");
  EXPECT_EQ(t.options[0].value, "70");
  EXPECT_EQ(t.options[1].value, "false");
  EXPECT_EQ(t.options[2].name, "toast.autovacuum_enabled");
  EXPECT_EQ(t.options[2].value, "off");
}

TEST(FrontendCreateTable, PartitionByAndPartitionOf) {
  auto p = parse_clean(
      "CREATE TABLE m (id int, at date, region text, PRIMARY KEY (id, at)) PARTITION BY RANGE "
      "(at);\n"
      "CREATE TABLE m_2020 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');\n"
      "CREATE TABLE m_old PARTITION OF m FOR VALUES FROM (MINVALUE) TO ('2020-01-01');\n"
      "CREATE TABLE m_def PARTITION OF m DEFAULT;\n"
      "CREATE TABLE l (c text) PARTITION BY LIST (lower(c) COLLATE \"C\" text_pattern_ops);\n"
      "CREATE TABLE l_ab PARTITION OF l FOR VALUES IN ('a', 'b') PARTITION BY HASH (c);\n"
      "CREATE TABLE l_ab0 PARTITION OF l_ab FOR VALUES WITH (MODULUS 4, REMAINDER 0);\n");
  const Table& m = p.table("m");
  ASSERT_TRUE(m.partition_by);
  EXPECT_EQ(m.partition_by->strategy, PartitionStrategy::Range);
  ASSERT_EQ(m.partition_by->elements.size(), 1u);
  EXPECT_EQ(m.partition_by->elements[0].column, "at");
  const Table& m2020 = p.table("m_2020");
  ASSERT_TRUE(m2020.partition_of);
  EXPECT_EQ(m2020.partition_of->parent.name, "m");
  EXPECT_EQ(m2020.partition_of->bound_sql, "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
  EXPECT_FALSE(m2020.partition_of->attached);
  EXPECT_TRUE(m2020.columns.empty());
  EXPECT_EQ(p.table("m_old").partition_of->bound_sql,
            "FOR VALUES FROM (MINVALUE) TO ('2020-01-01')");
  EXPECT_EQ(p.table("m_def").partition_of->bound_sql, "DEFAULT");
  const Table& l = p.table("l");
  EXPECT_EQ(l.partition_by->strategy, PartitionStrategy::List);
  ASSERT_TRUE(l.partition_by->elements[0].expr);
  EXPECT_EQ(l.partition_by->elements[0].expr->sql, "lower(c)");
  EXPECT_EQ(l.partition_by->elements[0].collation, "\"C\"");
  EXPECT_EQ(l.partition_by->elements[0].opclass, "text_pattern_ops");
  const Table& l_ab = p.table("l_ab");
  EXPECT_EQ(l_ab.partition_of->bound_sql, "FOR VALUES IN ('a', 'b')");
  EXPECT_EQ(l_ab.partition_by->strategy, PartitionStrategy::Hash);
  EXPECT_EQ(p.table("l_ab0").partition_of->bound_sql, "FOR VALUES WITH (MODULUS 4, REMAINDER 0)");
  EXPECT_TRUE(p.table("l_ab0").inherits.empty());
}

TEST(FrontendCreateTable, PartitionOfAnUnknownParentIsAnError) {
  auto p = parse("CREATE TABLE c PARTITION OF nowhere DEFAULT;\n");
  EXPECT_EQ(p.with(DiagCode::UnknownObject).size(), 1u);
  EXPECT_TRUE(p.schema.tables.empty());
}

TEST(FrontendCreateTable, TemporaryTablesAreNotSchema) {
  auto p = parse("CREATE TEMPORARY TABLE scratch (a int);\n");
  EXPECT_TRUE(p.schema.tables.empty());
  EXPECT_EQ(p.with(DiagCode::UnsupportedClause).size(), 1u);
}

TEST(FrontendCreateTable, OrdinalsFollowDeclarationOrderAcrossKinds) {
  auto p = parse_clean(
      "CREATE TYPE mood AS ENUM ('a');\n"
      "CREATE TABLE a (x int);\n"
      "CREATE SEQUENCE s;\n"
      "CREATE TABLE b (x int);\n"
      "CREATE VIEW v AS SELECT 1;\n");
  EXPECT_EQ(p.schema.enums[0].ordinal, 1u);
  EXPECT_EQ(p.table("a").ordinal, 2u);
  EXPECT_EQ(p.schema.sequences[0].ordinal, 3u);
  EXPECT_EQ(p.table("b").ordinal, 4u);
  EXPECT_EQ(p.schema.views[0].ordinal, 5u);
}

}  // namespace
}  // namespace sf
