// Every PostgreSQL golden input, shipped example and PostgreSQL corpus file converts to
// SQLite DDL that a real SQLite (in memory, foreign keys on) applies without error; and what
// the output promises holds in that SQLite: random UUID defaults, boolean checks, comments,
// tables of two schemas side by side.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "schemaforge/backends/sql.h"
#include "support/model_io.h"

namespace sf {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> inputs() {
  std::vector<std::string> files;
  auto add_glob = [&](const fs::path& dir, auto accept) {
    if (!fs::is_directory(dir)) return;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file() && accept(entry.path())) files.push_back(entry.path().string());
    }
  };
  fs::path source(SF_SOURCE_DIR);
  add_glob(source / "tests/golden", [](const fs::path& p) { return p.filename() == "input.sql"; });
  add_glob(source / "examples", [](const fs::path& p) { return p.filename() == "schema.sql"; });
  add_glob(fs::path(SF_CORPUS_DIR) / "sql", [](const fs::path& p) {
    std::string name = p.filename().string();
    return p.extension() == ".sql" && (name.find("postgres") != std::string::npos ||
                                       name == "pagila-schema.pre-pg18.sql");
  });
  std::sort(files.begin(), files.end());
  return files;
}

class SqliteApply : public ::testing::TestWithParam<std::string> {};

TEST_P(SqliteApply, OutputLoadsIntoSqlite) {
  Diagnostics parse_diagnostics;
  Schema schema = test::parse_sql_file(GetParam(), parse_diagnostics);
  Diagnostics diagnostics;
  std::string ddl = emit_sql(schema, SqlOptions{Dialect::Sqlite}, diagnostics);
  // Same input, same bytes.
  Diagnostics again;
  ASSERT_EQ(ddl, emit_sql(schema, SqlOptions{Dialect::Sqlite}, again));

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  char* error = nullptr;
  std::string script = "PRAGMA foreign_keys=ON;\n" + ddl;
  int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error);
  std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  EXPECT_EQ(rc, SQLITE_OK) << GetParam() << ": " << message;
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  fs::path path(info.param);
  std::string name = path.filename() == "input.sql" || path.filename() == "schema.sql"
                         ? path.parent_path().filename().string()
                         : path.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name + "_" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(Inputs, SqliteApply, ::testing::ValuesIn(inputs()), case_name);

/// An in-memory SQLite holding the SQLite DDL of a PostgreSQL schema.
class SqliteDb {
 public:
  explicit SqliteDb(const std::string& postgres_sql) {
    Diagnostics parse_diagnostics;
    Schema schema = test::parse_sql_text("behaviour.sql", postgres_sql, parse_diagnostics);
    EXPECT_FALSE(parse_diagnostics.has_errors()) << test::errors_of(parse_diagnostics);
    Diagnostics diagnostics;
    ddl_ = emit_sql(schema, SqlOptions{Dialect::Sqlite}, diagnostics);
    sqlite3_open(":memory:", &db_);
    EXPECT_EQ(exec("PRAGMA foreign_keys=ON;\n" + ddl_), "") << ddl_;
  }
  ~SqliteDb() { sqlite3_close(db_); }
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  /// "" on success, else SQLite's message.
  std::string exec(const std::string& sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    std::string message = rc == SQLITE_OK ? "" : (error ? error : "failed");
    sqlite3_free(error);
    return message;
  }
  /// The first column of every row.
  std::vector<std::optional<std::string>> column(const std::string& sql) {
    std::vector<std::optional<std::string>> out;
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      out.push_back(text ? std::optional<std::string>(reinterpret_cast<const char*>(text))
                         : std::nullopt);
    }
    sqlite3_finalize(stmt);
    return out;
  }
  const std::string& ddl() const { return ddl_; }

 private:
  sqlite3* db_ = nullptr;
  std::string ddl_;
};

TEST(SqliteBehaviour, RandomUuidDefaultIsVersion4) {
  SqliteDb db("CREATE TABLE t (n integer, token uuid NOT NULL DEFAULT gen_random_uuid());");
  std::string inserts;
  for (int i = 0; i < 200; ++i) inserts += "INSERT INTO t (n) VALUES (" + std::to_string(i) + ");";
  ASSERT_EQ(db.exec(inserts), "");
  auto tokens = db.column("SELECT token FROM t");
  ASSERT_EQ(tokens.size(), 200u);
  const std::regex v4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  std::vector<std::string> seen;
  std::string variants;
  for (const auto& token : tokens) {
    ASSERT_TRUE(token);
    EXPECT_TRUE(std::regex_match(*token, v4)) << *token;
    seen.push_back(*token);
    if (variants.find((*token)[19]) == std::string::npos) variants += (*token)[19];
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end()) << "a UUID repeated";
  EXPECT_EQ(variants.size(), 4u) << "variant nibbles seen in 200 UUIDs: " << variants;
}

TEST(SqliteBehaviour, BooleanColumnsHoldOnlyZeroAndOne) {
  SqliteDb db(
      "CREATE TABLE flags (id integer PRIMARY KEY, on_duty boolean NOT NULL DEFAULT false, "
      "maybe boolean);");
  EXPECT_EQ(db.exec("INSERT INTO flags VALUES (1, true, NULL), (2, 0, 1);"
                    "INSERT INTO flags (id, maybe) VALUES (3, false);"),
            "");
  EXPECT_EQ(db.column("SELECT on_duty FROM flags WHERE id = 3")[0], "0");
  EXPECT_NE(db.exec("INSERT INTO flags VALUES (4, 2, NULL);"), "");
  EXPECT_NE(db.exec("INSERT INTO flags VALUES (5, 1, 2);"), "");
  EXPECT_NE(db.exec("INSERT INTO flags VALUES (6, 'yes', NULL);"), "");
  EXPECT_EQ(db.column("SELECT count(*) FROM flags")[0], "3");
}

TEST(SqliteBehaviour, CommentsAreKeptInTheSchema) {
  SqliteDb db(
      "CREATE TABLE t (id integer PRIMARY KEY, email text NOT NULL);\n"
      "COMMENT ON TABLE t IS 'People who sign in.';\n"
      "COMMENT ON COLUMN t.email IS 'Where mail goes;\nnever shown.';\n"
      "CREATE INDEX t_email ON t (email);\n"
      "COMMENT ON INDEX t_email IS 'Look-up by email.';");
  EXPECT_NE(db.ddl().find("-- People who sign in.\nCREATE TABLE t"), std::string::npos) << db.ddl();
  // SQLite keeps the text of CREATE TABLE, comments inside it included.
  auto table_sql = db.column("SELECT sql FROM sqlite_schema WHERE name = 't'");
  ASSERT_EQ(table_sql.size(), 1u);
  EXPECT_NE(table_sql[0]->find("-- Where mail goes;\n    -- never shown.\n    email TEXT"),
            std::string::npos)
      << *table_sql[0];
  EXPECT_NE(db.ddl().find("-- Look-up by email.\nCREATE INDEX t_email"), std::string::npos);
}

TEST(SqliteBehaviour, TablesOfTwoSchemasLiveSideBySide) {
  SqliteDb db(
      "CREATE SCHEMA billing;\n"
      "CREATE TABLE users (id integer PRIMARY KEY, email text);\n"
      "CREATE TABLE billing.users (id integer PRIMARY KEY, plan text);\n"
      "CREATE INDEX users_id ON users (id);\n"
      "CREATE INDEX users_id ON billing.users (id);\n"
      "CREATE TABLE billing.invoices (id integer PRIMARY KEY,\n"
      "  user_id integer REFERENCES billing.users (id));");
  EXPECT_EQ(db.exec("INSERT INTO billing_users VALUES (1, 'gold');"
                    "INSERT INTO invoices VALUES (10, 1);"),
            "");
  EXPECT_NE(db.exec("INSERT INTO invoices VALUES (11, 2);"), "") << "the reference points elsewhere";
  EXPECT_EQ(db.column("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name"),
            (std::vector<std::optional<std::string>>{"billing_users_users_id", "users_id"}));
}

}  // namespace
}  // namespace sf
