// CREATE TABLE: columns, constraints, inheritance, partitioning, storage options.
#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

std::optional<PartitionKey> partition_key(ParseContext& ctx, const PgQuery__PartitionSpec* spec) {
  PartitionKey key;
  std::string strategy = spec->strategy;
  if (strategy == "range")
    key.strategy = PartitionStrategy::Range;
  else if (strategy == "list")
    key.strategy = PartitionStrategy::List;
  else if (strategy == "hash")
    key.strategy = PartitionStrategy::Hash;
  else {
    ctx.unsupported("PARTITION BY " + strategy);
    return std::nullopt;
  }
  for (size_t i = 0; i < spec->n_part_params; ++i) {
    if (spec->part_params[i]->node_case != PG_QUERY__NODE__NODE_PARTITION_ELEM) continue;
    const auto* elem = spec->part_params[i]->partition_elem;
    IndexElement element;
    if (elem->expr != nullptr)
      element.expr = transform_expr(ctx, elem->expr);
    else
      element.column = elem->name;
    element.collation = collation_sql(elem->collation, elem->n_collation);
    element.opclass = quoted_name_list(elem->opclass, elem->n_opclass);
    key.elements.push_back(std::move(element));
  }
  return key;
}

}  // namespace

void transform_create_table(ParseContext& ctx, const PgQuery__CreateStmt* stmt) {
  const PgQuery__RangeVar* relation = stmt->relation;
  QualifiedName name = ctx.created_name(qualified_name(relation));
  if (relation->relpersistence[0] == 't') {
    ctx.unsupported_clause(relation->location, "TEMPORARY table \"" + name.display() +
                                                   "\" is not part of the schema; skipped");
    return;
  }
  if (ctx.schema.find_table(name) || ctx.schema.find_view(name) || ctx.schema.find_sequence(name)) {
    if (stmt->if_not_exists) {
      ctx.info(DiagCode::SkippedStatement,
               "relation \"" + name.display() +
                   "\" already exists, skipping CREATE TABLE IF NOT EXISTS");
    } else {
      ctx.duplicate_object("relation \"" + name.display() + "\" already exists");
    }
    return;
  }
  if (stmt->of_typename != nullptr) {
    ctx.unsupported("CREATE TABLE " + name.display() + " OF " +
                    transform_type(ctx, stmt->of_typename).spelling + " (typed table)");
    return;
  }

  Table table;
  table.name = name;
  table.loc = ctx.statement_loc();
  table.unlogged = relation->relpersistence[0] == 'u';

  for (size_t i = 0; i < stmt->n_table_elts; ++i) {
    const PgNode* element = stmt->table_elts[i];
    switch (element->node_case) {
      case PG_QUERY__NODE__NODE_COLUMN_DEF: {
        const auto* def = element->column_def;
        if (def->type_name == nullptr) {
          // PARTITION OF parent (col WITH OPTIONS ...): the column itself comes from the parent.
          ctx.unsupported_clause(def->location, "column options of \"" + std::string(def->colname) +
                                                    "\" in PARTITION OF are not kept");
          break;
        }
        if (table.find_column(def->colname)) {
          ctx.duplicate_object("column \"" + std::string(def->colname) +
                               "\" specified more than once");
          break;
        }
        table.columns.push_back(transform_column(ctx, table, def));
        break;
      }
      case PG_QUERY__NODE__NODE_CONSTRAINT:
        add_table_constraint(ctx, table, element->constraint, "");
        break;
      case PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE:
        ctx.unsupported("CREATE TABLE " + name.display() + " (LIKE " +
                        qualified_name(element->table_like_clause->relation).display() +
                        ") (copying another table's definition)");
        return;
      default:
        ctx.unsupported("CREATE TABLE " + name.display() + " element " + statement_kind(element));
        return;
    }
  }

  if (stmt->partbound != nullptr) {
    PartitionOf partition;
    if (stmt->n_inh_relations > 0 &&
        stmt->inh_relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
      partition.parent = ctx.resolve_table(qualified_name(stmt->inh_relations[0]->range_var));
    }
    if (!ctx.schema.find_table(partition.parent)) {
      ctx.unknown_object("partitioned table \"" + partition.parent.display() + "\" does not exist");
      return;
    }
    partition.bound_sql = partition_bound_sql(ctx, stmt->partbound);
    table.partition_of = std::move(partition);
  } else {
    for (size_t i = 0; i < stmt->n_inh_relations; ++i) {
      if (stmt->inh_relations[i]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) continue;
      table.inherits.push_back(
          ctx.resolve_table(qualified_name(stmt->inh_relations[i]->range_var)));
    }
  }
  if (stmt->partspec != nullptr) {
    auto key = partition_key(ctx, stmt->partspec);
    if (!key) return;
    table.partition_by = std::move(key);
  }

  table.options = storage_params(stmt->options, stmt->n_options);
  if (stmt->tablespacename[0] != '\0') {
    ctx.unsupported_clause(relation->location, "TABLESPACE " + std::string(stmt->tablespacename) +
                                                   " is not kept in the model");
  }
  if (stmt->access_method[0] != '\0') {
    ctx.unsupported_clause(relation->location,
                           "USING " + std::string(stmt->access_method) +
                               " (table access method) is not kept in the model");
  }

  table.ordinal = ctx.schema.next_ordinal();
  ctx.schema.tables.push_back(std::move(table));
}

}  // namespace sf::detail
