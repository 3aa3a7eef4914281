#include "cli/design_brief.h"

#include "schemaforge/analyses/design.h"
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

}  // namespace sf::cli
