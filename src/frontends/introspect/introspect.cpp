#include "schemaforge/frontends/introspect.h"

#include "frontends/introspect/catalog_script.h"

namespace sf {

Result<Schema> introspect(db::Connection& connection, Diagnostics& diagnostics) {
  switch (connection.dialect()) {
    case db::Dialect::Postgres: return detail::introspect_postgres(connection, diagnostics);
    case db::Dialect::Sqlite: return detail::introspect_sqlite(connection, diagnostics);
    case db::Dialect::MySql: return detail::introspect_mysql(connection, diagnostics);
  }
  return Error{ExitCode::Environment, "unknown dialect"};
}

Result<Schema> load_sqlite_script(const SourceFile& file, Diagnostics& diagnostics) {
  auto connection = db::connect("sqlite::memory:");
  if (!connection) return connection.error();
  if (auto st = (*connection)->execute(file.text()); !st) {
    return Error{ExitCode::BadInput, "SQLite rejects the file: " + st.error().message};
  }
  return introspect(**connection, diagnostics);
}

}  // namespace sf
