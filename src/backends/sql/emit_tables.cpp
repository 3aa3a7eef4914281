// CREATE TABLE: columns, inline constraints, partitioning and inheritance, followed by the
// table's comments, indexes, NOT VALID constraints and partition attachment.
#include <algorithm>

#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

bool is_integer(const Type& type) {
  return type.array_dims == 0 && (type.kind == TypeKind::Int16 || type.kind == TypeKind::Int32 ||
                                  type.kind == TypeKind::Int64);
}

struct TablePlan {
  std::vector<const CheckConstraint*> table_checks;  ///< inside CREATE TABLE
  std::vector<const CheckConstraint*> not_valid_checks;
  std::vector<const ForeignKey*> inline_fks;
  std::vector<const ForeignKey*> after_fks;  ///< ALTER TABLE right after this table
  /// SQLite: the counter column written as INTEGER PRIMARY KEY AUTOINCREMENT.
  const Column* rowid_column = nullptr;
  /// MySQL: the AUTO_INCREMENT column (the first counter column that leads a key), and the
  /// index it leads when no primary or unique key does, written inside CREATE TABLE, where
  /// InnoDB requires the column's key.
  const Column* auto_increment = nullptr;
  const Index* counter_index = nullptr;
};

/// A check, in messages that name it by `text` (its table or column).
Subject check_subject(const Table& table, const CheckConstraint& check, const std::string& text) {
  return Subject{text, constraint_subject(table, "check", check.name, check.expr.sql).object};
}

bool is_column_check(const EmitContext& ctx, const Table& table, const CheckConstraint& check) {
  // Other dialects get every check at table level: MariaDB refuses a named column check.
  return !check.column.empty() && !check.not_valid && !ctx.dialect.portable_expressions_only &&
         table.find_column(check.column) != nullptr;
}

/// The column leads the primary key or a unique constraint (both inside CREATE TABLE).
bool leads_a_constraint(const Table& table, const std::string& column) {
  if (table.primary_key && table.primary_key->columns.front() == column) return true;
  for (const auto& unique : table.uniques) {
    if (!unique.columns.empty() && unique.columns.front() == column) return true;
  }
  return false;
}

/// The first index on plain columns (no predicate, method or INCLUDE, which a CREATE TABLE
/// key cannot say) that `column` leads.
const Index* leading_plain_index(const Table& table, const std::string& column) {
  for (const auto& index : table.indexes) {
    bool plain = !index.where && (index.method.empty() || index.method == "btree") &&
                 index.include.empty() && !index.elements.empty() &&
                 std::all_of(index.elements.begin(), index.elements.end(),
                             [](const IndexElement& e) { return !e.column.empty(); });
    if (plain && index.elements.front().column == column) return &index;
  }
  return nullptr;
}

bool leads_a_key(const Table& table, const std::string& column) {
  return leads_a_constraint(table, column) || leading_plain_index(table, column) != nullptr;
}

/// MySQL's AUTO_INCREMENT column: the table's first counter column that leads a key.
const Column* auto_increment_column(const Table& table) {
  for (const auto& column : table.columns) {
    if (is_counter_column(column) && leads_a_key(table, column.name)) return &column;
  }
  return nullptr;
}

TablePlan plan_table(EmitContext& ctx, const Table& table, const CreatedTables& created,
                     std::vector<DeferredForeignKey>& deferred) {
  TablePlan plan;
  const std::string table_text = describe("table", table.name).text;
  for (const auto& check : table.checks) {
    if (check.not_valid) {
      if (ctx.dialect.has_not_valid) {
        plan.not_valid_checks.push_back(&check);
        continue;
      }
      ctx.unsupported(check.loc, check_subject(table, check, table_text),
                      "a NOT VALID check (written as valid)");
    }
    if (!expr_writable(ctx, check.expr, check.loc, check_subject(table, check, table_text),
                       check.name.empty() ? "a check" : "check " + check.name)) {
      continue;
    }
    if (!is_column_check(ctx, table, check)) plan.table_checks.push_back(&check);
  }
  for (const auto& fk : table.foreign_keys) {
    bool self = fk.ref_table.same_object(table.name);
    // A self-reference inside CREATE TABLE needs its key declared in the same statement;
    // a key that is only a unique index exists after the table's indexes.
    bool ref_ready = self || created.exists(fk.ref_table);
    bool can_inline = self ? references_own_constraint(table, fk) : ref_ready;
    // SQLite has no ALTER TABLE ... ADD CONSTRAINT and resolves references when rows change,
    // so every foreign key, cycles included, is declared in CREATE TABLE.
    if (!ctx.dialect.has_alter_add_foreign_key) can_inline = true;
    if (fk.not_valid && !ctx.dialect.has_not_valid) {
      Subject subject{
          table_text,
          constraint_subject(table, "foreign key", fk.name, column_key(fk.columns)).object};
      ctx.unsupported(fk.loc, subject, "a NOT VALID foreign key (written as valid)");
    } else if (fk.not_valid) {
      can_inline = false;
    }
    if (can_inline) {
      plan.inline_fks.push_back(&fk);
    } else if (ref_ready) {
      plan.after_fks.push_back(&fk);
    } else {
      deferred.push_back(DeferredForeignKey{&table, &fk});
    }
  }
  if (ctx.dialect.identity_style == IdentityStyle::IntegerPrimaryKey && table.primary_key &&
      table.primary_key->columns.size() == 1) {
    const Column* column = table.find_column(table.primary_key->columns[0]);
    if (column && is_counter_column(*column) && is_integer(column->type)) {
      plan.rowid_column = column;
    }
  }
  if (ctx.dialect.identity_style == IdentityStyle::AutoIncrement) {
    plan.auto_increment = auto_increment_column(table);
    if (plan.auto_increment && !leads_a_constraint(table, plan.auto_increment->name))
      plan.counter_index = leading_plain_index(table, plan.auto_increment->name);
  }
  return plan;
}

void write_identity(EmitContext& ctx, const Column& column, const Subject& object) {
  const Identity& identity = *column.identity;
  SqlWriter& w = ctx.w;
  w.kw(identity.always ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY");
  SequenceOptions options = identity.options;
  if (!options.data_type.empty()) {
    // PostgreSQL refuses AS in identity options: the sequence takes the column's type.
    if (options.data_type != column.type.spelling) {
      ctx.unsupported(
          column.loc, object,
          "an identity sequence type (" + options.data_type + ") different from the column's type");
    }
    options.data_type.clear();
  }
  std::string sequence_name = options.sequence_name;
  options.sequence_name.clear();
  if (sequence_name.empty() && options == SequenceOptions{}) return;
  w.open();
  if (!sequence_name.empty()) w.kw("SEQUENCE NAME").sql(sequence_name);
  write_sequence_options(ctx, options, true);
  w.close();
}

/// An identity, serial or nextval() column in a dialect with its own counter.
void write_counter(EmitContext& ctx, const Table& table, const TablePlan& plan,
                   const Column& column, const Subject& object) {
  SqlWriter& w = ctx.w;
  if (column.identity) {
    SequenceOptions options = column.identity->options;
    options.data_type.clear();
    options.sequence_name.clear();
    if (!(options == SequenceOptions{})) {
      ctx.unsupported(column.loc, object, "identity options (START, INCREMENT, ...)");
    }
  }
  switch (ctx.dialect.identity_style) {
    case IdentityStyle::Identity:
      return;
    case IdentityStyle::IntegerPrimaryKey:
      if (plan.rowid_column == &column) {
        if (!table.primary_key->name.empty()) w.kw("CONSTRAINT").ident(table.primary_key->name);
        w.kw("PRIMARY KEY AUTOINCREMENT");
        return;
      }
      ctx.unsupported(column.loc, object,
                      "a counter (identity, serial or nextval()) on a column that is not the "
                      "single-column integer primary key");
      return;
    case IdentityStyle::AutoIncrement: {
      // MySQL allows one AUTO_INCREMENT column per table, and it must lead a key.
      const Column* first = plan.auto_increment;
      if (first == &column && is_integer(column.type)) {
        w.kw("AUTO_INCREMENT");
        return;
      }
      if (first == &column) {
        ctx.unsupported(column.loc, object,
                        "a counter (identity, serial or nextval()) on a column of type " +
                            column.type.spelling + " (AUTO_INCREMENT needs an integer)");
        return;
      }
      ctx.unsupported(column.loc, object,
                      "a counter (identity, serial or nextval()) on a column that does not lead "
                      "a key or is not the table's first such column");
      return;
    }
  }
}

/// Everything after a column's type (or after WITH OPTIONS in a partition).
void write_column_options(EmitContext& ctx, const Table& table, const TablePlan& plan,
                          const Column& column, std::string_view type_text, const Subject& object) {
  SqlWriter& w = ctx.w;
  if (!column.collation.empty()) {
    if (ctx.dialect.has_index_methods) {  // PostgreSQL collation names mean nothing elsewhere
      w.kw("COLLATE").sql(column.collation);
    } else {
      ctx.unsupported(column.loc, object, "COLLATE " + column.collation);
    }
  }
  if (column.generated &&
      expr_writable(ctx, *column.generated, column.loc, object, "a generated column's expression")) {
    if (ctx.dialect.has_generated_stored) {
      w.kw("GENERATED ALWAYS AS");
      write_paren_expr(ctx, *column.generated, column.loc, object);
      w.kw("STORED");
    } else {
      ctx.unsupported(column.loc, object, "a generated column");
    }
  }
  bool counter = false;  // the dialect's own counter replaces a nextval() default
  if (ctx.dialect.identity_style == IdentityStyle::Identity) {
    if (column.identity) write_identity(ctx, column, object);
  } else if (is_counter_column(column)) {
    counter = true;
    write_counter(ctx, table, plan, column, object);
  }
  // A serial column's nextval() default is the serial itself.
  bool serial_default =
      column.type.serial && column.default_value && column.default_value->form == ExprForm::NextVal;
  if (column.default_value && !serial_default && !counter) {
    write_column_default(ctx, column, type_text, object);
  }
  // SQLite lets a non-integer primary key hold NULL unless the column says NOT NULL.
  bool pk_column = ctx.dialect.portable_expressions_only && table.primary_key &&
                   std::find(table.primary_key->columns.begin(), table.primary_key->columns.end(),
                             column.name) != table.primary_key->columns.end();
  if (column.not_null || pk_column) w.kw("NOT NULL");
  for (const auto& check : table.checks) {
    if (check.column == column.name && is_column_check(ctx, table, check)) {
      write_check(ctx, check_subject(table, check, object.text), check, &table);
    }
  }
  write_enum_check(ctx, column);
  write_bool_check(ctx, column);
  if (ctx.dialect.comment_style == CommentStyle::Inline && !column.comment.empty()) {
    w.kw("COMMENT").literal(column.comment);
  }
}

bool has_column_options(const EmitContext& ctx, const Table& table, const Column& column) {
  if (!column.collation.empty() || column.generated || column.identity || column.default_value ||
      column.not_null) {
    return true;
  }
  for (const auto& check : table.checks) {
    if (check.column == column.name && is_column_check(ctx, table, check)) return true;
  }
  return false;
}

void write_partition_key(EmitContext& ctx, const Table& table, const Subject& object) {
  const PartitionKey& key = *table.partition_by;
  SqlWriter& w = ctx.w;
  w.newline().kw("PARTITION BY");
  switch (key.strategy) {
    case PartitionStrategy::Range:
      w.kw("RANGE");
      break;
    case PartitionStrategy::List:
      w.kw("LIST");
      break;
    case PartitionStrategy::Hash:
      w.kw("HASH");
      break;
  }
  w.open();
  for (size_t i = 0; i < key.elements.size(); ++i) {
    if (i) w.comma();
    write_index_element(ctx, key.elements[i], false, table.loc, object);
  }
  w.close();
}

/// [UNIQUE] INDEX name (parts) [COMMENT '...'] inside MySQL's CREATE TABLE.
void write_inline_index(EmitContext& ctx, const Table& table, const Index& index) {
  SqlWriter& w = ctx.w;
  Subject object = index_subject(table.name, index);
  std::string name = index.name.empty() ? default_index_name(table.name, index) : index.name;
  w.kw(index.unique ? "UNIQUE INDEX" : "INDEX").ident(ctx.name_of(table.name, NameKind::Index, name));
  write_index_parts(ctx, &table, index, object);
  if (!index.comment.empty()) w.kw("COMMENT").literal(index.comment);
}

void write_bound(EmitContext& ctx, const Table& table, const Subject& object) {
  if (table.partition_of->bound_sql.empty()) {
    ctx.unsupported(table.loc, object, "a partition without a bound (written as DEFAULT)");
    ctx.w.kw("DEFAULT");
    return;
  }
  ctx.w.sql(table.partition_of->bound_sql);
}

/// The table's columns; without inheritance or partitions, the parents' columns come first,
/// as PostgreSQL would have merged them.
std::vector<const Column*> written_columns(const EmitContext& ctx, const Table& table,
                                           int depth = 0) {
  std::vector<const Column*> columns;
  std::vector<QualifiedName> parents;
  if (!ctx.dialect.has_inheritance) parents = table.inherits;
  if (!ctx.dialect.has_partitioning && table.partition_of) {
    parents.push_back(table.partition_of->parent);
  }
  if (depth < 16) {
    for (const auto& parent_name : parents) {
      const Table* parent = ctx.schema.find_table(parent_name);
      if (parent == nullptr) continue;
      for (const Column* column : written_columns(ctx, *parent, depth + 1)) {
        bool seen = std::any_of(columns.begin(), columns.end(),
                                [&](const Column* c) { return c->name == column->name; });
        if (!seen && table.find_column(column->name) == nullptr) columns.push_back(column);
      }
    }
  }
  for (const auto& column : table.columns) columns.push_back(&column);
  return columns;
}

void write_create_table(EmitContext& ctx, const Table& table, const TablePlan& plan,
                        const Subject& object) {
  SqlWriter& w = ctx.w;
  bool partition_of = table.partition_of && ctx.dialect.has_partitioning;
  bool declared_partition = partition_of && !table.partition_of->attached;

  w.begin();
  write_sql_comment(ctx, table.comment);
  w.kw("CREATE");
  if (table.unlogged) {
    if (ctx.dialect.has_unlogged_tables) {
      w.kw("UNLOGGED");
    } else {
      ctx.unsupported(table.loc, object, "UNLOGGED");
    }
  }
  w.kw("TABLE").name(table.name);
  if (declared_partition) w.kw("PARTITION OF").name(table.partition_of->parent);

  bool has_elements = !written_columns(ctx, table).empty() || table.primary_key || !table.uniques.empty() ||
                      !plan.table_checks.empty() || !plan.inline_fks.empty() ||
                      !table.exclusions.empty();
  if (declared_partition) {
    // The columns come from the parent; only their options can be given.
    has_elements = table.primary_key || !table.uniques.empty() || !plan.table_checks.empty() ||
                   !plan.inline_fks.empty() || !table.exclusions.empty();
    for (const auto& column : table.columns) has_elements |= has_column_options(ctx, table, column);
  }
  if (has_elements || !declared_partition) {
    w.begin_block();
    for (const Column* column_ptr : written_columns(ctx, table)) {
      const Column& column = *column_ptr;
      std::string type_text = column.type.spelling;
      Subject column_object = column_subject(table, column.name);
      if (declared_partition) {
        if (!has_column_options(ctx, table, column)) continue;
        w.item().ident(column.name).kw("WITH OPTIONS");
      } else {
        w.item();
        write_sql_comment(ctx, column.comment);
        if (plan.rowid_column == &column) write_sql_comment(ctx, table.primary_key->comment);
        w.ident(column.name);
        if (plan.rowid_column == &column) {
          w.sql("INTEGER");
        } else {
          type_text = write_column_type(ctx, table, column, column_object);
        }
      }
      write_column_options(ctx, table, plan, column, type_text, column_object);
    }
    if (table.primary_key && plan.rowid_column == nullptr) {
      w.item();
      write_sql_comment(ctx, table.primary_key->comment);
      write_primary_key(ctx, table, *table.primary_key);
    }
    for (const auto& unique : table.uniques) {
      w.item();
      write_sql_comment(ctx, unique.comment);
      write_unique(ctx, table, unique);
    }
    if (plan.counter_index) {
      w.item();
      write_inline_index(ctx, table, *plan.counter_index);
    }
    for (const CheckConstraint* check : plan.table_checks) {
      w.item();
      write_sql_comment(ctx, check->comment);
      write_check(ctx, check_subject(table, *check, object.text), *check, &table);
    }
    for (const ForeignKey* fk : plan.inline_fks) {
      w.item();
      write_sql_comment(ctx, fk->comment);
      write_foreign_key(ctx, table, *fk);
    }
    if (!table.exclusions.empty() && !ctx.dialect.has_exclusion_constraints) {
      ctx.unsupported(table.loc, object, "exclusion constraints");
    } else {
      for (const auto& exclusion : table.exclusions) {
        w.item();
        write_exclusion(ctx, table, exclusion);
      }
    }
    w.end_block();
  }
  if (declared_partition) {
    w.newline();
    write_bound(ctx, table, object);
  }
  if (!table.inherits.empty()) {
    if (!ctx.dialect.has_inheritance) {
      ctx.unsupported(table.loc, object, "INHERITS (the parent's columns are copied)");
    } else if (table.partition_of) {
      ctx.unsupported(table.loc, object, "INHERITS on a partition");
    } else {
      w.newline().kw("INHERITS").open();
      for (size_t i = 0; i < table.inherits.size(); ++i) {
        if (i) w.comma();
        w.name(table.inherits[i]);
      }
      w.close();
    }
  }
  if (table.partition_by) {
    if (ctx.dialect.has_partitioning) {
      write_partition_key(ctx, table, object);
    } else {
      ctx.unsupported(table.loc, object, "PARTITION BY");
    }
  }
  if (table.partition_of && !ctx.dialect.has_partitioning) {
    ctx.unsupported(table.loc, object, "PARTITION OF (written as a table of its own)");
  }
  if (!table.options.empty()) {
    if (ctx.dialect.portable_expressions_only) {
      ctx.unsupported(table.loc, object, "storage parameters WITH (...)");
    } else {
      w.newline().kw("WITH").params(table.options);
    }
  }
  if (ctx.dialect.comment_style == CommentStyle::Inline && !table.comment.empty()) {
    w.newline().kw("COMMENT =").literal(table.comment);
  }
  w.end();
}

void emit_table_comments(EmitContext& ctx, const Table& table, const TablePlan& plan) {
  // "--" lines inside CREATE TABLE hold them all; what is left out (a check SQLite cannot
  // say, an exclusion constraint) was reported with its comment.
  if (ctx.dialect.comment_style == CommentStyle::SqlComment) return;
  if (ctx.dialect.comment_style != CommentStyle::Inline) {  // else written in CREATE TABLE
    emit_comment(ctx, "TABLE", table.name, table.comment);
    for (const auto& column : table.columns) emit_column_comment(ctx, table.name, column);
  }
  auto constraint_comment = [&](const std::string& name, const std::string& comment,
                                const SourceLoc& loc) {
    emit_constraint_comment(ctx, table.name, false, name, comment, loc);
  };
  if (table.primary_key) {
    constraint_comment(table.primary_key->name, table.primary_key->comment, table.primary_key->loc);
  }
  for (const auto& unique : table.uniques)
    constraint_comment(unique.name, unique.comment, unique.loc);
  for (const auto& check : table.checks) {
    bool added_later = std::find(plan.not_valid_checks.begin(), plan.not_valid_checks.end(),
                                 &check) != plan.not_valid_checks.end();
    if (!added_later) constraint_comment(check.name, check.comment, check.loc);
  }
  for (const ForeignKey* fk : plan.inline_fks) constraint_comment(fk->name, fk->comment, fk->loc);
  for (const auto& exclusion : table.exclusions) {
    constraint_comment(exclusion.name, exclusion.comment, exclusion.loc);
  }
}

}  // namespace

bool CreatedTables::exists(const QualifiedName& name) const {
  if (schema_.find_table(name) == nullptr) return true;  // outside the model: assumed present
  for (const Table* table : created_) {
    if (table->name.same_object(name)) return true;
  }
  return false;
}

void emit_table(EmitContext& ctx, const Table& table, const CreatedTables& created,
                std::vector<DeferredForeignKey>& deferred) {
  Subject object = describe("table", table.name);
  TablePlan plan = plan_table(ctx, table, created, deferred);
  write_create_table(ctx, table, plan, object);
  emit_table_comments(ctx, table, plan);
  for (const auto& index : table.indexes) {
    if (&index != plan.counter_index) emit_index(ctx, table.name, index);
  }
  for (const CheckConstraint* check : plan.not_valid_checks) emit_add_check(ctx, table, *check);
  for (const ForeignKey* fk : plan.after_fks) emit_add_foreign_key(ctx, table, *fk);
  if (table.partition_of && table.partition_of->attached && ctx.dialect.has_partitioning) {
    // pg_dump's style: the partition was created with its own columns, then attached.
    SqlWriter& w = ctx.w;
    w.begin().kw("ALTER TABLE ONLY").name(table.partition_of->parent);
    w.clause().kw("ATTACH PARTITION").name(table.name);
    write_bound(ctx, table, object);
    w.end();
  }
}

}  // namespace sf::detail
