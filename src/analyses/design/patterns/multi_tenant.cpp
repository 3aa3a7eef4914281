// Pattern (seed 002 "Multi-tenancy"): every owned table carries the tenant key, row-level
// security keeps each tenant to its own rows, and indexes and unique keys lead with the
// tenant key so every lookup stays inside one tenant.
#include <algorithm>

#include "analyses/design/patterns/patterns.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

bool leads_with(const Index& index, const std::string& column) {
  return !index.elements.empty() && index.elements.front().column == column;
}

/// Foreign-key indexes keep the key alone: deleting a parent row looks children up by it
/// without knowing their tenant.
bool serves_foreign_key(const Table& table, const Index& index) {
  for (const auto& fk : table.foreign_keys) {
    if (fk.columns.size() != index.elements.size()) continue;
    bool same = true;
    for (size_t i = 0; i < fk.columns.size(); ++i) same = same && fk.columns[i] == index.elements[i].column;
    if (same) return true;
  }
  return false;
}

/// The brief's tenancy key; listing multi_tenant without one means `tenant_id`.
std::string tenancy_key(const DesignContext& ctx) {
  return ctx.brief.conventions.tenancy_key.empty() ? "tenant_id" : ctx.brief.conventions.tenancy_key;
}

}  // namespace

void scope_to_tenant(DesignContext& ctx, Table& table, const std::vector<std::string>& global_indexes) {
  std::string key = tenancy_key(ctx);
  const std::string& t = table.name.name;
  ctx.decide(t, {DecisionKind::Pattern, key, key + " NOT NULL on every tenant-owned table",
                 "shared tables, shared schema: one database serves every tenant and each row says whose it is",
                 {{"a schema per tenant", "migrations multiply by the number of tenants"},
                  {"a database per tenant", "costly below thousands of rows per tenant"}}});
  for (auto& unique : table.uniques) {
    if (unique.columns.empty() || unique.columns.front() == key) continue;
    unique.columns.insert(unique.columns.begin(), key);
    ctx.decide(t, {DecisionKind::Pattern, join(unique.columns, ", "), "UNIQUE (" + join(unique.columns, ", ") + ")",
                   "values are unique within a tenant, not across tenants",
                   {{"global uniqueness", "one tenant's value would block another's"}}});
  }
  for (auto& index : table.indexes) {
    if (index.unique || leads_with(index, key) || serves_foreign_key(table, index)) continue;
    if (std::find(global_indexes.begin(), global_indexes.end(), index.name) != global_indexes.end()) continue;
    IndexElement lead;
    lead.column = key;
    index.elements.insert(index.elements.begin(), lead);
    ctx.decide(t, {DecisionKind::Pattern, index.name, key + " leads the index",
                   "every query runs inside one tenant; leading with the tenant key keeps each scan to its rows",
                   {{"the index without the tenant key", "would read other tenants' entries and filter them out"}}});
  }
  // Deleting a tenant cascades here: some index must lead with the key.
  bool led = std::any_of(table.indexes.begin(), table.indexes.end(), [&](const Index& i) { return leads_with(i, key); }) ||
             std::any_of(table.uniques.begin(), table.uniques.end(),
                         [&](const UniqueConstraint& u) { return !u.columns.empty() && u.columns.front() == key; });
  if (!led) {
    Index by_tenant;
    by_tenant.name = "idx_" + t + "_" + key;
    IndexElement lead;
    lead.column = key;
    by_tenant.elements.push_back(lead);
    table.indexes.push_back(by_tenant);
  }
  table.rls_enabled = true;
  Policy policy;
  policy.name = "tenant_isolation";
  policy.using_expr = ctx.expr(tenant_predicate(key, table.find_column(key)->type));
  policy.check_expr = policy.using_expr;
  table.policies.push_back(policy);
  ctx.decide(t, {DecisionKind::Pattern, "tenant_isolation",
                 "ROW LEVEL SECURITY, policy USING (" + key + " = current_setting('app.tenant_id'))",
                 "the database itself keeps a tenant to its rows, even when a query forgets the WHERE",
                 {{"filtering in the application only", "one missed WHERE leaks another tenant's data"}}});
}

void apply_multi_tenant(DesignContext& ctx) {
  std::string key = tenancy_key(ctx);
  // Tables the other patterns add scope themselves (they run after this one).
  for (Table* table : tables_with(ctx, key)) scope_to_tenant(ctx, *table);
}

}  // namespace sf::detail
