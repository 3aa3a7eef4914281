#pragma once
// What the three catalog readers share: reading rows, quoting, and handing the DDL text they
// build to the PostgreSQL frontend.
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/result.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

/// A field of a row, "" for NULL.
inline const std::string& field(const db::Row& row, size_t i) {
  static const std::string empty;
  return row[i] ? *row[i] : empty;
}
inline bool is_true(const db::Row& row, size_t i) {
  const std::string& v = field(row, i);
  return v == "t" || v == "1" || v == "true" || v == "YES";
}

/// Runs a catalog query; on failure the error names the query's purpose.
Result<db::Rows> catalog_query(db::Connection& connection, const char* what, const std::string& sql);

/// 'text' with quotes doubled (PostgreSQL standard strings).
std::string sql_string(const std::string& text);
/// "name" quoted only when PostgreSQL needs it (as quote_ident does).
std::string pg_ident(const std::string& name);

/// Parses DDL text with the PostgreSQL frontend into `schema`, as a file called `name`.
/// Returns false (diagnostics reported) when the text has errors.
bool parse_ddl(const std::string& name, const std::string& text, Schema& schema,
               Diagnostics& diagnostics);

Result<Schema> introspect_postgres(db::Connection& connection, Diagnostics& diagnostics);
Result<Schema> introspect_sqlite(db::Connection& connection, Diagnostics& diagnostics);
Result<Schema> introspect_mysql(db::Connection& connection, Diagnostics& diagnostics);

}  // namespace sf::detail
