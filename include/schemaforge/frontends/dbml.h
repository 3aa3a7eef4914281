#pragma once
// DBML in: the language as @dbml/core's current parser (@dbml/parse, "dbmlv2") reads it.
#include <memory>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// Reads a DBML file into `schema`: tables (with partials injected), enums, relationships
/// (`<>` becomes a join table named as dbml2sql names it), indexes, checks, notes, groups,
/// sticky notes, the Project and records (as seed rows). Errors carry exact line:column.
///
///   Diagnostics diags;
///   Schema schema;
///   parse_dbml(file, schema, diags);
void parse_dbml(const std::shared_ptr<const SourceFile>& file, Schema& schema,
                Diagnostics& diagnostics);

}  // namespace sf
