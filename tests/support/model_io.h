#pragma once
// Test helpers: parse files and compare models through their JSON form.
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf::test {

/// Parses PostgreSQL text as if it were the file `name`.
Schema parse_sql_text(const std::string& name, const std::string& text, Diagnostics& diagnostics);
Schema parse_sql_file(const std::string& path, Diagnostics& diagnostics);

/// The model's JSON without source locations or ordinals, top-level lists sorted by name:
/// two models are the same design exactly when these strings are equal.
std::string comparable_json(const Schema& schema);

/// Every error diagnostic, formatted, for test failure messages.
std::string errors_of(const Diagnostics& diagnostics);

/// The PostgreSQL schemas the tests run on: golden inputs, examples, corpus files.
std::vector<std::string> postgres_test_files();

}  // namespace sf::test
