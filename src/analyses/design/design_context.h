#pragma once
// State one design_schema run shares between its steps (one file per step).
#include <string>
#include <vector>

#include "schemaforge/analyses/design.h"

namespace sf::detail {

struct DesignContext {
  const Brief& brief;
  const DesignOptions& options;
  Diagnostics& diagnostics;
  Schema schema;
  DesignRecord record;

  Expr expr(const std::string& sql) const;
  Table* table(const std::string& name);
  void decide(const std::string& table_name, DesignDecision decision);
  /// The id type of an entity: its own `id`, else the conventions'.
  IdKind id_kind(const std::string& entity) const;
};

/// A type of `kind` spelled as format_type() spells it.
Type make_type(TypeKind kind, std::string spelling, std::vector<int64_t> modifiers = {});
/// A column of `kind` named `name` for a NOT NULL / default-free start.
Column make_column(const std::string& name, const Type& type);
Type uuid_type();
Type bigint_type();
Type timestamptz_type();
Type text_type();
/// The id column's type for an entity whose keys are `kind`.
Type id_type(IdKind kind);

// Steps, in the order design_schema runs them.
void design_tables(DesignContext& ctx);         ///< entities -> tables, columns, keys (design_tables.cpp)
void design_column(DesignContext& ctx, Table& table, const BriefField& field);  ///< (column_types.cpp)
void design_relationships(DesignContext& ctx);  ///< foreign keys and join tables (relationships.cpp)
void design_indexes(DesignContext& ctx);        ///< FK + query-pattern indexes (indexes.cpp)
/// Drops indexes that are a prefix of another index or key of the same table (indexes.cpp).
void drop_redundant_indexes(DesignContext& ctx);
void apply_patterns(DesignContext& ctx);        ///< patterns/registry.cpp

}  // namespace sf::detail
