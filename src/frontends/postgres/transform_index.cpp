// CREATE [UNIQUE] INDEX, on tables and materialized views.
#include "frontends/postgres/transform.h"

namespace sf::detail {

std::vector<Index>* find_index_owner(ParseContext& ctx, const QualifiedName& relation) {
  QualifiedName resolved = ctx.resolve(relation, [&](const QualifiedName& n) {
    return ctx.schema.find_table(n) != nullptr || ctx.schema.find_view(n) != nullptr;
  });
  if (Table* table = ctx.schema.find_table(resolved)) return &table->indexes;
  if (View* view = ctx.schema.find_view(resolved); view && view->materialized)
    return &view->indexes;
  return nullptr;
}

Index* find_index(ParseContext& ctx, const QualifiedName& name, std::vector<Index>** owner) {
  // An index lives in its table's schema.
  std::vector<std::string> schemas =
      name.schema.empty() ? ctx.lookup_schemas() : std::vector<std::string>{name.schema};
  for (const auto& schema_name : schemas) {
    QualifiedName probe{schema_name, name.name};
    auto search = [&](std::vector<Index>& indexes, const QualifiedName& relation) -> Index* {
      if (relation.effective_schema() != probe.effective_schema()) return nullptr;
      for (auto& index : indexes) {
        if (index.name == name.name) {
          if (owner) *owner = &indexes;
          return &index;
        }
      }
      return nullptr;
    };
    for (auto& table : ctx.schema.tables) {
      if (Index* index = search(table.indexes, table.name)) return index;
    }
    for (auto& view : ctx.schema.views) {
      if (Index* index = search(view.indexes, view.name)) return index;
    }
  }
  return nullptr;
}

void transform_index(ParseContext& ctx, const PgQuery__IndexStmt* stmt) {
  QualifiedName relation = qualified_name(stmt->relation);
  std::vector<Index>* indexes = find_index_owner(ctx, relation);
  if (!indexes) {
    ctx.unknown_object("relation \"" + relation.display() + "\" does not exist");
    return;
  }
  if (stmt->idxname[0] != '\0') {
    QualifiedName index_name{relation.schema, stmt->idxname};
    if (find_index(ctx, index_name, nullptr)) {
      if (stmt->if_not_exists) {
        ctx.info(DiagCode::SkippedStatement,
                 "index \"" + index_name.display() + "\" already exists, skipping");
      } else {
        ctx.duplicate_object("index \"" + index_name.display() + "\" already exists");
      }
      return;
    }
  }

  Index index;
  index.name = stmt->idxname;
  index.unique = stmt->unique;
  index.nulls_not_distinct = stmt->nulls_not_distinct;
  if (stmt->access_method[0] != '\0') index.method = stmt->access_method;
  for (size_t i = 0; i < stmt->n_index_params; ++i) {
    if (stmt->index_params[i]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
    index.elements.push_back(transform_index_element(ctx, stmt->index_params[i]->index_elem));
  }
  for (size_t i = 0; i < stmt->n_index_including_params; ++i) {
    const PgNode* param = stmt->index_including_params[i];
    if (param->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
      index.include.push_back(param->index_elem->name);
  }
  if (stmt->where_clause) index.where = transform_expr(ctx, stmt->where_clause);
  index.with = storage_params(stmt->options, stmt->n_options);
  // ON ONLY parent: the raw tree marks it by not recursing into inheritance children.
  index.only = !stmt->relation->inh;
  index.loc = ctx.statement_loc();
  if (stmt->table_space[0] != '\0') {
    ctx.unsupported_clause(
        stmt->relation->location,
        "TABLESPACE " + std::string(stmt->table_space) + " is not kept in the model");
  }
  indexes->push_back(std::move(index));
}

}  // namespace sf::detail
