// Bad input: every syntax error at its exact file:line:col, binary and empty files, and the
// statements that are skipped or unsupported.
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse;

TEST(FrontendErrors, SyntaxErrorAtExactPosition) {
  auto p = parse("CREATE TABLE t (\n  id int,\n  name text,,\n);\n");
  auto errors = p.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].loc.line, 3u);
  EXPECT_EQ(errors[0].loc.column, 13u);
  EXPECT_NE(errors[0].message.find("syntax error"), std::string::npos);
  EXPECT_TRUE(p.schema.tables.empty());  // nothing is added on a syntax error
}

TEST(FrontendErrors, NonAsciiBeforeTheErrorCountsBytesNotCharacters) {
  // cursorpos counts characters; columns count bytes: 'ééé' is 5 characters but 8 bytes.
  auto p = parse("-- café ünïcode\nSELECT 'ééé' FROM t WHERE x = = 1;\n");
  auto errors = p.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].loc.line, 2u);
  const std::string line = "SELECT 'ééé' FROM t WHERE x = ";
  EXPECT_EQ(errors[0].loc.column, line.size() + 1);
  EXPECT_EQ(p.file->line_text(2).substr(errors[0].loc.column - 1, 1), "=");
}

TEST(FrontendErrors, ReportsEveryErrorOfAFile) {
  auto p = parse(
      "CREATE TABLE ok1 (id int);\n"
      "CREATE TABL broken (id int);\n"
      "CREATE TABLE ok2 (id int);\n"
      "CREATE TABLE bad2 (id int,);\n"
      "CREATE INDEX ON ok1 (id;\n");
  auto errors = p.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 3u) << p.problems();
  EXPECT_EQ(errors[0].loc.line, 2u);
  EXPECT_EQ(errors[0].loc.column, 8u);
  EXPECT_EQ(errors[1].loc.line, 4u);
  EXPECT_EQ(errors[1].loc.column, 27u);
  EXPECT_EQ(errors[2].loc.line, 5u);
  EXPECT_TRUE(p.schema.tables.empty());
}

TEST(FrontendErrors, MisspeltLeadingKeywordsAndStatementBodiesWithSemicolons) {
  // libpg_query's scanner split drops statements that start with an unknown word; the
  // frontend's own split keeps them, and keeps ';' inside rule actions and BEGIN ATOMIC.
  auto p = parse(
      "CRATE TABLE a (id int);\n"
      "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\n"
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
      "BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END;\n"
      "SELEC 1;\n");
  auto errors = p.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 2u) << p.problems();
  EXPECT_EQ(errors[0].loc.line, 1u);
  EXPECT_EQ(errors[0].loc.column, 1u);
  EXPECT_EQ(errors[1].loc.line, 5u);
}

TEST(FrontendErrors, UnterminatedStringReportsItAndEarlierErrors) {
  auto p = parse("CREATE TABL x (a int);\nCREATE TABLE t (a text DEFAULT 'oops);\n");
  auto errors = p.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 2u) << p.problems();
  EXPECT_NE(errors[0].message.find("unterminated quoted string"), std::string::npos);
  EXPECT_EQ(errors[0].loc.line, 2u);
  EXPECT_EQ(errors[0].loc.column, 32u);
  EXPECT_EQ(errors[1].loc.line, 1u);
  EXPECT_EQ(errors[1].loc.column, 8u);
}

TEST(FrontendErrors, UnterminatedCommentAndDollarQuote) {
  auto comment = parse("CREATE TABLE t (a int);\n/* never closed\n");
  auto errors = comment.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("unterminated /* comment"), std::string::npos);
  EXPECT_EQ(errors[0].loc.line, 2u);
  EXPECT_EQ(errors[0].loc.column, 1u);

  auto dollar = parse("CREATE FUNCTION f() RETURNS int AS $x$ SELECT 1;\n");
  ASSERT_EQ(dollar.with(DiagCode::SqlSyntax).size(), 1u);
  EXPECT_EQ(dollar.with(DiagCode::SqlSyntax)[0].loc.column, 36u);
}

TEST(FrontendErrors, TruncatedFileErrsAtTheEnd) {
  auto p = parse("CREATE TABLE t (\n  id int");
  auto errors = p.with(DiagCode::SqlSyntax);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("end of input"), std::string::npos);
  EXPECT_EQ(errors[0].loc.line, 2u);
  EXPECT_EQ(errors[0].loc.column, 9u);
}

TEST(FrontendErrors, BinaryInputAtTheFirstBadByte) {
  std::string nul = "CREATE TABLE t (a int);\n";
  nul += '\0';
  nul += "garbage";
  auto p = parse(nul);
  auto errors = p.with(DiagCode::FileBinary);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].loc.line, 2u);
  EXPECT_EQ(errors[0].loc.column, 1u);
  EXPECT_TRUE(p.schema.tables.empty());

  auto latin1 = parse("CREATE TABLE caf\xe9 (a int);\n");
  ASSERT_EQ(latin1.with(DiagCode::FileBinary).size(), 1u);
  EXPECT_EQ(latin1.with(DiagCode::FileBinary)[0].loc.column, 17u);

  auto overlong = parse("SELECT 1; -- \xc0\xaf\n");
  EXPECT_EQ(overlong.with(DiagCode::FileBinary).size(), 1u);
  auto truncated = parse("SELECT 1; -- \xe2\x82");
  EXPECT_EQ(truncated.with(DiagCode::FileBinary).size(), 1u);
}

TEST(FrontendErrors, EmptyAndCommentOnlyFiles) {
  for (const char* text : {"", "   \n\t\n", "-- just a comment\n/* and another */\n", ";;\n"}) {
    auto p = parse(text);
    auto errors = p.with(DiagCode::FileEmpty);
    ASSERT_EQ(errors.size(), 1u) << "input: " << text;
    EXPECT_EQ(errors[0].severity, Severity::Error);
    EXPECT_EQ(errors[0].loc.line, 1u);
  }
}

TEST(FrontendErrors, SkippedStatementsAreInfos) {
  auto p = parse(
      "SET client_encoding = 'UTF8';\n"
      "SELECT pg_catalog.setval('s', 1, true);\n"
      "BEGIN;\n"
      "CREATE TABLE t (a int);\n"
      "INSERT INTO t VALUES (1);\n"
      "UPDATE t SET a = 2;\n"
      "DELETE FROM t;\n"
      "GRANT SELECT ON t TO PUBLIC;\n"
      "REVOKE ALL ON t FROM PUBLIC;\n"
      "ALTER TABLE t OWNER TO postgres;\n"
      "ALTER FUNCTION f() OWNER TO postgres;\n"
      "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;\n"
      "CREATE DATABASE d;\n"
      "DROP DATABASE IF EXISTS d;\n"
      "CREATE OR REPLACE PROCEDURAL LANGUAGE plpgsql;\n"
      "CREATE LANGUAGE plpgsql;\n"
      "ANALYZE t;\n"
      "VACUUM t;\n"
      "RESET ALL;\n"
      "COMMIT;\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  EXPECT_EQ(p.diags.count(Severity::Warning), 0u) << p.problems();
  auto skipped = p.with(DiagCode::SkippedStatement);
  EXPECT_EQ(skipped.size(), 19u);
  for (const auto& d : skipped) EXPECT_EQ(d.severity, Severity::Info);
  EXPECT_NE(skipped[3].message.find("INSERT"), std::string::npos);
  EXPECT_EQ(skipped[3].loc.line, 5u);
  EXPECT_TRUE(p.schema.extensions.empty());  // plpgsql is built in
}

TEST(FrontendErrors, UnsupportedStatementsAreErrorsNamingTheObject) {
  auto p = parse(
      "CREATE TABLE t (a int);\n"
      "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq);\n"
      "CREATE CAST (text AS int) WITH INOUT;\n"
      "ALTER TABLE t CLUSTER ON t_pkey;\n"
      "ALTER TABLE t REPLICA IDENTITY FULL;\n"
      "ALTER TABLE t ALTER COLUMN a SET STATISTICS 100;\n"
      "CREATE TEXT SEARCH CONFIGURATION my_cfg (COPY = english);\n"
      "CREATE TABLE u (LIKE t);\n"
      "CREATE TYPE floatrange AS RANGE (subtype = float8);\n"
      "CREATE TABLE v AS SELECT 1 AS x;\n"
      "CREATE LANGUAGE plperl;\n");
  auto unsupported = p.with(DiagCode::UnsupportedStatement);
  ASSERT_EQ(unsupported.size(), 10u) << p.problems();
  for (const auto& d : unsupported) {
    EXPECT_EQ(d.severity, Severity::Error);
    EXPECT_EQ(d.message.rfind("unsupported: ", 0), 0u) << d.message;
  }
  EXPECT_NE(unsupported[0].message.find("CREATE OPERATOR ==="), std::string::npos)
      << unsupported[0].message;
  EXPECT_EQ(unsupported[0].loc.line, 2u);
  EXPECT_NE(unsupported[1].message.find("CAST"), std::string::npos);
  EXPECT_NE(unsupported[2].message.find("ALTER TABLE t CLUSTER ON"), std::string::npos);
  EXPECT_NE(unsupported[3].message.find("REPLICA IDENTITY"), std::string::npos);
  EXPECT_NE(unsupported[4].message.find("SET STATISTICS"), std::string::npos);
  EXPECT_NE(unsupported[5].message.find("TEXT SEARCH CONFIGURATION my_cfg"), std::string::npos)
      << unsupported[5].message;
  EXPECT_NE(unsupported[6].message.find("LIKE t"), std::string::npos);
  EXPECT_EQ(p.schema.find_table({"", "u"}), nullptr);
  EXPECT_NE(unsupported[7].message.find("RANGE"), std::string::npos);
  EXPECT_NE(unsupported[8].message.find("CREATE TABLE v AS"), std::string::npos);
  EXPECT_NE(unsupported[9].message.find("plperl"), std::string::npos);
}

TEST(FrontendErrors, UnsupportedClauseIsAWarning) {
  auto p =
      parse("CREATE TABLE t (a int) TABLESPACE fast;\nCREATE INDEX i ON t (a) TABLESPACE fast;\n");
  auto warnings = p.with(DiagCode::UnsupportedClause);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].severity, Severity::Warning);
  EXPECT_FALSE(p.diags.has_errors());
  EXPECT_EQ(p.table("t").indexes.size(), 1u);
}

TEST(FrontendErrors, DoBlocksAndCallsAreReportedNotRun) {
  auto p = parse("DO $$ BEGIN EXECUTE 'CREATE TABLE x (a int)'; END $$;\nCALL make_tables();\n");
  auto warnings = p.with(DiagCode::CodeNotExecuted);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].severity, Severity::Warning);
  EXPECT_EQ(warnings[1].loc.line, 2u);
  EXPECT_FALSE(p.diags.has_errors());
  EXPECT_TRUE(p.schema.tables.empty());
}

TEST(FrontendErrors, UnknownAndDuplicateObjects) {
  auto p = parse(
      "CREATE TABLE t (a int);\n"
      "CREATE TABLE t (b int);\n"
      "ALTER TABLE missing ADD COLUMN x int;\n"
      "CREATE INDEX ON missing (a);\n"
      "ALTER TABLE t ALTER COLUMN nope SET NOT NULL;\n"
      "DROP TABLE gone;\n"
      "COMMENT ON TABLE nowhere IS 'x';\n");
  EXPECT_EQ(p.with(DiagCode::DuplicateObject).size(), 1u);
  auto unknown = p.with(DiagCode::UnknownObject);
  ASSERT_EQ(unknown.size(), 5u) << p.problems();
  EXPECT_EQ(unknown[0].loc.line, 3u);
  EXPECT_EQ(unknown[3].loc.line, 6u);
  EXPECT_EQ(p.table("t").columns[0].name, "a");
}

TEST(FrontendErrors, IfExistsAndIfNotExistsAreInfos) {
  auto p = parse(
      "CREATE TABLE t (a int);\n"
      "CREATE TABLE IF NOT EXISTS t (a int);\n"
      "DROP TABLE IF EXISTS gone;\n"
      "DROP INDEX IF EXISTS gone_idx;\n"
      "ALTER TABLE IF EXISTS gone ADD COLUMN b int;\n"
      "CREATE INDEX IF NOT EXISTS i ON t (a);\n"
      "CREATE INDEX IF NOT EXISTS i ON t (a);\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  EXPECT_EQ(p.with(DiagCode::SkippedStatement).size(), 5u);
  EXPECT_EQ(p.table("t").indexes.size(), 1u);
}

}  // namespace
}  // namespace sf
