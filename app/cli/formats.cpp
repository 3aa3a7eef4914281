#include "cli/formats.h"

#include <algorithm>
#include <ostream>

#include "cli/context.h"

#include "schemaforge/backends/dbml.h"
#include "schemaforge/backends/json.h"
#include "schemaforge/backends/orm.h"
#include "schemaforge/backends/prisma.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/base/strings.h"

namespace sf::cli {

InputKind input_kind(const std::string& path) {
  std::string lower = to_lower(path);
  if (ends_with(lower, ".sql")) return InputKind::Sql;
  if (ends_with(lower, ".dbml")) return InputKind::Dbml;
  if (ends_with(lower, ".prisma")) return InputKind::Prisma;
  if (ends_with(lower, ".yaml") || ends_with(lower, ".yml")) return InputKind::Brief;
  return InputKind::Unknown;
}

const std::vector<std::string>& output_formats() {
  static const std::vector<std::string> formats = {"postgres", "json",       "dbml",      "prisma",
                                                   "alembic",  "sqlalchemy", "typescript",
                                                   "sqlite",   "mysql"};
  return formats;
}

const std::vector<std::string>& on_unsupported_values() {
  static const std::vector<std::string> values = {"ignore", "warn", "error"};
  return values;
}

OnUnsupported parse_on_unsupported(const std::string& value) {
  if (value == "ignore") return OnUnsupported::Ignore;
  if (value == "error") return OnUnsupported::Error;
  return OnUnsupported::Warn;
}

namespace {

/// The same policy for the emitters that report losses without SqlOptions.
void apply_on_unsupported(Diagnostics& diagnostics, OnUnsupported on_unsupported) {
  if (on_unsupported == OnUnsupported::Warn) return;
  Diagnostics kept;
  for (const auto& d : diagnostics.items()) {
    bool loss = d.code == DiagCode::UnsupportedFeature || d.code == DiagCode::ApproximatedType;
    if (!loss) {
      kept.report(d.code, d.severity, d.loc, d.message);
    } else if (on_unsupported == OnUnsupported::Error) {
      kept.report(d.code, Severity::Error, d.loc, d.message);
    }
  }
  diagnostics = std::move(kept);
}

std::string render(const Schema& schema, const std::string& format, Diagnostics& diagnostics,
                   OnUnsupported on_unsupported) {
  if (format == "json") return emit_json(schema);
  if (format == "dbml") return emit_dbml(schema, diagnostics);
  if (format == "prisma") return emit_prisma(schema, diagnostics);
  if (format == "alembic") return emit_alembic(schema, diagnostics);
  if (format == "sqlalchemy") return emit_sqlalchemy(schema, diagnostics);
  if (format == "typescript") return emit_typescript(schema, diagnostics);
  Dialect dialect = Dialect::Postgres;
  if (format == "sqlite") dialect = Dialect::Sqlite;
  if (format == "mysql") dialect = Dialect::Mysql;
  return emit_sql(schema, SqlOptions{dialect, on_unsupported}, diagnostics);
}

}  // namespace

std::string render_format(const Schema& schema, const std::string& format, Diagnostics& diagnostics,
                          OnUnsupported on_unsupported) {
  Diagnostics local;
  std::string text = render(schema, format, local, on_unsupported);
  apply_on_unsupported(local, on_unsupported);
  diagnostics.append(local);
  return text;
}

int render_and_write(Context& context, const Schema& schema, const std::string& format,
                     const std::string& output, OnUnsupported on_unsupported) {
  Diagnostics diagnostics;
  std::string text = render_format(schema, format, diagnostics, on_unsupported);
  print_diagnostics(context, diagnostics);
  if (diagnostics.has_errors()) return static_cast<int>(ExitCode::BadInput);
  if (output.empty()) {
    context.out << text;
  } else if (!write_output(context, output, text)) {
    return static_cast<int>(ExitCode::Environment);
  }
  return 0;
}

const std::vector<std::pair<std::string, std::string>>& orm_artifact_paths() {
  static const std::vector<std::pair<std::string, std::string>> paths = {
      {"dbml", "dbml/schema.dbml"},
      {"prisma", "prisma/schema.prisma"},
      {"alembic", "alembic/versions/0001_initial.py"},
      {"sqlalchemy", "sqlalchemy/models.py"},
      {"typescript", "typescript/types.ts"},
  };
  return paths;
}

std::vector<std::pair<std::string, std::string>> orm_artifacts(const Schema& schema,
                                                               const std::vector<std::string>& formats,
                                                               Diagnostics& diagnostics) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [format, path] : orm_artifact_paths()) {
    if (std::find(formats.begin(), formats.end(), format) == formats.end()) continue;
    out.emplace_back(path, render_format(schema, format, diagnostics));
  }
  return out;
}

}  // namespace sf::cli
