// design_schema: the steps of seed 001's process, in order, over one shared context.
#include "analyses/design/design_context.h"

namespace sf {

namespace detail {

Expr DesignContext::expr(const std::string& sql) const {
  if (options.read_expr) return options.read_expr(sql);
  Expr out;
  out.sql = sql;
  return out;
}

Table* DesignContext::table(const std::string& name) {
  return schema.find_table(QualifiedName{"", name});
}

void DesignContext::decide(const std::string& table_name, DesignDecision decision) {
  record.table(QualifiedName{"", table_name}).decisions.push_back(std::move(decision));
}

IdKind DesignContext::id_kind(const std::string& entity) const {
  if (const BriefEntity* found = brief.find_entity(entity); found && found->id) return *found->id;
  return brief.conventions.ids;
}

}  // namespace detail

Schema design_schema(const Brief& brief, const DesignOptions& options, Diagnostics& diagnostics) {
  detail::DesignContext ctx{brief, options, diagnostics, {}, {}};
  ctx.record.project = brief.project;
  ctx.record.description = brief.description;
  for (const auto& step : brief.journey) ctx.record.journey.emplace_back(step.name, step.description);
  for (const auto& estimate : brief.scale) {
    ctx.record.scale.push_back(
        {QualifiedName{"", estimate.entity}, estimate.rows_now, estimate.growth_per_month});
  }
  detail::design_tables(ctx);
  detail::design_relationships(ctx);
  detail::design_indexes(ctx);
  detail::apply_patterns(ctx);
  detail::drop_redundant_indexes(ctx);
  ctx.schema.design = std::move(ctx.record);
  return std::move(ctx.schema);
}

}  // namespace sf
