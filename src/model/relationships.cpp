#include "schemaforge/model/relationships.h"

#include <algorithm>

namespace sf {

namespace {

bool same_columns(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

/// The foreign key's columns are the primary key or a unique key: at most one row per parent.
bool columns_unique(const Table& table, const std::vector<std::string>& columns) {
  if (table.primary_key && same_columns(table.primary_key->columns, columns)) return true;
  for (const auto& unique : table.uniques) {
    if (same_columns(unique.columns, columns)) return true;
  }
  for (const auto& index : table.indexes) {
    if (!index.unique || index.where) continue;
    std::vector<std::string> index_columns;
    for (const auto& element : index.elements) {
      if (element.column.empty()) goto next_index;
      index_columns.push_back(element.column);
    }
    if (same_columns(index_columns, columns)) return true;
  next_index:;
  }
  return false;
}

bool any_nullable(const Table& table, const std::vector<std::string>& columns) {
  for (const auto& name : columns) {
    const Column* column = table.find_column(name);
    if (column && !column->not_null) {
      bool in_pk = table.primary_key &&
                   std::find(table.primary_key->columns.begin(), table.primary_key->columns.end(),
                             name) != table.primary_key->columns.end();
      if (!in_pk) return true;
    }
  }
  return false;
}

std::vector<std::string> referenced_columns(const Schema& schema, const ForeignKey& fk) {
  if (!fk.ref_columns.empty()) return fk.ref_columns;
  const Table* target = schema.find_table(fk.ref_table);
  if (target && target->primary_key) return target->primary_key->columns;
  return {};
}

}  // namespace

bool is_join_table(const Table& table) {
  if (table.foreign_keys.size() != 2) return false;
  std::vector<std::string> key = table.foreign_keys[0].columns;
  key.insert(key.end(), table.foreign_keys[1].columns.begin(), table.foreign_keys[1].columns.end());
  // Both links must be mandatory and together identify a row.
  if (any_nullable(table, key)) return false;
  return columns_unique(table, key);
}

Relationship describe_foreign_key(const Schema& schema, const Table& table, const ForeignKey& fk) {
  Relationship r;
  r.cardinality = columns_unique(table, fk.columns) ? Cardinality::OneToOne : Cardinality::OneToMany;
  r.from = table.name;
  r.to = fk.ref_table;
  r.from_columns = fk.columns;
  r.to_columns = referenced_columns(schema, fk);
  r.optional = any_nullable(table, fk.columns);
  r.constraint_name = fk.name;
  r.on_delete = fk.on_delete;
  return r;
}

bool is_identifying(const Table& table, const ForeignKey& fk) {
  if (!table.primary_key || fk.columns.empty()) return false;
  const auto& pk = table.primary_key->columns;
  for (const auto& column : fk.columns) {
    if (std::find(pk.begin(), pk.end(), column) == pk.end()) return false;
  }
  return true;
}

std::vector<Relationship> derive_relationships(const Schema& schema) {
  std::vector<Relationship> out;
  for (const auto& table : schema.tables) {
    if (is_join_table(table)) {
      const ForeignKey& a = table.foreign_keys[0];
      const ForeignKey& b = table.foreign_keys[1];
      Relationship r;
      r.cardinality = Cardinality::ManyToMany;
      r.from = a.ref_table;
      r.to = b.ref_table;
      r.through = table.name;
      r.from_columns = a.columns;
      r.to_columns = b.columns;
      r.constraint_name = a.name;
      r.on_delete = a.on_delete;
      out.push_back(std::move(r));
      continue;
    }
    for (const auto& fk : table.foreign_keys) out.push_back(describe_foreign_key(schema, table, fk));
  }
  return out;
}

const char* to_string(Cardinality cardinality) {
  switch (cardinality) {
    case Cardinality::OneToOne: return "1:1";
    case Cardinality::OneToMany: return "1:N";
    case Cardinality::ManyToMany: return "M:N";
  }
  return "1:N";
}

}  // namespace sf
