#pragma once
// DDL out. All SQL text goes through the one writer in src/backends/sql.
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf {

enum class Dialect { Postgres, Sqlite, Mysql };

/// What happens to a feature the dialect cannot express (SF3001) or a type it can only
/// approximate (SF3002): `--on-unsupported=ignore|warn|error`.
enum class OnUnsupported {
  Ignore,  ///< not reported
  Warn,    ///< reported with the code's own severity
  Error,   ///< reported as errors: callers write nothing and exit non-zero
};

struct SqlOptions {
  Dialect dialect = Dialect::Postgres;
  OnUnsupported on_unsupported = OnUnsupported::Warn;
};

/// Canonical DDL for the whole schema in dependency order, deterministic byte for byte:
/// extensions, schemas, types, sequences, functions, tables (topologically by foreign key,
/// each followed by its indexes; cycles closed with ALTER TABLE ... ADD CONSTRAINT), views,
/// triggers, rules, row-level security and comments.
std::string emit_sql(const Schema& schema, const SqlOptions& options, Diagnostics& diagnostics);

/// INSERT statements for the `seed_rows` of the tables in `order` (parents first, as
/// generate_seed_rows returns them), at most 500 rows a statement. Identity columns given
/// values are written with OVERRIDING SYSTEM VALUE where the dialect has it.
std::string emit_seed_sql(const Schema& schema, const std::vector<QualifiedName>& order, const SqlOptions& options);

/// The down script of emit_sql(): drops what it creates, dependents first (triggers,
/// policies and indexes go with their tables). `IF EXISTS` throughout, because a dialect may
/// have left an object out (SF3001); a caller checks the database is empty afterwards.
std::string emit_drop_sql(const Schema& schema, const SqlOptions& options);

/// Quotes an identifier for PostgreSQL only when it needs quoting.
std::string quote_identifier(const std::string& identifier);

}  // namespace sf
