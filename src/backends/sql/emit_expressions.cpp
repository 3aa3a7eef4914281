// Expressions, defaults and column types.
#include "backends/sql/emit.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

/// now() / CURRENT_TIMESTAMP / CURRENT_DATE ... from the name kept in Expr.value.
void write_now(SqlWriter& w, const std::string& which) {
  if (which.empty()) {
    w.kw("CURRENT_TIMESTAMP");
  } else if (which.back() == ')') {
    w.sql(which);
  } else if (which.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos) {
    w.function_name(QualifiedName{"", which}).open_glued().close();  // now()
  } else {
    w.kw(which);  // CURRENT_DATE, LOCALTIMESTAMP, ...
  }
}

}  // namespace

bool write_expr(EmitContext& ctx, const Expr& expr, const SourceLoc& loc, const Subject& object) {
  SqlWriter& w = ctx.w;
  if (ctx.dialect.portable_expressions_only) {
    // Callers check expr_writable() first and leave out what fails; this is the backstop.
    if (auto text = portable_expr(ctx.dialect, expr)) {
      w.sql(*text);
      return true;
    }
    ctx.unsupported(loc, object, "an expression that is not portable (" + expr.sql + ")");
    w.kw("NULL");
    return false;
  }
  if (!expr.sql.empty()) {
    w.sql(expr.sql);
    return true;
  }
  // No SQL text (a model from a non-SQL frontend): render the recognised form.
  switch (expr.form) {
    case ExprForm::Literal:
    case ExprForm::BoolLiteral:
      if (expr.value.empty()) break;
      w.sql(expr.value);
      return true;
    case ExprForm::StringLiteral:
      w.literal(expr.value);
      return true;
    case ExprForm::Null:
      w.kw("NULL");
      return true;
    case ExprForm::Now:
      write_now(w, expr.value);
      return true;
    case ExprForm::RandomUuid:
      w.function_name(QualifiedName{"", "gen_random_uuid"}).open_glued().close();
      return true;
    case ExprForm::NextVal:
      if (expr.value.empty()) break;
      w.function_name(QualifiedName{"", "nextval"}).open_glued().literal(expr.value);
      w.glued("::regclass").close();
      return true;
    case ExprForm::InList:
      if (expr.column.empty()) break;
      w.ident(expr.column).kw("IN").open();
      for (size_t i = 0; i < expr.list.size(); ++i) {
        if (i) w.comma();
        w.sql(expr.list[i]);
      }
      w.close();
      return true;
    case ExprForm::Comparison:
      if (expr.column.empty() || expr.value.empty() || expr.list.empty()) break;
      w.ident(expr.column).sql(expr.value).sql(expr.list[0]);
      return true;
    case ExprForm::Other:
      break;
  }
  ctx.unsupported(loc, object, "an expression with no SQL text");
  w.kw("NULL");  // keeps the statement well-formed; the diagnostic says what is missing
  return false;
}

void write_paren_expr(EmitContext& ctx, const Expr& expr, const SourceLoc& loc,
                      const Subject& object) {
  ctx.w.open();
  write_expr(ctx, expr, loc, object);
  ctx.w.close();
}

bool is_bare_default(const Expr& expr) {
  switch (expr.form) {
    case ExprForm::Literal:
    case ExprForm::StringLiteral:
    case ExprForm::BoolLiteral:
    case ExprForm::Null:
    case ExprForm::Now:
    case ExprForm::RandomUuid:
    case ExprForm::NextVal:
      return true;
    case ExprForm::InList:
    case ExprForm::Comparison:
    case ExprForm::Other:
      return false;
  }
  return false;
}

void write_default(EmitContext& ctx, const Expr& expr, const SourceLoc& loc,
                   const Subject& object) {
  ctx.w.kw("DEFAULT");
  if (is_bare_default(expr)) {
    write_expr(ctx, expr, loc, object);
  } else {
    write_paren_expr(ctx, expr, loc, object);
  }
}

namespace {

/// n of a written "CHAR(n)" or "VARCHAR(n)", else 0.
size_t declared_char_length(std::string_view type_text) {
  for (std::string_view prefix : {"CHAR(", "VARCHAR("}) {
    if (!type_text.starts_with(prefix)) continue;
    size_t n = 0;
    for (char c : type_text.substr(prefix.size())) {
      if (c < '0' || c > '9') break;
      n = n * 10 + static_cast<size_t>(c - '0');
    }
    return n;
  }
  return 0;
}

}  // namespace

void write_column_default(EmitContext& ctx, const Column& column, std::string_view type_text,
                          const Subject& object) {
  if (!ctx.dialect.portable_expressions_only) {
    write_default(ctx, *column.default_value, column.loc, object);
    return;
  }
  Expr expr = *column.default_value;
  // PostgreSQL reads the strings 'now' and 'today' cast to a date or time as the current one.
  bool time_kind = column.type.kind == TypeKind::Date || column.type.kind == TypeKind::Timestamp ||
                   column.type.kind == TypeKind::TimestampTz;
  if (expr.form == ExprForm::StringLiteral && time_kind &&
      (expr.value == "now" || expr.value == "today")) {
    bool date = column.type.kind == TypeKind::Date || expr.value == "today";
    expr = Expr{};
    expr.form = ExprForm::Now;
    expr.value = date ? "CURRENT_DATE" : "";
  }
  if (!expr_writable(ctx, expr, column.loc, object, "a default")) return;
  if (ctx.dialect.checks_default_length && expr.form == ExprForm::StringLiteral) {
    size_t limit = declared_char_length(type_text);
    if (limit > 0 && utf8_length(expr.value) > limit) {
      ctx.unsupported(column.loc, object,
                      "a default longer than the column's " + std::to_string(limit) +
                          " characters (it could never be stored)");
      return;
    }
  }
  std::string text = *portable_expr(ctx.dialect, expr);
  SqlWriter& w = ctx.w;
  w.kw("DEFAULT");
  if (ctx.dialect.keyed_text_needs_length) {
    // MySQL: a DATETIME(p) default must name the same precision; other current-time
    // defaults and any default on TEXT, BLOB or JSON must be an expression in parentheses.
    bool blob_like = type_text.find("TEXT") != std::string_view::npos ||
                     type_text.find("BLOB") != std::string_view::npos ||
                     type_text.find("JSON") != std::string_view::npos;
    if (expr.form == ExprForm::Now && text == ctx.dialect.now &&
        type_text.starts_with("DATETIME")) {
      size_t open = type_text.find('(');
      w.sql(text + std::string(open == std::string_view::npos ? "" : type_text.substr(open)));
      return;
    }
    if (expr.form == ExprForm::Now) blob_like = true;
    if (blob_like && text.front() != '(') {
      w.sql("(" + text + ")");
      return;
    }
  }
  if (is_bare_default(expr) || text.front() == '(') {
    w.sql(text);
  } else {
    w.sql("(" + text + ")");
  }
}

void write_type(EmitContext& ctx, const Type& type, const SourceLoc& loc, const Subject& object) {
  SqlWriter& w = ctx.w;
  if (ctx.dialect.native_type_spelling && !type.spelling.empty()) {
    w.sql(type.spelling);
    return;
  }
  std::string text;
  if (type.kind == TypeKind::UserDefined || (type.kind == TypeKind::Other && !type.ref.empty())) {
    if (type.ref.empty()) {
      ctx.unsupported(loc, object, "a user-defined type with no name");
      w.sql("text");
      return;
    }
    w.type_name(type.ref);
  } else {
    const TypeSpelling* spelling = ctx.dialect.find_type(type.kind);
    if (spelling == nullptr) {
      ctx.unsupported(
          loc, object,
          std::string("a type of kind '") + to_string(type.kind) + "' with no spelling");
      w.sql("text");
      return;
    }
    if (type.serial && !spelling->serial.empty()) {
      text = spelling->serial;
    } else {
      text = spelling->prefix;
      if (!type.modifiers.empty()) {
        text += '(';
        for (size_t i = 0; i < type.modifiers.size(); ++i) {
          if (i) text += ',';
          text += std::to_string(type.modifiers[i]);
        }
        text += ')';
      }
      text += spelling->suffix;
    }
    w.sql(text);
  }
  // Array dimensions follow the element type: integer[], public.mood[][].
  std::string dims;
  for (int i = 0; i < type.array_dims; ++i) dims += "[]";
  if (!dims.empty()) w.glued(dims);
}

}  // namespace sf::detail
