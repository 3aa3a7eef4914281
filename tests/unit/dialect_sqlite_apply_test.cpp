// Every PostgreSQL golden input, shipped example and PostgreSQL corpus file converts to
// SQLite DDL that a real SQLite (in memory, foreign keys on) applies without error.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
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

}  // namespace
}  // namespace sf
