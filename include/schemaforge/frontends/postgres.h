#pragma once
// PostgreSQL DDL in, through libpg_query (the real PostgreSQL 15 grammar).
#include <memory>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// Reads hand-written DDL, Rails structure.sql and pg_dump output (schema-only or full:
/// SET lines, COPY ... FROM stdin blocks, psql meta-commands) into `schema`.
/// Problems are reported to `diagnostics`; on a syntax error nothing is added.
///
///   Diagnostics diags;
///   Schema schema;
///   parse_postgres(file, schema, diags);
void parse_postgres(const std::shared_ptr<const SourceFile>& file, Schema& schema,
                    Diagnostics& diagnostics);

}  // namespace sf
