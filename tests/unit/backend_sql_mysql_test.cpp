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

// MySQL refuses CREATE TABLE over a default its column cannot hold; PostgreSQL only fails
// when the default is used. Counted in characters, not bytes.
TEST(SqlMysql, DefaultLongerThanItsColumnIsReportedAndLeftOut) {
  Schema s;
  Table t = table(qn("t"), {column("code", "character(10)", false, TypeKind::Char),
                            column("name", "character varying(4)", false, TypeKind::Varchar)});
  t.columns[0].type.modifiers = {10};
  t.columns[0].default_value = form(ExprForm::StringLiteral, "'default_char'::bpchar", "default_char");
  t.columns[1].type.modifiers = {4};
  t.columns[1].default_value = form(ExprForm::StringLiteral, "'ñüéß'::character varying", "ñüéß");
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE t (\n"
            "    code CHAR(10),\n"
            "    name VARCHAR(4) DEFAULT 'ñüéß'\n"
            ");\n");
  EXPECT_EQ(messages(d, DiagCode::UnsupportedFeature),
            (std::vector<std::string>{
                "mysql output cannot express a default longer than the column's 10 characters (it "
                "could never be stored) of column code of table t"}));
}

// InnoDB wants the AUTO_INCREMENT column's key in CREATE TABLE: an index it leads, when no
// primary or unique key does, is written there instead of after the table.
TEST(SqlMysql, CounterLedOnlyByAnIndexGetsItInsideCreateTable) {
  Schema s;
  Table t = table(qn("authors"), {column("id", "integer", true, TypeKind::Int32),
                                  column("nation", "integer", true, TypeKind::Int32)});
  t.columns[0].type.serial = true;
  t.columns[0].default_value = form(ExprForm::NextVal, "nextval('authors_id_seq'::regclass)");
  t.indexes.push_back(index("authors_key", {key("id"), key("nation")}));
  t.indexes.push_back(index("authors_nation", {key("nation")}));
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE authors (\n"
            "    id INT AUTO_INCREMENT NOT NULL,\n"
            "    nation INT NOT NULL,\n"
            "    INDEX authors_key (id, nation)\n"
            ");\n"
            "\n"
            "CREATE INDEX authors_nation ON authors (nation);\n");
  EXPECT_TRUE(messages(d, DiagCode::UnsupportedFeature).empty());
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

TEST(SqlMysql, ConstraintNamesAreUniquePerDatabase) {
  Schema s;
  Table users = table(qn("users"), {column("id", "integer", true, TypeKind::Int32)});
  users.primary_key = pk({"id"});
  s.tables.push_back(users);
  for (const char* name : {"orders", "invoices"}) {
    Table t = table(qn(name), {column("id", "integer", true, TypeKind::Int32),
                               column("user_id", "integer", true, TypeKind::Int32)});
    t.foreign_keys.push_back(fk({"user_id"}, qn("users"), {"id"}, "fk_user"));
    t.checks.push_back(check("id > 0", "positive"));
    t.indexes.push_back(index("by_user", {key("user_id")}));  // per table in MySQL: kept
    s.tables.push_back(t);
  }
  Diagnostics d;
  std::string out = mysql(s, d);
  EXPECT_NE(out.find("CREATE TABLE orders (\n"
                     "    id INT NOT NULL,\n"
                     "    user_id INT NOT NULL,\n"
                     "    CONSTRAINT positive CHECK (id > 0),\n"
                     "    CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)\n"
                     ");"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("    CONSTRAINT invoices_positive CHECK (id > 0),\n"
                     "    CONSTRAINT invoices_fk_user FOREIGN KEY (user_id) REFERENCES users (id)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("CREATE INDEX by_user ON invoices (user_id);"), std::string::npos) << out;
  EXPECT_EQ(messages(d, DiagCode::RenamedObject),
            (std::vector<std::string>{
                "mysql output writes foreign key fk_user of table invoices as invoices_fk_user: "
                "foreign key names are unique per database there, and fk_user is taken by table "
                "orders",
                "mysql output writes check positive of table invoices as invoices_positive: "
                "check constraint names are unique per database there, and positive is taken by "
                "table orders"}));
  for (const auto& item : d.items()) EXPECT_EQ(item.severity, Severity::Info);
  Diagnostics errors;
  emit_sql(s, SqlOptions{Dialect::Mysql, OnUnsupported::Error}, errors);
  EXPECT_EQ(errors.count(Severity::Error), 2u);
  Diagnostics ignored;
  EXPECT_EQ(emit_sql(s, SqlOptions{Dialect::Mysql, OnUnsupported::Ignore}, ignored), out);
  EXPECT_TRUE(ignored.items().empty());
}

TEST(SqlMysql, LongNamesAreCutWithAHash) {
  Schema s;
  std::string long_table(60, 't');
  Table t = table(qn(long_table), {column("alpha", "integer", false, TypeKind::Int32),
                                   column("beta", "integer", false, TypeKind::Int32)});
  t.indexes.push_back(index("", {key("alpha"), key("beta")}));  // t..t_alpha_beta_idx: 74
  t.indexes.push_back(index("", {key("beta"), key("alpha")}));  // same head, other hash
  s.tables.push_back(t);
  Diagnostics d;
  std::string out = mysql(s, d);
  std::string head = long_table.substr(0, 55);
  EXPECT_NE(out.find("CREATE INDEX " + head + "_"), std::string::npos) << out;
  auto renamed = messages(d, DiagCode::RenamedObject);
  ASSERT_EQ(renamed.size(), 2u);
  std::vector<std::string> names;
  for (const auto& message : renamed) {
    auto at = message.find(" as ") + 4;
    names.push_back(message.substr(at, message.find(':', at) - at));
    EXPECT_EQ(names.back().size(), 64u) << message;
    EXPECT_NE(message.find("names are at most 64 characters there"), std::string::npos);
  }
  EXPECT_NE(names[0], names[1]);
  Diagnostics again;
  EXPECT_EQ(mysql(s, again), out);  // the hash is the same on every run
}

TEST(SqlMysql, KeysPastInnoDbLimitGetShorterColumnsOrPrefixes) {
  Schema s;
  Table t = table(qn("pages"), {column("path", "character varying(600)", true, TypeKind::Varchar),
                                column("locale", "character varying(600)", true, TypeKind::Varchar),
                                column("email", "character varying(1000)", false, TypeKind::Varchar),
                                column("a", "character varying(300)", false, TypeKind::Varchar),
                                column("b", "character varying(300)", false, TypeKind::Varchar),
                                column("c", "character varying(300)", false, TypeKind::Varchar),
                                column("d", "text", false, TypeKind::Text),
                                column("n", "integer", false, TypeKind::Int32)});
  for (size_t i : {0, 1}) t.columns[i].type.modifiers = {600};
  t.columns[2].type.modifiers = {1000};
  for (size_t i : {3, 4, 5}) t.columns[i].type.modifiers = {300};
  t.primary_key = pk({"path", "locale"});
  t.uniques.push_back(UniqueConstraint{});
  t.uniques.back().columns = {"email"};
  t.indexes.push_back(index("pages_text", {key("a"), key("b"), key("c"), key("d")}));
  t.indexes.push_back(index("pages_path", {key("path"), key("n")}));
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE pages (\n"
            "    path VARCHAR(384) NOT NULL,\n"
            "    locale VARCHAR(384) NOT NULL,\n"
            "    email VARCHAR(768),\n"
            "    a VARCHAR(300),\n"
            "    b VARCHAR(300),\n"
            "    c VARCHAR(300),\n"
            "    d VARCHAR(255),\n"
            "    n INT,\n"
            "    PRIMARY KEY (path, locale),\n"
            "    UNIQUE (email)\n"
            ");\n"
            "\n"
            "CREATE INDEX pages_text ON pages (a(192), b(192), c(192), d(192));\n"
            "\n"
            "CREATE INDEX pages_path ON pages (path(255), n);\n");
  EXPECT_EQ(messages(d, DiagCode::ApproximatedType),
            (std::vector<std::string>{
                "mysql output has no exact type for character varying(600) in a key of more "
                "than 3072 bytes of column path of table pages; wrote VARCHAR(384)",
                "mysql output has no exact type for character varying(600) in a key of more "
                "than 3072 bytes of column locale of table pages; wrote VARCHAR(384)",
                "mysql output has no exact type for character varying(1000) in a key of more "
                "than 3072 bytes of column email of table pages; wrote VARCHAR(768)",
                "mysql output has no exact type for text in a key of column d of table pages; "
                "wrote VARCHAR(255)"}));
  EXPECT_TRUE(messages(d, DiagCode::UnsupportedFeature).empty());
}

// Text in a unique key is bounded to VARCHAR(255), and four of them pass 3072 bytes, so each
// is shortened again: one note per column, naming the type finally written.
TEST(SqlMysql, TextShortenedTwiceInAKeyIsOneNote) {
  Schema s;
  Table t = table(qn("tags"), {column("a", "text", false, TypeKind::Text),
                               column("b", "text", false, TypeKind::Text),
                               column("c", "text", false, TypeKind::Text),
                               column("d", "text", false, TypeKind::Text)});
  t.uniques.push_back(UniqueConstraint{});
  t.uniques.back().columns = {"a", "b", "c", "d"};
  s.tables.push_back(t);
  Diagnostics d;
  EXPECT_EQ(mysql(s, d),
            "CREATE TABLE tags (\n"
            "    a VARCHAR(192),\n"
            "    b VARCHAR(192),\n"
            "    c VARCHAR(192),\n"
            "    d VARCHAR(192),\n"
            "    UNIQUE (a, b, c, d)\n"
            ");\n");
  std::vector<std::string> expected;
  for (const char* name : {"a", "b", "c", "d"}) {
    expected.push_back(std::string("mysql output has no exact type for text in a key of more than "
                                   "3072 bytes of column ") +
                       name + " of table tags; wrote VARCHAR(192)");
  }
  EXPECT_EQ(messages(d, DiagCode::ApproximatedType), expected);
}

}  // namespace
}  // namespace sf
