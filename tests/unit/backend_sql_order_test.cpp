// Statement order: sections, tables in dependency order, cycles, partitions, inheritance,
// and byte-for-byte determinism.
#include <gtest/gtest.h>

#include <regex>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

/// The names of tables in CREATE TABLE order.
std::vector<std::string> created_tables(const std::string& sql) {
  std::vector<std::string> out;
  std::regex create(R"(CREATE (?:UNLOGGED )?TABLE (\S+))");
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), create); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

Table keyed(const std::string& name, std::vector<std::string> refs = {}) {
  Table t = table(qn(name), {column("id", "integer", true)});
  t.primary_key = pk({"id"});
  for (const auto& ref : refs) {
    t.columns.push_back(column(ref + "_id", "integer"));
    t.foreign_keys.push_back(fk({ref + "_id"}, qn(ref)));
  }
  return t;
}

TEST(SqlOrder, HeaderComesFirstAndOutputEndsWithOneNewline) {
  Schema s;
  s.tables.push_back(table(qn("t"), {column("a", "integer")}));
  Diagnostics diagnostics;
  std::string sql = emit_sql(s, SqlOptions{}, diagnostics);
  EXPECT_EQ(sql,
            "SET check_function_bodies = false;\n"
            "\n"
            "CREATE TABLE t (\n"
            "    a integer\n"
            ");\n");
  EXPECT_EQ(emit_sql(Schema{}, SqlOptions{}, diagnostics), "SET check_function_bodies = false;\n");
}

TEST(SqlOrder, ReferencedTablesAreCreatedFirstTiesKeepDeclarationOrder) {
  Schema s;
  s.tables.push_back(keyed("order_items", {"orders", "products"}));
  s.tables.push_back(keyed("audit"));
  s.tables.push_back(keyed("orders", {"customers"}));
  s.tables.push_back(keyed("products"));
  s.tables.push_back(keyed("customers"));
  for (uint32_t i = 0; i < s.tables.size(); ++i) s.tables[i].ordinal = i + 1;
  std::string sql = emit_body(s);
  EXPECT_EQ(created_tables(sql),
            (std::vector<std::string>{"audit", "products", "customers", "orders", "order_items"}));
  EXPECT_EQ(sql.find("ALTER TABLE"), std::string::npos) << "no cycle, so no ALTER:\n" << sql;
}

TEST(SqlOrder, OrdinalRanksBeforeModelPosition) {
  Schema s;
  s.tables.push_back(keyed("b"));
  s.tables.push_back(keyed("a"));
  s.tables[0].ordinal = 2;
  s.tables[1].ordinal = 1;
  EXPECT_EQ(created_tables(emit_body(s)), (std::vector<std::string>{"a", "b"}));
}

TEST(SqlOrder, ForeignKeyCycleIsClosedWithAlterTable) {
  Schema s;
  s.tables.push_back(keyed("employees", {"departments"}));
  s.tables.push_back(keyed("departments", {"employees"}));
  s.tables[0].foreign_keys[0].name = "employees_department_fkey";
  s.tables[0].foreign_keys[0].comment = "closes the loop";
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE employees (\n"
            "    id integer NOT NULL,\n"
            "    departments_id integer,\n"
            "    PRIMARY KEY (id)\n"
            ");\n"
            "\n"
            "CREATE TABLE departments (\n"
            "    id integer NOT NULL,\n"
            "    employees_id integer,\n"
            "    PRIMARY KEY (id),\n"
            "    FOREIGN KEY (employees_id) REFERENCES employees\n"
            ");\n"
            "\n"
            "ALTER TABLE employees\n"
            "    ADD CONSTRAINT employees_department_fkey FOREIGN KEY (departments_id) "
            "REFERENCES departments;\n"
            "\n"
            "COMMENT ON CONSTRAINT employees_department_fkey ON employees IS 'closes the loop';\n");
}

TEST(SqlOrder, CycleIsBrokenAtItsFirstMemberNotAtTablesThatMerelyDependOnIt) {
  Schema s;
  s.tables.push_back(keyed("reports", {"a"}));  // depends on the cycle, is not part of it
  s.tables.push_back(keyed("a", {"b"}));
  s.tables.push_back(keyed("b", {"c"}));
  s.tables.push_back(keyed("c", {"a"}));
  s.tables.push_back(keyed("standalone"));
  std::string sql = emit_body(s);
  EXPECT_EQ(created_tables(sql),
            (std::vector<std::string>{"a", "reports", "c", "b", "standalone"}));
  // Only a's key to b (not yet created) is deferred.
  EXPECT_NE(sql.find("ALTER TABLE a\n    ADD FOREIGN KEY (b_id) REFERENCES b;\n"),
            std::string::npos)
      << sql;
  EXPECT_EQ(sql.find("ALTER TABLE reports"), std::string::npos) << sql;
  EXPECT_EQ(sql.find("ALTER TABLE c"), std::string::npos) << sql;
}

TEST(SqlOrder, SelfReferenceStaysInline) {
  Schema s;
  s.tables.push_back(keyed("nodes", {"nodes"}));
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE nodes (\n"
            "    id integer NOT NULL,\n"
            "    nodes_id integer,\n"
            "    PRIMARY KEY (id),\n"
            "    FOREIGN KEY (nodes_id) REFERENCES nodes\n"
            ");\n");
}

TEST(SqlOrder, SelfReferenceToAUniqueIndexWaitsForTheIndex) {
  Schema s;
  Table t = table(qn("nodes"), {column("code", "text"), column("parent_code", "text")});
  t.indexes.push_back(index("nodes_code_key", {key("code")}, true));
  t.foreign_keys.push_back(fk({"parent_code"}, qn("nodes"), {"code"}));
  s.tables.push_back(t);
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE nodes (\n"
            "    code text,\n"
            "    parent_code text\n"
            ");\n"
            "\n"
            "CREATE UNIQUE INDEX nodes_code_key ON nodes (code);\n"
            "\n"
            "ALTER TABLE nodes\n"
            "    ADD FOREIGN KEY (parent_code) REFERENCES nodes (code);\n");
}

TEST(SqlOrder, ReferencesToTablesOutsideTheModelAreInline) {
  Schema s;
  s.tables.push_back(keyed("orders", {"external_customers"}));
  EXPECT_NE(
      emit_body(s).find("    FOREIGN KEY (external_customers_id) REFERENCES external_customers\n"),
      std::string::npos);
}

TEST(SqlOrder, PartitionsDeclaredAndAttached) {
  Schema s;
  Table child_attached =
      table(qn("m", "events_2024"), {column("at", "date", true), column("kind", "text")});
  child_attached.partition_of =
      PartitionOf{qn("m", "events"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", true};
  child_attached.indexes.push_back(index("events_2024_kind_idx", {key("kind")}));
  s.tables.push_back(child_attached);  // declared before its parent
  Table parent = table(qn("m", "events"), {column("at", "date", true), column("kind", "text")});
  PartitionKey by_at;
  by_at.elements = {key("at")};
  parent.partition_by = by_at;
  s.tables.push_back(parent);
  Table declared = table(qn("m", "events_2023"), {});
  declared.partition_of =
      PartitionOf{qn("m", "events"), "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')", false};
  s.tables.push_back(declared);
  Table with_constraints = table(qn("m", "events_old"), {column("kind", "text")});
  with_constraints.columns[0].default_value = expr("'old'::text", ExprForm::StringLiteral);
  with_constraints.partition_of = PartitionOf{qn("m", "events"), "DEFAULT", false};
  with_constraints.checks.push_back(check("at < '2023-01-01'::date", "events_old_at_check"));
  PartitionKey sub;
  sub.strategy = PartitionStrategy::List;
  sub.elements = {key("kind")};
  with_constraints.partition_by = sub;
  s.tables.push_back(with_constraints);
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE m.events (\n"
            "    at date NOT NULL,\n"
            "    kind text\n"
            ")\n"
            "PARTITION BY RANGE (at);\n"
            "\n"
            "CREATE TABLE m.events_2024 (\n"
            "    at date NOT NULL,\n"
            "    kind text\n"
            ");\n"
            "\n"
            "CREATE INDEX events_2024_kind_idx ON m.events_2024 (kind);\n"
            "\n"
            "ALTER TABLE ONLY m.events\n"
            "    ATTACH PARTITION m.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
            "\n"
            "CREATE TABLE m.events_2023 PARTITION OF m.events\n"
            "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');\n"
            "\n"
            "CREATE TABLE m.events_old PARTITION OF m.events (\n"
            "    kind WITH OPTIONS DEFAULT 'old'::text,\n"
            "    CONSTRAINT events_old_at_check CHECK (at < '2023-01-01'::date)\n"
            ")\n"
            "DEFAULT\n"
            "PARTITION BY LIST (kind);\n");
}

TEST(SqlOrder, InheritanceParentsComeFirst) {
  Schema s;
  Table child = table(qn("managers"), {column("reports", "integer")});
  child.inherits = {qn("employees"), qn("people")};
  s.tables.push_back(child);
  s.tables.push_back(table(qn("people"), {column("name", "text")}));
  s.tables.push_back(table(qn("employees"), {column("salary", "numeric")}));
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE people (\n"
            "    name text\n"
            ");\n"
            "\n"
            "CREATE TABLE employees (\n"
            "    salary numeric\n"
            ");\n"
            "\n"
            "CREATE TABLE managers (\n"
            "    reports integer\n"
            ")\n"
            "INHERITS (employees, people);\n");
}

TEST(SqlOrder, SectionsFollowTheDocumentedOrder) {
  Schema s = rich_model();
  Diagnostics diagnostics;
  std::string sql = emit_sql(s, SqlOptions{}, diagnostics);
  EXPECT_TRUE(diagnostics.items().empty());
  std::vector<std::string> markers = {
      "SET check_function_bodies = false;",
      "CREATE SCHEMA app;",
      "COMMENT ON SCHEMA public",
      "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA app;",
      "CREATE TYPE app.order_status AS ENUM",
      "CREATE DOMAIN app.email",
      "CREATE TYPE app.address AS (",
      "CREATE SEQUENCE app.invoice_number_seq",
      "CREATE FUNCTION app.touch_updated_at()",
      "CREATE TABLE app.customers (",
      "CREATE TABLE app.orders (",
      "CREATE TABLE app.products (",
      "ALTER TABLE app.customers\n    ADD CONSTRAINT customers_last_order_fkey",
      "ALTER SEQUENCE app.invoice_number_seq OWNED BY app.invoices.number;",
      "CREATE FUNCTION app.order_total(",
      "CREATE VIEW app.paid_orders",
      "CREATE MATERIALIZED VIEW app.customer_totals",
      "CREATE TRIGGER customers_touch",
      "CREATE RULE events_no_delete",
      "ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;",
      "CREATE POLICY customers_self",
  };
  size_t last = 0;
  for (const auto& marker : markers) {
    size_t at = sql.find(marker);
    ASSERT_NE(at, std::string::npos) << marker;
    EXPECT_GE(at, last) << marker << " is out of order";
    last = at;
  }
}

TEST(SqlOrder, DeterministicByteForByte) {
  Diagnostics d1, d2, d3;
  std::string first = emit_sql(rich_model(), SqlOptions{}, d1);
  std::string second = emit_sql(rich_model(), SqlOptions{}, d2);
  Schema copy = rich_model();
  Schema copied = copy;
  std::string third = emit_sql(copied, SqlOptions{}, d3);
  EXPECT_EQ(first, second);
  EXPECT_EQ(first, third);
  EXPECT_EQ(first.back(), '\n');
  EXPECT_EQ(first.find("\n\n\n"), std::string::npos);
  EXPECT_EQ(first.find("shop.sql"), std::string::npos) << "no paths in the output";
}

}  // namespace
}  // namespace sf
