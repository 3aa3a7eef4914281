#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

Trigger row_trigger(const std::string& table, const std::string& name, const std::string& timing,
                    const std::vector<std::string>& events, const std::string& function) {
  Trigger trigger;
  trigger.name = name;
  trigger.timing = timing;
  // PostgreSQL's own order (pg_get_triggerdef), so the model equals the one read back.
  for (const char* event : {"INSERT", "DELETE", "UPDATE", "TRUNCATE"}) {
    for (const auto& wanted : events) {
      if (wanted == event) trigger.events.push_back(wanted);
    }
  }
  trigger.for_each_row = true;
  trigger.function = QualifiedName{"", function};
  std::string list;
  for (const auto& event : trigger.events) list += (list.empty() ? "" : " OR ") + event;
  trigger.definition = "CREATE TRIGGER " + name + " " + timing + " " + list + " ON " + table +
                       " FOR EACH ROW EXECUTE FUNCTION " + function + "()";
  return trigger;
}

Function plpgsql_trigger_function(const std::string& name, const std::string& body,
                                  const std::string& comment) {
  Function function;
  function.name = QualifiedName{"", name};
  function.returns = "trigger";
  function.language = "plpgsql";
  function.body = body;
  function.comment = comment;
  function.definition = "CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$" + body + "$$";
  return function;
}

Column& TableBuilder::add(const std::string& name, Type type, bool not_null) {
  Column column = make_column(name, std::move(type));
  column.not_null = not_null;
  table.columns.push_back(std::move(column));
  return table.columns.back();
}

void TableBuilder::id() {
  Column& id = add("id", id_type(ctx.brief.conventions.ids), false);
  if (id.type.kind == TypeKind::Uuid) id.default_value = ctx.expr("gen_random_uuid()");
  else id.identity = Identity{true, {}};
  table.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", {}};
}

void TableBuilder::timestamps(bool updated) {
  add("created_at", timestamptz_type(), true).default_value = ctx.expr("now()");
  if (updated) add("updated_at", timestamptz_type(), true).default_value = ctx.expr("now()");
}

void TableBuilder::link(const std::string& column, const std::string& parent, FkAction action) {
  ForeignKey fk;
  fk.columns = {column};
  fk.ref_table = QualifiedName{"", parent};
  fk.ref_columns = {"id"};
  fk.on_delete = action;
  table.foreign_keys.push_back(fk);
}

void TableBuilder::index(const std::string& name, std::vector<IndexElement> elements, const std::string& where) {
  Index index;
  index.name = name;
  index.elements = std::move(elements);
  if (!where.empty()) index.where = ctx.expr(where);
  table.indexes.push_back(std::move(index));
}

void TableBuilder::index(const std::string& column) {
  index("idx_" + table.name.name + "_" + column, {column_element(column)});
}

void TableBuilder::check(const std::string& column, const std::string& sql) {
  CheckConstraint check;
  check.column = column;
  check.expr = ctx.expr(sql);
  table.checks.push_back(std::move(check));
}

bool TableBuilder::tenant_key() {
  const std::string& key = ctx.brief.conventions.tenancy_key;
  if (key.empty() || ctx.table("tenants") == nullptr) return false;
  add(key, id_type(ctx.id_kind("tenants")), true);
  link(key, "tenants", FkAction::Cascade);
  return true;
}

std::string tenant_cast(const Type& key_type) { return key_type.kind == TypeKind::Uuid ? "uuid" : "bigint"; }

std::string tenant_predicate(const std::string& key, const Type& key_type) {
  return key + " = current_setting('app.tenant_id')::" + tenant_cast(key_type);
}

IndexElement column_element(const std::string& column, bool descending) {
  IndexElement e;
  e.column = column;
  if (descending) e.order = SortOrder::Desc;
  return e;
}

std::vector<Table*> tables_with(DesignContext& ctx, const std::string& column) {
  std::vector<Table*> out;
  for (const auto& entity : ctx.brief.entities) {
    Table* table = ctx.table(entity.name);
    if (table != nullptr && table->find_column(column) != nullptr) out.push_back(table);
  }
  return out;
}

}  // namespace sf::detail
