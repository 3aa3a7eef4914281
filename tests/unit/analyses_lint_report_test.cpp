// Each report format, byte for byte, on a small result (golden-style, expected text inline).
#include <gtest/gtest.h>

#include "analyses_model_builder.h"
#include "schemaforge/analyses/lint_report.h"

namespace sf {

namespace {

/// Two findings on a two-line source: an error at 1:1 and a warning at 2:5.
LintResult sample() {
  auto file = std::make_shared<SourceFile>(
      "dir/my schema.sql", "CREATE TABLE notes (body text);\n    happened timestamp,\n");
  LintResult result;
  result.findings.push_back(Finding{
      LintRuleId::MissingPrimaryKey,
      Diagnostic{DiagCode::LintFinding, Severity::Error, "table `notes` has no primary key",
                 SourceLoc{file, 1, 1}},
      "notes"});
  result.findings.push_back(Finding{
      LintRuleId::TimestampWithoutTimeZone,
      Diagnostic{DiagCode::LintFinding, Severity::Info, "`notes.happened` is timestamp, 100%",
                 SourceLoc{file, 2, 5}},
      "notes.happened"});
  result.coverage = CommentCoverage{1, 0, 2, 0};
  result.suppressed = 3;
  return result;
}

LintReportOptions options() {
  LintReportOptions o;
  o.tool_version = "9.9.9";
  o.docs_url = "https://example.org/rules/";
  return o;
}

}  // namespace

TEST(LintReport, Text) {
  EXPECT_EQ(format_lint_text(sample(), options()),
            "error[L101]: table `notes` has no primary key\n"
            "  --> dir/my schema.sql:1:1\n"
            "  |\n"
            "1 | CREATE TABLE notes (body text);\n"
            "  | ^\n"
            "  = rule missing-primary-key, docs/rules/L101.md\n"
            "\n"
            "info[L301]: `notes.happened` is timestamp, 100%\n"
            "  --> dir/my schema.sql:2:5\n"
            "  |\n"
            "2 |     happened timestamp,\n"
            "  |     ^\n"
            "  = rule timestamp-without-time-zone, docs/rules/L301.md\n"
            "\n"
            "lint: 1 error(s), 0 warning(s), 1 info(s); 3 suppressed inline\n");
  EXPECT_EQ(format_lint_text(LintResult{}, options()), "lint: no findings\n");
}

TEST(LintReport, Github) {
  EXPECT_EQ(format_lint_github(sample(), options()),
            "::error file=dir/my schema.sql,line=1,col=1,title=L101 missing-primary-key::"
            "table `notes` has no primary key\n"
            "::notice file=dir/my schema.sql,line=2,col=5,title=L301 timestamp-without-time-zone::"
            "`notes.happened` is timestamp, 100%25\n");
}

TEST(LintReport, Json) {
  EXPECT_EQ(format_lint_json(sample(), options()), R"({
  "schemaforge_lint": 1,
  "tool_version": "9.9.9",
  "summary": {
    "errors": 1,
    "warnings": 0,
    "infos": 1,
    "suppressed": 3
  },
  "comment_coverage": {
    "tables": 1,
    "tables_commented": 0,
    "columns": 2,
    "columns_commented": 0
  },
  "findings": [
    {
      "code": "L101",
      "rule": "missing-primary-key",
      "severity": "error",
      "message": "table `notes` has no primary key",
      "object": "notes",
      "file": "dir/my schema.sql",
      "line": 1,
      "column": 1
    },
    {
      "code": "L301",
      "rule": "timestamp-without-time-zone",
      "severity": "info",
      "message": "`notes.happened` is timestamp, 100%",
      "object": "notes.happened",
      "file": "dir/my schema.sql",
      "line": 2,
      "column": 5
    }
  ]
}
)");
}

TEST(LintReport, SarifResultsAndRules) {
  std::string sarif = format_lint_sarif(sample(), options());
  // The parts a consumer relies on, exactly; the rule list is long, so spot-check one rule.
  EXPECT_EQ(sarif.rfind("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                        "  \"version\": \"2.1.0\",\n",
                        0),
            0u)
      << sarif.substr(0, 200);
  EXPECT_NE(sarif.find(R"(            {
              "id": "L101",
              "name": "missing-primary-key",
              "shortDescription": {
                "text": "a table has no primary key"
              },
              "helpUri": "https://example.org/rules/L101.md",
              "defaultConfiguration": {
                "enabled": true,
                "level": "error"
              },
              "properties": {
                "tags": [
                  "keys"
                ]
              }
            },)"),
            std::string::npos);
  EXPECT_NE(sarif.find(R"(      "results": [
        {
          "ruleId": "L101",
          "ruleIndex": 3,
          "level": "error",
          "message": {
            "text": "table `notes` has no primary key"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "dir/my%20schema.sql"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1
                }
              },
              "logicalLocations": [
                {
                  "fullyQualifiedName": "notes"
                }
              ]
            }
          ]
        },)"),
            std::string::npos)
      << sarif;
  EXPECT_NE(sarif.find(R"("level": "note")"), std::string::npos);
}

TEST(LintReport, RuleListText) {
  std::string list = format_rule_list(RuleListFormat::Text);
  EXPECT_EQ(list.substr(0, list.find('\n') + 1),
            "L001  warning  on   unused-suppression            an inline suppression silences no finding\n");
  EXPECT_NE(list.find("L602  info     off  missing-column-comment"), std::string::npos);
  LintSettings settings;
  RuleSetting on;
  on.rule = "L602";
  on.enabled = true;
  on.severity = Severity::Warning;
  settings.rules.push_back(on);
  EXPECT_NE(format_rule_list(RuleListFormat::Text, &settings).find("L602  warning  on   missing-column-comment"),
            std::string::npos);
}

TEST(LintReport, FormatNames) {
  EXPECT_EQ(lint_format_from_string("sarif"), LintFormat::Sarif);
  EXPECT_EQ(lint_format_from_string("xml"), std::nullopt);
  EXPECT_EQ(fail_on_from_string("warning"), FailOn::Warning);
  EXPECT_EQ(fail_on_from_string("loud"), std::nullopt);
}

}  // namespace sf
