// Pattern (seed 003 "Notifications"): per-user notifications with a read marker; the unread
// list is the hot query, so it gets a partial index.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

void apply_notifications(DesignContext& ctx) {
  if (ctx.table("users") == nullptr) return;  // check_brief reports it
  TableBuilder n{ctx, {}};
  n.table.name = QualifiedName{"", "notifications"};
  n.table.comment = "A message to one user, shown until read (notifications pattern).";
  n.id();
  const bool tenanted = n.tenant_key();
  n.add("user_id", id_type(ctx.id_kind("users")), true);
  n.add("kind", text_type(), true);
  n.add("title", text_type(), true);
  n.add("body", text_type(), false);
  n.add("data", make_type(TypeKind::Jsonb, "jsonb"), true).default_value = ctx.expr("'{}'::jsonb");
  n.add("read_at", timestamptz_type(), false);
  n.timestamps(true);
  n.link("user_id", "users", FkAction::Cascade);
  n.index("user_id");
  n.index("idx_notifications_user_created", {column_element("user_id"), column_element("created_at", true)});
  n.index("idx_notifications_unread", {column_element("user_id"), column_element("created_at", true)},
          "read_at IS NULL");
  ctx.decide("notifications", {DecisionKind::Pattern, "read_at", "read_at timestamptz NULL",
                               "NULL is unread; the time says when it was read",
                               {{"a boolean is_read", "says nothing about when"}}});
  ctx.decide("notifications", {DecisionKind::Pattern, "idx_notifications_unread",
                               "(user_id, created_at DESC) WHERE read_at IS NULL",
                               "the badge count and the unread list read only unread rows, newest first",
                               {{"a full index only", "walks every read notification to find the unread ones"}}});
  if (tenanted) scope_to_tenant(ctx, n.table);
  ctx.schema.tables.push_back(std::move(n.table));
}

}  // namespace sf::detail
