// MySQL / MariaDB output: backtick quoting, inline ENUM and COMMENT, AUTO_INCREMENT, keyed text
// as VARCHAR(255) (SF3002), and SF3001 for partial and functional indexes.
#include <gtest/gtest.h>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

std::string mysql(const Schema& s, Diagnostics& diagnostics) {
  return emit_sql(s, SqlOptions{Dialect::Mysql}, diagnostics);
}

TEST(SqlMysql, TypesKeysCommentsAndCounters) {
  Schema s;
  EnumType status;
  status.name = qn("status");
  status.values = {"open", "closed"};
  s.enums.push_back(status);
  Table t = table(qn("app", "order"),
                  {column("id", "integer", true, TypeKind::Int32),
                   column("email", "text", true, TypeKind::Text),
                   column("state", "status", true, TypeKind::UserDefined),
                   column("note", "text", false, TypeKind::Text),
                   column("at", "timestamp(3) with time zone", true, TypeKind::TimestampTz),
                   column("data", "jsonb", false, TypeKind::Jsonb)});
  t.columns[0].type.serial = true;
  t.columns[0].default_value = form(ExprForm::NextVal, "nextval('order_id_seq'::regclass)");
  t.columns[2].type.ref = qn("status");
  t.columns[2].default_value = form(ExprForm::StringLiteral, "'open'::status", "open");
  t.columns[3].default_value = form(ExprForm::StringLiteral, "'a\\b'::text", "a\\b");
  t.columns[3].comment = "free text";
  t.columns[4].type.modifiers = {3};
  t.columns[4].default_value = form(ExprForm::Now, "now()", "now");
  t.primary_key = pk({"id"});
  t.uniques.push_back(UniqueConstraint{});
  t.uniques.back().columns = {"email"};
  t.comment = "orders";
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE `order` (\n"
            "    id INT AUTO_INCREMENT NOT NULL,\n"
            "    email VARCHAR(255) NOT NULL,\n"
            "    state ENUM('open', 'closed') DEFAULT 'open' NOT NULL,\n"
            "    note LONGTEXT DEFAULT ('a\\\\b') COMMENT 'free text',\n"
            "    at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3) NOT NULL,\n"
            "    data JSON,\n"
            "    PRIMARY KEY (id),\n"
            "    UNIQUE (email)\n"
            ")\n"
            "COMMENT = 'orders';\n");
  EXPECT_TRUE(messages(d, DiagCode::UnsupportedFeature).empty());
  EXPECT_EQ(messages(d, DiagCode::ApproximatedType),
            (std::vector<std::string>{
                "mysql output has no exact type for text in a key of column email of table "
                "app.order; wrote VARCHAR(255)",
                "mysql output has no exact type for timestamp(3) with time zone of column at of "
                "table app.order; wrote DATETIME(3)"}));
}

TEST(SqlMysql, IndexesItCannotHaveAreReported) {
  Schema s;
  Table t = table(qn("t"), {column("code", "character varying(20)", true, TypeKind::Varchar),
                            column("live", "boolean", false, TypeKind::Bool),
                            column("doc", "jsonb", false, TypeKind::Jsonb)});
  t.columns[0].type.modifiers = {20};
  t.indexes.push_back(index("t_lower", {key_expr("lower(code)")}));
  t.indexes.push_back(index("t_live", {key("code")}));
  t.indexes.back().where = expr("live");
  t.indexes.push_back(index("t_live_key", {key("code")}, true));
  t.indexes.back().where = expr("live");
  t.indexes.push_back(index("t_doc", {key("doc")}));
  t.indexes.back().method = "gin";
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE t (\n"
            "    code VARCHAR(20) NOT NULL,\n"
            "    live BOOLEAN,\n"
            "    doc JSON\n"
            ");\n"
            "\n"
            "CREATE INDEX t_live ON t (code);\n");
  EXPECT_EQ(messages(d, DiagCode::UnsupportedFeature),
            (std::vector<std::string>{
                "mysql output cannot express an expression key part (lower(code)); the index is "
                "left out of index t_lower on t",
                "mysql output cannot express a partial-index predicate (live) of index t_live on t",
                "mysql output cannot express a partial-index predicate (live) of index t_live_key "
                "on t",
                "mysql output cannot express a unique index without its predicate; it is left out "
                "of index t_live_key on t",
                "mysql output cannot express a key part on JSON column doc; the index is left out "
                "of index t_doc on t"}));
}

TEST(SqlMysql, ForeignKeyCycleClosedWithAlterTable) {
  Schema s;
  Table a = table(qn("a"), {column("id", "integer", true, TypeKind::Int32),
                            column("b_id", "integer", false, TypeKind::Int32)});
  a.primary_key = pk({"id"});
  a.foreign_keys.push_back(fk({"b_id"}, qn("b"), {}, "a_b_fk"));
  Table b = table(qn("b"), {column("id", "integer", true, TypeKind::Int32),
                            column("a_id", "integer", true, TypeKind::Int32)});
  b.primary_key = pk({"id"});
  ForeignKey to_a = fk({"a_id"}, qn("a"), {"id"});
  to_a.on_delete = FkAction::SetNull;
  b.foreign_keys.push_back(to_a);
  s.tables.push_back(a);
  s.tables.push_back(b);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE a (\n"
            "    id INT NOT NULL,\n"
            "    b_id INT,\n"
            "    PRIMARY KEY (id)\n"
            ");\n"
            "\n"
            "CREATE TABLE b (\n"
            "    id INT NOT NULL,\n"
            "    a_id INT NOT NULL,\n"
            "    PRIMARY KEY (id),\n"
            "    FOREIGN KEY (a_id) REFERENCES a (id)\n"
            ");\n"
            "\n"
            "ALTER TABLE a\n"
            "    ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);\n");
  EXPECT_EQ(messages(d, DiagCode::UnsupportedFeature),
            (std::vector<std::string>{"mysql output cannot express ON DELETE SET NULL on a NOT "
                                      "NULL column of unnamed constraint on table b"}));
}

}  // namespace
}  // namespace sf
