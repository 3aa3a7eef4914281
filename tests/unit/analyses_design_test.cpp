// The designer's decision trees and each pattern, on briefs built in code (no YAML, no
// SQL parser: expressions keep their text).
#include <gtest/gtest.h>

#include <algorithm>

#include "schemaforge/analyses/design.h"

namespace sf {

namespace {

BriefField field(const std::string& name, FieldKind kind, bool required = false) {
  BriefField f;
  f.name = name;
  f.kind = kind;
  f.required = required;
  return f;
}

BriefEntity entity(const std::string& name, std::vector<BriefField> fields) {
  BriefEntity e;
  e.name = name;
  e.fields = std::move(fields);
  return e;
}

BriefRelationship belongs_to(const std::string& from, const std::string& to, LinkRole role) {
  BriefRelationship link;
  link.from = from;
  link.to = to;
  link.role = role;
  return link;
}

/// users, posts (owned by users), comments (on posts, optional author), tags (m:n with posts).
Brief blog() {
  Brief brief;
  brief.project = "blog";
  BriefField email = field("email", FieldKind::Email, true);
  email.unique = true;
  BriefField status = field("status", FieldKind::Enum, true);
  status.values = {"draft", "published"};
  status.default_value = "draft";
  brief.entities = {entity("users", {email}),
                    entity("posts", {field("title", FieldKind::ShortText, true), status,
                                     field("body", FieldKind::LongText), field("meta", FieldKind::Json)}),
                    entity("comments", {field("body", FieldKind::LongText, true)}),
                    entity("tags", {field("name", FieldKind::ShortText, true)})};
  BriefRelationship author = belongs_to("comments", "users", LinkRole::Optional);
  author.column = "author_id";
  BriefRelationship tagged;
  tagged.kind = RelationKind::ManyToMany;
  tagged.from = "posts";
  tagged.to = "tags";
  tagged.through = "post_tags";
  brief.relationships = {belongs_to("posts", "users", LinkRole::Owner),
                         belongs_to("comments", "posts", LinkRole::Reference), author, tagged};
  BriefQuery recent;
  recent.name = "a user's posts, newest first";
  recent.shape.table = "posts";
  recent.shape.predicates = {{"user_id", "=", false, "user_id = $1"}};
  recent.shape.order_by = {{"created_at", true}};
  BriefQuery drafts;
  drafts.name = "drafts";
  drafts.shape.table = "posts";
  drafts.shape.predicates = {{"status", "=", true, "status = 'draft'"}};
  drafts.shape.order_by = {{"updated_at", false}};
  brief.queries = {recent, drafts};
  return brief;
}

Schema design(const Brief& brief) {
  Diagnostics diagnostics;
  Schema schema = design_schema(brief, DesignOptions{}, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return schema;
}

const Table& table(const Schema& schema, const std::string& name) {
  const Table* found = schema.find_table(QualifiedName{"", name});
  EXPECT_NE(found, nullptr) << name;
  static const Table none;
  return found ? *found : none;
}

const ForeignKey* fk(const Table& t, const std::string& column) {
  for (const auto& key : t.foreign_keys) {
    if (key.columns == std::vector<std::string>{column}) return &key;
  }
  return nullptr;
}

const Index* index(const Table& t, const std::string& name) {
  for (const auto& i : t.indexes) {
    if (i.name == name) return &i;
  }
  return nullptr;
}

bool has_decision(const Schema& schema, const std::string& t, const std::string& choice_part) {
  const TableDesign* design = schema.design->find_table(QualifiedName{"", t});
  if (design == nullptr) return false;
  return std::any_of(design->decisions.begin(), design->decisions.end(), [&](const DesignDecision& d) {
    return d.choice.find(choice_part) != std::string::npos && !d.reason.empty();
  });
}

}  // namespace

TEST(Designer, TablesKeysAndAuditColumns) {
  Schema schema = design(blog());
  const Table& posts = table(schema, "posts");
  ASSERT_GE(posts.columns.size(), 7u);
  EXPECT_EQ(posts.columns[0].name, "id");
  EXPECT_EQ(posts.columns[0].type.kind, TypeKind::Uuid);
  EXPECT_EQ(posts.columns[1].name, "user_id");  // links right after the key
  EXPECT_EQ(posts.columns.back().name, "updated_at");
  EXPECT_EQ(posts.find_column("created_at")->type.kind, TypeKind::TimestampTz);
  EXPECT_EQ(posts.find_column("meta")->type.kind, TypeKind::Jsonb);
  EXPECT_TRUE(posts.find_column("title")->not_null);
  EXPECT_FALSE(posts.find_column("body")->not_null);
  ASSERT_EQ(posts.checks.size(), 1u);
  EXPECT_EQ(posts.checks[0].expr.sql, "status IN ('draft', 'published')");
  EXPECT_EQ(posts.find_column("status")->default_value->sql, "'draft'");
  EXPECT_EQ(schema.extensions.size(), 1u);
}

TEST(Designer, BigintIdsFromConventions) {
  Brief brief = blog();
  brief.conventions.ids = IdKind::Bigint;
  Schema schema = design(brief);
  const Table& posts = table(schema, "posts");
  EXPECT_EQ(posts.columns[0].type.kind, TypeKind::Int64);
  EXPECT_TRUE(posts.columns[0].identity.has_value());
  EXPECT_EQ(posts.find_column("user_id")->type.kind, TypeKind::Int64);
  EXPECT_TRUE(schema.extensions.empty());
}

TEST(Designer, ReferentialActionsFollowTheRole) {
  Schema schema = design(blog());
  const Table& posts = table(schema, "posts");
  const Table& comments = table(schema, "comments");
  EXPECT_EQ(fk(posts, "user_id")->on_delete, FkAction::Cascade);
  EXPECT_EQ(fk(comments, "post_id")->on_delete, FkAction::Restrict);
  EXPECT_EQ(fk(comments, "author_id")->on_delete, FkAction::SetNull);
  EXPECT_FALSE(comments.find_column("author_id")->not_null);
  EXPECT_TRUE(comments.find_column("post_id")->not_null);
  EXPECT_TRUE(has_decision(schema, "comments", "ON DELETE SET NULL"));
}

TEST(Designer, ManyToManyJoinTable) {
  Schema schema = design(blog());
  const Table& link = table(schema, "post_tags");
  ASSERT_TRUE(link.primary_key);
  EXPECT_EQ(link.primary_key->columns, (std::vector<std::string>{"post_id", "tag_id"}));
  EXPECT_EQ(fk(link, "post_id")->on_delete, FkAction::Cascade);
  EXPECT_EQ(fk(link, "tag_id")->on_delete, FkAction::Restrict);
  // post_id leads the primary key: only tag_id needs an index of its own.
  ASSERT_EQ(link.indexes.size(), 1u);
  EXPECT_EQ(link.indexes[0].elements[0].column, "tag_id");
  // Placed after the later of its two tables.
  auto position = [&](const std::string& name) {
    for (size_t i = 0; i < schema.tables.size(); ++i) {
      if (schema.tables[i].name.name == name) return i;
    }
    return schema.tables.size();
  };
  EXPECT_EQ(position("post_tags"), position("tags") + 1);
}

TEST(Designer, QueryIndexesEqualityThenSortAndNoRedundantPrefix) {
  Schema schema = design(blog());
  const Table& posts = table(schema, "posts");
  const Index* recent = index(posts, "idx_posts_user_created");
  ASSERT_NE(recent, nullptr);
  ASSERT_EQ(recent->elements.size(), 2u);
  EXPECT_EQ(recent->elements[0].column, "user_id");
  EXPECT_EQ(recent->elements[1].order, SortOrder::Desc);
  // The foreign-key index on user_id is a prefix of the query index: not created.
  EXPECT_EQ(index(posts, "idx_posts_user_id"), nullptr);
  EXPECT_TRUE(has_decision(schema, "posts", "not created"));
  ASSERT_EQ(schema.design->queries.size(), 2u);
  EXPECT_EQ(schema.design->queries[0].index, "idx_posts_user_created");
}

TEST(Designer, ConstantPredicateMakesAPartialIndex) {
  Schema schema = design(blog());
  const Index* drafts = index(table(schema, "posts"), "idx_posts_draft");
  ASSERT_NE(drafts, nullptr);
  ASSERT_TRUE(drafts->where);
  EXPECT_EQ(drafts->where->sql, "status = 'draft'");
  EXPECT_EQ(drafts->elements[0].column, "updated_at");
}

TEST(Designer, UniqueKeyServesAnEqualityQuery) {
  Brief brief = blog();
  BriefQuery by_email;
  by_email.name = "sign in";
  by_email.shape.table = "users";
  by_email.shape.predicates = {{"email", "=", false, "email = $1"}};
  brief.queries.push_back(by_email);
  Schema schema = design(brief);
  EXPECT_TRUE(table(schema, "users").indexes.empty());
  EXPECT_EQ(schema.design->queries.back().index, "users_email_key");
}

TEST(Patterns, UpdatedAtTrigger) {
  Brief brief = blog();
  brief.patterns = {"updated_at_trigger"};
  Schema schema = design(brief);
  ASSERT_EQ(schema.functions.size(), 1u);
  EXPECT_EQ(schema.functions[0].name.name, "set_updated_at");
  const Table& posts = table(schema, "posts");
  ASSERT_EQ(posts.triggers.size(), 1u);
  EXPECT_EQ(posts.triggers[0].timing, "BEFORE");
  EXPECT_EQ(posts.triggers[0].events, std::vector<std::string>{"UPDATE"});
  EXPECT_TRUE(table(schema, "post_tags").triggers.empty());  // no updated_at there
  EXPECT_EQ(schema.design->patterns, std::vector<std::string>{"updated_at_trigger"});
}

TEST(Patterns, SoftDelete) {
  Brief brief = blog();
  brief.conventions.soft_delete = true;
  Schema schema = design(brief);
  const Table& users = table(schema, "users");
  ASSERT_NE(users.find_column("deleted_at"), nullptr);
  EXPECT_FALSE(users.find_column("deleted_at")->not_null);
  EXPECT_TRUE(users.uniques.empty());
  const Index* unique = index(users, "uq_users_email_active");
  ASSERT_NE(unique, nullptr);
  EXPECT_TRUE(unique->unique);
  EXPECT_EQ(unique->where->sql, "deleted_at IS NULL");
  bool view = std::any_of(schema.views.begin(), schema.views.end(),
                          [](const View& v) { return v.name.name == "active_users"; });
  EXPECT_TRUE(view);
}

TEST(Patterns, MultiTenant) {
  Brief brief = blog();
  brief.entities.insert(brief.entities.begin(), entity("tenants", {field("name", FieldKind::ShortText, true)}));
  brief.conventions.tenancy_key = "tenant_id";
  Schema schema = design(brief);
  const Table& posts = table(schema, "posts");
  EXPECT_EQ(posts.columns[1].name, "tenant_id");
  EXPECT_EQ(fk(posts, "tenant_id")->on_delete, FkAction::Cascade);
  EXPECT_TRUE(posts.rls_enabled);
  ASSERT_EQ(posts.policies.size(), 1u);
  EXPECT_EQ(posts.policies[0].using_expr->sql, "tenant_id = current_setting('app.tenant_id')::uuid");
  const Index* recent = index(posts, "idx_posts_user_created");
  ASSERT_NE(recent, nullptr);
  EXPECT_EQ(recent->elements[0].column, "tenant_id");  // tenant-leading
  EXPECT_EQ(table(schema, "users").uniques[0].columns, (std::vector<std::string>{"tenant_id", "email"}));
  EXPECT_FALSE(table(schema, "tenants").rls_enabled);
  // The tenant_id foreign-key index is a prefix of the tenant-leading indexes.
  EXPECT_EQ(index(posts, "idx_posts_tenant_id"), nullptr);
  // Foreign-key indexes stay on the key alone, for the parent's ON DELETE.
  ASSERT_NE(index(posts, "idx_posts_user_id"), nullptr);
  EXPECT_EQ(index(posts, "idx_posts_user_id")->elements.size(), 1u);
}

// Tables the patterns add follow the tenancy too, except those read before a tenant is known.
TEST(Patterns, MultiTenantScopesPatternTables) {
  Brief brief = blog();
  brief.entities.insert(brief.entities.begin(), entity("tenants", {field("name", FieldKind::ShortText, true)}));
  brief.conventions.tenancy_key = "tenant_id";
  brief.patterns = {"rbac", "audit_log", "sessions_tokens", "files_jobs", "notifications"};
  Schema schema = design(brief);
  for (const char* name : {"roles", "files", "processing_jobs", "notifications"}) {
    SCOPED_TRACE(name);
    const Table& t = table(schema, name);
    ASSERT_NE(t.find_column("tenant_id"), nullptr);
    EXPECT_TRUE(t.find_column("tenant_id")->not_null);
    ASSERT_NE(fk(t, "tenant_id"), nullptr);
    EXPECT_EQ(fk(t, "tenant_id")->on_delete, FkAction::Cascade);
    EXPECT_TRUE(t.rls_enabled);
    bool led = std::any_of(t.indexes.begin(), t.indexes.end(),
                           [](const Index& i) { return i.elements[0].column == "tenant_id"; }) ||
               std::any_of(t.uniques.begin(), t.uniques.end(),
                           [](const UniqueConstraint& u) { return u.columns[0] == "tenant_id"; });
    EXPECT_TRUE(led) << "no index leads with tenant_id, so a tenant's delete would scan";
  }
  // The job queue is drained across tenants; the unread list is per tenant.
  EXPECT_EQ(index(table(schema, "processing_jobs"), "idx_processing_jobs_queued")->elements[0].column, "run_after");
  EXPECT_EQ(index(table(schema, "notifications"), "idx_notifications_unread")->elements[0].column, "tenant_id");
  // Sessions and tokens are found by hash before the tenant is known.
  for (const char* name : {"sessions", "user_tokens", "permissions"}) {
    EXPECT_EQ(table(schema, name).find_column("tenant_id"), nullptr) << name;
    EXPECT_FALSE(table(schema, name).rls_enabled) << name;
  }
  // The audit trail: the tenant comes from the changed row, tenants read only theirs.
  const Table& log = table(schema, "audit_log");
  ASSERT_NE(log.find_column("tenant_id"), nullptr);
  EXPECT_FALSE(log.find_column("tenant_id")->not_null);
  EXPECT_EQ(fk(log, "tenant_id"), nullptr);
  ASSERT_EQ(log.policies.size(), 2u);
  EXPECT_EQ(log.policies[0].command, "SELECT");
  EXPECT_EQ(log.policies[1].command, "INSERT");
  auto function = std::find_if(schema.functions.begin(), schema.functions.end(),
                               [](const Function& f) { return f.name.name == "audit_trigger"; });
  ASSERT_NE(function, schema.functions.end());
  EXPECT_NE(function->body.find("changed ->> 'tenant_id'"), std::string::npos) << function->body;
}

TEST(Patterns, Rbac) {
  Brief brief = blog();
  brief.patterns = {"rbac"};
  Schema schema = design(brief);
  const Table& roles = table(schema, "roles");
  EXPECT_EQ(fk(roles, "parent_role_id")->on_delete, FkAction::SetNull);
  EXPECT_EQ(fk(roles, "parent_role_id")->ref_table.name, "roles");
  const Table& user_roles = table(schema, "user_roles");
  EXPECT_EQ(user_roles.primary_key->columns, (std::vector<std::string>{"user_id", "role_id"}));
  EXPECT_EQ(fk(user_roles, "user_id")->on_delete, FkAction::Cascade);
  table(schema, "permissions");
  EXPECT_EQ(table(schema, "role_permissions").primary_key->columns.size(), 2u);
}

TEST(Patterns, AuditLog) {
  Brief brief = blog();
  brief.patterns = {"audit_log"};
  Schema schema = design(brief);
  const Table& log = table(schema, "audit_log");
  EXPECT_NE(log.find_column("old_data"), nullptr);
  EXPECT_EQ(log.find_column("old_data")->type.kind, TypeKind::Jsonb);
  ASSERT_EQ(schema.functions.size(), 1u);
  EXPECT_EQ(schema.functions[0].name.name, "audit_trigger");
  const Table& posts = table(schema, "posts");
  ASSERT_EQ(posts.triggers.size(), 1u);
  EXPECT_EQ(posts.triggers[0].timing, "AFTER");
  EXPECT_EQ(posts.triggers[0].events, (std::vector<std::string>{"INSERT", "DELETE", "UPDATE"}));
}

TEST(Patterns, SessionsAndTokens) {
  Brief brief = blog();
  brief.patterns = {"sessions_tokens"};
  Schema schema = design(brief);
  const Table& sessions = table(schema, "sessions");
  EXPECT_EQ(fk(sessions, "user_id")->on_delete, FkAction::Cascade);
  EXPECT_EQ(sessions.uniques[0].columns, std::vector<std::string>{"token_hash"});
  EXPECT_EQ(sessions.find_column("ip_address")->type.kind, TypeKind::Inet);
  EXPECT_TRUE(sessions.find_column("expires_at")->not_null);
  const Table& tokens = table(schema, "user_tokens");
  ASSERT_EQ(tokens.checks.size(), 1u);
  EXPECT_EQ(tokens.checks[0].column, "purpose");
  EXPECT_TRUE(has_decision(schema, "sessions", "hash"));
}

TEST(Patterns, FilesAndJobs) {
  Brief brief = blog();
  brief.patterns = {"files_jobs"};
  Schema schema = design(brief);
  const Table& jobs = table(schema, "processing_jobs");
  EXPECT_EQ(fk(jobs, "file_id")->ref_table.name, "files");
  const Index* queued = index(jobs, "idx_processing_jobs_queued");
  ASSERT_NE(queued, nullptr);
  EXPECT_EQ(queued->where->sql, "status = 'queued'");
  EXPECT_EQ(jobs.find_column("status")->default_value->sql, "'queued'");
  EXPECT_EQ(table(schema, "files").uniques[0].columns, std::vector<std::string>{"storage_key"});
}

TEST(Patterns, Notifications) {
  Brief brief = blog();
  brief.patterns = {"notifications"};
  Schema schema = design(brief);
  const Table& n = table(schema, "notifications");
  ASSERT_NE(index(n, "idx_notifications_unread"), nullptr);
  EXPECT_EQ(index(n, "idx_notifications_unread")->where->sql, "read_at IS NULL");
  // The plain foreign-key index is a prefix of the (user_id, created_at DESC) index.
  EXPECT_EQ(index(n, "idx_notifications_user_id"), nullptr);
  EXPECT_NE(index(n, "idx_notifications_user_created"), nullptr);
}

TEST(Patterns, AnalyticsEventsMonthlyPartitions) {
  Brief brief = blog();
  brief.patterns = {"analytics_events"};
  brief.partitions.start_year = 2027;
  brief.partitions.start_month = 11;
  brief.partitions.months = 3;
  Schema schema = design(brief);
  const Table& events = table(schema, "analytics_events");
  ASSERT_TRUE(events.partition_by);
  EXPECT_EQ(events.partition_by->strategy, PartitionStrategy::Range);
  EXPECT_EQ(events.primary_key->columns, (std::vector<std::string>{"id", "occurred_at"}));
  const Table& december = table(schema, "analytics_events_2027_12");
  ASSERT_TRUE(december.partition_of);
  EXPECT_EQ(december.partition_of->bound_sql, "FOR VALUES FROM ('2027-12-01') TO ('2028-01-01')");
  EXPECT_EQ(table(schema, "analytics_events_default").partition_of->bound_sql, "DEFAULT");
  EXPECT_EQ(schema.find_table(QualifiedName{"", "analytics_events_2028_02"}), nullptr);  // three months only
}

TEST(Patterns, NeedUsersOrAddNothing) {
  Brief brief = blog();
  brief.entities.erase(brief.entities.begin());  // no users
  brief.relationships.clear();
  brief.queries.clear();
  brief.patterns = {"sessions_tokens", "files_jobs", "notifications"};
  Schema schema = design(brief);
  EXPECT_EQ(schema.find_table(QualifiedName{"", "sessions"}), nullptr);
  EXPECT_EQ(schema.find_table(QualifiedName{"", "files"}), nullptr);
}

TEST(Patterns, AllKnownByName) {
  EXPECT_EQ(design_pattern_names(),
            (std::vector<std::string>{"multi_tenant", "rbac", "audit_log", "sessions_tokens", "files_jobs",
                                      "notifications", "analytics_events", "soft_delete", "updated_at_trigger"}));
}

}  // namespace sf
