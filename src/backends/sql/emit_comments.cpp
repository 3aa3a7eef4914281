// COMMENT ON ...: every comment directly follows the statement that creates its object.
#include "backends/sql/emit.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

/// What a lost comment is about: the comment, not its object (which is written).
Subject comment_subject(const Subject& object) {
  return Subject{object.text, DiagObject{"comment", object.object.table,
                                         object.object.kind + " " + object.object.name}};
}

bool comments_supported(EmitContext& ctx, const SourceLoc& loc, const Subject& object) {
  if (ctx.dialect.comment_style == CommentStyle::CommentOn) return true;
  ctx.unsupported(loc, comment_subject(object), "a comment");
  return false;
}

/// The argument list of a routine as COMMENT ON FUNCTION accepts it: defaults removed
/// ("a integer DEFAULT 0, b text = 'x'" -> "a integer, b text").
std::string signature_arguments(std::string_view arguments) {
  std::vector<std::string> parts;
  std::string current;
  int depth = 0;
  char quote = 0;
  bool in_default = false;
  auto finish = [&] {
    std::string part = trim(current);
    if (!part.empty()) parts.push_back(part);
    current.clear();
    in_default = false;
  };
  for (size_t i = 0; i < arguments.size(); ++i) {
    char c = arguments[i];
    if (quote) {
      if (c == quote) quote = 0;
      if (!in_default) current += c;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(' || c == '[') {
      ++depth;
    } else if (c == ')' || c == ']') {
      --depth;
    } else if (depth == 0 && c == ',') {
      finish();
      continue;
    } else if (depth == 0 && !in_default) {
      bool is_default = c == '=' || (starts_with_icase(arguments.substr(i), "default") && i > 0 &&
                                     arguments[i - 1] == ' ' && i + 7 < arguments.size() &&
                                     arguments[i + 7] == ' ');
      if (is_default) in_default = true;
    }
    if (!in_default) current += c;
  }
  finish();
  return join(parts, ", ");
}

}  // namespace

void write_sql_comment(EmitContext& ctx, const std::string& comment) {
  if (comment.empty() || ctx.dialect.comment_style != CommentStyle::SqlComment) return;
  ctx.w.comment_line(comment);
}

void emit_comment(EmitContext& ctx, std::string_view kind, const QualifiedName& name,
                  const std::string& comment, NameUse use) {
  if (comment.empty()) return;
  if (!comments_supported(ctx, SourceLoc{}, describe(to_lower(kind), name))) return;
  ctx.w.begin().kw("COMMENT ON").kw(kind).name(name, use).kw("IS").literal(comment).end();
}

void emit_column_comment(EmitContext& ctx, const QualifiedName& table, const Column& column) {
  if (column.comment.empty()) return;
  Subject object{"column " + column.name, DiagObject{"column", table.display(), column.name}};
  if (!comments_supported(ctx, column.loc, object)) return;
  ctx.w.begin().kw("COMMENT ON COLUMN").column_of(table, column.name).kw("IS");
  ctx.w.literal(column.comment).end();
}

void emit_constraint_comment(EmitContext& ctx, const QualifiedName& relation, bool on_domain,
                             const std::string& name, const std::string& comment,
                             const SourceLoc& loc) {
  if (comment.empty()) return;
  std::string owner = describe(on_domain ? "domain" : "table", relation).text;
  // An unnamed one is said so by the loss itself ("a comment on an unnamed constraint").
  Subject object{name.empty() ? owner : "constraint " + name + " on " + owner,
                 DiagObject{"constraint", relation.display(), name}};
  if (name.empty()) {
    ctx.unsupported(loc, comment_subject(object), "a comment on an unnamed constraint");
    return;
  }
  if (!comments_supported(ctx, loc, object)) return;
  SqlWriter& w = ctx.w;
  w.begin().kw("COMMENT ON CONSTRAINT").ident(name).kw("ON");
  if (on_domain) {
    w.kw("DOMAIN").type_name(relation);
  } else {
    w.name(relation);
  }
  w.kw("IS").literal(comment).end();
}

void emit_index_comment(EmitContext& ctx, const QualifiedName& relation, const Index& index) {
  if (index.comment.empty()) return;
  if (ctx.dialect.comment_style == CommentStyle::Inline ||
      ctx.dialect.comment_style == CommentStyle::SqlComment) {
    return;  // in CREATE INDEX, or above it
  }
  if (index.name.empty()) {
    ctx.unsupported(index.loc,
                    comment_subject(Subject{describe("relation", relation).text,
                                            index_subject(relation, index).object}),
                    "a comment on an unnamed index");
    return;
  }
  // An index lives in its table's schema.
  emit_comment(ctx, "INDEX", QualifiedName{relation.schema, index.name}, index.comment);
}

void emit_table_object_comment(EmitContext& ctx, std::string_view kind, const std::string& name,
                               const QualifiedName& table, const std::string& comment) {
  if (comment.empty()) return;
  Subject object{to_lower(kind) + " " + name, DiagObject{to_lower(kind), table.display(), name}};
  if (!comments_supported(ctx, SourceLoc{}, object)) return;
  ctx.w.begin().kw("COMMENT ON").kw(kind).ident(name).kw("ON").name(table).kw("IS");
  ctx.w.literal(comment).end();
}

void emit_function_comment(EmitContext& ctx, const Function& function) {
  if (function.comment.empty()) return;
  const char* kind = "FUNCTION";
  switch (function.kind) {
    case RoutineKind::Function:
      kind = "FUNCTION";
      break;
    case RoutineKind::Procedure:
      kind = "PROCEDURE";
      break;
    case RoutineKind::Aggregate:
      kind = "AGGREGATE";
      break;
  }
  if (!comments_supported(ctx, function.loc, describe("function", function.name))) return;
  SqlWriter& w = ctx.w;
  w.begin().kw("COMMENT ON").kw(kind).function_name(function.name).open_glued();
  std::string arguments = signature_arguments(function.arguments);
  if (!arguments.empty()) w.sql(arguments);
  w.close().kw("IS").literal(function.comment).end();
}

}  // namespace sf::detail
