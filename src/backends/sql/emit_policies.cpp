// Row-level security: ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY and CREATE POLICY.
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_row_security(EmitContext& ctx, const Table& table) {
  if (!table.rls_enabled && !table.rls_forced) return;
  if (!ctx.dialect.has_row_level_security) {
    ctx.unsupported(table.loc, describe("table", table.name), "row-level security");
    return;
  }
  if (table.rls_enabled) {
    ctx.w.begin().kw("ALTER TABLE").name(table.name).kw("ENABLE ROW LEVEL SECURITY").end();
  }
  if (table.rls_forced) {
    ctx.w.begin().kw("ALTER TABLE").name(table.name).kw("FORCE ROW LEVEL SECURITY").end();
  }
}

void emit_policy(EmitContext& ctx, const Table& table, const Policy& policy) {
  Subject object = table_member_subject("policy", policy.name, table);
  if (!ctx.dialect.has_row_level_security) {
    ctx.unsupported(policy.loc, object, "CREATE POLICY");
    return;
  }
  SqlWriter& w = ctx.w;
  w.begin().kw("CREATE POLICY").ident(policy.name).kw("ON").name(table.name);
  if (!policy.permissive) w.clause().kw("AS RESTRICTIVE");
  const std::string& command = policy.command;
  if (command == "SELECT" || command == "INSERT" || command == "UPDATE" || command == "DELETE") {
    w.clause().kw("FOR").kw(command);
  } else if (!command.empty() && command != "ALL") {
    ctx.unsupported(policy.loc, object, "command '" + command + "' (written as ALL)");
  }
  if (!policy.roles.empty()) {
    w.clause().kw("TO");
    for (size_t i = 0; i < policy.roles.size(); ++i) {
      if (i) w.comma();
      w.sql(policy.roles[i]);
    }
  }
  if (policy.using_expr) {
    w.clause().kw("USING");
    write_paren_expr(ctx, *policy.using_expr, policy.loc, object);
  }
  if (policy.check_expr) {
    w.clause().kw("WITH CHECK");
    write_paren_expr(ctx, *policy.check_expr, policy.loc, object);
  }
  w.end();
  emit_table_object_comment(ctx, "POLICY", policy.name, table.name, policy.comment);
}

}  // namespace sf::detail
