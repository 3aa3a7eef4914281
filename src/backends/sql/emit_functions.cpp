// Functions, procedures and aggregates: kept whole in the model and written as they are.
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_function(EmitContext& ctx, const Function& function) {
  SqlWriter& w = ctx.w;
  if (!ctx.dialect.has_postgres_definitions) {
    ctx.unsupported(function.loc, describe("routine", function.name),
                    "a PostgreSQL function or procedure");
    return;
  }
  if (!function.definition.empty()) {
    w.begin().sql(statement_text(function.definition)).end();
    emit_function_comment(ctx, function);
    return;
  }
  // No text kept (a model from another frontend): build it from the parts.
  const char* kind = "function";
  switch (function.kind) {
    case RoutineKind::Function:
      kind = "function";
      break;
    case RoutineKind::Procedure:
      kind = "procedure";
      break;
    case RoutineKind::Aggregate:
      kind = "aggregate";
      break;
  }
  Subject object = describe(kind, function.name);
  if (function.kind == RoutineKind::Aggregate || function.language.empty() ||
      (function.kind == RoutineKind::Function && function.returns.empty())) {
    ctx.unsupported(function.loc, object,
                    "a routine with neither a definition nor a body to build one");
    return;
  }
  w.begin().kw(function.kind == RoutineKind::Procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION");
  w.function_name(function.name).open_glued();
  if (!function.arguments.empty()) w.sql(function.arguments);
  w.close();
  if (function.kind == RoutineKind::Function) w.kw("RETURNS").sql(function.returns);
  w.clause().kw("LANGUAGE").ident(function.language);
  w.clause().kw("AS").dollar_quoted(function.body).end();
  emit_function_comment(ctx, function);
}

}  // namespace sf::detail
