#pragma once
// Relationships are derived from foreign keys, never stored twice.
#include <string>
#include <vector>

#include "schemaforge/model/schema.h"

namespace sf {

enum class Cardinality {
  OneToOne,    ///< the foreign key's columns are unique (or the primary key)
  OneToMany,   ///< the usual foreign key
  ManyToMany,  ///< two one-to-many links through a join table
};

struct Relationship {
  Cardinality cardinality = Cardinality::OneToMany;
  /// For 1:1 and 1:N: `from` holds the foreign key, `to` is referenced.
  /// For M:N: `from` and `to` are the two ends and `through` is the join table.
  QualifiedName from;
  QualifiedName to;
  QualifiedName through;
  std::vector<std::string> from_columns;
  std::vector<std::string> to_columns;
  bool optional = false;  ///< some foreign-key column is nullable
  std::string constraint_name;
  FkAction on_delete = FkAction::NoAction;
};

/// A join table has exactly two foreign keys, both mandatory, whose columns together form its
/// primary key or a unique key. Other columns (attributes of the link) are allowed.
bool is_join_table(const Table& table);

/// The 1:1 or 1:N relationship one foreign key of `table` stands for (join tables included):
/// cardinality from the uniqueness of its columns, `optional` from their nullability.
Relationship describe_foreign_key(const Schema& schema, const Table& table, const ForeignKey& fk);

/// The foreign key's columns are all part of the table's primary key (an identifying
/// relationship: the child cannot exist without its parent's key).
bool is_identifying(const Table& table, const ForeignKey& fk);

/// All relationships in a stable order: tables in declaration order, foreign keys in order;
/// a join table yields one M:N relationship in place of its two 1:N ones.
std::vector<Relationship> derive_relationships(const Schema& schema);

const char* to_string(Cardinality cardinality);

}  // namespace sf
