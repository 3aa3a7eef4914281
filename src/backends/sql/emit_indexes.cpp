// CREATE INDEX and the key parts shared with exclusion constraints and partition keys.
#include "backends/sql/emit.h"

namespace sf::detail {

void write_index_element(EmitContext& ctx, const IndexElement& element, bool sortable,
                         const SourceLoc& loc, std::string_view object) {
  SqlWriter& w = ctx.w;
  if (!element.column.empty()) {
    w.ident(element.column);
  } else if (element.expr) {
    write_paren_expr(ctx, *element.expr, loc, object);
  } else {
    ctx.unsupported(loc, object, "a key part with neither a column nor an expression");
    w.kw("NULL");
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

void emit_index(EmitContext& ctx, const QualifiedName& relation, const Index& index) {
  std::string object = (index.name.empty() ? std::string("unnamed index") : "index " + index.name) +
                       " on " + relation.display();
  SqlWriter& w = ctx.w;
  w.begin().kw(index.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX");
  if (!index.name.empty()) w.ident(index.name);
  w.kw("ON");
  if (index.only) w.kw("ONLY");
  w.name(relation);
  if (!index.method.empty() && index.method != "btree") w.kw("USING").ident(index.method);
  if (index.elements.empty()) ctx.unsupported(index.loc, object, "an index without key parts");
  w.open();
  for (size_t i = 0; i < index.elements.size(); ++i) {
    if (i) w.comma();
    write_index_element(ctx, index.elements[i], true, index.loc, object);
  }
  w.close();
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
  if (!index.with.empty()) w.kw("WITH").params(index.with);
  if (index.where) {
    w.kw("WHERE");
    write_paren_expr(ctx, *index.where, index.loc, object);
  }
  w.end();
  emit_index_comment(ctx, relation, index);
}

}  // namespace sf::detail
