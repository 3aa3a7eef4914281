// Pattern (seed 002 "Audit log", seed 003 "Audit triggers"): one append-only table records
// every insert, update and delete of the designed tables, written by a trigger function so
// no client can skip it.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

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
  ctx.decide("audit_log", {DecisionKind::Pattern, "", "one audit table with jsonb before/after images",
                           "a single table answers 'who changed this row and what was it before' for every table",
                           {{"a history table per table", "doubles the schema and its migrations"},
                            {"logging in the application", "changes made outside the application go unseen"}}});
  ctx.decide("audit_log", {DecisionKind::Structure, "id", "bigint GENERATED ALWAYS AS IDENTITY",
                           "append-only and high-volume: small keys in insert order", {}});
  ctx.schema.functions.push_back(plpgsql_trigger_function(
      "audit_trigger",
      "\nBEGIN\n"
      "    INSERT INTO audit_log (table_name, record_id, action, old_data, new_data, changed_by)\n"
      "    VALUES (TG_TABLE_NAME,\n"
      "            COALESCE(NEW.id, OLD.id)::text,\n"
      "            TG_OP,\n"
      "            CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,\n"
      "            CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END,\n"
      "            current_setting('app.user_id', true));\n"
      "    RETURN NULL;\n"
      "END;\n",
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
