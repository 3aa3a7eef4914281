// SQLite output: affinity types, INTEGER PRIMARY KEY AUTOINCREMENT, enums as CHECK (... IN ...),
// foreign keys inline (cycles too), and SF3001 for what SQLite cannot say.
#include <gtest/gtest.h>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

std::string sqlite(const Schema& s, Diagnostics& diagnostics,
                   OnUnsupported policy = OnUnsupported::Warn) {
  return emit_sql(s, SqlOptions{Dialect::Sqlite, policy}, diagnostics);
}

TEST(SqlSqlite, TypesCounterAndDefaults) {
  Schema s;
  Table t = table(qn("app", "items"),
                  {column("id", "bigint", true, TypeKind::Int64),
                   column("name", "character varying(40)", true, TypeKind::Varchar),
                   column("price", "numeric(10,2)", false, TypeKind::Decimal),
                   column("active", "boolean", true, TypeKind::Bool),
                   column("token", "uuid", true, TypeKind::Uuid),
                   column("at", "timestamp with time zone", true, TypeKind::TimestampTz)});
  t.columns[0].identity = Identity{};
  t.columns[1].type.modifiers = {40};
  t.columns[3].default_value = form(ExprForm::BoolLiteral, "true", "true");
  t.columns[4].default_value = form(ExprForm::RandomUuid, "gen_random_uuid()");
  t.columns[5].default_value = form(ExprForm::Now, "now()", "now");
  t.primary_key = pk({"id"}, "items_pkey");
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(sqlite(s, d),
            "CREATE TABLE items (\n"
            "    id INTEGER CONSTRAINT items_pkey PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
            "    name TEXT NOT NULL,\n"
            "    price NUMERIC,\n"
            "    active INTEGER DEFAULT TRUE NOT NULL CHECK (active IN (0, 1)),\n"
            "    token TEXT DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || "
            "'-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), "
            "1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))) NOT NULL,\n"
            "    at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL\n"
            ");\n");
  EXPECT_TRUE(d.items().empty());
}

TEST(SqlSqlite, EnumBecomesCheckAndForeignKeyCycleIsInline) {
  Schema s;
  EnumType mood;
  mood.name = qn("mood");
  mood.values = {"happy", "it's"};
  s.enums.push_back(mood);
  Table a = table(qn("a"), {column("id", "integer", true, TypeKind::Int32),
                            column("b_id", "integer", false, TypeKind::Int32)});
  a.primary_key = pk({"id"});
  a.foreign_keys.push_back(fk({"b_id"}, qn("b"), {"id"}, "a_b_fk"));
  Table b = table(qn("b"), {column("id", "integer", true, TypeKind::Int32),
                            column("a_id", "integer", false, TypeKind::Int32),
                            column("feel", "mood", false, TypeKind::UserDefined)});
  b.columns[2].type.ref = qn("mood");
  b.primary_key = pk({"id"});
  ForeignKey to_a = fk({"a_id"}, qn("a"), {"id"});
  to_a.timing.deferrable = true;
  to_a.timing.initially_deferred = true;
  b.foreign_keys.push_back(to_a);
  s.tables.push_back(a);
  s.tables.push_back(b);
  Diagnostics d;
  EXPECT_EQ(sqlite(s, d),
            "CREATE TABLE a (\n"
            "    id INTEGER NOT NULL,\n"
            "    b_id INTEGER,\n"
            "    PRIMARY KEY (id),\n"
            "    CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id)\n"
            ");\n"
            "\n"
            "CREATE TABLE b (\n"
            "    id INTEGER NOT NULL,\n"
            "    a_id INTEGER,\n"
            "    feel TEXT CHECK (feel IN ('happy', 'it''s')),\n"
            "    PRIMARY KEY (id),\n"
            "    FOREIGN KEY (a_id) REFERENCES a (id) DEFERRABLE INITIALLY DEFERRED\n"
            ");\n");
  EXPECT_TRUE(d.items().empty());
}

TEST(SqlSqlite, PortableExpressionsAreTranslated) {
  Schema s;
  Table t = table(qn("t"), {column("code", "text", true, TypeKind::Text),
                            column("n", "integer", false, TypeKind::Int32)});
  t.checks.push_back(check("(length(code) >= 3) AND ((n)::integer BETWEEN 1 AND 9)", "t_ok"));
  t.indexes.push_back(index("t_lower", {key_expr("lower(code)")}));
  t.indexes.push_back(index("t_small", {key("n")}));
  t.indexes.back().where = expr("n < 5");
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(sqlite(s, d),
            "CREATE TABLE t (\n"
            "    code TEXT NOT NULL,\n"
            "    n INTEGER,\n"
            "    CONSTRAINT t_ok CHECK ((length(code) >= 3) AND ((n) BETWEEN 1 AND 9))\n"
            ");\n"
            "\n"
            "CREATE INDEX t_lower ON t ((lower(code)));\n"
            "\n"
            "CREATE INDEX t_small ON t (n) WHERE (n < 5);\n");
  EXPECT_TRUE(d.items().empty());
}

// SQLite has no char_length(); its length() counts characters.
TEST(SqlSqlite, CharLengthIsLength) {
  Schema s;
  Table t = table(qn("t"), {column("code", "text", true, TypeKind::Text)});
  t.checks.push_back(check("char_length(code) > 2", "t_code"));
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(sqlite(s, d),
            "CREATE TABLE t (\n"
            "    code TEXT NOT NULL,\n"
            "    CONSTRAINT t_code CHECK (length(code) > 2)\n"
            ");\n");
  EXPECT_TRUE(d.items().empty());
}

TEST(SqlSqlite, UnsupportedIsReportedNotDropped) {
  Schema s;
  Table t = table(qn("app", "t"), {column("code", "text", false, TypeKind::Text),
                                   column("tags", "text[]", false, TypeKind::Text)});
  t.columns[1].type.array_dims = 1;
  t.checks.push_back(check("code ~ '^[a-z]+$'", "t_code"));
  t.comment = "a table";
  s.tables.push_back(t);
  s.tables.push_back(table(qn("ops", "u"), {column("x", "integer", false, TypeKind::Int32)}));
  Diagnostics d;
  std::string out = sqlite(s, d);
  EXPECT_EQ(out,
            "-- a table\n"
            "CREATE TABLE t (\n"
            "    code TEXT,\n"
            "    tags TEXT\n"
            ");\n"
            "\n"
            "CREATE TABLE u (\n"
            "    x INTEGER\n"
            ");\n");
  EXPECT_EQ(messages(d, DiagCode::UnsupportedFeature),
            (std::vector<std::string>{
                "sqlite output cannot express more than one schema (all tables are written "
                "unqualified into one database) of schemas app, ops",
                "sqlite output cannot express check t_code (code ~ '^[a-z]+$') of table app.t",
                "sqlite output cannot express the array type text[] (written as TEXT) of column "
                "tags of table app.t"}));
  for (const auto& item : d.items()) EXPECT_EQ(item.severity, Severity::Warning);

  Diagnostics ignored;
  EXPECT_EQ(sqlite(s, ignored, OnUnsupported::Ignore), out);
  EXPECT_TRUE(ignored.items().empty());
  Diagnostics errors;
  sqlite(s, errors, OnUnsupported::Error);
  EXPECT_EQ(errors.count(Severity::Error), 3u);
}

TEST(SqlSqlite, CommentsAreSqlLinesAboveTheirObjects) {
  Schema s;
  Table t = table(qn("t"), {column("id", "integer", true, TypeKind::Int32),
                            column("flag", "boolean", false, TypeKind::Bool)});
  t.columns[0].identity = Identity{};
  t.columns[1].comment = "on or off;\r\nNULL when unknown  ";
  t.primary_key = pk({"id"}, "t_pkey");
  t.primary_key->comment = "the row id";
  t.checks.push_back(check("id > 0", "t_positive"));
  t.checks.back().comment = "ids count from 1";
  t.comment = "flags";
  t.indexes.push_back(index("", {key("flag")}));
  t.indexes.back().comment = "by flag";
  s.tables.push_back(t);
  s.namespace_comments.push_back(Namespace{});
  s.namespace_comments.back().name = "public";
  s.namespace_comments.back().comment = "standard public schema";
  Diagnostics d;
  EXPECT_EQ(sqlite(s, d),
            "-- flags\n"
            "CREATE TABLE t (\n"
            "    -- the row id\n"
            "    id INTEGER CONSTRAINT t_pkey PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
            "    -- on or off;\n"
            "    -- NULL when unknown\n"
            "    flag INTEGER CHECK (flag IN (0, 1)),\n"
            "    -- ids count from 1\n"
            "    CONSTRAINT t_positive CHECK (id > 0)\n"
            ");\n"
            "\n"
            "-- by flag\n"
            "CREATE INDEX t_flag_idx ON t (flag);\n");
  // Only the schema's comment has no statement to stand above.
  EXPECT_EQ(messages(d, DiagCode::UnsupportedFeature),
            (std::vector<std::string>{"sqlite output cannot express a comment of schema public"}));
}

TEST(SqlSqlite, TablesAndIndexesOfTwoSchemasAreRenamedOnClash) {
  Schema s;
  Table a = table(qn("users"), {column("id", "integer", true, TypeKind::Int32)});
  a.primary_key = pk({"id"});
  a.indexes.push_back(index("users_id", {key("id")}));
  Table b = table(qn("billing", "users"), {column("id", "integer", true, TypeKind::Int32)});
  b.primary_key = pk({"id"});
  b.indexes.push_back(index("users_id", {key("id")}));
  b.indexes.push_back(index("", {key("id")}));
  Table c = table(qn("billing", "invoices"), {column("user_id", "integer", false, TypeKind::Int32)});
  c.foreign_keys.push_back(fk({"user_id"}, qn("billing", "users"), {"id"}));
  s.tables = {a, b, c};
  Diagnostics d;
  std::string out = sqlite(s, d);
  EXPECT_NE(out.find("CREATE TABLE billing_users ("), std::string::npos) << out;
  EXPECT_NE(out.find("CREATE INDEX users_id ON users (id);"), std::string::npos) << out;
  EXPECT_NE(out.find("CREATE INDEX billing_users_users_id ON billing_users (id);"),
            std::string::npos) << out;
  EXPECT_NE(out.find("CREATE INDEX billing_users_id_idx ON billing_users (id);"),
            std::string::npos) << out;
  EXPECT_NE(out.find("FOREIGN KEY (user_id) REFERENCES billing_users (id)"), std::string::npos) << out;
  EXPECT_EQ(messages(d, DiagCode::RenamedObject),
            (std::vector<std::string>{
                "sqlite output writes table billing.users as billing_users: the tables of all "
                "schemas share one database there, and users is taken by table users",
                "sqlite output writes index users_id of table billing.users as "
                "billing_users_users_id: indexes and tables share one namespace there, and "
                "users_id is taken by table users"}));
  // The down script drops the tables under the names they were created with.
  std::string down = emit_drop_sql(s, SqlOptions{Dialect::Sqlite});
  EXPECT_NE(down.find("DROP TABLE IF EXISTS billing_users;"), std::string::npos) << down;
  // Same model, same names.
  Diagnostics again;
  EXPECT_EQ(sqlite(s, again), out);
}

}  // namespace
}  // namespace sf
