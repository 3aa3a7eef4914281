// One expression or one SELECT through libpg_query, for callers outside this folder.
#include "schemaforge/frontends/postgres_fragments.h"

#include <memory>

#include "frontends/postgres/transform.h"

namespace sf {

namespace {

using detail::PgNode;

/// Parses `sql` into a protobuf tree, or sets `error`. The caller frees the tree.
PgQuery__ParseResult* parse_tree(const std::string& sql, std::string& error) {
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
  if (parsed.error != nullptr) {
    error = parsed.error->message;
    pg_query_free_protobuf_parse_result(parsed);
    return nullptr;
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  if (tree == nullptr) error = "libpg_query returned a parse tree that cannot be read";
  return tree;
}

const PgQuery__SelectStmt* only_select(const PgQuery__ParseResult* tree, std::string& error) {
  if (tree->n_stmts != 1 || tree->stmts[0]->stmt == nullptr ||
      tree->stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) {
    error = "expected exactly one SELECT statement";
    return nullptr;
  }
  return tree->stmts[0]->stmt->select_stmt;
}

std::optional<std::string> column_name(const PgNode* node) {
  if (node == nullptr) return std::nullopt;
  if (node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) return column_name(node->type_cast->arg);
  if (node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return std::nullopt;
  const auto* ref = node->column_ref;
  if (ref->n_fields == 0) return std::nullopt;
  const PgNode* last = ref->fields[ref->n_fields - 1];
  if (last->node_case != PG_QUERY__NODE__NODE_STRING) return std::nullopt;
  return std::string(last->string->sval);
}

bool is_constant(const PgNode* node) {
  if (node == nullptr) return false;
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST: return true;
    case PG_QUERY__NODE__NODE_TYPE_CAST: return is_constant(node->type_cast->arg);
    case PG_QUERY__NODE__NODE_LIST:
      for (size_t i = 0; i < node->list->n_items; ++i) {
        if (!is_constant(node->list->items[i])) return false;
      }
      return true;
    default: return false;
  }
}

int32_t column_offset(const PgNode* node) {
  if (node == nullptr) return -1;
  if (node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) return column_offset(node->type_cast->arg);
  if (node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return -1;
  return node->column_ref->location;
}

std::string deparsed(const PgNode* node) {
  std::string error;
  auto text = detail::deparse_expression(node, &error);
  return text ? *text : std::string();
}

/// Adds the conditions of `node` (an AND tree of comparisons) that name a column.
void collect_predicates(const PgNode* node, std::vector<QueryPredicate>& out) {
  if (node == nullptr) return;
  if (node->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
      node->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
    for (size_t i = 0; i < node->bool_expr->n_args; ++i) collect_predicates(node->bool_expr->args[i], out);
    return;
  }
  if (node->node_case == PG_QUERY__NODE__NODE_NULL_TEST) {
    if (auto column = column_name(node->null_test->arg)) {
      bool is_null = node->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL;
      out.push_back({*column, is_null ? "IS NULL" : "IS NOT NULL", true, deparsed(node),
                     column_offset(node->null_test->arg)});
    }
    return;
  }
  if (node->node_case != PG_QUERY__NODE__NODE_A_EXPR) return;  // OR, functions: not indexable here
  const auto* a_expr = node->a_expr;
  if (a_expr->n_name != 1) return;
  std::string op = detail::string_value(a_expr->name[0]);
  if (a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN) op = "IN";
  else if (a_expr->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP) return;
  if (op != "=" && op != "<" && op != "<=" && op != ">" && op != ">=" && op != "IN") return;
  auto column = column_name(a_expr->lexpr);
  if (!column) return;
  out.push_back({*column, op, is_constant(a_expr->rexpr), deparsed(node), column_offset(a_expr->lexpr)});
}

}  // namespace

std::optional<Expr> parse_sql_expression(const std::string& sql, std::string& error) {
  PgQuery__ParseResult* tree = parse_tree("SELECT " + sql, error);
  if (tree == nullptr) return std::nullopt;
  std::optional<Expr> out;
  const PgQuery__SelectStmt* select = only_select(tree, error);
  if (select != nullptr && select->n_target_list == 1 &&
      select->target_list[0]->node_case == PG_QUERY__NODE__NODE_RES_TARGET && select->n_from_clause == 0) {
    Schema scratch;
    Diagnostics diagnostics;
    auto file = std::make_shared<const SourceFile>("<expression>", sql);
    detail::ParseContext ctx(file, sql, scratch, diagnostics);
    out = detail::transform_expr(ctx, select->target_list[0]->res_target->val);
    if (out->sql.empty()) {
      error = "cannot read the expression back";
      out.reset();
    }
  } else if (error.empty()) {
    error = "expected one expression";
  }
  pg_query__parse_result__free_unpacked(tree, nullptr);
  return out;
}

std::optional<QueryShape> parse_query_shape(const std::string& sql, std::string& error) {
  PgQuery__ParseResult* tree = parse_tree(sql, error);
  if (tree == nullptr) return std::nullopt;
  std::optional<QueryShape> out;
  const PgQuery__SelectStmt* select = only_select(tree, error);
  if (select != nullptr) {
    QueryShape shape;
    if (select->n_from_clause > 0 &&
        select->from_clause[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
      shape.table = select->from_clause[0]->range_var->relname;
    }
    collect_predicates(select->where_clause, shape.predicates);
    for (size_t i = 0; i < select->n_sort_clause; ++i) {
      const PgNode* item = select->sort_clause[i];
      if (item->node_case != PG_QUERY__NODE__NODE_SORT_BY) continue;
      if (auto column = column_name(item->sort_by->node)) {
        shape.order_by.push_back({*column, item->sort_by->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_DESC,
                                  column_offset(item->sort_by->node)});
      }
    }
    if (shape.table.empty()) error = "the SELECT has no table in FROM";
    else out = std::move(shape);
  }
  pg_query__parse_result__free_unpacked(tree, nullptr);
  return out;
}

}  // namespace sf
