// Names: case folding, quoting in spellings, and where unqualified names fall (search_path).
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse_clean;

TEST(FrontendNames, FoldedUnquotedAndKeptQuoted) {
  auto p = parse_clean("CREATE TABLE Public.\"Users\" (ID int, \"Email\" text, \"select\" int);\n");
  const Table* t = p.schema.find_table({"public", "Users"});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->name.schema, "public");
  EXPECT_EQ(t->name.name, "Users");
  EXPECT_EQ(t->columns[0].name, "id");
  EXPECT_EQ(t->columns[1].name, "Email");
  EXPECT_EQ(t->columns[2].name, "select");
}

TEST(FrontendNames, SpellingsQuoteOnlyWhereNeeded) {
  auto p = parse_clean(
      "CREATE TYPE \"user\" AS ENUM ('a');\n"   // reserved keyword: quoted
      "CREATE TYPE year AS ENUM ('a');\n"       // unreserved keyword: bare
      "CREATE TYPE \"Mixed\" AS ENUM ('a');\n"  // upper case: quoted
      "CREATE TYPE \"1st\" AS ENUM ('a');\n"    // leading digit: quoted
      "CREATE TYPE \"with space\" AS ENUM ('a');\n"
      "CREATE TYPE \"bıgınt\" AS ENUM ('a');\n"   // non-ASCII: quoted
      "CREATE TYPE \"a\"\"b\" AS ENUM ('a');\n"   // embedded quote doubled
      "CREATE TYPE \"between\" AS ENUM ('a');\n"  // col_name keyword: quoted
      "CREATE TABLE t (a \"user\", b year, c \"Mixed\", d \"1st\", e \"with space\", f "
      "\"bıgınt\",\n"
      "  g \"a\"\"b\", h \"between\", i snake_case_2);\n");
  const Table& t = p.table("t");
  const std::vector<std::string> expected = {"\"user\"",   "year",           "\"Mixed\"",
                                             "\"1st\"",    "\"with space\"", "\"bıgınt\"",
                                             "\"a\"\"b\"", "\"between\"",    "snake_case_2"};
  ASSERT_EQ(t.columns.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(t.columns[i].type.spelling, expected[i]);
  EXPECT_EQ(p.schema.enums[6].name.name, "a\"b");
}

TEST(FrontendNames, UnqualifiedNamesStayUnqualified) {
  auto p =
      parse_clean("CREATE TABLE t (id int);\nCREATE TABLE public.u (t_id int REFERENCES t);\n");
  EXPECT_TRUE(p.schema.tables[0].name.schema.empty());
  EXPECT_EQ(p.schema.tables[1].name.schema, "public");
  EXPECT_TRUE(p.schema.tables[1].foreign_keys[0].ref_table.schema.empty());
  EXPECT_TRUE(p.schema.tables[0].name.same_object({"public", "t"}));
}

TEST(FrontendNames, SearchPathPutsCreatedObjectsInItsFirstSchema) {
  auto p = parse_clean(
      "CREATE TABLE before_set (a int);\n"
      "SET search_path = app, public;\n"
      "CREATE TYPE status AS ENUM ('on');\n"
      "CREATE TABLE orgs (id int PRIMARY KEY);\n"
      "CREATE TABLE users (org_id int REFERENCES orgs, s status, b int REFERENCES before_set "
      "(a));\n"
      "CREATE INDEX users_org ON users (org_id);\n"
      "CREATE SEQUENCE seq;\n"
      "CREATE VIEW v AS SELECT 1;\n"
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "COMMENT ON TABLE users IS 'found through the path';\n"
      "SET search_path TO public;\n"
      "CREATE TABLE after_reset (a int);\n");
  EXPECT_TRUE(p.schema.tables[0].name.schema.empty());
  const Table& users = p.table("users", "app");
  EXPECT_EQ(users.comment, "found through the path");
  EXPECT_EQ(users.foreign_keys[0].ref_table, (QualifiedName{"app", "orgs"}));
  // Found in public along the path: stays as written.
  EXPECT_TRUE(users.foreign_keys[1].ref_table.schema.empty());
  EXPECT_EQ(users.find_column("s")->type.ref, (QualifiedName{"app", "status"}));
  EXPECT_EQ(users.find_column("s")->type.spelling, "status");
  EXPECT_EQ(users.indexes.size(), 1u);
  EXPECT_EQ(p.schema.enums[0].name.schema, "app");
  EXPECT_EQ(p.schema.sequences[0].name.schema, "app");
  EXPECT_EQ(p.schema.views[0].name.schema, "app");
  EXPECT_EQ(p.schema.functions[0].name.schema, "app");
  EXPECT_TRUE(p.table("after_reset").name.schema.empty());
}

TEST(FrontendNames, PublicFirstAndPgDumpsEmptyPathKeepNamesAsWritten) {
  auto rails = parse_clean("SET search_path = public, pg_catalog;\nCREATE TABLE t (a int);\n");
  EXPECT_TRUE(rails.schema.tables[0].name.schema.empty());

  auto dump = parse_clean(
      "SELECT pg_catalog.set_config('search_path', '', false);\n"
      "CREATE TABLE public.t (a int);\n"
      "CREATE TABLE u (a int);\n");
  EXPECT_EQ(dump.schema.tables[0].name.schema, "public");
  EXPECT_TRUE(dump.schema.tables[1].name.schema.empty());

  auto config = parse_clean(
      "SELECT pg_catalog.set_config('search_path', '\"Tenant\", public', false);\nCREATE TABLE t "
      "(a int);\n");
  EXPECT_EQ(config.schema.tables[0].name.schema, "Tenant");

  auto reset = parse_clean("SET search_path = app;\nRESET search_path;\nCREATE TABLE t (a int);\n");
  EXPECT_TRUE(reset.schema.tables[0].name.schema.empty());
}

}  // namespace
}  // namespace sf
