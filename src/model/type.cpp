#include "schemaforge/model/type.h"

#include <array>
#include <utility>

namespace sf {

namespace {
constexpr std::array<std::pair<TypeKind, const char*>, 30> kKindNames = {{
    {TypeKind::Bool, "bool"},         {TypeKind::Int16, "int16"},
    {TypeKind::Int32, "int32"},       {TypeKind::Int64, "int64"},
    {TypeKind::Decimal, "decimal"},   {TypeKind::Float32, "float32"},
    {TypeKind::Float64, "float64"},   {TypeKind::Money, "money"},
    {TypeKind::Text, "text"},         {TypeKind::Varchar, "varchar"},
    {TypeKind::Char, "char"},         {TypeKind::Bytes, "bytes"},
    {TypeKind::Uuid, "uuid"},         {TypeKind::Date, "date"},
    {TypeKind::Time, "time"},         {TypeKind::TimeTz, "timetz"},
    {TypeKind::Timestamp, "timestamp"}, {TypeKind::TimestampTz, "timestamptz"},
    {TypeKind::Interval, "interval"}, {TypeKind::Json, "json"},
    {TypeKind::Jsonb, "jsonb"},       {TypeKind::Inet, "inet"},
    {TypeKind::Cidr, "cidr"},         {TypeKind::MacAddr, "macaddr"},
    {TypeKind::Bit, "bit"},           {TypeKind::VarBit, "varbit"},
    {TypeKind::Xml, "xml"},           {TypeKind::TsVector, "tsvector"},
    {TypeKind::UserDefined, "user_defined"}, {TypeKind::Other, "other"},
}};
}  // namespace

const char* to_string(TypeKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "other";
}

std::optional<TypeKind> type_kind_from_string(const std::string& text) {
  for (const auto& [k, name] : kKindNames) {
    if (text == name) return k;
  }
  return std::nullopt;
}

std::optional<int64_t> Type::length() const {
  switch (kind) {
    case TypeKind::Varchar:
    case TypeKind::Char:
    case TypeKind::Bit:
    case TypeKind::VarBit:
      if (!modifiers.empty()) return modifiers[0];
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::optional<int64_t> Type::precision() const {
  switch (kind) {
    case TypeKind::Decimal:
    case TypeKind::Time:
    case TypeKind::TimeTz:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
    case TypeKind::Interval:
      if (!modifiers.empty()) return modifiers[0];
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::optional<int64_t> Type::scale() const {
  if (kind == TypeKind::Decimal && modifiers.size() >= 2) return modifiers[1];
  return std::nullopt;
}

}  // namespace sf
