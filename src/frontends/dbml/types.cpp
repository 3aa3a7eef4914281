// DBML type names -> the model's logical kinds, spelled as PostgreSQL spells them.
#include <cstdlib>

#include "frontends/dbml/interpret.h"
#include "schemaforge/base/strings.h"

namespace sf::dbml {

namespace {

struct Entry {
  const char* name;
  TypeKind kind;
  const char* spelling;  ///< PostgreSQL's name; nullptr = keep as written
  bool serial;
};

const Entry kTypes[] = {
    {"int", TypeKind::Int32, "integer", false},
    {"integer", TypeKind::Int32, "integer", false},
    {"int4", TypeKind::Int32, "integer", false},
    {"mediumint", TypeKind::Int32, "integer", false},
    {"serial", TypeKind::Int32, "serial", true},
    {"serial4", TypeKind::Int32, "serial", true},
    {"smallint", TypeKind::Int16, "smallint", false},
    {"int2", TypeKind::Int16, "smallint", false},
    {"tinyint", TypeKind::Int16, "smallint", false},
    {"smallserial", TypeKind::Int16, "smallserial", true},
    {"serial2", TypeKind::Int16, "smallserial", true},
    {"bigint", TypeKind::Int64, "bigint", false},
    {"int8", TypeKind::Int64, "bigint", false},
    {"long", TypeKind::Int64, "bigint", false},
    {"bigserial", TypeKind::Int64, "bigserial", true},
    {"serial8", TypeKind::Int64, "bigserial", true},
    {"decimal", TypeKind::Decimal, "numeric", false},
    {"numeric", TypeKind::Decimal, "numeric", false},
    {"number", TypeKind::Decimal, "numeric", false},
    {"real", TypeKind::Float32, "real", false},
    {"float4", TypeKind::Float32, "real", false},
    {"float", TypeKind::Float64, "double precision", false},
    {"float8", TypeKind::Float64, "double precision", false},
    {"double", TypeKind::Float64, "double precision", false},
    {"double precision", TypeKind::Float64, "double precision", false},
    {"money", TypeKind::Money, "money", false},
    {"text", TypeKind::Text, "text", false},
    {"string", TypeKind::Text, "text", false},
    {"tinytext", TypeKind::Text, "text", false},
    {"mediumtext", TypeKind::Text, "text", false},
    {"longtext", TypeKind::Text, "text", false},
    {"clob", TypeKind::Text, "text", false},
    {"varchar", TypeKind::Varchar, "character varying", false},
    {"character varying", TypeKind::Varchar, "character varying", false},
    {"nvarchar", TypeKind::Varchar, "character varying", false},
    {"varchar2", TypeKind::Varchar, "character varying", false},
    {"char", TypeKind::Char, "character", false},
    {"character", TypeKind::Char, "character", false},
    {"nchar", TypeKind::Char, "character", false},
    {"bpchar", TypeKind::Char, "character", false},
    {"bytea", TypeKind::Bytes, "bytea", false},
    {"blob", TypeKind::Bytes, "bytea", false},
    {"binary", TypeKind::Bytes, "bytea", false},
    {"varbinary", TypeKind::Bytes, "bytea", false},
    {"bytes", TypeKind::Bytes, "bytea", false},
    {"uuid", TypeKind::Uuid, "uuid", false},
    {"uniqueidentifier", TypeKind::Uuid, "uuid", false},
    {"bool", TypeKind::Bool, "boolean", false},
    {"boolean", TypeKind::Bool, "boolean", false},
    {"date", TypeKind::Date, "date", false},
    {"time", TypeKind::Time, "time without time zone", false},
    {"time without time zone", TypeKind::Time, "time without time zone", false},
    {"timetz", TypeKind::TimeTz, "time with time zone", false},
    {"time with time zone", TypeKind::TimeTz, "time with time zone", false},
    {"timestamp", TypeKind::Timestamp, "timestamp without time zone", false},
    {"timestamp without time zone", TypeKind::Timestamp, "timestamp without time zone", false},
    {"datetime", TypeKind::Timestamp, "timestamp without time zone", false},
    {"datetime2", TypeKind::Timestamp, "timestamp without time zone", false},
    {"smalldatetime", TypeKind::Timestamp, "timestamp without time zone", false},
    {"timestamptz", TypeKind::TimestampTz, "timestamp with time zone", false},
    {"timestamp with time zone", TypeKind::TimestampTz, "timestamp with time zone", false},
    {"datetimeoffset", TypeKind::TimestampTz, "timestamp with time zone", false},
    {"interval", TypeKind::Interval, "interval", false},
    {"json", TypeKind::Json, "json", false},
    {"jsonb", TypeKind::Jsonb, "jsonb", false},
    {"inet", TypeKind::Inet, "inet", false},
    {"cidr", TypeKind::Cidr, "cidr", false},
    {"macaddr", TypeKind::MacAddr, "macaddr", false},
    {"bit", TypeKind::Bit, "bit", false},
    {"varbit", TypeKind::VarBit, "bit varying", false},
    {"bit varying", TypeKind::VarBit, "bit varying", false},
    {"xml", TypeKind::Xml, "xml", false},
    {"tsvector", TypeKind::TsVector, "tsvector", false},
};

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Type map_dbml_type(const std::string& name, const std::vector<std::string>& args, int array_dims,
                   const std::string& written) {
  Type type;
  type.source_spelling = written;
  type.array_dims = array_dims;
  std::string lower = to_lower(name);
  const Entry* entry = nullptr;
  for (const auto& e : kTypes) {
    if (lower == e.name) {
      entry = &e;
      break;
    }
  }
  bool numeric_args = true;
  for (const auto& a : args) numeric_args = numeric_args && all_digits(a);
  if (!entry) {
    type.kind = TypeKind::Other;
    std::string base = written;
    type.spelling = base;
    return type;
  }
  type.kind = entry->kind;
  type.serial = entry->serial;
  std::string spelling = entry->spelling;
  if (numeric_args) {
    for (const auto& a : args) type.modifiers.push_back(std::strtoll(a.c_str(), nullptr, 10));
  }
  std::string mods;
  if (!args.empty()) {
    // appended piece by piece: g++ 12 -O3 misreads "(" + s + ")" as an overlapping memcpy
    mods.push_back('(');
    mods.append(join(args, ","));
    mods.push_back(')');
  }
  switch (type.kind) {
    case TypeKind::Time:
    case TypeKind::TimeTz:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz: {
      // timestamp(3) without time zone
      size_t space = spelling.find(' ');
      spelling = spelling.substr(0, space) + mods + spelling.substr(space);
      break;
    }
    case TypeKind::Float64:
      if (lower == "float" && !args.empty()) {
        // float(p): p <= 24 is real
        if (numeric_args && std::strtoll(args[0].c_str(), nullptr, 10) <= 24) {
          type.kind = TypeKind::Float32;
          spelling = "real";
        }
        type.modifiers.clear();
      }
      break;
    case TypeKind::Decimal:
    case TypeKind::Varchar:
    case TypeKind::Char:
    case TypeKind::Bit:
    case TypeKind::VarBit:
    case TypeKind::Interval:
      spelling += mods;
      break;
    case TypeKind::Bool: case TypeKind::Int16: case TypeKind::Int32: case TypeKind::Int64:
    case TypeKind::Float32: case TypeKind::Money: case TypeKind::Text: case TypeKind::Bytes:
    case TypeKind::Uuid: case TypeKind::Date: case TypeKind::Json: case TypeKind::Jsonb:
    case TypeKind::Inet: case TypeKind::Cidr: case TypeKind::MacAddr: case TypeKind::Xml:
    case TypeKind::TsVector: case TypeKind::UserDefined: case TypeKind::Other:
      type.modifiers.clear();  // e.g. MySQL int(11): a display width, not a type modifier
      break;
  }
  if (type.kind == TypeKind::Varchar && lower == "varchar" && args.size() == 1 && to_lower(args[0]) == "max") {
    spelling = "text";
    type.kind = TypeKind::Text;
    type.modifiers.clear();
  }
  for (int i = 0; i < array_dims; ++i) spelling += "[]";
  if (type.serial && array_dims > 0) type.serial = false;
  type.spelling = spelling;
  return type;
}

}  // namespace sf::dbml
