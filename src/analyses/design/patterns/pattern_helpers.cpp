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

std::vector<Table*> tables_with(DesignContext& ctx, const std::string& column) {
  std::vector<Table*> out;
  for (const auto& entity : ctx.brief.entities) {
    Table* table = ctx.table(entity.name);
    if (table != nullptr && table->find_column(column) != nullptr) out.push_back(table);
  }
  return out;
}

}  // namespace sf::detail
