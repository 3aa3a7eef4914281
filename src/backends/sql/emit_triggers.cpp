// CREATE TRIGGER and CREATE RULE: kept whole in the model and written as they are.
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_trigger(EmitContext& ctx, const Table& table, const Trigger& trigger) {
  SqlWriter& w = ctx.w;
  if (!ctx.dialect.has_postgres_definitions) {
    ctx.unsupported(trigger.loc, "trigger " + trigger.name + " on " + describe("table", table.name),
                    "a trigger that runs a PostgreSQL function");
    return;
  }
  if (!trigger.definition.empty()) {
    w.begin().sql(statement_text(trigger.definition)).end();
    emit_table_object_comment(ctx, "TRIGGER", trigger.name, table.name, trigger.comment);
    return;
  }
  // No text kept (a model from another frontend): build it from the parts.
  std::string object = "trigger " + trigger.name + " on " + describe("table", table.name);
  bool known_timing =
      trigger.timing == "BEFORE" || trigger.timing == "AFTER" || trigger.timing == "INSTEAD OF";
  if (trigger.name.empty() || !known_timing || trigger.events.empty() || trigger.function.empty()) {
    ctx.unsupported(trigger.loc, object,
                    "a trigger with neither a definition nor the parts of one");
    return;
  }
  w.begin().kw("CREATE TRIGGER").ident(trigger.name);
  w.clause().kw(trigger.timing);
  for (size_t i = 0; i < trigger.events.size(); ++i) {
    if (i) w.kw("OR");
    w.sql(trigger.events[i]);
  }
  w.kw("ON").name(table.name);
  w.clause().kw(trigger.for_each_row ? "FOR EACH ROW" : "FOR EACH STATEMENT");
  if (trigger.when) {
    w.clause().kw("WHEN");
    write_paren_expr(ctx, *trigger.when, trigger.loc, object);
  }
  w.clause().kw("EXECUTE FUNCTION").function_name(trigger.function).open_glued().close();
  w.end();
  emit_table_object_comment(ctx, "TRIGGER", trigger.name, table.name, trigger.comment);
}

void emit_rule(EmitContext& ctx, const Table& table, const Rule& rule) {
  std::string object = "rule " + rule.name + " on " + describe("table", table.name);
  if (!ctx.dialect.has_rules) {
    ctx.unsupported(rule.loc, object, "CREATE RULE");
    return;
  }
  if (rule.definition.empty()) {
    ctx.unsupported(rule.loc, object, "a rule without its definition");
    return;
  }
  ctx.w.begin().sql(statement_text(rule.definition)).end();
  emit_table_object_comment(ctx, "RULE", rule.name, table.name, rule.comment);
}

}  // namespace sf::detail
