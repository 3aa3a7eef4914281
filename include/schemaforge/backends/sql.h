#pragma once
// DDL out. All SQL text goes through the one writer in src/backends/sql.
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf {

enum class Dialect { Postgres };

struct SqlOptions {
  Dialect dialect = Dialect::Postgres;
};

/// Canonical DDL for the whole schema in dependency order, deterministic byte for byte:
/// extensions, schemas, types, sequences, functions, tables (topologically by foreign key,
/// each followed by its indexes; cycles closed with ALTER TABLE ... ADD CONSTRAINT), views,
/// triggers, rules, row-level security and comments.
std::string emit_sql(const Schema& schema, const SqlOptions& options, Diagnostics& diagnostics);

/// Quotes an identifier for PostgreSQL only when it needs quoting.
std::string quote_identifier(const std::string& identifier);

}  // namespace sf
