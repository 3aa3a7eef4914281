// Inline suppressions: what they silence, and the findings about the suppressions themselves.
#include <gtest/gtest.h>

#include "analyses_model_builder.h"

namespace sf {

using test::count_code;
using test::ModelBuilder;
using test::only;

namespace {

Suppression suppress(const ModelBuilder& b, std::vector<std::string> codes, std::string reason,
                     uint32_t first, uint32_t last, uint32_t at) {
  Suppression s;
  s.codes = std::move(codes);
  s.reason = std::move(reason);
  s.first_line = first;
  s.last_line = last;
  s.loc = SourceLoc{b.file(), at, 1};
  return s;
}

}  // namespace

TEST(LintSuppression, SilencesFindingsInItsLineRange) {
  ModelBuilder b;
  Table& t = b.table("notes");  // line 1
  b.column(t, "body", TypeKind::Text);
  b.schema.suppressions.push_back(suppress(b, {"L101"}, "imported as is", 1, 3, 1));
  LintResult result = lint(b.schema, only({"L101", "L001", "L002", "L003"}));
  EXPECT_TRUE(result.findings.empty()) << ::testing::PrintToString(test::summarize(result));
  EXPECT_EQ(result.suppressed, 1u);
}

TEST(LintSuppression, AcceptsRuleNamesAndLowerCaseCodes) {
  ModelBuilder b;
  Table& t = b.table("notes");
  b.column(t, "body", TypeKind::Text);
  b.schema.suppressions.push_back(suppress(b, {"missing-primary-key"}, "why", 1, 1, 1));
  EXPECT_TRUE(lint(b.schema, only({"L101", "L001"})).findings.empty());
  b.schema.suppressions[0].codes = {"l101"};
  EXPECT_TRUE(lint(b.schema, only({"L101", "L001"})).findings.empty());
}

TEST(LintSuppression, OutsideItsRangeItIsUnused) {
  ModelBuilder b;
  Table& t = b.table("notes");  // line 1
  b.column(t, "body", TypeKind::Text);
  b.schema.suppressions.push_back(suppress(b, {"L101"}, "wrong place", 5, 6, 4));
  LintResult result = lint(b.schema, only({"L101", "L001"}));
  EXPECT_EQ(count_code(result, "L101"), 1u);
  ASSERT_EQ(count_code(result, "L001"), 1u);
  EXPECT_EQ(result.findings.back().diagnostic.loc.line, 4u);
}

TEST(LintSuppression, UnknownCodeAndMissingReason) {
  ModelBuilder b;
  b.standard_table("notes");
  b.schema.suppressions.push_back(suppress(b, {"L999"}, "", 1, 1, 1));
  LintResult result = lint(b.schema, only({"L001", "L002", "L003"}));
  EXPECT_EQ(count_code(result, "L002"), 1u);
  EXPECT_EQ(count_code(result, "L003"), 1u);
  EXPECT_EQ(count_code(result, "L001"), 0u);  // reported as unknown, not as unused too
}

TEST(LintSuppression, ASuppressionOfADisabledRuleIsNotUnused) {
  ModelBuilder b;
  b.standard_table("notes");
  b.schema.suppressions.push_back(suppress(b, {"L602"}, "documented elsewhere", 1, 1, 1));
  EXPECT_EQ(count_code(lint(b.schema, only({"L001"})), "L001"), 0u);
  // Enabled, the rule finds nothing on line 1 (the columns are on lines 2..), so it is unused.
  EXPECT_EQ(count_code(lint(b.schema, only({"L001", "L602"})), "L001"), 1u);
}

TEST(LintSuppression, EachCodeOfAMultiCodeSuppressionIsTracked) {
  ModelBuilder b;
  Table& t = b.table("notes");  // line 1: L101 fires here
  b.column(t, "body", TypeKind::Text);
  b.schema.suppressions.push_back(suppress(b, {"L101", "L601"}, "both", 1, 1, 1));
  LintResult result = lint(b.schema, only({"L101", "L601", "L001"}));
  // The table has a comment, so L601 silences nothing there.
  ASSERT_EQ(count_code(result, "L001"), 1u);
  EXPECT_NE(result.findings[0].diagnostic.message.find("L601"), std::string::npos);
}

}  // namespace sf
