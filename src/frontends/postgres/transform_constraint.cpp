// Columns and constraints, shared by CREATE TABLE and ALTER TABLE.
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

FkAction fk_action(const char* code) {
  switch (code[0]) {
    case 'r':
      return FkAction::Restrict;
    case 'c':
      return FkAction::Cascade;
    case 'n':
      return FkAction::SetNull;
    case 'd':
      return FkAction::SetDefault;
    default:
      return FkAction::NoAction;  // 'a' and unset
  }
}

FkMatch fk_match(const char* code) {
  switch (code[0]) {
    case 'f':
      return FkMatch::Full;
    case 'p':
      return FkMatch::Partial;
    default:
      return FkMatch::Simple;
  }
}

ConstraintTiming timing_of(const PgQuery__Constraint* constraint) {
  return ConstraintTiming{static_cast<bool>(constraint->deferrable),
                          static_cast<bool>(constraint->initdeferred)};
}

std::vector<std::string> key_columns(const PgQuery__Constraint* constraint,
                                     const std::string& column) {
  if (constraint->n_keys == 0 && !column.empty()) return {column};
  return string_list(constraint->keys, constraint->n_keys);
}

void warn_index_options(ParseContext& ctx, const PgQuery__Constraint* constraint) {
  if (constraint->indexspace[0] != '\0') {
    ctx.unsupported_clause(constraint->location, "USING INDEX TABLESPACE is not kept in the model");
  }
  if (constraint->n_options > 0) {
    ctx.unsupported_clause(constraint->location,
                           "WITH (...) storage parameters of a constraint's index are not kept");
  }
}

/// ADD CONSTRAINT ... PRIMARY KEY / UNIQUE USING INDEX idx: the index becomes the constraint.
bool columns_from_index(ParseContext& ctx, Table& table, const PgQuery__Constraint* constraint,
                        std::vector<std::string>& columns) {
  auto it = std::find_if(table.indexes.begin(), table.indexes.end(),
                         [&](const Index& index) { return index.name == constraint->indexname; });
  if (it == table.indexes.end()) {
    ctx.unknown_object(std::string("index \"") + constraint->indexname + "\" does not exist");
    return false;
  }
  for (const auto& element : it->elements) {
    if (element.column.empty()) {
      ctx.unsupported("constraint USING INDEX on an expression index");
      return false;
    }
    columns.push_back(element.column);
  }
  table.indexes.erase(it);
  return true;
}

}  // namespace

std::string default_constraint_name(const std::string& table,
                                    const std::vector<std::string>& columns,
                                    const std::string& suffix) {
  // PostgreSQL's ChooseConstraintName(), without its truncation to 63 bytes.
  std::string name = table;
  if (suffix != "pkey") {
    for (const auto& column : columns) name += "_" + column;
  }
  return name + "_" + suffix;
}

IndexElement transform_index_element(ParseContext& ctx, const PgQuery__IndexElem* element) {
  IndexElement out;
  if (element->expr != nullptr)
    out.expr = transform_expr(ctx, element->expr);
  else
    out.column = element->name;
  out.collation = collation_sql(element->collation, element->n_collation);
  out.opclass = quoted_name_list(element->opclass, element->n_opclass);
  out.opclass_params = storage_params(element->opclassopts, element->n_opclassopts);
  switch (element->ordering) {
    case PG_QUERY__SORT_BY_DIR__SORTBY_ASC:
      out.order = SortOrder::Asc;
      break;
    case PG_QUERY__SORT_BY_DIR__SORTBY_DESC:
      out.order = SortOrder::Desc;
      break;
    default:
      break;
  }
  switch (element->nulls_ordering) {
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST:
      out.nulls = NullsOrder::First;
      break;
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST:
      out.nulls = NullsOrder::Last;
      break;
    default:
      break;
  }
  return out;
}

/// Adds a table-level constraint; returns its timing so DEFERRABLE attributes written after a
/// column constraint can still reach it.
static ConstraintTiming* add_constraint(ParseContext& ctx, Table& table,
                                        const PgQuery__Constraint* constraint,
                                        const std::string& column) {
  SourceLoc loc = ctx.loc(constraint->location);
  std::string name = constraint->conname;
  switch (constraint->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: {
      CheckConstraint check;
      check.name = name;
      check.expr = transform_expr(ctx, constraint->raw_expr);
      check.no_inherit = constraint->is_no_inherit;
      check.not_valid = constraint->skip_validation;
      check.column = column;
      check.loc = loc;
      table.checks.push_back(std::move(check));
      return nullptr;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY: {
      if (table.primary_key) {
        ctx.duplicate_object("multiple primary keys for table \"" + table.name.display() +
                             "\" are not allowed");
        return nullptr;
      }
      PrimaryKey key;
      key.name = name;
      if (constraint->indexname[0] != '\0') {
        if (!columns_from_index(ctx, table, constraint, key.columns)) return nullptr;
      } else {
        key.columns = key_columns(constraint, column);
      }
      key.include = string_list(constraint->including, constraint->n_including);
      key.timing = timing_of(constraint);
      key.loc = loc;
      warn_index_options(ctx, constraint);
      table.primary_key = std::move(key);
      return &table.primary_key->timing;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE: {
      UniqueConstraint unique;
      unique.name = name;
      if (constraint->indexname[0] != '\0') {
        if (!columns_from_index(ctx, table, constraint, unique.columns)) return nullptr;
      } else {
        unique.columns = key_columns(constraint, column);
      }
      unique.include = string_list(constraint->including, constraint->n_including);
      unique.nulls_not_distinct = constraint->nulls_not_distinct;
      unique.timing = timing_of(constraint);
      unique.loc = loc;
      warn_index_options(ctx, constraint);
      table.uniques.push_back(std::move(unique));
      return &table.uniques.back().timing;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: {
      ForeignKey fk;
      fk.name = name;
      fk.columns = constraint->n_fk_attrs == 0 && !column.empty()
                       ? std::vector<std::string>{column}
                       : string_list(constraint->fk_attrs, constraint->n_fk_attrs);
      fk.ref_table = ctx.resolve_table(qualified_name(constraint->pktable));
      fk.ref_columns = string_list(constraint->pk_attrs, constraint->n_pk_attrs);
      fk.on_delete = fk_action(constraint->fk_del_action);
      fk.on_update = fk_action(constraint->fk_upd_action);
      fk.on_delete_columns =
          string_list(constraint->fk_del_set_cols, constraint->n_fk_del_set_cols);
      fk.match = fk_match(constraint->fk_matchtype);
      fk.timing = timing_of(constraint);
      fk.not_valid = constraint->skip_validation;
      fk.loc = loc;
      table.foreign_keys.push_back(std::move(fk));
      return &table.foreign_keys.back().timing;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: {
      ExclusionConstraint exclusion;
      exclusion.name = name;
      if (constraint->access_method[0] != '\0') exclusion.method = constraint->access_method;
      for (size_t i = 0; i < constraint->n_exclusions; ++i) {
        // Each item is (IndexElem, operator name list).
        const PgNode* pair = constraint->exclusions[i];
        if (pair->node_case != PG_QUERY__NODE__NODE_LIST || pair->list->n_items != 2) continue;
        const PgNode* element = pair->list->items[0];
        const PgNode* op = pair->list->items[1];
        ExclusionElement out;
        if (element->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
          out.element = transform_index_element(ctx, element->index_elem);
        if (op->node_case == PG_QUERY__NODE__NODE_LIST) {
          auto parts = string_list(op->list->items, op->list->n_items);
          for (size_t p = 0; p < parts.size(); ++p) {
            if (p) out.op += '.';
            out.op += p + 1 < parts.size() ? quote_identifier(parts[p]) : parts[p];
          }
        }
        exclusion.elements.push_back(std::move(out));
      }
      exclusion.include = string_list(constraint->including, constraint->n_including);
      if (constraint->where_clause) exclusion.where = transform_expr(ctx, constraint->where_clause);
      exclusion.timing = timing_of(constraint);
      exclusion.loc = loc;
      warn_index_options(ctx, constraint);
      table.exclusions.push_back(std::move(exclusion));
      return &table.exclusions.back().timing;
    }
    default:
      ctx.unsupported_clause(constraint->location, "this constraint kind is not kept in the model");
      return nullptr;
  }
}

void add_table_constraint(ParseContext& ctx, Table& table, const PgQuery__Constraint* constraint,
                          const std::string& column) {
  add_constraint(ctx, table, constraint, column);
}

Column transform_column(ParseContext& ctx, Table& table, const PgQuery__ColumnDef* def) {
  Column column;
  column.name = def->colname;
  column.loc = ctx.loc(def->location);
  column.type = transform_type(ctx, def->type_name);
  if (def->coll_clause) {
    column.collation = collation_sql(def->coll_clause->collname, def->coll_clause->n_collname);
  }
  if (def->compression[0] != '\0') {
    ctx.unsupported_clause(def->location,
                           "COMPRESSION of column \"" + column.name + "\" is not kept");
  }
  if (def->storage[0] != '\0') {
    ctx.unsupported_clause(def->location, "STORAGE of column \"" + column.name + "\" is not kept");
  }
  ConstraintTiming* last = nullptr;
  for (size_t i = 0; i < def->n_constraints; ++i) {
    if (def->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    const auto* constraint = def->constraints[i]->constraint;
    switch (constraint->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        column.not_null = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        column.not_null = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        column.default_value = transform_expr(ctx, constraint->raw_expr);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY: {
        Identity identity;
        identity.always = constraint->generated_when[0] == 'a';
        apply_sequence_options(ctx, identity.options, constraint->options, constraint->n_options,
                               nullptr, nullptr);
        column.identity = std::move(identity);
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
        column.generated = transform_expr(ctx, constraint->raw_expr);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
        if (last) last->deferrable = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
        if (last) last->deferrable = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
        if (last) last->initially_deferred = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
        if (last) last->initially_deferred = false;
        break;
      default:
        last = add_constraint(ctx, table, constraint, column.name);
        break;
    }
  }
  return column;
}

std::string partition_bound_sql(ParseContext& ctx, const PgQuery__PartitionBoundSpec* bound) {
  if (bound == nullptr) return {};
  if (bound->is_default) return "DEFAULT";
  auto datums = [&](PgNode* const* items, size_t count) {
    std::string out = "(";
    for (size_t i = 0; i < count; ++i) {
      if (i) out += ", ";
      const PgNode* datum = items[i];
      if (datum->node_case == PG_QUERY__NODE__NODE_PARTITION_RANGE_DATUM) {
        const auto* range = datum->partition_range_datum;
        if (range->kind == PG_QUERY__PARTITION_RANGE_DATUM_KIND__PARTITION_RANGE_DATUM_MINVALUE) {
          out += "MINVALUE";
          continue;
        }
        if (range->kind == PG_QUERY__PARTITION_RANGE_DATUM_KIND__PARTITION_RANGE_DATUM_MAXVALUE) {
          out += "MAXVALUE";
          continue;
        }
        datum = range->value;
      }
      // The raw grammar reads MINVALUE / MAXVALUE as column references.
      if (datum != nullptr && datum->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
          datum->column_ref->n_fields == 1) {
        std::string word = string_value(datum->column_ref->fields[0]);
        if (word == "minvalue" || word == "maxvalue") {
          out += word == "minvalue" ? "MINVALUE" : "MAXVALUE";
          continue;
        }
      }
      out += expr_sql(ctx, datum);
    }
    return out + ")";
  };
  std::string strategy = bound->strategy;
  if (strategy == "l") return "FOR VALUES IN " + datums(bound->listdatums, bound->n_listdatums);
  if (strategy == "r") {
    return "FOR VALUES FROM " + datums(bound->lowerdatums, bound->n_lowerdatums) + " TO " +
           datums(bound->upperdatums, bound->n_upperdatums);
  }
  return "FOR VALUES WITH (MODULUS " + std::to_string(bound->modulus) + ", REMAINDER " +
         std::to_string(bound->remainder) + ")";
}

std::optional<ConstraintRef> find_table_constraint(Table& table, const std::string& name) {
  const std::string& t = table.name.name;
  auto matches = [&](const std::string& explicit_name, const std::vector<std::string>& columns,
                     const char* suffix) {
    return explicit_name == name ||
           (explicit_name.empty() && default_constraint_name(t, columns, suffix) == name);
  };
  if (table.primary_key && matches(table.primary_key->name, {}, "pkey"))
    return ConstraintRef{&table.primary_key->name, &table.primary_key->comment, true};
  for (auto& u : table.uniques) {
    if (matches(u.name, u.columns, "key")) return ConstraintRef{&u.name, &u.comment, true};
  }
  for (auto& f : table.foreign_keys) {
    if (matches(f.name, f.columns, "fkey")) return ConstraintRef{&f.name, &f.comment, false};
  }
  for (auto& c : table.checks) {
    std::vector<std::string> columns;
    if (!c.column.empty()) columns.push_back(c.column);
    if (matches(c.name, columns, "check")) return ConstraintRef{&c.name, &c.comment, false};
  }
  for (auto& e : table.exclusions) {
    if (e.name == name) return ConstraintRef{&e.name, &e.comment, true};
  }
  return std::nullopt;
}

bool drop_table_constraint(Table& table, const std::string& name) {
  auto found = find_table_constraint(table, name);
  if (!found) return false;
  if (table.primary_key && found->name == &table.primary_key->name) {
    table.primary_key.reset();
    return true;
  }
  auto erase = [&](auto& items) {
    return std::erase_if(items, [&](const auto& item) { return &item.name == found->name; }) > 0;
  };
  return erase(table.uniques) || erase(table.foreign_keys) || erase(table.checks) ||
         erase(table.exclusions);
}

}  // namespace sf::detail
