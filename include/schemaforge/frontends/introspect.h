#pragma once
// A live database in, through the db layer: PostgreSQL from pg_catalog, SQLite from
// sqlite_schema and its pragmas, MySQL/MariaDB from information_schema (docs/inspect.md).
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/result.h"
#include "schemaforge/base/source.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// Reads every user object of the connected database into a model. Each catalog is turned
/// into PostgreSQL DDL text (PostgreSQL's own pg_get_*def functions for PostgreSQL) and read
/// by the PostgreSQL frontend, so an inspected database and its DDL file give the same model.
/// Objects the model cannot hold are reported to `diagnostics` (SF6005); a failing catalog
/// query is an Error (exit 3).
///
///   auto conn = sf::db::connect("sqlite:app.db");
///   Diagnostics diags;
///   auto schema = sf::introspect(**conn, diags);
Result<Schema> introspect(db::Connection& connection, Diagnostics& diagnostics);

/// Runs an SQLite DDL file in an in-memory SQLite database (so SQLite itself parses it) and
/// introspects the result. A statement SQLite rejects is a BadInput error naming its line.
Result<Schema> load_sqlite_script(const SourceFile& file, Diagnostics& diagnostics);

}  // namespace sf
