// Expressions: libpg_query's deparse as `sql`, and the portable forms of expr.h.
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse_clean;

struct FormCase {
  const char* type;
  const char* written;
  const char* sql;
  ExprForm form;
  const char* value;
};

TEST(FrontendExpr, DefaultForms) {
  const std::vector<FormCase> cases = {
      {"int", "42", "42", ExprForm::Literal, "42"},
      {"int", "-1", "-1", ExprForm::Literal, "-1"},
      {"numeric", "4.99", "4.99", ExprForm::Literal, "4.99"},
      {"bigint", "9223372036854775807", "9223372036854775807", ExprForm::Literal,
       "9223372036854775807"},
      {"text", "'it''s'", "'it''s'", ExprForm::StringLiteral, "it's"},
      {"text", "E'a\\\\b'", "E'a\\\\b'", ExprForm::StringLiteral, "a\\b"},
      {"int", "'0'", "'0'", ExprForm::StringLiteral, "0"},
      {"text", "'x'::text", "'x'::text", ExprForm::StringLiteral, "x"},
      {"int", "'0'::integer", "'0'::int", ExprForm::Literal, "0"},
      {"numeric", "'1.50'::numeric", "'1.50'::numeric", ExprForm::Literal, "1.50"},
      {"boolean", "true", "true", ExprForm::BoolLiteral, "true"},
      {"boolean", "FALSE", "false", ExprForm::BoolLiteral, "false"},
      {"boolean", "'yes'::boolean", "'yes'::boolean", ExprForm::BoolLiteral, "true"},
      {"varchar(5)", "NULL", "NULL", ExprForm::Null, ""},
      {"varchar(5)", "NULL::character varying", "NULL::varchar", ExprForm::Null, ""},
      {"date", "'2020-01-01'::date", "'2020-01-01'::date", ExprForm::StringLiteral, "2020-01-01"},
      {"timestamptz", "now()", "now()", ExprForm::Now, "now"},
      {"timestamptz", "pg_catalog.now()", "pg_catalog.now()", ExprForm::Now, "now"},
      {"timestamptz", "CURRENT_TIMESTAMP", "current_timestamp", ExprForm::Now, "CURRENT_TIMESTAMP"},
      {"timestamptz", "CURRENT_TIMESTAMP(3)", "current_timestamp(3)", ExprForm::Now,
       "CURRENT_TIMESTAMP"},
      {"date", "CURRENT_DATE", "current_date", ExprForm::Now, "CURRENT_DATE"},
      {"timestamp", "LOCALTIMESTAMP", "localtimestamp", ExprForm::Now, "LOCALTIMESTAMP"},
      {"timestamptz", "clock_timestamp()", "clock_timestamp()", ExprForm::Other, ""},
      {"uuid", "gen_random_uuid()", "gen_random_uuid()", ExprForm::RandomUuid, "gen_random_uuid"},
      {"uuid", "public.uuid_generate_v4()", "public.uuid_generate_v4()", ExprForm::RandomUuid,
       "uuid_generate_v4"},
      {"int", "nextval('public.t_id_seq'::regclass)", "nextval('public.t_id_seq'::regclass)",
       ExprForm::NextVal, "public.t_id_seq"},
      {"int", "nextval('\"Odd\".seq')", "nextval('\"Odd\".seq')", ExprForm::NextVal, "\"Odd\".seq"},
      {"text", "current_user", "current_user", ExprForm::Other, ""},
      {"text[]", "'{}'::text[]", "'{}'::text[]", ExprForm::StringLiteral, "{}"},
      {"int", "(1 + 2)", "1 + 2", ExprForm::Other, ""},
      {"bit(4)", "B'1010'", "b'1010'", ExprForm::Other, ""},
  };
  std::string sql = "CREATE TABLE t (\n";
  for (size_t i = 0; i < cases.size(); ++i) {
    sql += "  c" + std::to_string(i) + " " + cases[i].type + " DEFAULT " + cases[i].written +
           (i + 1 < cases.size() ? ",\n" : "\n");
  }
  sql += ");\n";
  auto p = parse_clean(sql);
  const Table& t = p.table("t");
  ASSERT_EQ(t.columns.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    ASSERT_TRUE(t.columns[i].default_value) << cases[i].written;
    const Expr& e = *t.columns[i].default_value;
    EXPECT_EQ(e.sql, cases[i].sql) << cases[i].written;
    EXPECT_EQ(e.form, cases[i].form) << cases[i].written;
    EXPECT_EQ(e.value, cases[i].value) << cases[i].written;
  }
}

TEST(FrontendExpr, InListsAndComparisons) {
  auto p = parse_clean(
      "CREATE TABLE t (\n"
      "  status text CHECK (status IN ('active', 'inactive')),\n"
      "  kind varchar(3) CHECK ((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character "
      "varying])::text[])),\n"
      "  n int CHECK (n NOT IN (1, 2)),\n"
      "  age int CHECK (age >= 18),\n"
      "  score int CHECK (0 < score),\n"
      "  name text CHECK (name <> ''),\n"
      "  x int CHECK (x > 0 AND x < 10),\n"
      "  y int CHECK (y IN (1, y))\n"
      ");\n");
  const auto& checks = p.table("t").checks;
  ASSERT_EQ(checks.size(), 8u);
  EXPECT_EQ(checks[0].expr.form, ExprForm::InList);
  EXPECT_EQ(checks[0].expr.column, "status");
  EXPECT_EQ(checks[0].expr.list, (std::vector<std::string>{"active", "inactive"}));
  EXPECT_EQ(checks[0].expr.sql, "status IN ('active', 'inactive')");
  // pg_dump writes IN lists back as = ANY (ARRAY[...]).
  EXPECT_EQ(checks[1].expr.form, ExprForm::InList);
  EXPECT_EQ(checks[1].expr.column, "kind");
  EXPECT_EQ(checks[1].expr.list, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(checks[2].expr.form, ExprForm::Other);
  EXPECT_EQ(checks[3].expr.form, ExprForm::Comparison);
  EXPECT_EQ(checks[3].expr.column, "age");
  EXPECT_EQ(checks[3].expr.value, ">=");
  EXPECT_EQ(checks[3].expr.list, std::vector<std::string>{"18"});
  // literal < column reads as column > literal.
  EXPECT_EQ(checks[4].expr.form, ExprForm::Comparison);
  EXPECT_EQ(checks[4].expr.column, "score");
  EXPECT_EQ(checks[4].expr.value, ">");
  EXPECT_EQ(checks[4].expr.sql, "0 < score");
  EXPECT_EQ(checks[5].expr.value, "<>");
  EXPECT_EQ(checks[5].expr.list, std::vector<std::string>{""});
  EXPECT_EQ(checks[6].expr.form, ExprForm::Other);
  EXPECT_EQ(checks[6].expr.sql, "x > 0 AND x < 10");
  EXPECT_EQ(checks[7].expr.form, ExprForm::Other);
}

TEST(FrontendExpr, NonComparisonOperatorsHaveNoForm) {
  auto p = parse_clean("CREATE TABLE t (a text, b text GENERATED ALWAYS AS (a || 'x') STORED);\n");
  EXPECT_EQ(p.column("t", "b").generated->form, ExprForm::Other);
  EXPECT_EQ(p.column("t", "b").generated->sql, "a || 'x'");
}

TEST(FrontendExpr, TextSurvivesExactly) {
  // Whatever the form, `sql` is libpg_query's deparse and parses back to the same tree.
  auto p = parse_clean(
      "CREATE TABLE t (\n"
      "  a jsonb DEFAULT '{\"k\": [1, 2]}'::jsonb,\n"
      "  b text DEFAULT ('now'::text)::date,\n"
      "  c int CHECK (c BETWEEN 1 AND 10),\n"
      "  d text CHECK (d ~ '^[a-z]+$' AND d IS NOT NULL),\n"
      "  e timestamptz DEFAULT (now() AT TIME ZONE 'utc'),\n"
      "  f int DEFAULT CASE WHEN true THEN 1 ELSE 2 END\n"
      ");\n");
  const Table& t = p.table("t");
  EXPECT_EQ(t.find_column("a")->default_value->sql, "'{\"k\": [1, 2]}'::jsonb");
  EXPECT_EQ(t.find_column("b")->default_value->sql, "'now'::text::date");
  EXPECT_EQ(t.checks[0].expr.sql, "c BETWEEN 1 AND 10");
  EXPECT_EQ(t.checks[1].expr.sql, "d ~ '^[a-z]+$' AND d IS NOT NULL");
  EXPECT_EQ(t.find_column("e")->default_value->sql, "now() AT TIME ZONE 'utc'");
  EXPECT_EQ(t.find_column("f")->default_value->sql, "CASE WHEN true THEN 1 ELSE 2 END");
}

}  // namespace
}  // namespace sf
