#include "cli/context.h"

#include <ostream>

#include "schemaforge/base/files.h"
#include "schemaforge/base/strings.h"
#include "cli/design_brief.h"
#include "cli/formats.h"
#include "cli/load_database.h"
#include "schemaforge/frontends/dbml.h"
#include "schemaforge/frontends/postgres.h"
#include "schemaforge/frontends/prisma.h"

namespace sf::cli {

void print_diagnostics(Context& context, const Diagnostics& diagnostics) {
  size_t infos = 0;
  for (const auto& diagnostic : diagnostics.items()) {
    if (diagnostic.severity == Severity::Info) {
      ++infos;
      if (!context.verbose) continue;
    }
    if (context.quiet && diagnostic.severity != Severity::Error) continue;
    context.err << format_diagnostic(diagnostic);
  }
  size_t errors = diagnostics.count(Severity::Error);
  size_t warnings = diagnostics.count(Severity::Warning);
  if (errors || (warnings && !context.quiet)) {
    context.err << errors << " error(s), " << warnings << " warning(s)";
    if (infos && !context.verbose) context.err << ", " << infos << " note(s) hidden (use -v)";
    context.err << "\n";
  }
}

std::optional<Schema> load_schema(Context& context, const std::string& argument, ExitCode& exit_code,
                                  const std::string& dialect) {
  if (read_by_database(argument, dialect)) return load_from_database(context, argument, exit_code);
  exit_code = ExitCode::BadInput;
  InputKind kind = input_kind(argument);
  if (kind == InputKind::Unknown) {
    context.err << argument
                << ": error[" << info(DiagCode::UnknownInputKind).code
                << "]: cannot tell the kind of input from its name; expected a .sql, .dbml, "
                   ".prisma or .yaml (brief) file\n";
    return std::nullopt;
  }
  auto file = read_source_file(argument);
  if (!file) {
    context.err << argument << ": error[" << info(DiagCode::FileUnreadable).code
                << "]: " << file.error().message << "\n";
    exit_code = file.error().exit_code;
    return std::nullopt;
  }
  Schema schema;
  Diagnostics diagnostics;
  switch (kind) {
    case InputKind::Sql: parse_postgres(*file, schema, diagnostics); break;
    case InputKind::Dbml: parse_dbml(*file, schema, diagnostics); break;
    case InputKind::Prisma: parse_prisma(*file, schema, diagnostics); break;
    case InputKind::Brief: schema = design_from_brief(*file, diagnostics); break;
    case InputKind::Unknown: break;
  }
  print_diagnostics(context, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  exit_code = ExitCode::Ok;
  return schema;
}

bool write_output(Context& context, const std::string& path, const std::string& contents) {
  auto status = write_file_atomically(path, contents);
  if (!status) {
    context.err << path << ": error[" << info(DiagCode::OutputUnwritable).code
                << "]: " << status.error().message << "\n";
    return false;
  }
  return true;
}

}  // namespace sf::cli
