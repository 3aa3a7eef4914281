#pragma once
// Pieces of PostgreSQL that are not whole DDL files: one expression, one SELECT. The brief
// frontend and the CLI use them so that libpg_query stays inside src/frontends/postgres.
#include <optional>
#include <string>

#include "schemaforge/model/brief.h"
#include "schemaforge/model/expr.h"

namespace sf {

/// Parses one SQL expression into the form the DDL frontend stores for a CHECK or DEFAULT
/// (canonical text plus recognised form). nullopt with `error` set when it does not parse.
///
///   std::string error;
///   auto expr = parse_sql_expression("quantity > 0", error);  // form Comparison
std::optional<Expr> parse_sql_expression(const std::string& sql, std::string& error);

/// Reads the parts of one SELECT that index design needs: the first table of FROM, the
/// AND-ed conditions of WHERE on plain columns, and ORDER BY columns with their direction.
///
///   auto shape = parse_query_shape("SELECT * FROM a WHERE user_id = $1 ORDER BY created_at DESC", error);
std::optional<QueryShape> parse_query_shape(const std::string& sql, std::string& error);

}  // namespace sf
