// Pattern (seed 002 "Soft deletes"): rows are hidden with deleted_at instead of deleted;
// uniqueness holds among live rows only (partial unique indexes) and `active_<table>` views
// show the live rows.
#include "analyses/design/patterns/patterns.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

void apply_soft_delete(DesignContext& ctx) {
  for (const auto& entity : ctx.brief.entities) {
    if (entity.append_only) continue;
    Table* table = ctx.table(entity.name);
    if (table == nullptr) continue;
    const std::string& t = table->name.name;
    if (table->find_column("deleted_at") == nullptr) {
      table->columns.push_back(make_column("deleted_at", timestamptz_type()));
    }
    ctx.decide(t, {DecisionKind::Pattern, "deleted_at", "soft delete (deleted_at timestamptz NULL)",
                   "deleted rows stay recoverable and auditable; NULL means live",
                   {{"hard DELETE", "loses the row; the brief asks for soft deletes"},
                    {"a boolean is_deleted", "says nothing about when"}}});
    for (const auto& unique : table->uniques) {
      Index index;
      index.name = "uq_" + t + "_" + join(unique.columns, "_") + "_active";
      index.unique = true;
      for (const auto& column : unique.columns) {
        IndexElement e;
        e.column = column;
        index.elements.push_back(e);
      }
      index.where = ctx.expr("deleted_at IS NULL");
      table->indexes.push_back(index);
      ctx.decide(t, {DecisionKind::Pattern, index.name,
                     "UNIQUE (" + join(unique.columns, ", ") + ") WHERE deleted_at IS NULL",
                     "a deleted row must not block a new row with the same value",
                     {{"a plain UNIQUE constraint", "deleted rows would keep their values reserved"}}});
    }
    table->uniques.clear();
    View view;
    view.name = QualifiedName{"", "active_" + t};
    view.query = "SELECT * FROM " + t + " WHERE deleted_at IS NULL";
    view.comment = "Live rows of " + t + " (soft_delete pattern).";
    ctx.schema.views.push_back(view);
  }
}

}  // namespace sf::detail
