// What the model holds but the output cannot say is reported as SF3001, never dropped silently.
#include <gtest/gtest.h>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

/// Emits `s` and returns its diagnostics' messages, checking each is an SF3001 warning.
std::vector<std::string> unsupported(const Schema& s, std::string* sql = nullptr) {
  Diagnostics diagnostics;
  std::string out = emit_sql(s, SqlOptions{}, diagnostics);
  if (sql) *sql = out;
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.items()) {
    EXPECT_EQ(d.code, DiagCode::UnsupportedFeature);
    EXPECT_EQ(info(d.code).code, "SF3001");
    EXPECT_EQ(d.severity, Severity::Warning);
    messages.push_back(d.message);
  }
  return messages;
}

TEST(SqlUnsupported, CommentsOnUnnamedConstraintsAndIndexes) {
  Schema s;
  Table t = table(qn("app", "t"), {column("a", "integer", true)});
  t.primary_key = pk({"a"});
  t.primary_key->comment = "the key";
  t.indexes.push_back(index("", {key("a")}));
  t.indexes.back().comment = "the index";
  s.tables.push_back(t);
  std::string sql;
  EXPECT_EQ(unsupported(s, &sql),
            (std::vector<std::string>{
                "postgres output cannot express a comment on an unnamed constraint of table app.t",
                "postgres output cannot express a comment on an unnamed index of relation app.t"}));
  EXPECT_EQ(sql.find("COMMENT"), std::string::npos);
  EXPECT_NE(sql.find("CREATE INDEX ON app.t (a);"), std::string::npos) << "the index is still made";
}

TEST(SqlUnsupported, ForeignKeyClausesPostgresRefuses) {
  Schema s;
  s.tables.push_back(table(qn("p"), {column("id", "integer")}));
  Table t = table(qn("c"), {column("p_id", "integer")});
  ForeignKey partial = fk({"p_id"}, qn("p"), {"id"}, "c_p_fkey");
  partial.match = FkMatch::Partial;
  partial.on_delete = FkAction::Cascade;
  partial.on_delete_columns = {"p_id"};
  t.foreign_keys.push_back(partial);
  s.tables.push_back(t);
  std::string sql;
  EXPECT_EQ(unsupported(s, &sql),
            (std::vector<std::string>{
                "postgres output cannot express MATCH PARTIAL (written as MATCH SIMPLE) of "
                "constraint c_p_fkey on table c",
                "postgres output cannot express a column list for ON DELETE other than SET NULL "
                "or SET DEFAULT of constraint c_p_fkey on table c"}));
  EXPECT_NE(
      sql.find("CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE\n"),
      std::string::npos)
      << sql;
}

TEST(SqlUnsupported, ColumnsAndTables) {
  Schema s;
  Table t = table(qn("t"), {column("id", "integer", true), column("x", "")});
  t.columns[0].identity = Identity{};
  t.columns[0].identity->options.data_type = "bigint";
  t.columns[1].default_value = Expr{};  // no SQL text and no recognised form
  PartitionKey key;
  key.elements = {test::key("id")};
  key.elements[0].order = SortOrder::Desc;
  t.partition_by = key;
  s.tables.push_back(t);
  Table child = table(qn("child"), {});
  child.partition_of = PartitionOf{qn("t"), "", false};
  child.inherits = {qn("t")};
  s.tables.push_back(child);
  EXPECT_EQ(
      unsupported(s),
      (std::vector<std::string>{
          "postgres output cannot express an identity sequence type (bigint) different from "
          "the column's type of column id of table t",
          "postgres output cannot express a type of kind 'other' with no spelling of column x "
          "of table t",
          "postgres output cannot express an expression with no SQL text of column x of table t",
          "postgres output cannot express a sort order on a partition key of table t",
          "postgres output cannot express a partition without a bound (written as DEFAULT) of "
          "table child",
          "postgres output cannot express INHERITS on a partition of table child"}));
}

TEST(SqlUnsupported, ObjectsWithoutWhatTheyNeed) {
  Schema s;
  Sequence seq;
  seq.name = qn("s");
  seq.options.sequence_name = "other";
  s.sequences.push_back(seq);
  Domain d;
  d.name = qn("d");
  d.base = type("integer");
  CheckConstraint inherit = check("VALUE > 0", "d_check");
  inherit.no_inherit = true;
  d.checks.push_back(inherit);
  s.domains.push_back(d);
  Function agg;
  agg.name = qn("agg");
  agg.kind = RoutineKind::Aggregate;
  s.functions.push_back(agg);
  Table t = table(qn("t"), {column("a", "integer")});
  Rule rule;
  rule.name = "r";
  t.rules.push_back(rule);
  Trigger trigger;
  trigger.name = "tr";
  t.triggers.push_back(trigger);
  Policy policy;
  policy.name = "p";
  policy.command = "MERGE";
  t.policies.push_back(policy);
  s.tables.push_back(t);
  View v;
  v.name = qn("v");
  v.query = "SELECT 1";
  v.with_data = false;
  v.indexes.push_back(index("v_idx", {key("a")}));
  s.views.push_back(v);
  View m;
  m.name = qn("m");
  m.materialized = true;
  m.query = "SELECT 1";
  m.check_option = "LOCAL";
  s.views.push_back(m);
  EXPECT_EQ(
      unsupported(s),
      (std::vector<std::string>{
          "postgres output cannot express a NO INHERIT check (domains have no inheritance) "
          "of domain d",
          "postgres output cannot express SEQUENCE NAME (an identity column's option) on a "
          "standalone sequence of sequence s",
          "postgres output cannot express a routine with neither a definition nor a body to "
          "build one of aggregate agg",
          "postgres output cannot express WITH NO DATA on a view that is not materialized of "
          "view v",
          "postgres output cannot express indexes on a view that is not materialized of view v",
          "postgres output cannot express WITH CHECK OPTION on a materialized view of "
          "materialized view m",
          "postgres output cannot express a trigger with neither a definition nor the parts "
          "of one of trigger tr on table t",
          "postgres output cannot express a rule without its definition of rule r on table t",
          "postgres output cannot express command 'MERGE' (written as ALL) of policy p on "
          "table t"}));
}

TEST(SqlUnsupported, DiagnosticsPointAtTheObject) {
  auto file = std::make_shared<const SourceFile>("in.sql", "CREATE TABLE t (a int);\n");
  Schema s;
  Table t = table(qn("t"), {column("a", "integer")});
  t.indexes.push_back(index("", {key("a")}));
  t.indexes.back().comment = "c";
  t.indexes.back().loc = SourceLoc::at(file, 13);
  s.tables.push_back(t);
  Diagnostics diagnostics;
  emit_sql(s, SqlOptions{}, diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
            "in.sql:1:14: warning[SF3001]: postgres output cannot express a comment on an unnamed "
            "index of relation t\n"
            "  CREATE TABLE t (a int);\n"
            "               ^\n");
}

}  // namespace
}  // namespace sf
