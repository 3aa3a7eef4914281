#pragma once
// The designer: a brief -> a Schema, by the decision trees of the design seeds (entities,
// relationships, column types, nullability, defaults, referential actions, indexes from the
// query patterns), with every decision recorded in Schema::design.
#include <functional>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/brief.h"
#include "schemaforge/model/schema.h"

namespace sf {

struct DesignOptions {
  /// Turns SQL text into the Expr the PostgreSQL frontend would store for it (canonical text
  /// and recognised form). The CLI passes parse_sql_expression; unset, the text is kept as
  /// written with form Other (enough for tests of the designer alone).
  std::function<Expr(const std::string& sql)> read_expr;
};

/// Designs the schema of `brief`, then mixes in brief.patterns in the order given.
///
///   Schema schema = design_schema(brief, DesignOptions{}, diagnostics);
Schema design_schema(const Brief& brief, const DesignOptions& options, Diagnostics& diagnostics);

/// The patterns design_schema knows, in the order the docs list them.
const std::vector<std::string>& design_pattern_names();

}  // namespace sf
