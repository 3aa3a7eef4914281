// CREATE VIEW and CREATE MATERIALIZED VIEW, with a materialized view's indexes.
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_view(EmitContext& ctx, const View& view) {
  Subject object = describe(view.materialized ? "materialized view" : "view", view.name);
  SqlWriter& w = ctx.w;
  // A query read from a SQLite or MySQL database is that database's SQL: it can be written
  // back to the same dialect only.
  if (!ctx.dialect.has_postgres_definitions && view.query_dialect != ctx.dialect.name) {
    std::string language = view.query_dialect.empty() ? "PostgreSQL" : view.query_dialect;
    ctx.unsupported(view.loc, object, "a view (its query is " + language + " SQL)");
    return;
  }
  if (view.materialized && !ctx.dialect.has_materialized_views) {
    ctx.unsupported(view.loc, object, "a materialized view");
    return;
  }
  if (view.query.empty()) {
    ctx.unsupported(view.loc, object, "a view without a query");
    return;
  }
  w.begin().kw(view.materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW").name(view.name);
  if (!view.column_names.empty()) w.ident_list(view.column_names);
  if (!view.options.empty()) w.kw("WITH").params(view.options);
  w.kw("AS").newline().sql(statement_text(view.query));
  if (!view.check_option.empty()) {
    if (view.materialized) {
      ctx.unsupported(view.loc, object, "WITH CHECK OPTION on a materialized view");
    } else if (view.check_option == "LOCAL" || view.check_option == "CASCADED") {
      w.newline().kw("WITH").kw(view.check_option).kw("CHECK OPTION");
    } else {
      ctx.unsupported(view.loc, object, "check option '" + view.check_option + "'");
    }
  }
  if (!view.with_data) {
    if (view.materialized) {
      w.newline().kw("WITH NO DATA");
    } else {
      ctx.unsupported(view.loc, object, "WITH NO DATA on a view that is not materialized");
    }
  }
  w.end();
  emit_comment(ctx, view.materialized ? "MATERIALIZED VIEW" : "VIEW", view.name, view.comment);
  if (!view.materialized && !view.indexes.empty()) {
    ctx.unsupported(view.loc, object, "indexes on a view that is not materialized");
    return;
  }
  for (const auto& index : view.indexes) emit_index(ctx, view.name, index);
}

}  // namespace sf::detail
