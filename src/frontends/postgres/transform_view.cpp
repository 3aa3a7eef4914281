// CREATE [OR REPLACE] VIEW and CREATE MATERIALIZED VIEW: the query kept as deparsed text.
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

std::string query_sql(ParseContext& ctx, const PgNode* query) {
  std::string error;
  auto text = deparse_statement(query, &error);
  if (!text) {
    ctx.unsupported("view query that libpg_query cannot deparse: " + error);
    return {};
  }
  return std::move(*text);
}

/// Adds `view`, replacing an earlier definition for CREATE OR REPLACE (its comment stays,
/// as in PostgreSQL; it moves to the end so it follows whatever it now depends on).
void add_view(ParseContext& ctx, View view, bool replace, bool if_not_exists) {
  auto it = std::find_if(ctx.schema.views.begin(), ctx.schema.views.end(),
                         [&](const View& v) { return v.name.same_object(view.name); });
  if (it != ctx.schema.views.end()) {
    if (if_not_exists) {
      ctx.info(DiagCode::SkippedStatement,
               "relation \"" + view.name.display() + "\" already exists, skipping");
      return;
    }
    if (!replace || it->materialized != view.materialized) {
      ctx.duplicate_object("relation \"" + view.name.display() + "\" already exists");
      return;
    }
    view.comment = std::move(it->comment);
    view.indexes = std::move(it->indexes);
    ctx.schema.views.erase(it);
  } else if (ctx.schema.find_table(view.name) || ctx.schema.find_sequence(view.name)) {
    ctx.duplicate_object("relation \"" + view.name.display() + "\" already exists");
    return;
  }
  view.ordinal = ctx.schema.next_ordinal();
  ctx.schema.views.push_back(std::move(view));
}

}  // namespace

void transform_view(ParseContext& ctx, const PgQuery__ViewStmt* stmt) {
  View view;
  view.name = ctx.created_name(qualified_name(stmt->view));
  if (stmt->view->relpersistence[0] == 't') {
    ctx.unsupported_clause(stmt->view->location, "TEMPORARY view \"" + view.name.display() +
                                                     "\" is not part of the schema; skipped");
    return;
  }
  view.column_names = string_list(stmt->aliases, stmt->n_aliases);
  view.query = query_sql(ctx, stmt->query);
  if (view.query.empty()) return;
  view.options = storage_params(stmt->options, stmt->n_options);
  switch (stmt->with_check_option) {
    case PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION:
      view.check_option = "LOCAL";
      break;
    case PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION:
      view.check_option = "CASCADED";
      break;
    default:
      break;
  }
  view.loc = ctx.statement_loc();
  add_view(ctx, std::move(view), stmt->replace, false);
}

void transform_create_table_as(ParseContext& ctx, const PgQuery__CreateTableAsStmt* stmt) {
  const PgQuery__IntoClause* into = stmt->into;
  QualifiedName name = ctx.created_name(qualified_name(into ? into->rel : nullptr));
  if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) {
    // The columns of CREATE TABLE ... AS come from the query's result types.
    ctx.unsupported("CREATE TABLE " + name.display() + " AS (columns defined by a query)");
    return;
  }
  View view;
  view.name = name;
  view.materialized = true;
  view.column_names = string_list(into->col_names, into->n_col_names);
  view.query = query_sql(ctx, stmt->query);
  if (view.query.empty()) return;
  view.options = storage_params(into->options, into->n_options);
  view.with_data = !into->skip_data;
  if (into->table_space_name[0] != '\0') {
    ctx.unsupported_clause(
        into->rel->location,
        "TABLESPACE " + std::string(into->table_space_name) + " is not kept in the model");
  }
  view.loc = ctx.statement_loc();
  add_view(ctx, std::move(view), false, stmt->if_not_exists);
}

}  // namespace sf::detail
