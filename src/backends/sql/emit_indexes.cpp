// CREATE INDEX and the key parts shared with exclusion constraints and partition keys.
#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

/// Whether a dialect other than PostgreSQL can have the index, and with which predicate;
/// reports what it loses. A unique index that would lose its predicate is left out, since
/// it would refuse rows the source accepts.
bool portable_index(EmitContext& ctx, const QualifiedName& relation, const Index& index,
                    const Subject& object, std::optional<Expr>& where) {
  const Table* table = ctx.schema.find_table(relation);
  for (const auto& element : index.elements) {
    if (element.expr) {
      if (!ctx.dialect.has_expression_indexes) {
        ctx.unsupported(index.loc, object,
                        "an expression key part (" + element.expr->sql + "); the index is left out");
        return false;
      }
      if (!expr_writable(ctx, *element.expr, index.loc, object,
                         "an expression key part; the index is left out")) {
        return false;
      }
    }
    const Column* column = table ? table->find_column(element.column) : nullptr;
    bool json = column && (column->type.kind == TypeKind::Json ||
                           column->type.kind == TypeKind::Jsonb || column->type.array_dims > 0);
    if (json && ctx.dialect.keyed_text_needs_length) {
      ctx.unsupported(index.loc, object,
                      "a key part on JSON column " + element.column + "; the index is left out");
      return false;
    }
  }
  if (!where) return true;
  bool keep = ctx.dialect.has_partial_indexes;
  if (keep) keep = expr_writable(ctx, *where, index.loc, object, "a partial-index predicate");
  if (keep) return true;
  if (!ctx.dialect.has_partial_indexes) {
    ctx.unsupported(index.loc, object, "a partial-index predicate (" + where->sql + ")");
  }
  where.reset();
  if (index.unique) {
    ctx.unsupported(index.loc, object, "a unique index without its predicate; it is left out");
    return false;
  }
  return true;  // a full index answers the same queries
}

}  // namespace

void write_index_element(EmitContext& ctx, const IndexElement& element, bool sortable,
                         const SourceLoc& loc, const Subject& object, int prefix_length) {
  SqlWriter& w = ctx.w;
  if (!element.column.empty()) {
    w.ident(element.column);
    if (prefix_length > 0) w.glued("(" + std::to_string(prefix_length) + ")");
  } else if (element.expr) {
    write_paren_expr(ctx, *element.expr, loc, object);
  } else {
    ctx.unsupported(loc, object, "a key part with neither a column nor an expression");
    w.kw("NULL");
  }
  if (!ctx.dialect.has_index_methods) {
    // PostgreSQL's collation and operator-class names mean nothing elsewhere.
    if (!element.collation.empty()) ctx.unsupported(loc, object, "COLLATE " + element.collation);
    if (!element.opclass.empty()) ctx.unsupported(loc, object, "operator class " + element.opclass);
    if (element.nulls != NullsOrder::Default) ctx.unsupported(loc, object, "NULLS FIRST/LAST");
    if (element.order == SortOrder::Desc) w.kw("DESC");
    if (element.order == SortOrder::Asc) w.kw("ASC");
    return;
  }
  if (!element.collation.empty()) w.kw("COLLATE").sql(element.collation);
  if (!element.opclass.empty()) {
    w.sql(element.opclass);
    if (!element.opclass_params.empty()) w.params(element.opclass_params, true);
  } else if (!element.opclass_params.empty()) {
    ctx.unsupported(loc, object, "operator-class parameters without an operator class");
  }
  bool ordered = element.order != SortOrder::Default || element.nulls != NullsOrder::Default;
  if (ordered && !sortable) {
    ctx.unsupported(loc, object, "a sort order on a partition key");
    return;
  }
  switch (element.order) {
    case SortOrder::Default:
      break;
    case SortOrder::Asc:
      w.kw("ASC");
      break;
    case SortOrder::Desc:
      w.kw("DESC");
      break;
  }
  switch (element.nulls) {
    case NullsOrder::Default:
      break;
    case NullsOrder::First:
      w.kw("NULLS FIRST");
      break;
    case NullsOrder::Last:
      w.kw("NULLS LAST");
      break;
  }
}

void write_index_parts(EmitContext& ctx, const Table* table, const Index& index,
                       const Subject& object) {
  SqlWriter& w = ctx.w;
  w.open();
  for (size_t i = 0; i < index.elements.size(); ++i) {
    if (i) w.comma();
    write_index_element(ctx, index.elements[i], true, index.loc, object,
                        table ? index_prefix_length(ctx, *table, index, index.elements[i]) : 0);
  }
  w.close();
}

void emit_index(EmitContext& ctx, const QualifiedName& relation, const Index& index) {
  Subject object = index_subject(relation, index);
  std::optional<Expr> where = index.where;
  if (ctx.dialect.portable_expressions_only && !portable_index(ctx, relation, index, object, where)) {
    return;
  }
  SqlWriter& w = ctx.w;
  w.begin();
  write_sql_comment(ctx, index.comment);
  w.kw(index.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX");
  if (!index.name.empty() || ctx.dialect.portable_expressions_only) {  // required there
    std::string name = index.name.empty() ? default_index_name(relation, index) : index.name;
    w.ident(ctx.name_of(relation, NameKind::Index, name));
  }
  w.kw("ON");
  if (index.only && ctx.dialect.has_partitioning) w.kw("ONLY");
  w.name(relation);
  if (!index.method.empty() && index.method != "btree") {
    if (ctx.dialect.has_index_methods) {
      w.kw("USING").ident(index.method);
    } else {
      ctx.unsupported(index.loc, object, "index method " + index.method + " (written as the default)");
    }
  }
  if (index.elements.empty()) ctx.unsupported(index.loc, object, "an index without key parts");
  write_index_parts(ctx, ctx.schema.find_table(relation), index, object);
  if (!index.include.empty()) {
    if (ctx.dialect.has_index_include) {
      w.kw("INCLUDE").ident_list(index.include);
    } else {
      ctx.unsupported(index.loc, object, "INCLUDE columns");
    }
  }
  if (index.nulls_not_distinct) {
    if (ctx.dialect.has_nulls_not_distinct) {
      w.kw("NULLS NOT DISTINCT");
    } else {
      ctx.unsupported(index.loc, object, "NULLS NOT DISTINCT");
    }
  }
  if (!index.with.empty()) {
    if (ctx.dialect.portable_expressions_only) {
      ctx.unsupported(index.loc, object, "storage parameters WITH (...)");
    } else {
      w.kw("WITH").params(index.with);
    }
  }
  if (where) {
    w.kw("WHERE");
    write_paren_expr(ctx, *where, index.loc, object);
  }
  if (ctx.dialect.comment_style == CommentStyle::Inline && !index.comment.empty()) {
    w.kw("COMMENT").literal(index.comment);
  }
  w.end();
  emit_index_comment(ctx, relation, index);
}

}  // namespace sf::detail
