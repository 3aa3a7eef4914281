// CREATE SEQUENCE / ALTER SEQUENCE, and the sequence options of identity columns.
#include "frontends/postgres/transform.h"

namespace sf::detail {

void apply_sequence_options(ParseContext& ctx, SequenceOptions& options, PgNode* const* items,
                            size_t count, QualifiedName* owned_by_table,
                            std::string* owned_by_column) {
  for (size_t i = 0; i < count; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const auto* def = items[i]->def_elem;
    std::string name = def->defname;
    const PgNode* arg = def->arg;
    if (name == "as") {
      if (arg && arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
        options.data_type = transform_type(ctx, arg->type_name).spelling;
    } else if (name == "increment") {
      options.increment = integer_value(arg);
    } else if (name == "minvalue") {
      options.min_value = integer_value(arg);  // NO MINVALUE has no argument
    } else if (name == "maxvalue") {
      options.max_value = integer_value(arg);
    } else if (name == "start") {
      options.start = integer_value(arg);
    } else if (name == "cache") {
      options.cache = integer_value(arg);
    } else if (name == "cycle") {
      options.cycle = arg && arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN
                          ? arg->boolean->boolval
                          : integer_value(arg).value_or(1) != 0;
    } else if (name == "sequence_name") {
      if (arg && arg->node_case == PG_QUERY__NODE__NODE_LIST)
        options.sequence_name = quoted_name_list(arg->list->items, arg->list->n_items);
    } else if (name == "owned_by") {
      if (!owned_by_table || !arg || arg->node_case != PG_QUERY__NODE__NODE_LIST) continue;
      auto parts = string_list(arg->list->items, arg->list->n_items);
      if (parts.size() == 1 && parts[0] == "none") {
        *owned_by_table = {};
        owned_by_column->clear();
      } else if (parts.size() >= 2) {
        owned_by_column->assign(parts.back());
        parts.pop_back();
        QualifiedName table;
        table.name = parts.back();
        if (parts.size() >= 2) table.schema = parts[parts.size() - 2];
        *owned_by_table = ctx.resolve_table(table);
      }
    } else if (name == "restart") {
      // RESTART only moves the current value.
    } else {
      ctx.unsupported_clause(def->location,
                             "sequence option " + name + " is not kept in the model");
    }
  }
}

void transform_create_sequence(ParseContext& ctx, const PgQuery__CreateSeqStmt* stmt) {
  QualifiedName name = ctx.created_name(qualified_name(stmt->sequence));
  if (ctx.schema.find_sequence(name) || ctx.schema.find_table(name) || ctx.schema.find_view(name)) {
    if (stmt->if_not_exists) {
      ctx.info(DiagCode::SkippedStatement,
               "relation \"" + name.display() + "\" already exists, skipping");
    } else {
      ctx.duplicate_object("relation \"" + name.display() + "\" already exists");
    }
    return;
  }
  if (stmt->sequence->relpersistence[0] == 't') {
    ctx.unsupported_clause(stmt->sequence->location, "TEMPORARY sequence \"" + name.display() +
                                                         "\" is not part of the schema; skipped");
    return;
  }
  Sequence sequence;
  sequence.name = name;
  sequence.loc = ctx.statement_loc();
  apply_sequence_options(ctx, sequence.options, stmt->options, stmt->n_options,
                         &sequence.owned_by_table, &sequence.owned_by_column);
  sequence.ordinal = ctx.schema.next_ordinal();
  ctx.schema.sequences.push_back(std::move(sequence));
}

void transform_alter_sequence(ParseContext& ctx, const PgQuery__AlterSeqStmt* stmt) {
  QualifiedName written = qualified_name(stmt->sequence);
  Sequence* sequence = ctx.schema.find_sequence(ctx.resolve_sequence(written));
  if (!sequence) {
    if (stmt->missing_ok) {
      ctx.info(DiagCode::SkippedStatement,
               "sequence \"" + written.display() + "\" does not exist, skipping");
    } else {
      ctx.unknown_object("sequence \"" + written.display() + "\" does not exist");
    }
    return;
  }
  apply_sequence_options(ctx, sequence->options, stmt->options, stmt->n_options,
                         &sequence->owned_by_table, &sequence->owned_by_column);
}

}  // namespace sf::detail
