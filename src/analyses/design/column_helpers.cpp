// The handful of types the designer writes itself, spelled as format_type() spells them.
#include "analyses/design/design_context.h"

namespace sf::detail {

Type make_type(TypeKind kind, std::string spelling, std::vector<int64_t> modifiers) {
  Type type;
  type.kind = kind;
  type.spelling = std::move(spelling);
  type.modifiers = std::move(modifiers);
  return type;
}

Column make_column(const std::string& name, const Type& type) {
  Column column;
  column.name = name;
  column.type = type;
  return column;
}

Type uuid_type() { return make_type(TypeKind::Uuid, "uuid"); }
Type bigint_type() { return make_type(TypeKind::Int64, "bigint"); }
Type timestamptz_type() { return make_type(TypeKind::TimestampTz, "timestamp with time zone"); }
Type text_type() { return make_type(TypeKind::Text, "text"); }
Type id_type(IdKind kind) { return kind == IdKind::Uuid ? uuid_type() : bigint_type(); }

}  // namespace sf::detail
