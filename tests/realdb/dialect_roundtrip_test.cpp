// realdb tier: the SQLite and MySQL output dialects, read back by inspect. Every PostgreSQL,
// DBML and Prisma test schema (golden inputs, examples, corpus files) is emitted for each dialect, applied to a real SQLite file / MariaDB database
// and inspected: the inspected model equals the source model (tests/support/
// dialect_compare.cpp: tables, columns with NOT NULL, type, default and counter, keys,
// checks, foreign keys, indexes, views) except where the emitter reported a loss (SF3001 /
// SF3002) for that very object (Diagnostic::object). The corpus's own SQLite and MySQL files,
// inspected and emitted back to their dialect, re-apply cleanly to an empty database and
// read back as the same model, again except for reported losses. A per-dialect table of
// losses is printed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>

#include "inspect_servers.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/base/files.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/frontends/dbml.h"
#include "schemaforge/frontends/introspect.h"
#include "schemaforge/frontends/postgres.h"
#include "schemaforge/frontends/prisma.h"
#include "support/dialect_compare.h"
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

// Every source schema of the tests: the PostgreSQL ones, the golden DBML and Prisma inputs and
// the corpus's DBML and Prisma schemas; not the corpus's holistics-tests (parser cases, many
// invalid on purpose) nor a Prisma schema for MongoDB (a document database, refused as SF5004).
std::vector<std::string> source_schemas() {
  namespace fs = std::filesystem;
  std::vector<std::string> files = postgres_test_files();
  auto add_from = [&](const fs::path& dir, bool recursive) {
    auto add = [&](const fs::path& path) {
      std::string ext = path.extension().string();
      if (ext != ".dbml" && ext != ".prisma") return;
      if (path.parent_path().filename() == "expected") return;  // a golden case's output
      std::ifstream in(path);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (text.find("\"mongodb\"") != std::string::npos) return;
      files.push_back(path.string());
    };
    if (recursive) {
      for (const auto& entry : fs::recursive_directory_iterator(dir)) add(entry.path());
    } else {
      for (const auto& entry : fs::directory_iterator(dir)) add(entry.path());
    }
  };
  add_from(fs::path(SF_SOURCE_DIR) / "tests/golden", true);
  add_from(fs::path(SF_CORPUS_DIR) / "dbml", false);
  add_from(fs::path(SF_CORPUS_DIR) / "prisma", true);
  std::sort(files.begin(), files.end());
  return files;
}

// Reads a schema file with the frontend its extension names.
Schema parse_source(const std::string& path, Diagnostics& diagnostics) {
  Schema schema;
  auto file = read_source_file(path);
  if (!file) {
    diagnostics.report(DiagCode::FileUnreadable, SourceLoc{}, file.error().message);
    return schema;
  }
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".dbml") {
    parse_dbml(*file, schema, diagnostics);
  } else if (ext == ".prisma") {
    parse_prisma(*file, schema, diagnostics);
  } else {
    parse_postgres(*file, schema, diagnostics);
  }
  return schema;
}

// Known emitter problems, found by this test and left to the dialect's owner: the case is
// expected to fail to apply with this message, and the test fails once it applies, so the
// entry gets removed. None at present.
const std::map<std::pair<std::string, std::string>, std::string> kKnownApplyFailures = {};

// Applies `ddl` (none when empty), inspects it back; returns the model or fails the test.
std::optional<Schema> apply_and_inspect(const std::string& url, const std::string& ddl,
                                        Diagnostics& diagnostics,
                                        const std::string& known_failure = "") {
  auto conn = db::connect(url, db::ConnectOptions{true});
  if (!conn) {
    ADD_FAILURE() << conn.error().message;
    return std::nullopt;
  }
  auto st = (*conn)->execute(ddl.empty() ? "SELECT 1" : ddl);
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
/// dialect -> "SF3001 <what>" -> count, over every case.
std::map<std::string, std::map<std::string, size_t>>& loss_kinds() {
  static std::map<std::string, std::map<std::string, size_t>> kinds;
  return kinds;
}

/// What a loss message says was lost, without the object and parenthesised details:
/// "mysql output cannot express a partial-index predicate (x > 0) of index i on t" ->
/// "a partial-index predicate". For the printed table only; tests match Diagnostic::object.
std::string loss_kind(const Diagnostic& d) {
  std::string m = d.message;
  auto cut = [&](const std::string& from) {
    auto at = m.find(from);
    if (at != std::string::npos) m = m.substr(at + from.size());
  };
  cut("cannot express ");
  cut("has no exact type for ");
  for (const char* of : {" of table ",
                         " of column ",
                         " of constraint ",
                         " of unnamed ",
                         " of index ",
                         " of view ",
                         " of materialized view ",
                         " of enum ",
                         " of domain ",
                         " of type ",
                         " of sequence ",
                         " of trigger ",
                         " of policy ",
                         " of rule ",
                         " of routine ",
                         " of function ",
                         " of procedure ",
                         " of aggregate ",
                         " of schema",
                         " of extension ",
                         " of relation "}) {
    auto at = m.find(of);
    if (at != std::string::npos) m = m.substr(0, at);
  }
  std::string out;
  int depth = 0;
  for (char c : m) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (size_t at; (at = out.find("  ")) != std::string::npos;) out.erase(at, 1);
  for (size_t at; (at = out.find(" ;")) != std::string::npos;) out.erase(at, 1);
  if (out.rfind("check ", 0) == 0) out = "a check";  // "check <name>": one kind
  if (out.rfind("a key part on JSON column ", 0) == 0)
    out = "a key part on a JSON column; the index is left out";
  // SF3002: "timestamp with time zone" (the source type; what was written is cut off).
  return (d.code == DiagCode::ApproximatedType ? "SF3002 " : "SF3001 ") + out;
}

/// Emits `schema` for `target`, counting its losses under `label` in the printed tables.
std::string emit_counted(const Schema& schema, const Target& target, const std::string& label,
                         Diagnostics& losses) {
  std::string ddl = emit_sql(schema, SqlOptions{target.dialect, OnUnsupported::Warn}, losses);
  Losses& count = loss_table()[label][target.name];
  for (const auto& d : losses.items()) {
    if (d.code == DiagCode::UnsupportedFeature) ++count.features;
    if (d.code == DiagCode::ApproximatedType) ++count.types;
    if (d.code == DiagCode::UnsupportedFeature || d.code == DiagCode::ApproximatedType) {
      ++loss_kinds()[target.name][loss_kind(d)];
    }
  }
  return ddl;
}

/// Fails the test with every difference between the models that no loss explains.
void expect_same_model(const Schema& source, const Schema& inspected, const Target& target,
                       const Diagnostics& losses, const Diagnostics& inspect_notes) {
  auto differences = dialect_differences(source, inspected, target.dialect, losses, inspect_notes);
  auto unexplained = unexplained_differences(differences, losses);
  if (std::getenv("SF_ROUNDTRIP_VERBOSE")) {  // every difference, explained or not
    for (const auto& d : differences) std::cout << "  difference: " << d.text << "\n";
    for (const auto& d : losses.items()) std::cout << "  loss: " << d.message << "\n";
  }
  std::string text;
  for (const auto& line : unexplained) text += "  " + line + "\n";
  EXPECT_TRUE(unexplained.empty())
      << unexplained.size() << " of " << differences.size()
      << " differences are not explained by a reported loss for that object:\n"
      << text;
}

class DialectRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(DialectRoundTrip, InspectedModelEqualsSourceExceptReportedLosses) {
  Diagnostics parse_diagnostics;
  Schema source = parse_source(GetParam(), parse_diagnostics);
  ASSERT_FALSE(parse_diagnostics.has_errors()) << errors_of(parse_diagnostics);
  std::string base = std::filesystem::path(GetParam()).stem().string();
  if (base == "input" || base == "schema") base = std::filesystem::path(GetParam()).parent_path().filename().string();
  for (const auto& target : kTargets) {
    SCOPED_TRACE(target.name);
    Diagnostics losses;
    std::string ddl = emit_counted(source, target, base, losses);
    std::string url = fresh_database(target, base);
    ASSERT_FALSE(url.empty());
    auto known = kKnownApplyFailures.find({base, target.name});
    Diagnostics inspect_notes;
    auto inspected = apply_and_inspect(url, ddl, inspect_notes,
                                       known == kKnownApplyFailures.end() ? "" : known->second);
    drop_database(url);
    if (known != kKnownApplyFailures.end()) continue;
    ASSERT_TRUE(inspected);
    expect_same_model(source, *inspected, target, losses, inspect_notes);
  }
}

INSTANTIATE_TEST_SUITE_P(Files, DialectRoundTrip, ::testing::ValuesIn(source_schemas()),
                         [](const auto& info) { return "case_" + std::to_string(info.index); });

// The corpus's own SQLite and MySQL files: loaded, inspected, emitted back to their dialect,
// re-applied to an empty database and inspected again; the second model equals the first
// except for the losses the second emit reported.
struct CorpusCase {
  const char* file;
  const Target& target;
};
void PrintTo(const CorpusCase& c, std::ostream* os) { *os << c.file; }
const CorpusCase kCorpusCases[] = {{"sakila-sqlite-schema.sql", kTargets[0]},
                                   {"chinook-mysql-with-data.sql", kTargets[1]},
                                   {"sakila-mysql-schema.sql", kTargets[1]},
                                   {"zabbix-6.0-schema.mysql.sql", kTargets[1]}};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Loads a corpus file into the fresh database `url`: SQLite through the connection, MySQL
/// through the mariadb client (the files use DELIMITER), with the lines that leave the
/// per-test database removed (prepared_copy) and sakila's "sakila." qualifiers in its views
/// dropped, so the database need not be called sakila.
bool load_corpus_file(const CorpusCase& c, const std::string& url) {
  std::string path = std::string(SF_CORPUS_DIR) + "/sql/" + c.file;
  if (c.target.dialect == Dialect::Sqlite) {
    auto conn = db::connect(url, db::ConnectOptions{true});
    if (!conn) {
      ADD_FAILURE() << conn.error().message;
      return false;
    }
    auto st = (*conn)->execute(read_text(path));
    if (!st) ADD_FAILURE() << c.file << " does not load: " << st.error().message;
    return static_cast<bool>(st);
  }
  std::string prepared = prepared_copy(path, true);
  std::string text = read_text(prepared);
  for (size_t at; (at = text.find("sakila.")) != std::string::npos;) text.erase(at, 7);
  std::ofstream(prepared, std::ios::binary) << text;
  auto at = url.find("localhost/") + 10;
  std::string name = url.substr(at, url.find('?') - at);
  std::string out;
  int status = run_command("mariadb --no-defaults --socket='" + server_env("SF_TEST_MYSQL_SOCKET") +
                               "' -u root " + name + " < '" + prepared + "'",
                           out);
  std::filesystem::remove(prepared);
  if (status != 0) ADD_FAILURE() << c.file << " does not load into MariaDB:\n" << out;
  return status == 0;
}

class CorpusReapply : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(CorpusReapply, ReappliesToItsDialectAndReadsBackTheSame) {
  const CorpusCase& c = GetParam();
  std::string first = fresh_database(c.target, std::string(c.file) + "_src");
  ASSERT_FALSE(first.empty());
  bool loaded = load_corpus_file(c, first);
  std::optional<Schema> inspected;
  Diagnostics first_notes;
  if (loaded) inspected = apply_and_inspect(first, "", first_notes);
  drop_database(first);
  ASSERT_TRUE(inspected);
  Diagnostics losses;
  std::string label = std::filesystem::path(c.file).stem().string() + " (re-emitted)";
  std::string ddl = emit_counted(*inspected, c.target, label, losses);
  std::string second = fresh_database(c.target, std::string(c.file) + "_back");
  ASSERT_FALSE(second.empty());
  Diagnostics again_notes;
  auto again = apply_and_inspect(second, ddl, again_notes);
  drop_database(second);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->tables.size(), inspected->tables.size());
  expect_same_model(*inspected, *again, c.target, losses, again_notes);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusReapply, ::testing::ValuesIn(kCorpusCases),
                         [](const auto& info) {
                           std::string name;
                           for (char c : std::string(info.param.file))
                             name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name.substr(0, name.size() - 4);  // without _sql
                         });

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
    std::cout << "\nlosses by kind (all cases above)\n| loss | sqlite | mysql |\n|---|---|---|\n";
    std::map<std::string, std::pair<size_t, size_t>> rows;
    for (const auto& [kind, n] : loss_kinds()["sqlite"]) rows[kind].first = n;
    for (const auto& [kind, n] : loss_kinds()["mysql"]) rows[kind].second = n;
    for (const auto& [kind, n] : rows)
      std::cout << "| " << kind << " | " << n.first << " | " << n.second << " |\n";
  }
};
const auto* const kLossReport = ::testing::AddGlobalTestEnvironment(new LossReport);

}  // namespace
}  // namespace sf::test
