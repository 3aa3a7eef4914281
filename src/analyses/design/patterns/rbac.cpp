// Pattern (seed 003 "Auth and RBAC"): roles that inherit from a parent role, named
// permissions, and the links user_roles and role_permissions.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

void apply_rbac(DesignContext& ctx) {
  const bool has_users = ctx.table("users") != nullptr;
  const std::string tenant = ctx.brief.conventions.tenancy_key;
  const bool tenanted = !tenant.empty() && ctx.table("tenants") != nullptr;
  Type key = id_type(ctx.brief.conventions.ids);
  auto keyed = [&](const std::string& name, const std::string& comment) {
    TableBuilder b{ctx, {}};
    b.table.name = QualifiedName{"", name};
    b.table.comment = comment;
    Column& id = b.add("id", key, false);
    if (key.kind == TypeKind::Uuid) id.default_value = ctx.expr("gen_random_uuid()");
    else id.identity = Identity{true, {}};
    b.table.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", {}};
    return b;
  };

  TableBuilder roles = keyed("roles", "A named set of permissions; a role inherits its parent's (rbac pattern).");
  if (tenanted) {
    roles.add(tenant, id_type(ctx.id_kind("tenants")), true);
    roles.link(tenant, "tenants", FkAction::Cascade);
  }
  roles.add("name", text_type(), true);
  roles.add("description", text_type(), false);
  roles.add("parent_role_id", key, false).comment = "The role this one inherits from; NULL for a root role.";
  roles.timestamps(true);
  roles.table.uniques.push_back(UniqueConstraint{"", tenanted ? std::vector<std::string>{tenant, "name"}
                                                              : std::vector<std::string>{"name"}, {}, false, {}, "", {}});
  roles.link("parent_role_id", "roles", FkAction::SetNull);
  roles.index("parent_role_id");

  TableBuilder permissions = keyed("permissions", "An action on a resource, such as documents.delete (rbac pattern).");
  permissions.add("name", text_type(), true);
  permissions.add("description", text_type(), false);
  permissions.timestamps(true);
  permissions.table.uniques.push_back(UniqueConstraint{"", {"name"}, {}, false, {}, "", {}});

  TableBuilder role_permissions{ctx, {}};
  role_permissions.table.name = QualifiedName{"", "role_permissions"};
  role_permissions.table.comment = "Which permissions a role grants (rbac pattern).";
  role_permissions.add("role_id", key, true);
  role_permissions.add("permission_id", key, true);
  role_permissions.timestamps(true);
  role_permissions.table.primary_key = PrimaryKey{"", {"role_id", "permission_id"}, {}, {}, "", {}};
  role_permissions.link("role_id", "roles", FkAction::Cascade);
  role_permissions.link("permission_id", "permissions", FkAction::Cascade);
  role_permissions.index("permission_id");

  std::vector<Table> added = {std::move(roles.table), std::move(permissions.table), std::move(role_permissions.table)};
  if (has_users) {
    TableBuilder user_roles{ctx, {}};
    user_roles.table.name = QualifiedName{"", "user_roles"};
    user_roles.table.comment = "Which roles a user holds (rbac pattern).";
    user_roles.add("user_id", id_type(ctx.id_kind("users")), true);
    user_roles.add("role_id", key, true);
    user_roles.timestamps(true);
    user_roles.table.primary_key = PrimaryKey{"", {"user_id", "role_id"}, {}, {}, "", {}};
    user_roles.link("user_id", "users", FkAction::Cascade);
    user_roles.link("role_id", "roles", FkAction::Cascade);
    user_roles.index("role_id");
    added.push_back(std::move(user_roles.table));
  }
  ctx.decide("roles", {DecisionKind::Pattern, "parent_role_id", "role hierarchy by a self-reference",
                       "a role inherits its parent's permissions, so admin need not repeat editor's",
                       {{"flat roles", "every permission repeated on every role that needs it"},
                        {"permissions on users directly", "unmanageable past a handful of users"}}});
  ctx.decide("roles", {DecisionKind::Constraint, "parent_role_id", "ON DELETE SET NULL",
                       "deleting a parent role makes its children root roles rather than deleting them", {}});
  ctx.decide("role_permissions", {DecisionKind::Structure, "", "join table (role_id, permission_id)",
                                  "roles and permissions are many-to-many", {}});
  if (has_users) {
    ctx.decide("user_roles", {DecisionKind::Structure, "", "join table (user_id, role_id)",
                              "a user holds several roles and a role has many users",
                              {{"a role column on users", "one role per user only"}}});
  }
  // roles is added first; permissions are shared by every tenant, and the join tables reach
  // a tenant through their tenant-scoped ends.
  if (tenanted) scope_to_tenant(ctx, added.front());
  for (auto& table : added) ctx.schema.tables.push_back(std::move(table));
}

}  // namespace sf::detail
