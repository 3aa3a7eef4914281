// The design document on a hand-built model: sections in the template's order, facts in
// them, the lint input, the files `doc` writes and the HTML site.
#include <gtest/gtest.h>

#include "schemaforge/backends/doc.h"
#include "support/handmade_schema.h"

namespace sf {

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string document(const DocInputs& inputs = {}) {
  Diagnostics diags;
  return emit_design_document(test::compliance_saas(), inputs, DocOptions{}, diags);
}

}  // namespace

TEST(Document, SectionsInTheTemplatesOrder) {
  std::string doc = document();
  std::vector<std::string> headings = {"## Overview",
                                       "## Entity Relationship Diagram",
                                       "## Table Definitions",
                                       "## Relationships",
                                       "## Indexes Strategy",
                                       "## Data Constraints",
                                       "## Migration Files",
                                       "## Query Examples",
                                       "## Data Types Rationale",
                                       "## Scaling Considerations",
                                       "## Testing Strategy",
                                       "## Design Decisions Summary",
                                       "## Maintenance Guidelines",
                                       "## Validation",
                                       "## References"};
  size_t at = 0;
  for (const auto& heading : headings) {
    size_t next = doc.find("\n" + heading + "\n", at);
    ASSERT_NE(next, std::string::npos) << heading << " missing or out of order";
    at = next;
  }
}

TEST(Document, FactsFromTheModel) {
  std::string doc = document();
  EXPECT_TRUE(has(doc, "- **Total Tables**: 10 (1 join table)")) << doc.substr(0, 1500);
  EXPECT_TRUE(has(doc, "(7 one-to-many, 1 one-to-one, 1 many-to-many)"));
  EXPECT_TRUE(has(doc, "```mermaid\nerDiagram\n"));
  EXPECT_TRUE(has(doc, "| team_id | uuid | FK → teams(id) |  |  |"));
  EXPECT_TRUE(has(doc,
                  "| plan | character varying(20) | NOT NULL, CHECK (plan IN ('free', 'pro', "
                  "'enterprise')) | `'free'::character varying` | Subscription plan. |"));
  EXPECT_TRUE(has(doc,
                  "- `idx_assessments_pending`: `(created_at) WHERE status = 'pending'` - covers "
                  "only rows where status = 'pending'"));
  EXPECT_TRUE(has(doc, "**assessments ↔ frameworks**:\n- Join Table: assessment_frameworks"));
  EXPECT_TRUE(has(doc,
                  "**ON DELETE SET NULL**:\n- `users.team_id` → `teams.id`: deleting a row of `teams` sets the key "
                     "of the rows of `users` that refer to it to NULL"));
  EXPECT_TRUE(has(doc, "- **Partial Indexes**: 1 (with WHERE)"));
  EXPECT_TRUE(has(doc, "- **Foreign Key Indexes**: 3 (5 of 10 foreign keys"));
  EXPECT_TRUE(has(doc, "Primary key `id` is a uuid with default `gen_random_uuid()`"));
  EXPECT_TRUE(
      has(doc, "`plan` is limited to 3 values (free, pro, enterprise) by a CHECK constraint."));
  // Nothing invented: sections without facts say which input would fill them.
  EXPECT_TRUE(
      has(doc, "**Journey Connection**:\n_Not in the model yet: the brief's journey steps"));
  EXPECT_TRUE(
      has(doc, "### Current Scale Estimate\n\n_Not in the model yet: the brief's scale estimates"));
  EXPECT_TRUE(has(doc, "- [x] Every table has a primary key"));
  EXPECT_TRUE(has(doc, "- [ ] Indexes on all foreign keys (5 without: "));
  EXPECT_TRUE(has(doc,
                  "- [ ] Lint finds nothing (naming, redundant indexes, enum-like columns without "
                  "CHECK, ...) (_needs lint results"));
  EXPECT_EQ(doc, document()) << "not deterministic";
}

TEST(Document, LintFindingsTickTheLintBoxAndShowUnderTheirTable) {
  DocInputs inputs;
  inputs.lint = std::vector<LintFinding>{};
  EXPECT_TRUE(has(document(inputs), "- [x] Lint finds nothing"));
  inputs.lint->push_back(LintFinding{"SF4001", Severity::Warning, "foreign key without an index",
                                     "employees.manager_id"});
  std::string doc = document(inputs);
  EXPECT_TRUE(has(doc,
                  "- [ ] Lint finds nothing (naming, redundant indexes, enum-like columns without "
                  "CHECK, ...) (0 errors, 1 warning, 0 notes)"));
  EXPECT_TRUE(has(
      doc,
      "**Lint findings**:\n- warning SF4001 (employees.manager_id): foreign key without an index"));
  EXPECT_TRUE(
      has(doc, "| warning | SF4001 | employees.manager_id | foreign key without an index |"));
}

TEST(Document, Essentials) {
  Diagnostics diags;
  std::string text = emit_essentials(test::compliance_saas(), DocInputs{}, DocOptions{}, diags);
  EXPECT_TRUE(has(text, "## Technology Choices"));
  EXPECT_TRUE(has(text, "| users | A person who signs in. | (needs the brief) |"));
  EXPECT_TRUE(has(text, "\"assessments\" }o--o{ \"frameworks\" : \"via assessment_frameworks\""));
  EXPECT_TRUE(has(text, "- assessments ↔ frameworks (M:N through assessment_frameworks)"));
  EXPECT_FALSE(has(text, "## Migration Files"));
}

TEST(Document, FilesAndSite) {
  Diagnostics diags;
  DocOptions options;
  options.html = true;
  auto files = document_files(test::compliance_saas(), DocInputs{}, options, diags);
  ASSERT_TRUE(files.ok()) << files.error().message;
  std::map<std::string, std::string> by_path;
  for (const auto& f : *files) by_path[f.path] = f.contents;
  for (const char* path :
       {"database-schema.md", "database-schema-essentials.md", "erd/schema.mmd", "erd/schema.dot",
        "erd/schema.svg", "erd/schema.txt", "erd/schema.puml", "html/index.html",
        "html/tables/users.html", "html/tables/ops.audit_log.html"}) {
    EXPECT_TRUE(by_path.count(path)) << path;
  }
  const std::string& page = by_path["html/tables/users.html"];
  EXPECT_TRUE(has(page, "<svg")) << page.substr(0, 500);
  EXPECT_TRUE(has(page, "<a href=\"teams.html\">teams</a>"));
  EXPECT_FALSE(has(page, "<?xml"));
  EXPECT_FALSE(has(page, "<script"));
  EXPECT_FALSE(has(page, "src=\"http"));
  EXPECT_TRUE(has(by_path["html/index.html"], "href=\"tables/users.html\""));
}

TEST(Document, LargeSchemasAreCutIntoGroups) {
  test::SchemaBuilder b;
  for (int i = 0; i < 60; ++i) {
    b.table("t" + std::to_string(i))
        .column("id", "integer", true)
        .column("parent_id", "integer")
        .pk({"id"});
    if (i) b.fk({"parent_id"}, "t" + std::to_string(i / 2), {"id"});
  }
  Diagnostics diags;
  auto files = document_files(b.build(), DocInputs{}, DocOptions{}, diags);
  ASSERT_TRUE(files.ok());
  size_t groups = 0;
  for (const auto& f : *files) groups += f.path.rfind("erd/groups/", 0) == 0;
  EXPECT_EQ(groups, 2u);
  EXPECT_TRUE(diags.items().empty()) << diags.items().front().message;
  EXPECT_TRUE(has(files->front().contents, "### Group 1: t1 and 29 related tables"));
}

}  // namespace sf
