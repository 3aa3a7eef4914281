// Table constraints: PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY, EXCLUDE, and ALTER TABLE ... ADD.
#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

void write_constraint_name(SqlWriter& w, const std::string& name) {
  if (!name.empty()) w.kw("CONSTRAINT").ident(name);
}

void write_include(EmitContext& ctx, const std::vector<std::string>& include, const SourceLoc& loc,
                   const Subject& object) {
  if (include.empty()) return;
  if (!ctx.dialect.has_index_include) {
    ctx.unsupported(loc, object, "INCLUDE columns");
    return;
  }
  ctx.w.kw("INCLUDE").ident_list(include);
}

bool same_column_set(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

}  // namespace

void write_timing(EmitContext& ctx, const ConstraintTiming& timing, const SourceLoc& loc,
                  const Subject& object, bool foreign_key) {
  if (!timing.deferrable && !timing.initially_deferred) return;
  bool supported = ctx.dialect.has_deferrable_constraints ||
                   (foreign_key && ctx.dialect.has_deferrable_foreign_keys);
  if (!supported) {
    ctx.unsupported(loc, object, "DEFERRABLE");
    return;
  }
  ctx.w.kw("DEFERRABLE");
  if (timing.initially_deferred) ctx.w.kw("INITIALLY DEFERRED");
}

void write_primary_key(EmitContext& ctx, const Table& table, const PrimaryKey& pk) {
  Subject object = constraint_subject(table, "primary key", pk.name, column_key(pk.columns));
  write_constraint_name(ctx.w, ctx.name_of(table.name, NameKind::PrimaryKey, pk.name));
  ctx.w.kw("PRIMARY KEY").ident_list(pk.columns);
  write_include(ctx, pk.include, pk.loc, object);
  write_timing(ctx, pk.timing, pk.loc, object);
}

void write_unique(EmitContext& ctx, const Table& table, const UniqueConstraint& unique) {
  Subject object = constraint_subject(table, "unique", unique.name, column_key(unique.columns));
  write_constraint_name(ctx.w, ctx.name_of(table.name, NameKind::Unique, unique.name));
  ctx.w.kw("UNIQUE");
  if (unique.nulls_not_distinct) {
    if (ctx.dialect.has_nulls_not_distinct) {
      ctx.w.kw("NULLS NOT DISTINCT");
    } else {
      ctx.unsupported(unique.loc, object, "NULLS NOT DISTINCT");
    }
  }
  ctx.w.ident_list(unique.columns);
  write_include(ctx, unique.include, unique.loc, object);
  write_timing(ctx, unique.timing, unique.loc, object);
}

void write_check(EmitContext& ctx, const Subject& object, const CheckConstraint& check,
                 const Table* table) {
  write_constraint_name(ctx.w,
                        table ? ctx.name_of(table->name, NameKind::Check, check.name) : check.name);
  ctx.w.kw("CHECK");
  write_paren_expr(ctx, check.expr, check.loc, object);
  if (check.no_inherit) {
    if (ctx.dialect.has_inheritance) {
      ctx.w.kw("NO INHERIT");
    } else {
      ctx.unsupported(check.loc, object, "NO INHERIT");
    }
  }
}

void write_foreign_key(EmitContext& ctx, const Table& table, const ForeignKey& fk) {
  Subject object = constraint_subject(table, "foreign key", fk.name, column_key(fk.columns));
  SqlWriter& w = ctx.w;
  write_constraint_name(w, ctx.name_of(table.name, NameKind::ForeignKey, fk.name));
  w.kw("FOREIGN KEY").ident_list(fk.columns).kw("REFERENCES").name(fk.ref_table);
  if (!fk.ref_columns.empty()) {
    w.ident_list(fk.ref_columns);
  } else if (ctx.dialect.portable_expressions_only) {
    // MySQL needs the referenced columns named: the referenced table's primary key.
    const Table* ref = ctx.schema.find_table(fk.ref_table);
    if (ref && ref->primary_key) w.ident_list(ref->primary_key->columns);
  }
  switch (fk.match) {
    case FkMatch::Simple:
      break;
    case FkMatch::Full:
      if (ctx.dialect.portable_expressions_only) {  // parsed but ignored by SQLite and InnoDB
        ctx.unsupported(fk.loc, object, "MATCH FULL");
      } else {
        w.kw("MATCH FULL");
      }
      break;
    case FkMatch::Partial:
      // PostgreSQL parses MATCH PARTIAL but refuses it ("not yet implemented").
      ctx.unsupported(fk.loc, object, "MATCH PARTIAL (written as MATCH SIMPLE)");
      break;
  }
  auto action = [&](std::string_view clause, FkAction fk_action) {
    if (fk_action == FkAction::NoAction) return;
    if (fk_action == FkAction::SetDefault && !ctx.dialect.has_fk_set_default) {
      ctx.unsupported(fk.loc, object, std::string(clause) + " SET DEFAULT");
      return;
    }
    // PostgreSQL fails such a SET NULL only when it fires; InnoDB refuses the definition.
    bool not_null_column = std::any_of(fk.columns.begin(), fk.columns.end(), [&](const auto& c) {
      const Column* column = table.find_column(c);
      return column && column->not_null;
    });
    if (fk_action == FkAction::SetNull && not_null_column && !ctx.dialect.has_fk_set_default) {
      ctx.unsupported(fk.loc, object, std::string(clause) + " SET NULL on a NOT NULL column");
      return;
    }
    w.kw(clause).kw(to_string(fk_action));
  };
  action("ON UPDATE", fk.on_update);
  action("ON DELETE", fk.on_delete);
  if (!fk.on_delete_columns.empty()) {
    if (fk.on_delete == FkAction::SetNull || fk.on_delete == FkAction::SetDefault) {
      w.ident_list(fk.on_delete_columns);
    } else {
      ctx.unsupported(fk.loc, object,
                      "a column list for ON DELETE other than SET NULL or SET DEFAULT");
    }
  }
  write_timing(ctx, fk.timing, fk.loc, object, true);
}

void write_exclusion(EmitContext& ctx, const Table& table, const ExclusionConstraint& exclusion) {
  std::vector<std::string> parts;
  for (const auto& element : exclusion.elements) {
    parts.push_back(element.element.column.empty() && element.element.expr
                        ? element.element.expr->sql
                        : element.element.column);
  }
  Subject object = constraint_subject(table, "exclusion", exclusion.name, column_key(parts));
  SqlWriter& w = ctx.w;
  write_constraint_name(w, exclusion.name);
  w.kw("EXCLUDE USING").ident(exclusion.method).open();
  for (size_t i = 0; i < exclusion.elements.size(); ++i) {
    if (i) w.comma();
    write_index_element(ctx, exclusion.elements[i].element, true, exclusion.loc, object);
    w.kw("WITH").sql(exclusion.elements[i].op);
  }
  w.close();
  write_include(ctx, exclusion.include, exclusion.loc, object);
  if (exclusion.where) {
    w.kw("WHERE");
    write_paren_expr(ctx, *exclusion.where, exclusion.loc, object);
  }
  write_timing(ctx, exclusion.timing, exclusion.loc, object);
}

void emit_add_foreign_key(EmitContext& ctx, const Table& table, const ForeignKey& fk) {
  SqlWriter& w = ctx.w;
  w.begin().kw("ALTER TABLE").name(table.name).clause().kw("ADD");
  write_foreign_key(ctx, table, fk);
  if (fk.not_valid) w.kw("NOT VALID");
  w.end();
  emit_constraint_comment(ctx, table.name, false, fk.name, fk.comment, fk.loc);
}

void emit_add_check(EmitContext& ctx, const Table& table, const CheckConstraint& check) {
  SqlWriter& w = ctx.w;
  w.begin().kw("ALTER TABLE").name(table.name).clause().kw("ADD");
  write_check(ctx, constraint_subject(table, "check", check.name, check.expr.sql), check, &table);
  w.kw("NOT VALID").end();
  emit_constraint_comment(ctx, table.name, false, check.name, check.comment, check.loc);
}

bool references_own_constraint(const Table& table, const ForeignKey& fk) {
  if (fk.ref_columns.empty()) return table.primary_key.has_value();
  if (table.primary_key && same_column_set(table.primary_key->columns, fk.ref_columns)) {
    return true;
  }
  return std::any_of(table.uniques.begin(), table.uniques.end(), [&](const UniqueConstraint& u) {
    return same_column_set(u.columns, fk.ref_columns);
  });
}

}  // namespace sf::detail
