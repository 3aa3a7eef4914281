#include "frontends/introspect/mysql_types.h"

#include <cctype>

namespace sf::detail {

namespace {
std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}
// "(45)" / "(10,2)" of a COLUMN_TYPE, or "".
std::string args_of(const std::string& column_type) {
  auto open = column_type.find('(');
  auto close = column_type.find(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return "";
  return column_type.substr(open, close - open + 1);
}
}  // namespace

std::string mysql_type_to_postgres(const std::string& data_type_in, const std::string& column_type_in,
                                   std::string& note) {
  std::string data_type = lower(data_type_in);
  std::string column_type = lower(column_type_in);
  bool is_unsigned = column_type.find("unsigned") != std::string::npos;
  std::string args = args_of(column_type);
  if (data_type == "tinyint") return args == "(1)" ? "boolean" : "smallint";
  if (data_type == "smallint") return is_unsigned ? "integer" : "smallint";
  if (data_type == "mediumint") return "integer";
  if (data_type == "int" || data_type == "integer") return is_unsigned ? "bigint" : "integer";
  if (data_type == "bigint") return is_unsigned ? "numeric(20,0)" : "bigint";
  if (data_type == "decimal" || data_type == "numeric") return "numeric" + args;
  if (data_type == "float") return "real";
  if (data_type == "double" || data_type == "real") return "double precision";
  if (data_type == "bit") return args == "(1)" ? "boolean" : "bit" + args;
  if (data_type == "char") return "character" + args;
  if (data_type == "varchar") return "character varying" + args;
  if (data_type == "tinytext" || data_type == "text" || data_type == "mediumtext" || data_type == "longtext") {
    return "text";
  }
  if (data_type == "binary" || data_type == "varbinary" || data_type == "tinyblob" || data_type == "blob" ||
      data_type == "mediumblob" || data_type == "longblob") {
    return "bytea";
  }
  if (data_type == "date") return "date";
  // Without a precision MySQL keeps whole seconds; PostgreSQL's default would be 6 digits.
  std::string precision = args.empty() ? "(0)" : args;
  if (data_type == "datetime") return "timestamp" + precision + " without time zone";
  if (data_type == "timestamp") return "timestamp" + precision + " with time zone";
  if (data_type == "time") return "time" + precision + " without time zone";
  if (data_type == "year") return "smallint";
  if (data_type == "json") return "json";
  if (data_type == "uuid") return "uuid";
  if (data_type == "inet4" || data_type == "inet6") return "inet";
  if (data_type == "enum") return "";
  note = "type " + column_type_in + " has no PostgreSQL counterpart; read as text";
  return "text";
}

}  // namespace sf::detail
