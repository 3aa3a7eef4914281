#include "cli/design_brief.h"

#include "cli/formats.h"
#include "schemaforge/analyses/design.h"
#include "schemaforge/base/files.h"
#include "schemaforge/frontends/brief.h"
#include "schemaforge/frontends/postgres_fragments.h"

namespace sf::cli {

Schema design_from_brief(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics) {
  Brief brief;
  parse_brief(file, brief, diagnostics);
  if (diagnostics.has_errors()) return Schema{};
  DesignOptions options;
  // The designer writes SQL text; reading it back as the DDL frontend would makes the
  // designed model equal to the model of its own DDL.
  options.read_expr = [](const std::string& sql) {
    std::string error;
    if (auto expr = parse_sql_expression(sql, error)) return *expr;
    Expr raw;
    raw.sql = sql;
    return raw;
  };
  return design_schema(brief, options, diagnostics);
}

std::optional<BriefStack> read_brief_stack(const std::string& path) {
  if (input_kind(path) != InputKind::Brief) return std::nullopt;
  auto file = read_source_file(path);
  if (!file) return std::nullopt;
  Brief brief;
  Diagnostics diagnostics;
  parse_brief(*file, brief, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return brief.stack;
}

}  // namespace sf::cli
