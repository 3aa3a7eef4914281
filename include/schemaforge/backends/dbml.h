#pragma once
// DBML out, in the language @dbml/core's current parser reads.
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// The schema as DBML: Project, enums, tables (columns, indexes, checks, notes, records),
/// Refs (a DBML-made join table goes back to `<>`), TableGroups and sticky notes.
/// What DBML cannot say (views, functions, partial or GIN indexes, deferrable keys, ...) is
/// reported as SF3001 and left out. Deterministic: model order.
std::string emit_dbml(const Schema& schema, Diagnostics& diagnostics);

}  // namespace sf
