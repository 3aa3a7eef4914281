// SQLite introspection on in-memory databases (no server needed).
#include <gtest/gtest.h>

#include <sstream>

#include "cli/cli.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/frontends/introspect.h"
#include "support/model_io.h"

namespace sf {
namespace {

Schema inspect_sqlite(const std::string& ddl, Diagnostics& diagnostics) {
  auto file = SourceFile("t.sqlite.sql", ddl);
  auto schema = load_sqlite_script(file, diagnostics);
  EXPECT_TRUE(schema) << (schema ? "" : schema.error().message);
  return schema ? std::move(*schema) : Schema{};
}

TEST(SqliteInspect, TablesColumnsKeysAndIndexes) {
  Diagnostics d;
  Schema s = inspect_sqlite(R"(
    CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(45) NOT NULL UNIQUE,
                         born DATE, rating DECIMAL(3,1) DEFAULT 0 CHECK (rating >= 0),
                         created DATETIME DEFAULT CURRENT_TIMESTAMP);
    CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INT NOT NULL REFERENCES author(id) ON DELETE CASCADE,
                       title TEXT, CONSTRAINT title_nonempty CHECK (length(title) > 0));
    CREATE INDEX book_title ON book (title DESC);
    CREATE VIEW v AS SELECT title FROM book;
    CREATE TRIGGER t AFTER INSERT ON book BEGIN SELECT 1; END;
  )", d);
  ASSERT_FALSE(d.has_errors()) << test::errors_of(d);
  ASSERT_EQ(s.tables.size(), 2u);
  const Table& author = s.tables[0];
  EXPECT_EQ(author.columns[1].type.spelling, "character varying(45)");
  EXPECT_EQ(author.columns[3].type.spelling, "numeric(3,1)");
  EXPECT_EQ(author.columns[4].type.kind, TypeKind::Timestamp);
  ASSERT_TRUE(author.columns[4].default_value);
  EXPECT_EQ(author.columns[4].default_value->form, ExprForm::Now);
  EXPECT_TRUE(author.columns[0].identity);
  ASSERT_EQ(author.uniques.size(), 1u);
  ASSERT_EQ(author.checks.size(), 1u);
  const Table& book = s.tables[1];
  ASSERT_EQ(book.foreign_keys.size(), 1u);
  EXPECT_EQ(book.foreign_keys[0].on_delete, FkAction::Cascade);
  ASSERT_EQ(book.checks.size(), 1u);
  EXPECT_EQ(book.checks[0].name, "title_nonempty");
  ASSERT_EQ(book.indexes.size(), 1u);
  EXPECT_EQ(book.indexes[0].elements[0].order, SortOrder::Desc);
  ASSERT_EQ(s.views.size(), 1u);
  EXPECT_EQ(s.views[0].query, "SELECT title FROM book");
  ASSERT_EQ(book.triggers.size(), 1u);
  EXPECT_EQ(book.triggers[0].timing, "AFTER");
}

TEST(SqliteInspect, ScriptErrorNamesTheLine) {
  SourceFile file("bad.sqlite.sql", "CREATE TABLE a (id int);\n\nCREATE TABLE a (id int);\n");
  Diagnostics d;
  auto schema = load_sqlite_script(file, d);
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().exit_code, ExitCode::BadInput);
  EXPECT_NE(schema.error().message.find("line 3"), std::string::npos) << schema.error().message;
}

TEST(SqliteInspect, CliReadsSqliteDdlWithDialectFlag) {
  std::ostringstream out, err;
  std::string path = std::string(SF_SOURCE_DIR) + "/../shared/corpus/sql/sakila-sqlite-schema.sql";
  int code = cli::run({"convert", path, "--dialect", "sqlite", "--to", "postgres"}, out, err);
  EXPECT_EQ(code, 0) << err.str();
  EXPECT_NE(out.str().find("CREATE TABLE film"), std::string::npos);
}

TEST(SqliteInspect, SameDatabaseSameOutput) {
  Diagnostics d1, d2;
  const char* ddl = "CREATE TABLE a (id INTEGER PRIMARY KEY, b TEXT); CREATE INDEX ab ON a (b);";
  EXPECT_EQ(test::comparable_json(inspect_sqlite(ddl, d1)), test::comparable_json(inspect_sqlite(ddl, d2)));
}

}  // namespace
}  // namespace sf
