#pragma once
// Schema arguments that a database reads: a URL (inspected live) or an SQLite DDL file
// (run in an in-memory SQLite database, then inspected). docs/inspect.md.
#include <optional>
#include <string>

#include "cli/context.h"

namespace sf::cli {

/// True when `argument` is to be read by a database rather than a frontend: a URL, a file
/// ending in .sqlite.sql, or any .sql file when `dialect` is "sqlite".
bool read_by_database(const std::string& argument, const std::string& dialect);

/// Loads such an argument, printing one line and setting `exit_code` when it fails.
std::optional<Schema> load_from_database(Context& context, const std::string& argument,
                                         ExitCode& exit_code);

}  // namespace sf::cli
