// Pattern (seed 002 "Audit log", seed 003 "Audit triggers"): one append-only table records
// every insert, update and delete of the designed tables, written by a trigger function so
// no client can skip it.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

namespace {

/// The trigger body when rows belong to tenants: the tenant is read from the changed row
/// (its tenant key, or its id when the row is a tenant), so one function serves every table.
std::string audit_body_with_tenant(const std::string& key, const std::string& cast) {
  return "\nDECLARE\n"
         "    changed jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;\n"
         "BEGIN\n"
         "    INSERT INTO audit_log (table_name, record_id, action, old_data, new_data, changed_by, " + key + ")\n"
         "    VALUES (TG_TABLE_NAME,\n"
         "            changed ->> 'id',\n"
         "            TG_OP,\n"
         "            CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,\n"
         "            CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END,\n"
         "            current_setting('app.user_id', true),\n"
         "            (CASE WHEN TG_TABLE_NAME = 'tenants' THEN changed ->> 'id' ELSE changed ->> '" + key + "' END)::" + cast + ");\n"
         "    RETURN NULL;\n"
         "END;\n";
}

}  // namespace

void apply_audit_log(DesignContext& ctx) {
  std::vector<Table*> audited;
  for (const auto& entity : ctx.brief.entities) {
    if (Table* table = ctx.table(entity.name)) audited.push_back(table);
  }
  Table log;
  log.name = QualifiedName{"", "audit_log"};
  log.comment = "Every change to the audited tables: who, what, when, before and after (audit_log pattern).";
  Column id = make_column("id", bigint_type());
  id.identity = Identity{true, {}};
  log.columns.push_back(id);
  const std::string& tenant = ctx.brief.conventions.tenancy_key;
  const bool tenanted = !tenant.empty() && ctx.table("tenants") != nullptr;
  const Type tenant_type = tenanted ? id_type(ctx.id_kind("tenants")) : Type{};
  auto add = [&](const std::string& name, Type type, bool not_null) {
    Column column = make_column(name, std::move(type));
    column.not_null = not_null;
    log.columns.push_back(std::move(column));
    return &log.columns.back();
  };
  add("table_name", text_type(), true);
  add("record_id", text_type(), true);
  add("action", text_type(), true);
  add("old_data", make_type(TypeKind::Jsonb, "jsonb"), false);
  add("new_data", make_type(TypeKind::Jsonb, "jsonb"), false);
  add("changed_by", text_type(), false)->comment = "The application user, from current_setting('app.user_id').";
  add("changed_at", timestamptz_type(), true)->default_value = ctx.expr("now()");
  if (tenanted) {
    add(tenant, tenant_type, false)->comment =
        "The tenant the changed row belongs to; NULL for tables no tenant owns.";
  }
  log.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", {}};
  CheckConstraint action;
  action.column = "action";
  action.expr = ctx.expr("action IN ('INSERT', 'UPDATE', 'DELETE')");
  log.checks.push_back(action);
  Index by_record;
  by_record.name = "idx_audit_log_record";
  for (const char* column : {"table_name", "record_id"}) {
    IndexElement e;
    e.column = column;
    by_record.elements.push_back(e);
  }
  Index by_time;
  by_time.name = "idx_audit_log_changed";
  IndexElement changed;
  changed.column = "changed_at";
  changed.order = SortOrder::Desc;
  by_time.elements.push_back(changed);
  log.indexes = {by_record, by_time};
  if (tenanted) {
    Index by_tenant;
    by_tenant.name = "idx_audit_log_tenant_changed";
    IndexElement lead;
    lead.column = tenant;
    by_tenant.elements = {lead, changed};
    log.indexes.push_back(by_tenant);
    // Tenants read their own trail; the trigger writes rows for any tenant (a tenant being
    // created is not yet the session's tenant); no policy allows UPDATE or DELETE.
    log.rls_enabled = true;
    Policy read;
    read.name = "tenant_read";
    read.command = "SELECT";
    read.using_expr = ctx.expr(tenant_predicate(tenant, tenant_type));
    Policy write;
    write.name = "audit_insert";
    write.command = "INSERT";
    write.check_expr = ctx.expr("true");
    log.policies = {read, write};
    ctx.decide("audit_log", {DecisionKind::Pattern, tenant, tenant + " taken from the changed row, no foreign key",
                             "the trail outlives the rows and tenants it describes; each tenant reads only its own",
                             {{"a foreign key to tenants", "deleting a tenant would delete or orphan-check its trail"}}});
    ctx.decide("audit_log", {DecisionKind::Pattern, "tenant_read, audit_insert",
                             "ROW LEVEL SECURITY: SELECT own tenant's rows, INSERT any, no UPDATE or DELETE",
                             "the trigger must log changes to a tenant that is not the session's yet (sign-up); "
                             "no policy lets anyone but the owner rewrite history",
                             {{"one tenant_isolation policy for all commands", "sign-up's own audit row would be refused"}}});
  }
  ctx.decide("audit_log", {DecisionKind::Pattern, "", "one audit table with jsonb before/after images",
                           "a single table answers 'who changed this row and what was it before' for every table",
                           {{"a history table per table", "doubles the schema and its migrations"},
                            {"logging in the application", "changes made outside the application go unseen"}}});
  ctx.decide("audit_log", {DecisionKind::Structure, "id", "bigint GENERATED ALWAYS AS IDENTITY",
                           "append-only and high-volume: small keys in insert order", {}});
  ctx.schema.functions.push_back(plpgsql_trigger_function(
      "audit_trigger",
      tenanted ? audit_body_with_tenant(tenant, tenant_cast(tenant_type))
               : std::string(
      "\nBEGIN\n"
      "    INSERT INTO audit_log (table_name, record_id, action, old_data, new_data, changed_by)\n"
      "    VALUES (TG_TABLE_NAME,\n"
      "            COALESCE(NEW.id, OLD.id)::text,\n"
      "            TG_OP,\n"
      "            CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,\n"
      "            CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END,\n"
      "            current_setting('app.user_id', true));\n"
      "    RETURN NULL;\n"
      "END;\n"),
      "Writes one audit_log row per changed row (audit_log pattern)."));
  for (Table* table : audited) {
    if (table->find_column("id") == nullptr) continue;
    table->triggers.push_back(row_trigger(table->name.name, "trg_" + table->name.name + "_audit", "AFTER",
                                          {"INSERT", "UPDATE", "DELETE"}, "audit_trigger"));
    ctx.decide(table->name.name, {DecisionKind::Pattern, "", "AFTER INSERT OR UPDATE OR DELETE trigger audit_trigger()",
                                  "every change is written to audit_log in the same transaction", {}});
  }
  ctx.schema.tables.push_back(std::move(log));
}

}  // namespace sf::detail
