// .schemaforge.yaml: every section read into the settings structs; errors at file:line:col.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "schemaforge/frontends/config.h"

namespace sf {

namespace {

ProjectConfig read(const std::string& text, Diagnostics& diagnostics) {
  auto file = std::make_shared<SourceFile>(".schemaforge.yaml", text);
  ProjectConfig config;
  parse_config(file, config, diagnostics);
  return config;
}

std::string first_error(const Diagnostics& diagnostics) {
  if (diagnostics.items().empty()) return "";
  return format_diagnostic(diagnostics.items()[0]);
}

}  // namespace

TEST(Config, EmptyFileKeepsDefaults) {
  Diagnostics diagnostics;
  ProjectConfig config = read("", diagnostics);
  EXPECT_TRUE(diagnostics.items().empty());
  EXPECT_EQ(config.lint.policies.primary_key_type, PrimaryKeyTypePolicy::Uuid);
  EXPECT_EQ(config.lint.naming.index_prefix, "idx_");
  EXPECT_EQ(config.lint.thresholds.max_cascade_depth, 3u);
}

TEST(Config, ReadsEverySection) {
  Diagnostics diagnostics;
  ProjectConfig config = read(R"(lint:
  exclude:
    tables: [flyway_schema_history, "audit_*"]
    columns: ["*.legacy_*"]
  rules:
    L201: off
    nullable-fk: error
    L305:
      severity: warning
      exclude:
        tables: [imports]
        columns: [notes.body]
  naming:
    case: camel
    tables: singular
    foreign_key_column: "{table}_id"
    primary_key_column: ""
    index_prefix: ix_
    unique_prefix: ux_
    max_identifier_bytes: 30
  thresholds:
    max_columns: 20
    max_indexes: 5
    max_index_columns: 3
    max_cascade_depth: 2
  policies:
    primary_key_type: bigint
    string_type: varchar
    created_column: inserted_at
    updated_column: modified_at
    soft_delete_columns: archived_at
    append_only_tables: ["*_ledger"]
    enum_like_columns: [status]
    status_columns: [state]
    money_columns: [price]
    business_keys: [email, handle]
    tenant_column: org_id
)", diagnostics);
  ASSERT_TRUE(diagnostics.items().empty()) << first_error(diagnostics);
  const LintSettings& lint = config.lint;
  EXPECT_EQ(lint.exclude.tables, (std::vector<std::string>{"flyway_schema_history", "audit_*"}));
  EXPECT_EQ(lint.exclude.columns, (std::vector<std::string>{"*.legacy_*"}));
  ASSERT_EQ(lint.rules.size(), 3u);
  EXPECT_EQ(lint.rules[0].rule, "L201");
  EXPECT_EQ(lint.rules[0].enabled, false);
  EXPECT_EQ(lint.rules[0].loc.line, 6u);
  EXPECT_EQ(lint.rules[0].loc.column, 5u);
  EXPECT_EQ(lint.rules[1].severity, Severity::Error);
  EXPECT_EQ(lint.rules[1].enabled, true);
  EXPECT_EQ(lint.rules[2].severity, Severity::Warning);
  EXPECT_EQ(lint.rules[2].exclude.columns, (std::vector<std::string>{"notes.body"}));
  EXPECT_EQ(lint.naming.name_case, NameCase::Camel);
  EXPECT_EQ(lint.naming.tables, TableInflection::Singular);
  EXPECT_EQ(lint.naming.foreign_key_column, "{table}_id");
  EXPECT_EQ(lint.naming.primary_key_column, "");
  EXPECT_EQ(lint.naming.max_identifier_bytes, 30u);
  EXPECT_EQ(lint.thresholds.max_columns, 20u);
  EXPECT_EQ(lint.thresholds.max_cascade_depth, 2u);
  EXPECT_EQ(lint.policies.primary_key_type, PrimaryKeyTypePolicy::Bigint);
  EXPECT_EQ(lint.policies.string_type, StringTypePolicy::Varchar);
  EXPECT_EQ(lint.policies.soft_delete_columns, (std::vector<std::string>{"archived_at"}));
  EXPECT_EQ(lint.policies.business_keys, (std::vector<std::string>{"email", "handle"}));
  EXPECT_EQ(lint.policies.tenant_column, "org_id");
}

TEST(Config, SyntaxErrorHasFileLineAndColumn) {
  Diagnostics diagnostics;
  read("lint:\n  rules: [L201\n  naming: {}\n", diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, DiagCode::ConfigSyntax);
  EXPECT_EQ(diagnostics.items()[0].loc.file->path(), ".schemaforge.yaml");
  EXPECT_GT(diagnostics.items()[0].loc.line, 1u) << first_error(diagnostics);
}

TEST(Config, UnknownKeysAndBadValuesPointAtTheNode) {
  Diagnostics diagnostics;
  read("lint:\n  thresholds:\n    max_colums: 3\n    max_indexes: many\n  policies:\n"
       "    primary_key_type: serial\n  rules:\n    L201: loud\n",
       diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 4u);
  const auto& d = diagnostics.items();
  EXPECT_EQ(d[0].code, DiagCode::ConfigUnknownKey);
  EXPECT_EQ(d[0].loc.line, 3u);
  EXPECT_EQ(d[0].loc.column, 5u);
  EXPECT_NE(d[0].message.find("max_colums"), std::string::npos);
  EXPECT_EQ(d[1].code, DiagCode::ConfigValue);
  EXPECT_EQ(d[1].loc.line, 4u);
  EXPECT_EQ(d[1].loc.column, 18u);
  EXPECT_EQ(d[2].code, DiagCode::ConfigValue);
  EXPECT_NE(d[2].message.find("uuid, bigint, any"), std::string::npos) << d[2].message;
  EXPECT_EQ(d[3].code, DiagCode::ConfigValue);
  EXPECT_EQ(d[3].loc.line, 8u);
  EXPECT_EQ(format_diagnostic(d[3]).rfind(".schemaforge.yaml:8:11: error[SF1006]:", 0), 0u)
      << format_diagnostic(d[3]);
}

TEST(Config, FoundUpwardFromTheSchema) {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "sf_config_find_test";
  fs::remove_all(root);
  fs::create_directories(root / "a/b");
  std::ofstream(root / "a/.schemaforge.yaml") << "lint: {}\n";
  std::ofstream(root / "a/b/schema.sql") << "\n";
  std::string found = find_config_file((root / "a/b/schema.sql").string());
  EXPECT_EQ(fs::weakly_canonical(found), fs::weakly_canonical(root / "a/.schemaforge.yaml"));
  fs::remove(root / "a/.schemaforge.yaml");
  // Nothing here or above (the temp directory itself has no project file).
  EXPECT_TRUE(find_config_file((root / "a/b/schema.sql").string()).empty() ||
              !fs::exists(fs::temp_directory_path() / ".schemaforge.yaml") == false);
  fs::remove_all(root);
}

}  // namespace sf
