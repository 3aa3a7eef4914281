#include "support/model_io.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "schemaforge/backends/json.h"
#include "schemaforge/base/files.h"
#include "schemaforge/frontends/postgres.h"

namespace sf::test {

Schema parse_sql_text(const std::string& name, const std::string& text, Diagnostics& diagnostics) {
  Schema schema;
  parse_postgres(std::make_shared<const SourceFile>(name, text), schema, diagnostics);
  return schema;
}

Schema parse_sql_file(const std::string& path, Diagnostics& diagnostics) {
  auto file = read_source_file(path);
  Schema schema;
  if (!file) {
    diagnostics.report(DiagCode::FileUnreadable, SourceLoc{}, file.error().message);
    return schema;
  }
  parse_postgres(*file, schema, diagnostics);
  return schema;
}

namespace {
// Lists whose order is meaningful; every other list of objects is a set (constraints,
// indexes, policies...) whose order depends only on how the source was laid out.
bool ordered_list(const std::string& key) {
  return key == "columns" || key == "attributes" || key == "elements" || key == "values";
}

void normalise(nlohmann::ordered_json& node) {
  if (node.is_object()) {
    node.erase("loc");
    node.erase("ordinal");
    for (auto& [key, value] : node.items()) {
      normalise(value);
      if (value.is_array() && !ordered_list(key) && !value.empty() && value.front().is_object()) {
        std::stable_sort(value.begin(), value.end(),
                         [](const auto& a, const auto& b) { return a.dump() < b.dump(); });
      }
    }
  } else if (node.is_array()) {
    for (auto& value : node) normalise(value);
  }
}
}  // namespace

std::string comparable_json(const Schema& schema) {
  auto json = nlohmann::ordered_json::parse(emit_json(schema, JsonOptions{false, 1}));
  normalise(json);
  return json.dump(1);
}

std::string errors_of(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items()) {
    if (d.severity == Severity::Error) out += format_diagnostic(d);
  }
  return out;
}

std::vector<std::string> postgres_test_files() {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(SF_SOURCE_DIR) / "tests/golden")) {
    if (fs::exists(entry.path() / "input.sql")) files.push_back((entry.path() / "input.sql").string());
  }
  for (const auto& entry : fs::directory_iterator(fs::path(SF_SOURCE_DIR) / "examples")) {
    if (fs::exists(entry.path() / "schema.sql")) files.push_back((entry.path() / "schema.sql").string());
  }
  for (const auto& entry : fs::directory_iterator(fs::path(SF_CORPUS_DIR) / "sql")) {
    std::string name = entry.path().filename().string();
    if (name.find("postgres") != std::string::npos || name.rfind("pagila", 0) == 0) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace sf::test
