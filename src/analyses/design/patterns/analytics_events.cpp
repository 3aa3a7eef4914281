// Pattern (seed 003 "Events analytics", "Partitioning"): an append-only event stream,
// range-partitioned by month so old months can be detached and archived whole.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

namespace {

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::string month_start(int year, int month) {
  return std::to_string(year) + "-" + two_digits(month) + "-01";
}

}  // namespace

void apply_analytics_events(DesignContext& ctx) {
  const PartitionPlan& plan = ctx.brief.partitions;
  if (plan.start_month == 0) return;  // check_brief reports it
  TableBuilder events{ctx, {}};
  events.table.name = QualifiedName{"", "analytics_events"};
  events.table.comment = "Product analytics events, append-only, one partition per month (analytics_events pattern).";
  Column& id = events.add("id", bigint_type(), true);
  id.identity = Identity{true, {}};
  const bool tenanted = events.tenant_key();
  bool has_users = ctx.table("users") != nullptr;
  if (has_users) events.add("user_id", id_type(ctx.id_kind("users")), false);
  events.add("event_name", text_type(), true);
  events.add("properties", make_type(TypeKind::Jsonb, "jsonb"), true).default_value = ctx.expr("'{}'::jsonb");
  events.add("session_id", text_type(), false);
  events.add("occurred_at", timestamptz_type(), true).default_value = ctx.expr("now()");
  events.table.primary_key = PrimaryKey{"", {"id", "occurred_at"}, {}, {}, "", {}};
  events.table.partition_by = PartitionKey{PartitionStrategy::Range, {column_element("occurred_at")}};
  if (has_users) {
    events.link("user_id", "users", FkAction::SetNull);
    events.index("user_id");
  }
  events.index("idx_analytics_events_name_occurred", {column_element("event_name"), column_element("occurred_at")});
  ctx.decide("analytics_events", {DecisionKind::Pattern, "occurred_at", "PARTITION BY RANGE (occurred_at), monthly",
                                  "the table grows without bound; a month is dropped or archived by detaching one partition",
                                  {{"one unpartitioned table", "deleting old rows bloats it and takes long locks"},
                                   {"a table per month by hand", "queries would have to know which tables to read"}}});
  ctx.decide("analytics_events", {DecisionKind::Pattern, "id, occurred_at", "PRIMARY KEY (id, occurred_at)",
                                  "a partitioned table's keys must include the partition column", {}});
  ctx.decide("analytics_events", {DecisionKind::Pattern, "analytics_events_default", "a DEFAULT partition",
                                  "an event outside the created months is kept rather than rejected; a monthly job creates the next partitions",
                                  {{"no default", "an insert past the last month would fail"}}});
  std::vector<Table> partitions;
  int year = plan.start_year;
  int month = plan.start_month;
  for (int64_t i = 0; i < plan.months; ++i) {
    int next_year = month == 12 ? year + 1 : year;
    int next_month = month == 12 ? 1 : month + 1;
    Table part;
    part.name = QualifiedName{"", "analytics_events_" + std::to_string(year) + "_" + two_digits(month)};
    part.partition_of = PartitionOf{events.table.name,
                                    "FOR VALUES FROM ('" + month_start(year, month) + "') TO ('" +
                                        month_start(next_year, next_month) + "')",
                                    false};
    partitions.push_back(std::move(part));
    year = next_year;
    month = next_month;
  }
  Table fallback;
  fallback.name = QualifiedName{"", "analytics_events_default"};
  fallback.partition_of = PartitionOf{events.table.name, "DEFAULT", false};
  partitions.push_back(std::move(fallback));
  if (tenanted) scope_to_tenant(ctx, events.table);
  ctx.schema.tables.push_back(std::move(events.table));
  for (auto& part : partitions) ctx.schema.tables.push_back(std::move(part));
}

}  // namespace sf::detail
