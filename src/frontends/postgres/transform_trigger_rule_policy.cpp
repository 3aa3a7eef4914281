// CREATE TRIGGER, CREATE RULE, CREATE / ALTER POLICY: objects that hang off a table.
#include <algorithm>
#include <cctype>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

// pg_trigger.tgtype bits, as CreateTrigStmt carries them.
constexpr int32_t kTriggerBefore = 1 << 1, kTriggerInsert = 1 << 2, kTriggerDelete = 1 << 3,
                  kTriggerUpdate = 1 << 4, kTriggerTruncate = 1 << 5, kTriggerInstead = 1 << 6;

/// The table an object is created on; reports why there is none.
Table* owning_table(ParseContext& ctx, const PgQuery__RangeVar* relation, const std::string& what) {
  QualifiedName written = qualified_name(relation);
  Table* table = ctx.schema.find_table(ctx.resolve_table(written));
  if (table) return table;
  QualifiedName view_name = ctx.resolve(
      written, [&](const QualifiedName& n) { return ctx.schema.find_view(n) != nullptr; });
  if (ctx.schema.find_view(view_name)) {
    ctx.unsupported(what + " on view " + written.display() +
                    " (the model keeps them on tables only)");
  } else {
    ctx.unknown_object("relation \"" + written.display() + "\" does not exist");
  }
  return nullptr;
}

std::string definition_sql(ParseContext& ctx, const PgNode* node) {
  std::string error;
  auto text = deparse_statement(node, &error);
  if (!text) {
    ctx.unsupported_clause(-1, "cannot deparse the statement: " + error);
    return std::string(ctx.statement_text());
  }
  return std::move(*text);
}

/// Role names as SQL text; an empty list stands for PUBLIC.
std::vector<std::string> role_list(PgNode* const* items, size_t count) {
  std::vector<std::string> roles;
  for (size_t i = 0; i < count; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_ROLE_SPEC) continue;
    const auto* role = items[i]->role_spec;
    switch (role->roletype) {
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING:
        roles.push_back(quote_identifier(role->rolename));
        break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE:
        roles.emplace_back("CURRENT_ROLE");
        break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER:
        roles.emplace_back("CURRENT_USER");
        break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER:
        roles.emplace_back("SESSION_USER");
        break;
      case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC:
        roles.emplace_back("PUBLIC");
        break;
      default:
        break;
    }
  }
  if (roles.size() == 1 && roles[0] == "PUBLIC") roles.clear();
  return roles;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

void transform_trigger(ParseContext& ctx, const PgNode* node, const PgQuery__CreateTrigStmt* stmt) {
  Table* table = owning_table(ctx, stmt->relation, std::string("CREATE TRIGGER ") + stmt->trigname);
  if (!table) return;
  Trigger trigger;
  trigger.name = stmt->trigname;
  if (stmt->timing & kTriggerBefore)
    trigger.timing = "BEFORE";
  else if (stmt->timing & kTriggerInstead)
    trigger.timing = "INSTEAD OF";
  else
    trigger.timing = "AFTER";
  // pg_get_triggerdef()'s order.
  if (stmt->events & kTriggerInsert) trigger.events.emplace_back("INSERT");
  if (stmt->events & kTriggerDelete) trigger.events.emplace_back("DELETE");
  if (stmt->events & kTriggerUpdate) trigger.events.emplace_back("UPDATE");
  if (stmt->events & kTriggerTruncate) trigger.events.emplace_back("TRUNCATE");
  trigger.for_each_row = stmt->row;
  trigger.function = qualified_name(stmt->funcname, stmt->n_funcname);
  if (stmt->when_clause) trigger.when = transform_expr(ctx, stmt->when_clause);
  trigger.definition = definition_sql(ctx, node);
  trigger.loc = ctx.statement_loc();

  auto& triggers = table->triggers;
  auto it = std::find_if(triggers.begin(), triggers.end(),
                         [&](const Trigger& t) { return t.name == trigger.name; });
  if (it != triggers.end()) {
    if (!stmt->replace) {
      ctx.duplicate_object("trigger \"" + trigger.name + "\" for relation \"" +
                           table->name.display() + "\" already exists");
      return;
    }
    trigger.comment = std::move(it->comment);
    *it = std::move(trigger);
    return;
  }
  triggers.push_back(std::move(trigger));
}

namespace {

/// Before PostgreSQL 16, a table given an ON SELECT DO INSTEAD rule becomes a view; old
/// pg_dump versions wrote views with circular dependencies that way.
bool table_to_view(ParseContext& ctx, Table& table, const PgQuery__RuleStmt* stmt) {
  if (stmt->event != PG_QUERY__CMD_TYPE__CMD_SELECT || !stmt->instead || stmt->n_actions != 1)
    return false;
  std::string error;
  auto query = deparse_statement(stmt->actions[0], &error);
  if (!query) return false;
  View view;
  view.name = table.name;
  for (const auto& column : table.columns) view.column_names.push_back(column.name);
  view.query = std::move(*query);
  view.comment = table.comment;
  view.loc = ctx.statement_loc();
  view.ordinal = ctx.schema.next_ordinal();
  QualifiedName name = table.name;
  std::erase_if(ctx.schema.tables, [&](const Table& t) { return t.name.same_object(name); });
  ctx.schema.views.push_back(std::move(view));
  return true;
}

}  // namespace

void transform_rule(ParseContext& ctx, const PgNode* node, const PgQuery__RuleStmt* stmt) {
  Table* table = owning_table(ctx, stmt->relation, std::string("CREATE RULE ") + stmt->rulename);
  if (!table) return;
  if (table_to_view(ctx, *table, stmt)) return;
  Rule rule;
  rule.name = stmt->rulename;
  switch (stmt->event) {
    case PG_QUERY__CMD_TYPE__CMD_SELECT:
      rule.event = "SELECT";
      break;
    case PG_QUERY__CMD_TYPE__CMD_INSERT:
      rule.event = "INSERT";
      break;
    case PG_QUERY__CMD_TYPE__CMD_UPDATE:
      rule.event = "UPDATE";
      break;
    case PG_QUERY__CMD_TYPE__CMD_DELETE:
      rule.event = "DELETE";
      break;
    default:
      break;
  }
  rule.definition = definition_sql(ctx, node);
  rule.loc = ctx.statement_loc();
  auto& rules = table->rules;
  auto it =
      std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.name == rule.name; });
  if (it != rules.end()) {
    if (!stmt->replace) {
      ctx.duplicate_object("rule \"" + rule.name + "\" for relation \"" + table->name.display() +
                           "\" already exists");
      return;
    }
    rule.comment = std::move(it->comment);
    *it = std::move(rule);
    return;
  }
  rules.push_back(std::move(rule));
}

void transform_policy(ParseContext& ctx, const PgQuery__CreatePolicyStmt* stmt) {
  Table* table = owning_table(ctx, stmt->table, std::string("CREATE POLICY ") + stmt->policy_name);
  if (!table) return;
  Policy policy;
  policy.name = stmt->policy_name;
  policy.permissive = stmt->permissive;
  std::string command = stmt->cmd_name;
  policy.command = command.empty() ? "ALL" : upper(command);
  policy.roles = role_list(stmt->roles, stmt->n_roles);
  if (stmt->qual) policy.using_expr = transform_expr(ctx, stmt->qual);
  if (stmt->with_check) policy.check_expr = transform_expr(ctx, stmt->with_check);
  policy.loc = ctx.statement_loc();
  auto exists = std::any_of(table->policies.begin(), table->policies.end(),
                            [&](const Policy& p) { return p.name == policy.name; });
  if (exists) {
    ctx.duplicate_object("policy \"" + policy.name + "\" for table \"" + table->name.display() +
                         "\" already exists");
    return;
  }
  table->policies.push_back(std::move(policy));
}

void transform_alter_policy(ParseContext& ctx, const PgQuery__AlterPolicyStmt* stmt) {
  Table* table = owning_table(ctx, stmt->table, std::string("ALTER POLICY ") + stmt->policy_name);
  if (!table) return;
  auto it = std::find_if(table->policies.begin(), table->policies.end(),
                         [&](const Policy& p) { return p.name == stmt->policy_name; });
  if (it == table->policies.end()) {
    ctx.unknown_object(std::string("policy \"") + stmt->policy_name + "\" for table \"" +
                       table->name.display() + "\" does not exist");
    return;
  }
  if (stmt->n_roles > 0) it->roles = role_list(stmt->roles, stmt->n_roles);
  if (stmt->qual) it->using_expr = transform_expr(ctx, stmt->qual);
  if (stmt->with_check) it->check_expr = transform_expr(ctx, stmt->with_check);
}

}  // namespace sf::detail
