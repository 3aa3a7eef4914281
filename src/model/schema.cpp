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

}  // namespace sf
