// Identifier and literal quoting: all of it goes through the SQL writer.
#include <gtest/gtest.h>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

TEST(QuoteIdentifier, LowerCaseIdentifiersStayBare) {
  EXPECT_EQ(quote_identifier("customers"), "customers");
  EXPECT_EQ(quote_identifier("_private"), "_private");
  EXPECT_EQ(quote_identifier("order_2024"), "order_2024");
}

TEST(QuoteIdentifier, ReservedAndTypeFuncKeywordsAreQuoted) {
  EXPECT_EQ(quote_identifier("user"), "\"user\"");
  EXPECT_EQ(quote_identifier("order"), "\"order\"");
  EXPECT_EQ(quote_identifier("select"), "\"select\"");
  EXPECT_EQ(quote_identifier("table"), "\"table\"");
  EXPECT_EQ(quote_identifier("check"), "\"check\"");
  // type_func_name keywords cannot be column or table names.
  EXPECT_EQ(quote_identifier("left"), "\"left\"");
  EXPECT_EQ(quote_identifier("join"), "\"join\"");
  EXPECT_EQ(quote_identifier("collation"), "\"collation\"");
}

TEST(QuoteIdentifier, UnreservedAndColumnNameKeywordsStayBare) {
  EXPECT_EQ(quote_identifier("name"), "name");
  EXPECT_EQ(quote_identifier("text"), "text");
  EXPECT_EQ(quote_identifier("data"), "data");
  // col_name keywords are fine as relation and column names.
  EXPECT_EQ(quote_identifier("time"), "time");
  EXPECT_EQ(quote_identifier("values"), "values");
  EXPECT_EQ(quote_identifier("position"), "position");
}

TEST(QuoteIdentifier, OddShapesAreQuoted) {
  EXPECT_EQ(quote_identifier("Customers"), "\"Customers\"");
  EXPECT_EQ(quote_identifier("Display Name"), "\"Display Name\"");
  EXPECT_EQ(quote_identifier("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(quote_identifier("1st"), "\"1st\"");
  EXPECT_EQ(quote_identifier("cost$"), "\"cost$\"");
  EXPECT_EQ(quote_identifier("naïve"), "\"naïve\"");
  EXPECT_EQ(quote_identifier("日付"), "\"日付\"");
  EXPECT_EQ(quote_identifier("a-b"), "\"a-b\"");
  EXPECT_EQ(quote_identifier(""), "\"\"");
}

TEST(SqlQuoting, NamesAreQuotedWhereverTheyAppear) {
  Schema s;
  Namespace ns;
  ns.name = "Sales Data";
  s.namespaces.push_back(ns);
  Table t = table(qn("Sales Data", "user"),
                  {column("Order", "integer", true), column("select", "text"),
                   column("time", "timestamp without time zone"), column("größe", "integer")});
  t.primary_key = pk({"Order"}, "User PK");
  t.indexes.push_back(index("By Time", {key("time"), key("select")}));
  t.columns[1].comment = "a \"quoted\" word";
  s.tables.push_back(t);
  EXPECT_EQ(emit_body(s),
            "CREATE SCHEMA \"Sales Data\";\n"
            "\n"
            "CREATE TABLE \"Sales Data\".\"user\" (\n"
            "    \"Order\" integer NOT NULL,\n"
            "    \"select\" text,\n"
            "    time timestamp without time zone,\n"
            "    \"größe\" integer,\n"
            "    CONSTRAINT \"User PK\" PRIMARY KEY (\"Order\")\n"
            ");\n"
            "\n"
            "COMMENT ON COLUMN \"Sales Data\".\"user\".\"select\" IS 'a \"quoted\" word';\n"
            "\n"
            "CREATE INDEX \"By Time\" ON \"Sales Data\".\"user\" (time, \"select\");\n");
}

TEST(SqlQuoting, TypeAndFunctionNamesAlsoQuoteColumnNameKeywords) {
  // A type named "time" must be quoted where a type name stands; a table named position (the
  // same keyword category) need not.
  Schema s;
  EnumType e;
  e.name = qn("time");
  e.values = {"a"};
  s.enums.push_back(e);
  s.tables.push_back(
      table(qn("position"), {column("values", "\"time\"", false, TypeKind::UserDefined)}));
  EXPECT_EQ(emit_body(s),
            "CREATE TYPE \"time\" AS ENUM (\n"
            "    'a'\n"
            ");\n"
            "\n"
            "CREATE TABLE position (\n"
            "    values \"time\"\n"
            ");\n");
}

TEST(SqlQuoting, StringLiteralsDoubleQuotesAndEscapeBackslashes) {
  Schema s;
  Table t = table(qn("notes"), {column("body", "text")});
  t.comment = "it's a note";
  t.columns[0].comment = "C:\\path\\to";
  s.tables.push_back(t);
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE notes (\n"
            "    body text\n"
            ");\n"
            "\n"
            "COMMENT ON TABLE notes IS 'it''s a note';\n"
            "\n"
            "COMMENT ON COLUMN notes.body IS E'C:\\\\path\\\\to';\n");
}

TEST(SqlQuoting, MultiLineCommentsKeepTheirLines) {
  Schema s;
  Table t = table(qn("t"), {column("a", "integer")});
  t.comment = "line one\nline 'two'";
  s.tables.push_back(t);
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE t (\n"
            "    a integer\n"
            ");\n"
            "\n"
            "COMMENT ON TABLE t IS 'line one\nline ''two''';\n");
}

}  // namespace
}  // namespace sf
