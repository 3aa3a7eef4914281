#pragma once
// ORM and type outputs: an Alembic initial revision, SQLAlchemy declarative models and
// TypeScript interfaces.
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// An Alembic initial revision (`revision = "0001_initial"`): upgrade() creates schemas,
/// enum types, tables in foreign-key order (cycles closed afterwards) and indexes;
/// downgrade() drops them in reverse. Runs on PostgreSQL and on SQLite (dialect-specific
/// steps are guarded), with Debian's SQLAlchemy 1.4 and with 2.0.
std::string emit_alembic(const Schema& schema, Diagnostics& diagnostics);

/// SQLAlchemy declarative models in the classic `Column(...)` style (imports on 1.4 and
/// 2.0), one class per table with a primary key (a `Table` otherwise), relationships on both
/// sides of every foreign key.
std::string emit_sqlalchemy(const Schema& schema, Diagnostics& diagnostics);

/// TypeScript: an `enum` per enum type and an `interface` per table, nullable columns
/// optional (`name?: T | null`), compiling under `tsc --strict`.
std::string emit_typescript(const Schema& schema, Diagnostics& diagnostics);

}  // namespace sf
