#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

Trigger row_trigger(const std::string& name, const std::string& timing,
                    std::vector<std::string> events, const std::string& function) {
  Trigger trigger;
  trigger.name = name;
  trigger.timing = timing;
  trigger.events = std::move(events);
  trigger.for_each_row = true;
  trigger.function = QualifiedName{"", function};
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
