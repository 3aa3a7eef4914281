// Rule logic on models built in C++ (the per-rule SQL cases live in tests/lint/).
#include <gtest/gtest.h>

#include "analyses_model_builder.h"

namespace sf {

using test::count_code;
using test::ModelBuilder;
using test::only;

TEST(LintRules, CleanStandardSchemaHasNoFindings) {
  ModelBuilder b;
  b.standard_table("teams");
  Table& users = b.standard_table("users");
  b.column(users, "team_id", TypeKind::Uuid, true, "uuid");
  b.foreign_key(users, "team_id", "teams", FkAction::Cascade);
  b.index(users, "idx_users_team_id", {"team_id"});
  LintResult result = lint(b.schema, LintSettings{});
  EXPECT_TRUE(result.findings.empty()) << ::testing::PrintToString(test::summarize(result));
  EXPECT_EQ(result.coverage.tables, 2u);
  EXPECT_EQ(result.coverage.tables_commented, 2u);
}

TEST(LintRules, MissingPrimaryKeyIsAnErrorAtTheTable) {
  ModelBuilder b;
  Table& t = b.table("notes");
  b.column(t, "body", TypeKind::Text);
  LintResult result = lint(b.schema, only({"L101"}));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].code(), "L101");
  EXPECT_EQ(result.findings[0].severity(), Severity::Error);
  EXPECT_EQ(result.findings[0].diagnostic.loc.line, t.loc.line);
  EXPECT_EQ(result.findings[0].object, "notes");
}

TEST(LintRules, PrimaryKeyTypeFollowsThePolicy) {
  ModelBuilder b;
  Table& t = b.table("events");
  b.column(t, "id", TypeKind::Int64, true, "bigint");
  t.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", t.loc};
  LintSettings settings = only({"L102"});
  EXPECT_EQ(count_code(lint(b.schema, settings), "L102"), 1u);
  settings.policies.primary_key_type = PrimaryKeyTypePolicy::Bigint;
  EXPECT_EQ(count_code(lint(b.schema, settings), "L102"), 0u);
  settings.policies.primary_key_type = PrimaryKeyTypePolicy::Any;
  EXPECT_EQ(count_code(lint(b.schema, settings), "L102"), 0u);
}

TEST(LintRules, ForeignKeyIndexMustLeadWithTheKeyColumns) {
  ModelBuilder b;
  b.standard_table("users");
  Table& docs = b.standard_table("documents");
  b.column(docs, "user_id", TypeKind::Uuid, true, "uuid");
  b.foreign_key(docs, "user_id", "users");
  b.index(docs, "idx_documents_created_user", {"created_at", "user_id"});
  EXPECT_EQ(count_code(lint(b.schema, only({"L201"})), "L201"), 1u);
  b.index(b.schema.tables[1], "idx_documents_user_created", {"user_id", "created_at"});
  EXPECT_EQ(count_code(lint(b.schema, only({"L201"})), "L201"), 0u);
}

TEST(LintRules, ForeignKeyTypeMismatchNamesBothTypes) {
  ModelBuilder b;
  b.standard_table("users");
  Table& docs = b.standard_table("documents");
  b.column(docs, "user_id", TypeKind::Text, true, "text");
  b.foreign_key(docs, "user_id", "users");
  LintResult result = lint(b.schema, only({"L202"}));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_NE(result.findings[0].diagnostic.message.find("is text but references `users.id`, which is uuid"),
            std::string::npos) << result.findings[0].diagnostic.message;
}

TEST(LintRules, SetNullOnNotNullColumn) {
  ModelBuilder b;
  b.standard_table("teams");
  Table& users = b.standard_table("users");
  b.column(users, "team_id", TypeKind::Uuid, true, "uuid");
  b.foreign_key(users, "team_id", "teams", FkAction::SetNull);
  EXPECT_EQ(count_code(lint(b.schema, only({"L204"})), "L204"), 1u);
  b.schema.tables[1].columns.back().not_null = false;
  EXPECT_EQ(count_code(lint(b.schema, only({"L204"})), "L204"), 0u);
}

TEST(LintRules, CascadeDepthReportsTheFirstLinkPastTheLimit) {
  ModelBuilder b;
  std::vector<std::string> chain = {"a1s", "a2s", "a3s", "a4s", "a5s"};
  b.standard_table(chain[0]);
  for (size_t i = 1; i < chain.size(); ++i) {
    Table& t = b.standard_table(chain[i]);
    b.column(t, "parent_id", TypeKind::Uuid, true, "uuid");
    b.foreign_key(t, "parent_id", chain[i - 1], FkAction::Cascade);
  }
  LintSettings settings = only({"L205"});
  settings.thresholds.max_cascade_depth = 3;
  LintResult result = lint(b.schema, settings);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_NE(result.findings[0].diagnostic.message.find("a1s -> a2s -> a3s -> a4s -> a5s"),
            std::string::npos) << result.findings[0].diagnostic.message;
  settings.thresholds.max_cascade_depth = 4;
  EXPECT_TRUE(lint(b.schema, settings).findings.empty());
}

TEST(LintRules, NamingUsesTheConfiguredConventions) {
  ModelBuilder b;
  Table& t = b.standard_table("person");
  b.column(t, "FullName", TypeKind::Text);
  LintSettings settings = only({"L401", "L402"});
  LintResult result = lint(b.schema, settings);
  EXPECT_EQ(count_code(result, "L401"), 1u);
  EXPECT_EQ(count_code(result, "L402"), 1u);
  EXPECT_NE(result.findings[0].diagnostic.message.find("people"), std::string::npos)
      << ::testing::PrintToString(test::summarize(result));
  settings.naming.tables = TableInflection::Singular;
  settings.naming.name_case = NameCase::Any;
  EXPECT_TRUE(lint(b.schema, settings).findings.empty());
}

TEST(LintRules, DuplicateAndPrefixIndexes) {
  ModelBuilder b;
  Table& t = b.standard_table("orders");
  b.column(t, "customer_id", TypeKind::Uuid);
  b.index(t, "idx_orders_customer", {"customer_id"});
  b.index(t, "idx_orders_customer_again", {"customer_id"});
  b.index(t, "idx_orders_customer_created", {"customer_id", "created_at"});
  b.index(t, "idx_orders_id", {"id"});  // duplicates the primary key
  LintResult result = lint(b.schema, only({"L501", "L502"}));
  EXPECT_EQ(count_code(result, "L501"), 2u) << ::testing::PrintToString(test::summarize(result));
  EXPECT_EQ(count_code(result, "L502"), 2u) << ::testing::PrintToString(test::summarize(result));
}

TEST(LintRules, CheckThatCanNeverPass) {
  ModelBuilder b;
  Table& t = b.standard_table("items");
  b.column(t, "quantity", TypeKind::Int32, true, "integer");
  b.check(t, "((quantity > 10) AND (quantity < 5))");
  b.check(t, "(quantity >= 0)");
  b.check(t, "((quantity > 10) OR (quantity < 5))");
  LintResult result = lint(b.schema, only({"L801"}));
  ASSERT_EQ(result.findings.size(), 1u) << ::testing::PrintToString(test::summarize(result));
  EXPECT_NE(result.findings[0].diagnostic.message.find("can never pass"), std::string::npos);
}

TEST(LintRules, DefaultRejectedByItsCheck) {
  ModelBuilder b;
  Table& t = b.standard_table("tasks");
  Column& status = b.column(t, "status", TypeKind::Text, true, "text");
  status.default_value = Expr{"'draft'::text", ExprForm::StringLiteral, "draft", "", {}};
  b.check(t, "(status = ANY (ARRAY['open'::text, 'done'::text]))", "status");
  EXPECT_EQ(count_code(lint(b.schema, only({"L802"})), "L802"), 1u);
  b.schema.tables[0].columns.back().default_value->sql = "'open'::text";
  EXPECT_EQ(count_code(lint(b.schema, only({"L802"})), "L802"), 0u);
}

TEST(LintRules, MissingTimestampsRespectsAppendOnlyTables) {
  ModelBuilder b;
  Table& events = b.table("usage_events");
  b.column(events, "id", TypeKind::Uuid);
  events.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", events.loc};
  Column& created = b.column(events, "created_at", TypeKind::TimestampTz);
  created.default_value = Expr{"now()", ExprForm::Now, "now", "", {}};
  EXPECT_EQ(count_code(lint(b.schema, only({"L904"})), "L904"), 0u);
  b.schema.tables[0].name.name = "usage";
  EXPECT_EQ(count_code(lint(b.schema, only({"L904"})), "L904"), 1u);
}

TEST(LintRules, ExcludesBySeverityAndGlob) {
  ModelBuilder b;
  Table& t = b.table("legacy_things");
  b.column(t, "value", TypeKind::Text);
  LintSettings settings = only({"L101"});
  settings.exclude.tables = {"legacy_*"};
  EXPECT_TRUE(lint(b.schema, settings).findings.empty());
  settings.exclude.tables.clear();
  RuleSetting severity;
  severity.rule = "missing-primary-key";
  severity.severity = Severity::Info;
  settings.rules.push_back(severity);
  LintResult result = lint(b.schema, settings);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].severity(), Severity::Info);
  EXPECT_FALSE(lint_fails(result, FailOn::Error));
  EXPECT_FALSE(lint_fails(result, FailOn::Warning));
  EXPECT_TRUE(lint_fails(result, FailOn::Info));
  EXPECT_FALSE(lint_fails(result, FailOn::Never));
}

TEST(LintRules, ColumnExcludesMatchNameOrTableDotColumn) {
  ModelBuilder b;
  Table& t = b.standard_table("logs");
  b.column(t, "happened", TypeKind::Timestamp, true, "timestamp without time zone");
  LintSettings settings = only({"L301"});
  EXPECT_EQ(lint(b.schema, settings).findings.size(), 1u);
  settings.exclude.columns = {"logs.happ*"};
  EXPECT_TRUE(lint(b.schema, settings).findings.empty());
  settings.exclude.columns = {"happened"};
  EXPECT_TRUE(lint(b.schema, settings).findings.empty());
  settings.exclude.columns = {"other.happened"};
  EXPECT_EQ(lint(b.schema, settings).findings.size(), 1u);
}

TEST(LintRules, FindingsAreSortedByLocationThenCode) {
  ModelBuilder b;
  Table& t = b.table("Thing");
  b.column(t, "Value", TypeKind::Json, false, "json");
  LintResult result = lint(b.schema, LintSettings{});
  for (size_t i = 1; i < result.findings.size(); ++i) {
    const auto& a = result.findings[i - 1];
    const auto& c = result.findings[i];
    EXPECT_TRUE(a.diagnostic.loc.line < c.diagnostic.loc.line ||
                (a.diagnostic.loc.line == c.diagnostic.loc.line && a.code() <= c.code()));
  }
}

TEST(LintRules, SettingsNamingUnknownRulesAreReported) {
  LintSettings settings;
  RuleSetting bogus;
  bogus.rule = "no-such-rule";
  settings.rules.push_back(bogus);
  Diagnostics diagnostics;
  check_lint_settings(settings, diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, DiagCode::ConfigUnknownKey);
}

}  // namespace sf

#include "schemaforge/analyses/lint_checklist.h"

namespace sf {

TEST(LintChecklist, ItemsFollowTheirRules) {
  test::ModelBuilder b;
  b.standard_table("teams");
  Table& users = b.standard_table("users");
  b.column(users, "team_id", TypeKind::Uuid, true, "uuid");
  b.foreign_key(users, "team_id", "teams", FkAction::Cascade);  // no index: L201
  LintSettings settings;
  RuleSetting off;
  off.rule = "L601";
  off.enabled = false;
  settings.rules.push_back(off);
  LintResult result = lint(b.schema, settings);
  auto items = validation_checklist(result, settings);
  auto state_of = [&](std::string_view prefix) {
    for (const auto& item : items) {
      if (item.text.substr(0, prefix.size()) == prefix) return item.state;
    }
    return ChecklistState::NotChecked;
  };
  EXPECT_EQ(state_of("Indexes on all foreign keys"), ChecklistState::Failed);
  EXPECT_EQ(state_of("Timestamp columns are timezone-aware"), ChecklistState::Passed);
  EXPECT_EQ(state_of("Each table has a purpose"), ChecklistState::NotChecked);
  for (const auto& item : items) {
    for (auto code : item.codes) EXPECT_NE(find_lint_rule(code), nullptr) << code;
  }
}

}  // namespace sf
