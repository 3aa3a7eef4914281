// ALTER ... RENAME: tables, views, sequences, columns, constraints, indexes, triggers, policies.
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

void rename_in(std::vector<std::string>& names, const std::string& from, const std::string& to) {
  std::replace(names.begin(), names.end(), from, to);
}

void rename_table_references(Schema& schema, const QualifiedName& from, const QualifiedName& to) {
  for (auto& table : schema.tables) {
    for (auto& fk : table.foreign_keys) {
      if (fk.ref_table.same_object(from)) fk.ref_table = to;
    }
    if (table.partition_of && table.partition_of->parent.same_object(from))
      table.partition_of->parent = to;
    for (auto& parent : table.inherits) {
      if (parent.same_object(from)) parent = to;
    }
  }
  for (auto& sequence : schema.sequences) {
    if (sequence.owned_by_table.same_object(from)) sequence.owned_by_table = to;
  }
}

void rename_column(Schema& schema, Table& table, const std::string& from, const std::string& to) {
  if (table.primary_key) rename_in(table.primary_key->columns, from, to);
  for (auto& unique : table.uniques) rename_in(unique.columns, from, to);
  for (auto& fk : table.foreign_keys) rename_in(fk.columns, from, to);
  for (auto& check : table.checks) {
    if (check.column == from) check.column = to;
  }
  for (auto& index : table.indexes) {
    for (auto& element : index.elements) {
      if (element.column == from) element.column = to;
    }
    rename_in(index.include, from, to);
  }
  for (auto& other : schema.tables) {
    for (auto& fk : other.foreign_keys) {
      if (fk.ref_table.same_object(table.name)) rename_in(fk.ref_columns, from, to);
    }
  }
}

}  // namespace

void transform_rename(ParseContext& ctx, const PgQuery__RenameStmt* stmt) {
  QualifiedName written = qualified_name(stmt->relation);
  std::string subname = stmt->subname;
  std::string newname = stmt->newname;
  auto missing = [&](const std::string& what) {
    if (stmt->missing_ok)
      ctx.info(DiagCode::SkippedStatement, what + " does not exist, skipping");
    else
      ctx.unknown_object(what + " does not exist");
  };
  switch (stmt->rename_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
      // ALTER TABLE ... RENAME works on any relation, as in PostgreSQL.
      if (Table* table = ctx.schema.find_table(ctx.resolve_table(written))) {
        QualifiedName from = table->name;
        table->name.name = newname;
        rename_table_references(ctx.schema, from, table->name);
        return;
      }
      QualifiedName view_name = ctx.resolve(
          written, [&](const QualifiedName& n) { return ctx.schema.find_view(n) != nullptr; });
      if (View* view = ctx.schema.find_view(view_name)) {
        view->name.name = newname;
        return;
      }
      if (Sequence* sequence = ctx.schema.find_sequence(ctx.resolve_sequence(written))) {
        sequence->name.name = newname;
        return;
      }
      return missing("relation \"" + written.display() + "\"");
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      Table* table = ctx.schema.find_table(ctx.resolve_table(written));
      if (!table) return missing("relation \"" + written.display() + "\"");
      Column* column = table->find_column(subname);
      if (!column) return missing("column \"" + subname + "\"");
      column->name = newname;
      rename_column(ctx.schema, *table, subname, newname);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      Table* table = ctx.schema.find_table(ctx.resolve_table(written));
      if (!table) return missing("relation \"" + written.display() + "\"");
      auto found = find_table_constraint(*table, subname);
      if (!found) return missing("constraint \"" + subname + "\"");
      *found->name = newname;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
      Index* index = find_index(ctx, written, nullptr);
      if (!index) return missing("index \"" + written.display() + "\"");
      index->name = newname;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: {
      Table* table = ctx.schema.find_table(ctx.resolve_table(written));
      if (!table) return missing("relation \"" + written.display() + "\"");
      auto rename = [&](auto& items) {
        for (auto& item : items) {
          if (item.name == subname) {
            item.name = newname;
            return true;
          }
        }
        return false;
      };
      bool renamed = stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER
                         ? rename(table->triggers)
                         : rename(table->policies);
      if (!renamed)
        missing(std::string(object_type_name(stmt->rename_type)) + " \"" + subname + "\"");
      return;
    }
    default:
      ctx.unsupported(std::string("ALTER ") + object_type_name(stmt->rename_type) + " ... RENAME");
      return;
  }
}

}  // namespace sf::detail
