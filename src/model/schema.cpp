#include "schemaforge/model/schema.h"

namespace sf {

namespace {
template <typename T>
T* find_by_name(std::vector<T>& items, const QualifiedName& name) {
  for (auto& item : items) {
    if (item.name.same_object(name)) return &item;
  }
  return nullptr;
}
}  // namespace

Table* Schema::find_table(const QualifiedName& name) { return find_by_name(tables, name); }
const Table* Schema::find_table(const QualifiedName& name) const {
  return const_cast<Schema*>(this)->find_table(name);
}
View* Schema::find_view(const QualifiedName& name) { return find_by_name(views, name); }
Sequence* Schema::find_sequence(const QualifiedName& name) { return find_by_name(sequences, name); }
EnumType* Schema::find_enum(const QualifiedName& name) { return find_by_name(enums, name); }
const EnumType* Schema::find_enum(const QualifiedName& name) const {
  return const_cast<Schema*>(this)->find_enum(name);
}
Domain* Schema::find_domain(const QualifiedName& name) { return find_by_name(domains, name); }
CompositeType* Schema::find_composite(const QualifiedName& name) {
  return find_by_name(composites, name);
}

Type Schema::base_type(Type type) const {
  // Bounded: a domain cycle is invalid PostgreSQL, but the model may come from anywhere.
  for (int depth = 0; depth < 16 && type.kind == TypeKind::UserDefined; ++depth) {
    const Domain* domain = const_cast<Schema*>(this)->find_domain(type.ref);
    if (!domain) break;
    int dims = type.array_dims;
    type = domain->base;
    type.array_dims += dims;
  }
  return type;
}

const EnumType* Schema::enum_of(const Type& type) const {
  if (type.kind != TypeKind::UserDefined || type.array_dims > 0) return nullptr;
  return find_enum(type.ref);
}

}  // namespace sf
