// The psql pre-pass: meta-commands and COPY data never reach libpg_query, and every
// location still points into the original text.
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse;
using testing::parse_clean;

TEST(FrontendPrepass, SkipsMetaCommandsWithInfoAtTheirLine) {
  auto p = parse(
      "\\restrict abc123\n"
      "  \\connect chinook\n"
      "CREATE TABLE t (id int);\n"
      "\\c other\n"
      "\\unrestrict abc123\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  auto meta = p.with(DiagCode::PsqlMetaCommand);
  ASSERT_EQ(meta.size(), 4u);
  EXPECT_EQ(meta[0].severity, Severity::Info);
  EXPECT_EQ(meta[0].loc.line, 1u);
  EXPECT_EQ(meta[1].loc.line, 2u);
  EXPECT_EQ(meta[1].loc.column, 3u);
  EXPECT_NE(meta[1].message.find("\\connect chinook"), std::string::npos);
  EXPECT_EQ(meta[2].loc.line, 4u);
  // The table keeps its exact position although lines were blanked before it.
  EXPECT_EQ(p.table("t").loc.line, 3u);
  EXPECT_EQ(p.table("t").loc.column, 1u);
}

TEST(FrontendPrepass, BlanksCopyDataUpToTheTerminator) {
  auto p = parse(
      "CREATE TABLE t (a int, b text);\n"
      "COPY public.t (a, b) FROM stdin;\n"
      "1\tnot; sql at all '\n"
      "2\t\\N\n"
      "\\.\n"
      "CREATE TABLE u (x int);\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  EXPECT_EQ(p.schema.tables.size(), 2u);
  EXPECT_EQ(p.table("u").loc.line, 6u);
  auto skipped = p.with(DiagCode::SkippedStatement);
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].loc.line, 2u);
  EXPECT_NE(skipped[0].message.find("COPY"), std::string::npos);
}

TEST(FrontendPrepass, CopyWithOptionsAndCrLfTerminator) {
  auto p = parse(
      "COPY t FROM STDIN WITH (FORMAT csv);\r\na,\"b;\"\r\n\\.\r\nCREATE TABLE t (a text);\r\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  EXPECT_EQ(p.schema.tables.size(), 1u);
}

TEST(FrontendPrepass, PsqlCopyFromStdinAlsoHasData) {
  auto p = parse(
      "CREATE TABLE t (a int, b text);\n"
      "\\copy t (a, b) FROM stdin WITH (FORMAT csv)\n"
      "1,\"not; sql\"\n"
      "\\.\n"
      "\\copy t TO 'out.csv'\n"
      "CREATE TABLE u (x int);\n");
  EXPECT_FALSE(p.diags.has_errors()) << p.problems();
  EXPECT_EQ(p.schema.tables.size(), 2u);
  EXPECT_EQ(p.with(DiagCode::PsqlMetaCommand).size(), 2u);
}

TEST(FrontendPrepass, UnterminatedCopyIsAnErrorAtTheCopy) {
  auto p = parse("CREATE TABLE t (a int);\n  COPY t (a) FROM stdin;\n1\n2\n");
  auto errors = p.with(DiagCode::UnterminatedCopy);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].severity, Severity::Error);
  EXPECT_EQ(errors[0].loc.line, 2u);
  EXPECT_EQ(errors[0].loc.column, 3u);
}

TEST(FrontendPrepass, CopyToStdoutAndFromFileHaveNoDataBlock) {
  auto p = parse_clean(
      "COPY t TO stdout;\n"
      "COPY t FROM '/tmp/x.csv';\n"
      "CREATE TABLE t (a int);\n");
  EXPECT_EQ(p.schema.tables.size(), 1u);
}

TEST(FrontendPrepass, BackslashesInsideQuotesAndBodiesAreUntouched) {
  auto p = parse_clean(
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $body$\n"
      "\\not_a_meta_command\n"
      "BEGIN RETURN 'x'; END\n"
      "$body$;\n"
      "CREATE TABLE t (\n"
      "  a text DEFAULT 'line one\n"
      "\\still inside the string',\n"
      "  b text DEFAULT E'it\\'s\n"
      "\\also inside',\n"
      "  \"c\n"
      "\\quoted\" int\n"
      ");\n"
      "/* a comment\n"
      "\\in a comment /* nested */\n"
      "*/\n"
      "CREATE TABLE u (x int);\n");
  ASSERT_EQ(p.schema.functions.size(), 1u);
  EXPECT_NE(p.schema.functions[0].body.find("\\not_a_meta_command"), std::string::npos);
  EXPECT_EQ(p.column("t", "a").default_value->value, "line one\n\\still inside the string");
  // E'' unescapes "\a" to "a"; the line was not blanked as a meta-command.
  EXPECT_EQ(p.column("t", "b").default_value->value, "it's\nalso inside");
  EXPECT_NE(p.table("t").find_column("c\n\\quoted"), nullptr);
  EXPECT_EQ(p.schema.tables.size(), 2u);
  EXPECT_TRUE(p.with(DiagCode::PsqlMetaCommand).empty());
}

TEST(FrontendPrepass, DollarQuoteTagsAndIdentifiersWithDollars) {
  // a$1$ is an identifier, not the start of a dollar quote.
  auto p = parse_clean(
      "CREATE TABLE a$1$ (x int);\n"
      "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
      "\\echo done\n");
  EXPECT_EQ(p.schema.tables.size(), 1u);
  EXPECT_EQ(p.schema.tables[0].name.name, "a$1$");
  EXPECT_EQ(p.with(DiagCode::PsqlMetaCommand).size(), 1u);
}

TEST(FrontendPrepass, ByteOrderMarkIsIgnored) {
  auto p = parse_clean("\xEF\xBB\xBF\\connect db\nCREATE TABLE t (a int);\n");
  EXPECT_EQ(p.schema.tables.size(), 1u);
  EXPECT_EQ(p.with(DiagCode::PsqlMetaCommand).size(), 1u);
}

TEST(FrontendPrepass, OnlyMetaCommandsIsAnEmptyFile) {
  auto p = parse("\\connect db\n-- nothing else\n");
  EXPECT_EQ(p.with(DiagCode::FileEmpty).size(), 1u);
}

}  // namespace
}  // namespace sf
