// Type spellings (as PostgreSQL 15's format_type() prints them, checked against a real
// server), kinds and modifiers; enum, domain and composite types.
#include "frontend_helpers.h"

namespace sf {
namespace {

using testing::parse;
using testing::parse_clean;

struct TypeCase {
  const char* written;
  const char* spelling;
  TypeKind kind;
  std::vector<int64_t> modifiers;
  int array_dims = 0;
};

TEST(FrontendTypes, SpellingsMatchFormatType) {
  const std::vector<TypeCase> cases = {
      {"int", "integer", TypeKind::Int32, {}},
      {"integer", "integer", TypeKind::Int32, {}},
      {"int4", "integer", TypeKind::Int32, {}},
      {"int8", "bigint", TypeKind::Int64, {}},
      {"bigint", "bigint", TypeKind::Int64, {}},
      {"smallint", "smallint", TypeKind::Int16, {}},
      {"int2", "smallint", TypeKind::Int16, {}},
      {"bool", "boolean", TypeKind::Bool, {}},
      {"boolean", "boolean", TypeKind::Bool, {}},
      {"real", "real", TypeKind::Float32, {}},
      {"float4", "real", TypeKind::Float32, {}},
      {"float(10)", "real", TypeKind::Float32, {}},
      {"float", "double precision", TypeKind::Float64, {}},
      {"double precision", "double precision", TypeKind::Float64, {}},
      {"float8", "double precision", TypeKind::Float64, {}},
      {"numeric", "numeric", TypeKind::Decimal, {}},
      {"decimal", "numeric", TypeKind::Decimal, {}},
      {"numeric(10)", "numeric(10,0)", TypeKind::Decimal, {10, 0}},
      {"numeric(5,2)", "numeric(5,2)", TypeKind::Decimal, {5, 2}},
      {"varchar", "character varying", TypeKind::Varchar, {}},
      {"varchar(45)", "character varying(45)", TypeKind::Varchar, {45}},
      {"character varying(10)", "character varying(10)", TypeKind::Varchar, {10}},
      {"char", "character(1)", TypeKind::Char, {1}},
      {"character(3)", "character(3)", TypeKind::Char, {3}},
      {"bpchar", "bpchar", TypeKind::Char, {}},
      {"bpchar(3)", "character(3)", TypeKind::Char, {3}},
      {"\"char\"", "\"char\"", TypeKind::Other, {}},
      {"text", "text", TypeKind::Text, {}},
      {"timestamp", "timestamp without time zone", TypeKind::Timestamp, {}},
      {"timestamp(3)", "timestamp(3) without time zone", TypeKind::Timestamp, {3}},
      {"timestamp with time zone", "timestamp with time zone", TypeKind::TimestampTz, {}},
      {"timestamptz", "timestamp with time zone", TypeKind::TimestampTz, {}},
      {"timestamp(3) with time zone", "timestamp(3) with time zone", TypeKind::TimestampTz, {3}},
      {"time", "time without time zone", TypeKind::Time, {}},
      {"time(2)", "time(2) without time zone", TypeKind::Time, {2}},
      {"timetz(2)", "time(2) with time zone", TypeKind::TimeTz, {2}},
      {"time with time zone", "time with time zone", TypeKind::TimeTz, {}},
      {"interval", "interval", TypeKind::Interval, {}},
      {"interval(2)", "interval(2)", TypeKind::Interval, {2}},
      {"interval hour", "interval hour", TypeKind::Interval, {}},
      {"interval day to second(3)", "interval day to second(3)", TypeKind::Interval, {3}},
      {"interval year to month", "interval year to month", TypeKind::Interval, {}},
      {"interval minute to second(0)", "interval minute to second(0)", TypeKind::Interval, {0}},
      {"bit", "bit(1)", TypeKind::Bit, {1}},
      {"bit(8)", "bit(8)", TypeKind::Bit, {8}},
      {"bit varying(4)", "bit varying(4)", TypeKind::VarBit, {4}},
      {"varbit", "bit varying", TypeKind::VarBit, {}},
      {"uuid", "uuid", TypeKind::Uuid, {}},
      {"bytea", "bytea", TypeKind::Bytes, {}},
      {"date", "date", TypeKind::Date, {}},
      {"money", "money", TypeKind::Money, {}},
      {"json", "json", TypeKind::Json, {}},
      {"jsonb", "jsonb", TypeKind::Jsonb, {}},
      {"inet", "inet", TypeKind::Inet, {}},
      {"cidr", "cidr", TypeKind::Cidr, {}},
      {"macaddr", "macaddr", TypeKind::MacAddr, {}},
      {"xml", "xml", TypeKind::Xml, {}},
      {"tsvector", "tsvector", TypeKind::TsVector, {}},
      {"tsrange", "tsrange", TypeKind::Other, {}},
      {"pg_catalog.text", "text", TypeKind::Text, {}},
      {"int[]", "integer[]", TypeKind::Int32, {}, 1},
      {"int[3][]", "integer[3][]", TypeKind::Int32, {}, 2},
      {"varchar(10)[]", "character varying(10)[]", TypeKind::Varchar, {10}, 1},
      {"text ARRAY", "text[]", TypeKind::Text, {}, 1},
      {"public.geometry(Point, 4326)", "public.geometry(point,4326)", TypeKind::Other, {}},
  };
  std::string sql = "CREATE TABLE t (\n";
  for (size_t i = 0; i < cases.size(); ++i) {
    sql +=
        "  c" + std::to_string(i) + " " + cases[i].written + (i + 1 < cases.size() ? ",\n" : "\n");
  }
  sql += ");\n";
  auto p = parse_clean(sql);
  const Table& t = p.table("t");
  ASSERT_EQ(t.columns.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    const Type& type = t.columns[i].type;
    EXPECT_EQ(type.spelling, cases[i].spelling) << cases[i].written;
    EXPECT_EQ(type.kind, cases[i].kind) << cases[i].written;
    EXPECT_EQ(type.modifiers, cases[i].modifiers) << cases[i].written;
    EXPECT_EQ(type.array_dims, cases[i].array_dims) << cases[i].written;
    EXPECT_FALSE(type.serial) << cases[i].written;
  }
}

TEST(FrontendTypes, SerialsKeepTheirSpelling) {
  auto p = parse_clean(
      "CREATE TABLE t (a serial, b bigserial, c smallserial, d serial8, e serial4, f serial2);\n");
  const Table& t = p.table("t");
  const std::vector<std::pair<const char*, TypeKind>> expected = {
      {"serial", TypeKind::Int32},      {"bigserial", TypeKind::Int64},
      {"smallserial", TypeKind::Int16}, {"serial8", TypeKind::Int64},
      {"serial4", TypeKind::Int32},     {"serial2", TypeKind::Int16}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(t.columns[i].type.spelling, expected[i].first);
    EXPECT_EQ(t.columns[i].type.kind, expected[i].second);
    EXPECT_TRUE(t.columns[i].type.serial);
  }
}

TEST(FrontendTypes, UserDefinedTypesResolveAgainstTheModel) {
  auto p = parse_clean(
      "CREATE TYPE public.mpaa_rating AS ENUM ('G', 'PG', 'PG-13');\n"
      "CREATE DOMAIN public.\"bıgınt\" AS bigint;\n"
      "CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= "
      "2155);\n"
      "CREATE TYPE pair AS (a int, b text COLLATE \"C\");\n"
      "CREATE TABLE t (\n"
      "  r public.mpaa_rating,\n"
      "  r2 mpaa_rating[],\n"
      "  big public.\"bıgınt\",\n"
      "  y year,\n"
      "  p pair,\n"
      "  later later_type,\n"
      "  ext public.citext,\n"
      "  \"Odd\" \"MixedCase\"\n"
      ");\n");
  const Table& t = p.table("t");
  EXPECT_EQ(t.columns[0].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(t.columns[0].type.spelling, "public.mpaa_rating");
  EXPECT_EQ(t.columns[0].type.ref, (QualifiedName{"public", "mpaa_rating"}));
  EXPECT_EQ(t.columns[1].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(t.columns[1].type.spelling, "mpaa_rating[]");
  EXPECT_EQ(t.columns[1].type.array_dims, 1);
  EXPECT_EQ(t.columns[2].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(t.columns[2].type.spelling, "public.\"bıgınt\"");
  EXPECT_EQ(t.columns[3].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(t.columns[3].type.spelling, "year");
  EXPECT_EQ(t.columns[4].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(t.columns[4].type.ref.name, "pair");
  // Not created earlier in the file: Other, with the written schema kept as ref.
  EXPECT_EQ(t.columns[5].type.kind, TypeKind::Other);
  EXPECT_TRUE(t.columns[5].type.ref.empty());
  EXPECT_EQ(t.columns[6].type.kind, TypeKind::Other);
  EXPECT_EQ(t.columns[6].type.ref, (QualifiedName{"public", "citext"}));
  EXPECT_EQ(t.columns[7].type.spelling, "\"MixedCase\"");
  EXPECT_EQ(t.columns[7].name, "Odd");

  ASSERT_EQ(p.schema.enums.size(), 1u);
  EXPECT_EQ(p.schema.enums[0].values, (std::vector<std::string>{"G", "PG", "PG-13"}));
  ASSERT_EQ(p.schema.domains.size(), 2u);
  EXPECT_EQ(p.schema.domains[0].name.name, "bıgınt");
  EXPECT_EQ(p.schema.domains[0].base.spelling, "bigint");
  const Domain& year = p.schema.domains[1];
  ASSERT_EQ(year.checks.size(), 1u);
  EXPECT_EQ(year.checks[0].name, "year_check");
  EXPECT_EQ(year.checks[0].expr.sql, "value >= 1901 AND value <= 2155");
  ASSERT_EQ(p.schema.composites.size(), 1u);
  ASSERT_EQ(p.schema.composites[0].attributes.size(), 2u);
  EXPECT_EQ(p.schema.composites[0].attributes[1].type.spelling, "text");
  EXPECT_EQ(p.schema.composites[0].attributes[1].collation, "\"C\"");
}

TEST(FrontendTypes, DomainOptionsAndAlterDomain) {
  auto p = parse_clean(
      "CREATE DOMAIN email AS varchar(255) COLLATE \"C\" DEFAULT 'x' NOT NULL CHECK (VALUE LIKE "
      "'%@%');\n"
      "ALTER DOMAIN email ADD CONSTRAINT short CHECK (length(VALUE) < 100) NOT VALID;\n"
      "ALTER DOMAIN email DROP NOT NULL;\n"
      "ALTER DOMAIN email SET DEFAULT 'y';\n"
      "ALTER DOMAIN email VALIDATE CONSTRAINT short;\n");
  const Domain& d = p.schema.domains[0];
  EXPECT_EQ(d.base.spelling, "character varying(255)");
  EXPECT_EQ(d.collation, "\"C\"");
  EXPECT_FALSE(d.not_null);
  ASSERT_TRUE(d.default_value);
  EXPECT_EQ(d.default_value->value, "y");
  ASSERT_EQ(d.checks.size(), 2u);
  EXPECT_EQ(d.checks[1].name, "short");
  EXPECT_FALSE(d.checks[1].not_valid);

  auto dropped = parse_clean(
      "CREATE DOMAIN pos AS int CONSTRAINT c1 CHECK (VALUE > 0);\nALTER DOMAIN pos DROP CONSTRAINT "
      "c1;\n");
  EXPECT_TRUE(dropped.schema.domains[0].checks.empty());
}

TEST(FrontendTypes, AlterEnumAddsAndRenamesValues) {
  auto p = parse_clean(
      "CREATE TYPE mood AS ENUM ('sad', 'happy');\n"
      "ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';\n"
      "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';\n"
      "ALTER TYPE mood ADD VALUE 'meh';\n"
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh';\n"
      "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';\n");
  EXPECT_EQ(p.schema.enums[0].values,
            (std::vector<std::string>{"blue", "ok", "happy", "ecstatic", "meh"}));
  auto dup = parse("CREATE TYPE m AS ENUM ('a');\nCREATE TYPE m AS ENUM ('b');\n");
  EXPECT_EQ(dup.with(DiagCode::DuplicateObject).size(), 1u);
}

}  // namespace
}  // namespace sf
