#include "cli/load_database.h"

#include <ostream>

#include "schemaforge/base/files.h"
#include "schemaforge/base/strings.h"
#include "schemaforge/db/url.h"
#include "schemaforge/frontends/introspect.h"

namespace sf::cli {

namespace {
void fail(Context& context, DiagCode code, const std::string& message) {
  context.err << "error[" << info(code).code << "]: " << message << "\n";
}
}  // namespace

bool read_by_database(const std::string& argument, const std::string& dialect) {
  if (db::looks_like_url(argument)) return true;
  std::string lower = to_lower(argument);
  return ends_with(lower, ".sqlite.sql") || (dialect == "sqlite" && ends_with(lower, ".sql"));
}

std::optional<Schema> load_from_database(Context& context, const std::string& argument,
                                         ExitCode& exit_code) {
  exit_code = ExitCode::Environment;
  Diagnostics diagnostics;
  std::optional<Result<Schema>> schema;
  if (db::looks_like_url(argument)) {
    auto url = db::parse_url(argument);
    if (!url) {
      fail(context, DiagCode::DbBadUrl, "bad database URL: " + url.error().message);
      return std::nullopt;
    }
    auto connection = db::connect(argument);
    if (!connection) {
      fail(context, DiagCode::DbConnect, connection.error().message);
      return std::nullopt;
    }
    schema = introspect(**connection, diagnostics);
    if (!*schema) {
      print_diagnostics(context, diagnostics);
      fail(context, DiagCode::DbCatalog, schema->error().message);
      return std::nullopt;
    }
  } else {
    auto file = read_source_file(argument);
    if (!file) {
      context.err << argument << ": error[" << info(DiagCode::FileUnreadable).code
                  << "]: " << file.error().message << "\n";
      exit_code = file.error().exit_code;
      return std::nullopt;
    }
    schema = load_sqlite_script(**file, diagnostics);
    if (!*schema) {
      bool input = schema->error().exit_code == ExitCode::BadInput;
      context.err << argument << ": error[" << info(input ? DiagCode::DbScript : DiagCode::DbCatalog).code
                  << "]: " << schema->error().message << "\n";
      exit_code = schema->error().exit_code;
      return std::nullopt;
    }
  }
  print_diagnostics(context, diagnostics);
  exit_code = ExitCode::Ok;
  return std::move(schema->value());
}

}  // namespace sf::cli
