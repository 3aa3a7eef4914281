// Pattern (seed 002 "Triggers"): one trigger function sets updated_at on every UPDATE, so
// the column is right whichever client writes the row.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

void apply_updated_at_trigger(DesignContext& ctx) {
  std::vector<Table*> tables = tables_with(ctx, "updated_at");
  if (tables.empty()) return;
  ctx.schema.functions.push_back(plpgsql_trigger_function(
      "set_updated_at",
      "\nBEGIN\n    NEW.updated_at = now();\n    RETURN NEW;\nEND;\n",
      "Sets updated_at to the time of the change (updated_at_trigger pattern)."));
  for (Table* table : tables) {
    table->triggers.push_back(row_trigger(table->name.name, "trg_" + table->name.name + "_updated_at", "BEFORE",
                                          {"UPDATE"}, "set_updated_at"));
    ctx.decide(table->name.name,
               {DecisionKind::Pattern, "updated_at", "BEFORE UPDATE trigger set_updated_at()",
                "updated_at stays true even for writes that forget it (scripts, other services)",
                {{"setting it in the ORM", "only that ORM's writes would keep it"}}});
  }
}

}  // namespace sf::detail
