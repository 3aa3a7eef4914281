#pragma once
// What every verb shares: output streams, verbosity, and loading a schema argument.
#include <iosfwd>
#include <optional>
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/result.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

struct Context {
  std::ostream& out;
  std::ostream& err;
  bool verbose = false;  ///< also print info diagnostics
  bool quiet = false;    ///< print errors only
};

/// Prints diagnostics to stderr (infos only when verbose) and a one-line count summary.
void print_diagnostics(Context& context, const Diagnostics& diagnostics);

/// Loads a schema argument: a file whose kind is known by its extension.
/// Returns nullopt (after printing why) when the input is bad; `exit_code` says which.
/// A database URL, or a .sql file with `dialect` "sqlite" (or named *.sqlite.sql), is read by
/// the database itself (cli/load_database.h, docs/inspect.md).
std::optional<Schema> load_schema(Context& context, const std::string& argument, ExitCode& exit_code,
                                  const std::string& dialect = "");

/// Writes a file atomically, printing a message on failure.
bool write_output(Context& context, const std::string& path, const std::string& contents);

}  // namespace sf::cli
