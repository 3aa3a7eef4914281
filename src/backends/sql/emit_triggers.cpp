// CREATE TRIGGER and CREATE RULE: kept whole in the model and written as they are.
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_trigger(EmitContext& ctx, const Table& table, const Trigger& trigger) {
  SqlWriter& w = ctx.w;
  if (!ctx.dialect.has_postgres_definitions) {
    Subject object = table_member_subject("trigger", trigger.name, table);
    if (trigger.definition_dialect.empty()) {
      ctx.unsupported(trigger.loc, object, "a trigger that runs a PostgreSQL function");
      return;
    }
    // A trigger read from a SQLite or MySQL database is that database's SQL: written back to
    // the same dialect only. The mysql client splits a script at every ";", so a MySQL body
    // of several statements would need DELIMITER, which is not SQL.
    std::string_view text = statement_text(trigger.definition);
    if (trigger.definition_dialect != ctx.dialect.name) {
      ctx.unsupported(trigger.loc, object,
                      "a trigger (its definition is " + trigger.definition_dialect + " SQL)");
      return;
    }
    if (ctx.dialect.name == "mysql" && text.find(';') != std::string_view::npos) {
      ctx.unsupported(
          trigger.loc, object,
          "a trigger whose body has several statements (a script needs DELIMITER for it)");
      return;
    }
    w.begin().sql(text).end();
    return;
  }
  if (!trigger.definition.empty()) {
    w.begin().sql(statement_text(trigger.definition)).end();
    emit_table_object_comment(ctx, "TRIGGER", trigger.name, table.name, trigger.comment);
    return;
  }
  // No text kept (a model from another frontend): build it from the parts.
  Subject object = table_member_subject("trigger", trigger.name, table);
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
  Subject object = table_member_subject("rule", rule.name, table);
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
