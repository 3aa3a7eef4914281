// realdb tier: the SQLite and MySQL output dialects, read back by inspect. Every PostgreSQL
// test schema is emitted for each dialect, applied to a real SQLite file / MariaDB database
// and inspected: every table and column survives except those the dialect reported losing
// (SF3001). The corpus's own SQLite and MySQL files, inspected and emitted back to their
// dialect, re-apply cleanly to an empty database. A per-dialect table of losses is printed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "inspect_servers.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/frontends/introspect.h"
#include "support/model_io.h"

namespace sf::test {
namespace {

struct Target {
  const char* name;
  Dialect dialect;
};
const Target kTargets[] = {{"sqlite", Dialect::Sqlite}, {"mysql", Dialect::Mysql}};

// A fresh database of the target's kind; returns its URL (empty on failure).
std::string fresh_database(const Target& target, const std::string& base) {
  std::string name = scratch_name(base + "_" + target.name);
  if (target.dialect == Dialect::Sqlite) {
    auto path = std::filesystem::temp_directory_path() / (name + ".db");
    std::filesystem::remove(path);
    return "sqlite:" + path.string();
  }
  auto admin = db::connect(mysql_url(""));
  if (!admin) {
    ADD_FAILURE() << admin.error().message;
    return "";
  }
  (*admin)->execute("DROP DATABASE IF EXISTS `" + name + "`");
  auto st = (*admin)->execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
  if (!st) ADD_FAILURE() << st.error().message;
  return st ? mysql_url(name) : "";
}

void drop_database(const std::string& url) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::filesystem::remove(url.substr(7));
    return;
  }
  auto at = url.find("localhost/") + 10;
  std::string name = url.substr(at, url.find('?') - at);
  if (auto admin = db::connect(mysql_url(""))) (*admin)->execute("DROP DATABASE IF EXISTS `" + name + "`");
}

// Known emitter problems, found by this test and left to the dialect's owner: the case is
// expected to fail to apply with this message, and the test fails once it applies, so the
// entry gets removed. None at present.
const std::map<std::pair<std::string, std::string>, std::string> kKnownApplyFailures = {};

// Applies `ddl`, inspects it back; returns the model or fails the test.
std::optional<Schema> apply_and_inspect(const std::string& url, const std::string& ddl,
                                        const std::string& known_failure = "") {
  auto conn = db::connect(url, db::ConnectOptions{true});
  if (!conn) {
    ADD_FAILURE() << conn.error().message;
    return std::nullopt;
  }
  auto st = (*conn)->execute(ddl);
  if (!known_failure.empty()) {
    if (st) ADD_FAILURE() << "a known failure (\"" << known_failure << "\") is fixed: remove it from kKnownApplyFailures";
    else if (st.error().message.find(known_failure) == std::string::npos) ADD_FAILURE() << st.error().message;
    else std::cout << "known failure, as expected: " << st.error().message << "\n";
    return std::nullopt;
  }
  if (!st) {
    ADD_FAILURE() << "the emitted DDL does not apply: " << st.error().message;
    return std::nullopt;
  }
  Diagnostics diagnostics;
  auto schema = introspect(**conn, diagnostics);
  if (!schema) {
    ADD_FAILURE() << schema.error().message;
    return std::nullopt;
  }
  return std::move(*schema);
}

struct Losses {
  size_t features = 0, types = 0;
};
std::map<std::string, std::map<std::string, Losses>>& loss_table() {
  static std::map<std::string, std::map<std::string, Losses>> table;
  return table;
}

class DialectRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(DialectRoundTrip, TablesAndColumnsSurviveExceptReportedLosses) {
  Diagnostics parse_diagnostics;
  Schema source = parse_sql_file(GetParam(), parse_diagnostics);
  ASSERT_FALSE(parse_diagnostics.has_errors()) << errors_of(parse_diagnostics);
  std::string base = std::filesystem::path(GetParam()).stem().string();
  if (base == "input" || base == "schema") base = std::filesystem::path(GetParam()).parent_path().filename().string();
  for (const auto& target : kTargets) {
    SCOPED_TRACE(target.name);
    Diagnostics losses;
    std::string ddl = emit_sql(source, SqlOptions{target.dialect, OnUnsupported::Warn}, losses);
    std::string lost;  // what SF3001 named, for matching tables and columns
    Losses& count = loss_table()[base][target.name];
    for (const auto& d : losses.items()) {
      if (d.code == DiagCode::UnsupportedFeature) ++count.features, lost += d.message + "\n";
      if (d.code == DiagCode::ApproximatedType) ++count.types;
    }
    std::string url = fresh_database(target, base);
    ASSERT_FALSE(url.empty());
    auto known = kKnownApplyFailures.find({base, target.name});
    auto inspected = apply_and_inspect(url, ddl, known == kKnownApplyFailures.end() ? "" : known->second);
    drop_database(url);
    if (known != kKnownApplyFailures.end()) continue;
    ASSERT_TRUE(inspected);
    for (const auto& table : source.tables) {
      const Table* back = inspected->find_table(QualifiedName{"", table.name.name});
      if (!back) {
        EXPECT_NE(lost.find(table.name.name), std::string::npos)
            << "table " << table.name.display() << " is missing and no SF3001 names it";
        continue;
      }
      for (const auto& column : table.columns) {
        if (!back->find_column(column.name)) {
          EXPECT_NE(lost.find(column.name), std::string::npos)
              << "column " << table.name.display() << "." << column.name << " is missing and no SF3001 names it";
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Files, DialectRoundTrip, ::testing::ValuesIn(postgres_test_files()),
                         [](const auto& info) { return "case_" + std::to_string(info.index); });

// The corpus's own SQLite and MySQL files: inspected, emitted back, re-applied cleanly.
TEST(DialectRoundTrip, CorpusFilesReapplyToTheirDialect) {
  struct Case {
    const char* file;
    const Target& target;
  };
  const Case cases[] = {{"sakila-sqlite-schema.sql", kTargets[0]}, {"chinook-mysql-with-data.sql", kTargets[1]}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    std::ifstream in(std::string(SF_CORPUS_DIR) + "/sql/" + c.file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string first = fresh_database(c.target, std::string(c.file) + "_src");
    std::string source_ddl = text.str();
    if (c.target.dialect == Dialect::Mysql) {
      // Stay inside the per-test database (the file creates and uses its own).
      std::string prepared = prepared_copy(std::string(SF_CORPUS_DIR) + "/sql/" + c.file, true);
      std::ifstream p(prepared, std::ios::binary);
      std::stringstream ptext;
      ptext << p.rdbuf();
      source_ddl = ptext.str();
      std::filesystem::remove(prepared);
    }
    auto inspected = apply_and_inspect(first, source_ddl);
    drop_database(first);
    ASSERT_TRUE(inspected);
    Diagnostics losses;
    std::string ddl = emit_sql(*inspected, SqlOptions{c.target.dialect, OnUnsupported::Warn}, losses);
    std::string second = fresh_database(c.target, std::string(c.file) + "_back");
    auto again = apply_and_inspect(second, ddl);
    drop_database(second);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->tables.size(), inspected->tables.size());
  }
}

// Printed once at the end, for the record (ctest -V / the test log).
class LossReport : public ::testing::Environment {
public:
  void TearDown() override {
    if (loss_table().empty()) return;
    std::cout << "\nlosses reported per dialect (SF3001 features / SF3002 approximated types)\n";
    std::cout << "| schema | sqlite | mysql |\n|---|---|---|\n";
    for (const auto& [file, row] : loss_table()) {
      std::cout << "| " << file;
      for (const char* d : {"sqlite", "mysql"}) {
        auto it = row.find(d);
        if (it == row.end()) std::cout << " | -";
        else std::cout << " | " << it->second.features << " / " << it->second.types;
      }
      std::cout << " |\n";
    }
  }
};
const auto* const kLossReport = ::testing::AddGlobalTestEnvironment(new LossReport);

}  // namespace
}  // namespace sf::test
