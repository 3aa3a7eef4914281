// Expressions: canonical text by the deparser, plus the portable forms of expr.h recognised
// on the parse tree (never on the text).
#include <algorithm>
#include <cctype>

#include "frontends/postgres/transform.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

Expr form(ExprForm kind, std::string value = {}) {
  Expr expr;
  expr.form = kind;
  expr.value = std::move(value);
  return expr;
}

bool is_numeric_kind(TypeKind kind) {
  switch (kind) {
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Float32:
    case TypeKind::Float64:
      return true;
    case TypeKind::Bool:
    case TypeKind::Money:  // money input takes currency symbols: keep the string
    case TypeKind::Text:
    case TypeKind::Varchar:
    case TypeKind::Char:
    case TypeKind::Bytes:
    case TypeKind::Uuid:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::TimeTz:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
    case TypeKind::Interval:
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::Inet:
    case TypeKind::Cidr:
    case TypeKind::MacAddr:
    case TypeKind::Bit:
    case TypeKind::VarBit:
    case TypeKind::Xml:
    case TypeKind::TsVector:
    case TypeKind::UserDefined:
    case TypeKind::Other:
      return false;
  }
  return false;
}

bool looks_numeric(std::string_view text) {
  std::string trimmed = trim(text);
  if (trimmed.empty()) return false;
  size_t i = (trimmed[0] == '-' || trimmed[0] == '+') ? 1 : 0;
  bool digit = false;
  for (; i < trimmed.size(); ++i) {
    char c = trimmed[i];
    if (std::isdigit(static_cast<unsigned char>(c)))
      digit = true;
    else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+')
      return false;
  }
  return digit;
}

/// PostgreSQL's boolean input: t/true/y/yes/on/1 and f/false/n/no/off/0.
std::optional<std::string> bool_text(std::string_view text) {
  std::string lower = to_lower(trim(text));
  if (lower == "t" || lower == "true" || lower == "y" || lower == "yes" || lower == "on" ||
      lower == "1")
    return "true";
  if (lower == "f" || lower == "false" || lower == "n" || lower == "no" || lower == "off" ||
      lower == "0")
    return "false";
  return std::nullopt;
}

/// The last name of a function call, if it is unqualified or in one of `schemas`.
std::string function_name(const PgQuery__FuncCall* call, bool any_schema) {
  if (call->n_funcname == 0) return {};
  if (call->n_funcname > 1 && !any_schema &&
      string_value(call->funcname[call->n_funcname - 2]) != "pg_catalog")
    return {};
  return string_value(call->funcname[call->n_funcname - 1]);
}

/// A column reference, possibly cast (`(status)::text` in pg_dump's checks): its last name.
std::optional<std::string> column_of(const PgNode* node) {
  if (node == nullptr) return std::nullopt;
  if (node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) return column_of(node->type_cast->arg);
  if (node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return std::nullopt;
  const auto* ref = node->column_ref;
  if (ref->n_fields == 0) return std::nullopt;
  const PgNode* last = ref->fields[ref->n_fields - 1];
  if (last->node_case != PG_QUERY__NODE__NODE_STRING) return std::nullopt;  // t.*
  return std::string(last->string->sval);
}

/// The literal texts of a list of constants (IN lists, ARRAY[...]); nullopt if any is not one.
std::optional<std::vector<std::string>> literal_list(ParseContext& ctx, PgNode* const* items,
                                                     size_t count) {
  std::vector<std::string> out;
  for (size_t i = 0; i < count; ++i) {
    auto literal = literal_form(ctx, items[i]);
    if (!literal || literal->form == ExprForm::Null) return std::nullopt;
    out.push_back(literal->value);
  }
  return out;
}

std::optional<Expr> in_list(ParseContext& ctx, const PgQuery__AExpr* a_expr) {
  auto column = column_of(a_expr->lexpr);
  if (!column || a_expr->n_name != 1) return std::nullopt;
  std::string op = string_value(a_expr->name[0]);
  const PgNode* right = a_expr->rexpr;
  std::optional<std::vector<std::string>> values;
  if (a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN) {
    // col IN (...) has op "="; NOT IN has "<>" and has no form.
    if (op != "=" || right == nullptr || right->node_case != PG_QUERY__NODE__NODE_LIST)
      return std::nullopt;
    values = literal_list(ctx, right->list->items, right->list->n_items);
  } else {
    // col = ANY (ARRAY[...]), as pg_dump writes an IN list back.
    if (op != "=" || right == nullptr) return std::nullopt;
    if (right->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) right = right->type_cast->arg;
    if (right == nullptr || right->node_case != PG_QUERY__NODE__NODE_A_ARRAY_EXPR)
      return std::nullopt;
    values = literal_list(ctx, right->a_array_expr->elements, right->a_array_expr->n_elements);
  }
  if (!values) return std::nullopt;
  Expr expr = form(ExprForm::InList);
  expr.column = *column;
  expr.list = std::move(*values);
  return expr;
}

std::string flipped(const std::string& op) {
  if (op == "<") return ">";
  if (op == ">") return "<";
  if (op == "<=") return ">=";
  if (op == ">=") return "<=";
  if (op == "=" || op == "<>") return op;
  return {};
}

std::optional<Expr> comparison(ParseContext& ctx, const PgQuery__AExpr* a_expr) {
  if (a_expr->n_name != 1 || a_expr->lexpr == nullptr || a_expr->rexpr == nullptr)
    return std::nullopt;
  std::string op = string_value(a_expr->name[0]);
  if (flipped(op).empty()) return std::nullopt;  // only the six comparison operators
  auto column = column_of(a_expr->lexpr);
  auto literal = literal_form(ctx, a_expr->rexpr);
  if (!column || !literal) {
    // literal <op> column reads as column <flipped op> literal.
    column = column_of(a_expr->rexpr);
    literal = literal_form(ctx, a_expr->lexpr);
    op = flipped(op);
    if (!column || !literal || op.empty()) return std::nullopt;
  }
  if (literal->form == ExprForm::Null) return std::nullopt;
  Expr expr = form(ExprForm::Comparison, op);
  expr.column = *column;
  expr.list.push_back(literal->value);
  return expr;
}

std::optional<Expr> function_form(const PgQuery__FuncCall* call) {
  if (call->agg_star || call->over != nullptr) return std::nullopt;
  std::string name = function_name(call, false);
  if (call->n_args == 0 && (name == "now" || name == "transaction_timestamp"))
    return form(ExprForm::Now, name);
  std::string any_schema = function_name(call, true);
  if (call->n_args == 0 && (any_schema == "gen_random_uuid" || any_schema == "uuid_generate_v4"))
    return form(ExprForm::RandomUuid, any_schema);
  if (name == "nextval" && call->n_args == 1) {
    const PgNode* arg = call->args[0];
    if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) arg = arg->type_cast->arg;
    if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_A_CONST &&
        arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
      return form(ExprForm::NextVal, arg->a_const->sval->sval);
  }
  return std::nullopt;
}

std::optional<Expr> value_function_form(const PgQuery__SQLValueFunction* function) {
  switch (function->op) {
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE:
      return form(ExprForm::Now, "CURRENT_DATE");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N:
      return form(ExprForm::Now, "CURRENT_TIME");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N:
      return form(ExprForm::Now, "CURRENT_TIMESTAMP");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N:
      return form(ExprForm::Now, "LOCALTIME");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N:
      return form(ExprForm::Now, "LOCALTIMESTAMP");
    default:
      return std::nullopt;  // CURRENT_USER, CURRENT_SCHEMA, ...: not a time
  }
}

}  // namespace

std::optional<Expr> literal_form(ParseContext& ctx, const PgNode* node) {
  if (node == nullptr) return std::nullopt;
  if (node->node_case == PG_QUERY__NODE__NODE_A_CONST) {
    const auto* constant = node->a_const;
    if (constant->isnull) return form(ExprForm::Null);
    switch (constant->val_case) {
      case PG_QUERY__A__CONST__VAL_IVAL:
        return form(ExprForm::Literal, std::to_string(constant->ival->ival));
      case PG_QUERY__A__CONST__VAL_FVAL:
        return form(ExprForm::Literal, constant->fval->fval);
      case PG_QUERY__A__CONST__VAL_BOOLVAL:
        return form(ExprForm::BoolLiteral, constant->boolval->boolval ? "true" : "false");
      case PG_QUERY__A__CONST__VAL_SVAL:
        return form(ExprForm::StringLiteral, constant->sval->sval);
      default:
        return std::nullopt;  // bit strings: only `sql`
    }
  }
  if (node->node_case != PG_QUERY__NODE__NODE_TYPE_CAST) return std::nullopt;
  // A cast literal ('0'::integer, 'x'::text, NULL::character varying) keeps a literal form,
  // read as the target type reads it.
  auto inner = literal_form(ctx, node->type_cast->arg);
  if (!inner || inner->form == ExprForm::Null) return inner;
  const PgQuery__TypeName* type_name = node->type_cast->type_name;
  TypeKind kind = type_name && type_name->n_array_bounds == 0 ? transform_type(ctx, type_name).kind
                                                              : TypeKind::Other;
  if (is_numeric_kind(kind)) {
    if (inner->form == ExprForm::Literal ||
        (inner->form == ExprForm::StringLiteral && looks_numeric(inner->value)))
      return form(ExprForm::Literal, trim(inner->value));
  } else if (kind == TypeKind::Bool) {
    if (auto text = bool_text(inner->value)) return form(ExprForm::BoolLiteral, *text);
  } else if (kind == TypeKind::Text || kind == TypeKind::Varchar || kind == TypeKind::Char) {
    return form(ExprForm::StringLiteral, inner->value);
  }
  return inner;
}

std::string expr_sql(ParseContext& ctx, const PgNode* node) {
  if (node == nullptr) return {};
  std::string error;
  auto text = deparse_expression(node, &error);
  if (!text) {
    int32_t location = -1;
    ctx.unsupported_clause(location, "cannot deparse an expression: " + error);
    return {};
  }
  return std::move(*text);
}

Expr transform_expr(ParseContext& ctx, const PgNode* node) {
  Expr expr;
  std::optional<Expr> recognised;
  if (node != nullptr) {
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_A_CONST:
      case PG_QUERY__NODE__NODE_TYPE_CAST:
        recognised = literal_form(ctx, node);
        break;
      case PG_QUERY__NODE__NODE_FUNC_CALL:
        recognised = function_form(node->func_call);
        break;
      case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
        recognised = value_function_form(node->sqlvalue_function);
        break;
      case PG_QUERY__NODE__NODE_A_EXPR: {
        const auto* a_expr = node->a_expr;
        if (a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN ||
            a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY)
          recognised = in_list(ctx, a_expr);
        else if (a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP)
          recognised = comparison(ctx, a_expr);
        break;
      }
      default:
        break;
    }
  }
  if (recognised) expr = std::move(*recognised);
  expr.sql = expr_sql(ctx, node);
  return expr;
}

}  // namespace sf::detail
