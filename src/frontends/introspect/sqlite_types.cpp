// SQLite declared types -> PostgreSQL type names. SQLite keeps the declared type as written
// and gives it only an affinity; the common spellings are mapped to the PostgreSQL type they
// mean, anything else falls back to SQLite's affinity rules.
#include <cctype>
#include <map>

#include "frontends/introspect/sqlite_types.h"

namespace sf::detail {

std::string sqlite_type_to_postgres(const std::string& declared) {
  std::string upper;
  for (char c : declared) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string args;
  std::string base = upper;
  if (auto open = upper.find('('); open != std::string::npos) {
    auto close = upper.rfind(')');
    args = upper.substr(open, close == std::string::npos ? std::string::npos : close - open + 1);
    base = upper.substr(0, open);
  }
  // Collapse spaces, drop UNSIGNED.
  std::string words;
  for (size_t i = 0; i < base.size();) {
    while (i < base.size() && base[i] == ' ') ++i;
    size_t j = i;
    while (j < base.size() && base[j] != ' ') ++j;
    std::string word = base.substr(i, j - i);
    if (!word.empty() && word != "UNSIGNED") words += (words.empty() ? "" : " ") + word;
    i = j;
  }
  std::string clean_args;
  for (char c : args) if (c != ' ') clean_args += c;
  static const std::map<std::string, std::pair<std::string, bool>> kTypes = {
      // name -> (PostgreSQL name, keeps its arguments)
      {"INT", {"integer", false}}, {"INTEGER", {"integer", false}}, {"MEDIUMINT", {"integer", false}},
      {"INT4", {"integer", false}}, {"TINYINT", {"smallint", false}}, {"SMALLINT", {"smallint", false}},
      {"INT2", {"smallint", false}}, {"BIGINT", {"bigint", false}}, {"INT8", {"bigint", false}},
      {"BIG INT", {"bigint", false}}, {"VARCHAR", {"character varying", true}},
      {"CHARACTER VARYING", {"character varying", true}}, {"VARYING CHARACTER", {"character varying", true}},
      {"NVARCHAR", {"character varying", true}}, {"NATIVE CHARACTER", {"character varying", true}},
      {"CHAR", {"character", true}}, {"CHARACTER", {"character", true}}, {"NCHAR", {"character", true}},
      {"TEXT", {"text", false}}, {"CLOB", {"text", false}}, {"TINYTEXT", {"text", false}},
      {"MEDIUMTEXT", {"text", false}}, {"LONGTEXT", {"text", false}}, {"STRING", {"text", false}},
      {"BLOB", {"bytea", false}}, {"TINYBLOB", {"bytea", false}}, {"MEDIUMBLOB", {"bytea", false}},
      {"LONGBLOB", {"bytea", false}}, {"BINARY", {"bytea", false}}, {"VARBINARY", {"bytea", false}},
      {"REAL", {"double precision", false}}, {"DOUBLE", {"double precision", false}},
      {"DOUBLE PRECISION", {"double precision", false}}, {"FLOAT", {"double precision", false}},
      {"NUMERIC", {"numeric", true}}, {"DECIMAL", {"numeric", true}}, {"BOOLEAN", {"boolean", false}},
      {"BOOL", {"boolean", false}}, {"DATE", {"date", false}}, {"DATETIME", {"timestamp", true}},
      {"TIMESTAMP", {"timestamp", true}}, {"TIME", {"time", true}}, {"JSON", {"json", false}},
      {"JSONB", {"jsonb", false}}, {"UUID", {"uuid", false}}, {"YEAR", {"smallint", false}},
      {"MONEY", {"numeric", false}}};
  if (words.empty()) return "text";  // no declared type: SQLite stores anything (BLOB affinity)
  if (auto it = kTypes.find(words); it != kTypes.end()) {
    return it->second.first + (it->second.second ? clean_args : "");
  }
  // SQLite's affinity rules (https://sqlite.org/datatype3.html section 3.1).
  if (words.find("INT") != std::string::npos) return "integer";
  if (words.find("CHAR") != std::string::npos || words.find("CLOB") != std::string::npos ||
      words.find("TEXT") != std::string::npos) {
    return "text";
  }
  if (words.find("BLOB") != std::string::npos) return "bytea";
  if (words.find("REAL") != std::string::npos || words.find("FLOA") != std::string::npos ||
      words.find("DOUB") != std::string::npos) {
    return "double precision";
  }
  return "numeric";
}

}  // namespace sf::detail
