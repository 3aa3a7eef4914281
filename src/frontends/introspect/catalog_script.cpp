#include "frontends/introspect/catalog_script.h"

#include <cctype>
#include <memory>

#include "schemaforge/frontends/postgres.h"

namespace sf::detail {

Result<db::Rows> catalog_query(db::Connection& connection, const char* what, const std::string& sql) {
  auto rows = connection.query(sql);
  if (!rows) {
    return Error{ExitCode::Environment,
                 std::string("cannot read ") + what + " from " + connection.display_url() + ": " +
                     rows.error().message};
  }
  return rows;
}

std::string sql_string(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string pg_ident(const std::string& name) {
  bool plain = !name.empty() && (std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (char c : name) {
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_')) {
      plain = false;
    }
  }
  // Keywords are quoted too; the frontend reads a quoted plain name as the same name, so
  // quoting every keyword-looking name is always safe. A short list covers the usual ones.
  static const char* const kReserved[] = {
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case",
      "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
      "current_date", "current_role", "current_time", "current_timestamp", "current_user",
      "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
      "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
      "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on",
      "only", "or", "order", "placing", "primary", "references", "returning", "select",
      "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union",
      "unique", "user", "using", "variadic", "when", "where", "window", "with", "authorization",
      "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full", "ilike",
      "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
      "right", "similar", "tablesample", "verbose", "between", "bigint", "bit", "boolean", "char",
      "character", "coalesce", "dec", "decimal", "exists", "extract", "float", "greatest",
      "grouping", "inout", "int", "integer", "interval", "least", "national", "nchar", "none",
      "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row",
      "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
      "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
      "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable", "year", "month", "day", "hour",
      "minute", "second", "zone", "type", "key", "action", "name"};
  if (plain) {
    for (const char* word : kReserved) {
      if (name == word) plain = false;
    }
  }
  if (plain) return name;
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

bool parse_ddl(const std::string& name, const std::string& text, Schema& schema,
               Diagnostics& diagnostics) {
  // An empty database is an empty model, not a file without statements (SF1002).
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return true;
  Diagnostics local;
  parse_postgres(std::make_shared<const SourceFile>(name, text), schema, local);
  diagnostics.append(local);
  return !local.has_errors();
}

}  // namespace sf::detail
