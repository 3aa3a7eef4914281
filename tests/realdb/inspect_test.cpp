// realdb tier: `inspect` reads back what was applied to real PostgreSQL, SQLite and MariaDB
// servers (docs/inspect.md, "How inspect is tested").
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "inspect_servers.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/frontends/introspect.h"
#include "support/inspect_compare.h"
#include "support/model_io.h"

namespace sf::test {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string warnings_of(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items()) {
    if (d.severity != Severity::Info) out += format_diagnostic(d);
  }
  return out;
}

std::string case_name(const std::string& path) {
  std::filesystem::path p(path);
  std::string name = p.stem().string();
  if (name == "input" || name == "schema") name = p.parent_path().filename().string();
  std::string clean;
  for (char c : name) clean += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return clean;
}

// A fresh PostgreSQL database, dropped at the end.
class PgDatabase {
public:
  explicit PgDatabase(const std::string& base) : name_(scratch_name(base)) {
    auto admin = db::connect(pg_url("postgres"));
    if (!admin) {
      ADD_FAILURE() << admin.error().message;
      return;
    }
    (*admin)->execute("DROP DATABASE IF EXISTS " + db::quote_identifier(db::Dialect::Postgres, name_));
    auto st = (*admin)->execute("CREATE DATABASE " + db::quote_identifier(db::Dialect::Postgres, name_) +
                                " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
    ok_ = static_cast<bool>(st);
    if (!ok_) ADD_FAILURE() << st.error().message;
  }
  ~PgDatabase() {
    if (auto admin = db::connect(pg_url("postgres"))) {
      (*admin)->execute("DROP DATABASE IF EXISTS " + db::quote_identifier(db::Dialect::Postgres, name_) + " WITH (FORCE)");
    }
  }
  bool ok() const { return ok_; }
  std::string url() const { return pg_url(name_); }
  bool load(const std::string& path) {
    std::string out;
    int status = run_command("psql -X -q -v ON_ERROR_STOP=1 -h '" + server_env("SF_TEST_PG_HOST") + "' -p " +
                                 server_env("SF_TEST_PG_PORT") + " -U " + server_env("SF_TEST_PG_USER") + " -d " +
                                 name_ + " -f '" + path + "'",
                             out);
    if (status != 0) ADD_FAILURE() << path << " does not load into PostgreSQL:\n" << out;
    return status == 0;
  }

private:
  std::string name_;
  bool ok_ = false;
};

class MySqlDatabase {
public:
  explicit MySqlDatabase(const std::string& base, std::string fixed = "")
      : name_(fixed.empty() ? scratch_name(base) : fixed) {
    auto admin = db::connect(mysql_url(""));
    if (!admin) {
      ADD_FAILURE() << admin.error().message;
      return;
    }
    (*admin)->execute("DROP DATABASE IF EXISTS `" + name_ + "`");
    auto st = (*admin)->execute("CREATE DATABASE `" + name_ + "` CHARACTER SET utf8mb4");
    ok_ = static_cast<bool>(st);
    if (!ok_) ADD_FAILURE() << st.error().message;
  }
  ~MySqlDatabase() {
    if (auto admin = db::connect(mysql_url(""))) (*admin)->execute("DROP DATABASE IF EXISTS `" + name_ + "`");
  }
  bool ok() const { return ok_; }
  std::string url() const { return mysql_url(name_); }
  bool load(const std::string& path) {
    std::string out;
    int status = run_command("mariadb --no-defaults --socket='" + server_env("SF_TEST_MYSQL_SOCKET") +
                                 "' -u root " + name_ + " < '" + path + "'",
                             out);
    if (status != 0) ADD_FAILURE() << path << " does not load into MariaDB:\n" << out;
    return status == 0;
  }

private:
  std::string name_;
  bool ok_ = false;
};

Result<Schema> inspect_url(const std::string& url, Diagnostics& diagnostics) {
  auto conn = db::connect(url);
  if (!conn) return conn.error();
  return introspect(**conn, diagnostics);
}

// --- every PostgreSQL test schema: applied, inspected, equal to the parsed model -----------
class PgInspect : public ::testing::TestWithParam<std::string> {};

TEST_P(PgInspect, MatchesTheParsedModel) {
  const std::string path = GetParam();
  Diagnostics parse_diagnostics;
  Schema parsed = parse_sql_file(path, parse_diagnostics);
  ASSERT_FALSE(parse_diagnostics.has_errors()) << errors_of(parse_diagnostics);
  PgDatabase database(case_name(path));
  ASSERT_TRUE(database.ok());
  std::string prepared = prepared_copy(path);
  bool loaded = database.load(prepared);
  std::filesystem::remove(prepared);
  ASSERT_TRUE(loaded);
  Diagnostics diagnostics;
  auto inspected = inspect_url(database.url(), diagnostics);
  ASSERT_TRUE(inspected) << inspected.error().message << "\n" << errors_of(diagnostics);
  std::string expected = inspect_comparable_json(parsed);
  std::string actual = inspect_comparable_json(*inspected);
  EXPECT_TRUE(expected == actual) << text_diff(expected, actual);

  // Round trip through the database: the inspected model written as PostgreSQL DDL, applied
  // to a second database and inspected again, is the same model. Compared with the same
  // normalisations, since PostgreSQL re-renders some expressions each time it stores them
  // (`x::text = ANY (ARRAY[...]::text[])` becomes `ANY (ARRAY['a'::varchar::text, ...])`).
  Diagnostics emit_diagnostics;
  std::string ddl = emit_sql(*inspected, SqlOptions{}, emit_diagnostics);
  PgDatabase again(case_name(path) + "_again");
  ASSERT_TRUE(again.ok());
  auto conn = db::connect(again.url());
  ASSERT_TRUE(conn) << conn.error().message;
  auto applied = (*conn)->execute(ddl);
  ASSERT_TRUE(applied) << "the inspected model's DDL does not apply: " << applied.error().message;
  Diagnostics again_diagnostics;
  auto reinspected = introspect(**conn, again_diagnostics);
  ASSERT_TRUE(reinspected) << reinspected.error().message;
  std::string second = inspect_comparable_json(*reinspected);
  const std::string& first = actual;
  EXPECT_TRUE(first == second) << text_diff(first, second);
}

INSTANTIATE_TEST_SUITE_P(Files, PgInspect, ::testing::ValuesIn(postgres_test_files()),
                         [](const auto& info) { return case_name(info.param) + "_" + std::to_string(info.index); });

// --- the corpus's own SQLite and MySQL files load into their servers and inspect cleanly ----
TEST(SqliteCorpus, SakilaLoadsIntoAFileAndInspects) {
  std::string file = std::string(SF_CORPUS_DIR) + "/sql/sakila-sqlite-schema.sql";
  auto db_path = std::filesystem::temp_directory_path() / (scratch_name("sakila") + ".db");
  std::filesystem::remove(db_path);
  {
    auto conn = db::connect("sqlite:" + db_path.string(), db::ConnectOptions{true});
    ASSERT_TRUE(conn) << conn.error().message;
    auto st = (*conn)->execute(read_text(file));
    ASSERT_TRUE(st) << st.error().message;
  }
  Diagnostics diagnostics;
  auto schema = inspect_url("sqlite:" + db_path.string(), diagnostics);
  std::filesystem::remove(db_path);
  ASSERT_TRUE(schema) << schema.error().message;
  EXPECT_FALSE(diagnostics.has_errors()) << errors_of(diagnostics);
  EXPECT_GE(schema->tables.size(), 15u);
  EXPECT_EQ(warnings_of(diagnostics), "");
}

class MySqlCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(MySqlCorpus, LoadsIntoMariaDbAndInspects) {
  std::string file = std::string(SF_CORPUS_DIR) + "/sql/" + GetParam();
  // Sakila's views name their database (sakila.film), so it keeps that name; the server is
  // this test run's own.
  MySqlDatabase database(case_name(file), GetParam() == "sakila-mysql-schema.sql" ? "sakila" : "");
  ASSERT_TRUE(database.ok());
  std::string prepared = prepared_copy(file, true);
  bool loaded = database.load(prepared);
  std::filesystem::remove(prepared);
  ASSERT_TRUE(loaded);
  Diagnostics diagnostics;
  auto schema = inspect_url(database.url(), diagnostics);
  ASSERT_TRUE(schema) << schema.error().message;
  EXPECT_FALSE(diagnostics.has_errors()) << errors_of(diagnostics);
  EXPECT_GE(schema->tables.size(), 10u);
  // What was not kept is named, one line each (printed for the record).
  std::cout << warnings_of(diagnostics);
}

INSTANTIATE_TEST_SUITE_P(Files, MySqlCorpus,
                         ::testing::Values("sakila-mysql-schema.sql", "chinook-mysql-with-data.sql",
                                           "zabbix-6.0-schema.mysql.sql"),
                         [](const auto& info) { return case_name(info.param); });

// --- awkward identifiers survive on all three databases ------------------------------------
// Quotes, spaces, reserved words and non-ASCII letters, as table, column, index and key names.
const char* const kOddTable = "Odd \"Table\" ñandú";
const char* const kOddColumns[] = {"select", "with space", "qu\"ote", "Ünïcödé", "MixedCase"};

void expect_odd_names(const Schema& schema) {
  const Table* table = schema.find_table(QualifiedName{"", kOddTable});
  if (!table) table = schema.find_table(QualifiedName{"public", kOddTable});
  ASSERT_NE(table, nullptr) << "table not found; model:\n" << comparable_json(schema);
  ASSERT_EQ(table->columns.size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(table->columns[i].name, kOddColumns[i]);
  ASSERT_TRUE(table->primary_key);
  EXPECT_EQ(table->primary_key->columns, std::vector<std::string>{"select"});
  ASSERT_EQ(table->indexes.size() + table->uniques.size(), 2u) << comparable_json(schema);
  const Table* child = schema.find_table(QualifiedName{"", "child"});
  if (!child) child = schema.find_table(QualifiedName{"public", "child"});
  ASSERT_NE(child, nullptr);
  ASSERT_EQ(child->foreign_keys.size(), 1u);
  EXPECT_EQ(child->foreign_keys[0].ref_table.name, kOddTable);
  EXPECT_EQ(child->foreign_keys[0].columns, std::vector<std::string>{"with space"});
}

std::string odd_ddl(db::Dialect dialect) {
  auto q = [&](const std::string& name) { return db::quote_identifier(dialect, name); };
  std::string text_type = dialect == db::Dialect::MySql ? "varchar(50)" : "text";
  std::string ddl = "CREATE TABLE " + q(kOddTable) + " (" + q("select") + " integer PRIMARY KEY, " + q("with space") +
                    " integer NOT NULL, " + q("qu\"ote") + " " + text_type + ", " + q("Ünïcödé") + " " + text_type +
                    ", " + q("MixedCase") + " integer, UNIQUE (" + q("with space") + "));\n";
  ddl += "CREATE INDEX " + q("idx \"ñ\" select") + " ON " + q(kOddTable) + " (" + q("Ünïcödé") + ", " + q("qu\"ote") + ");\n";
  ddl += "CREATE TABLE child (id integer PRIMARY KEY, " + q("with space") + " integer, FOREIGN KEY (" +
         q("with space") + ") REFERENCES " + q(kOddTable) + " (" + q("with space") + "));\n";
  return ddl;
}

TEST(OddIdentifiers, SurviveSqlite) {
  auto conn = db::connect("sqlite::memory:");
  ASSERT_TRUE(conn);
  auto st = (*conn)->execute(odd_ddl(db::Dialect::Sqlite));
  ASSERT_TRUE(st) << st.error().message;
  Diagnostics diagnostics;
  auto schema = introspect(**conn, diagnostics);
  ASSERT_TRUE(schema) << schema.error().message;
  expect_odd_names(*schema);
}

TEST(OddIdentifiers, SurvivePostgres) {
  PgDatabase database("odd");
  ASSERT_TRUE(database.ok());
  auto conn = db::connect(database.url());
  ASSERT_TRUE(conn) << conn.error().message;
  auto st = (*conn)->execute(odd_ddl(db::Dialect::Postgres));
  ASSERT_TRUE(st) << st.error().message;
  Diagnostics diagnostics;
  auto schema = introspect(**conn, diagnostics);
  ASSERT_TRUE(schema) << schema.error().message;
  expect_odd_names(*schema);
}

TEST(OddIdentifiers, SurviveMariaDb) {
  MySqlDatabase database("odd");
  ASSERT_TRUE(database.ok());
  auto conn = db::connect(database.url());
  ASSERT_TRUE(conn) << conn.error().message;
  auto st = (*conn)->execute(odd_ddl(db::Dialect::MySql));
  ASSERT_TRUE(st) << st.error().message;
  Diagnostics diagnostics;
  auto schema = introspect(**conn, diagnostics);
  ASSERT_TRUE(schema) << schema.error().message;
  expect_odd_names(*schema);
}

}  // namespace
}  // namespace sf::test
