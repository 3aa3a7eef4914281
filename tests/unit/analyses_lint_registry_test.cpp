// rules.def: codes and names are unique and well-formed, every rule has its documentation page
// and its test file, and the docs index is the generated rule list.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "schemaforge/analyses/lint.h"
#include "schemaforge/analyses/lint_report.h"

namespace sf {

namespace fs = std::filesystem;

TEST(LintRegistry, AtLeastFiftyRulesWithUniqueWellFormedCodes) {
  const auto& rules = all_lint_rules();
  EXPECT_GE(rules.size(), 50u);
  std::set<std::string_view> codes, names;
  std::regex code_shape("L[0-9]{3}");
  std::regex name_shape("[a-z0-9]+(-[a-z0-9]+)*");
  for (size_t i = 0; i < rules.size(); ++i) {
    EXPECT_EQ(static_cast<size_t>(rules[i].id), i);
    EXPECT_TRUE(codes.insert(rules[i].code).second) << "duplicate code " << rules[i].code;
    EXPECT_TRUE(names.insert(rules[i].name).second) << "duplicate name " << rules[i].name;
    EXPECT_TRUE(std::regex_match(std::string(rules[i].code), code_shape)) << rules[i].code;
    EXPECT_TRUE(std::regex_match(std::string(rules[i].name), name_shape)) << rules[i].name;
    EXPECT_FALSE(rules[i].summary.empty());
  }
}

TEST(LintRegistry, FindsRulesByCodeOrName) {
  ASSERT_NE(find_lint_rule("L201"), nullptr);
  EXPECT_EQ(find_lint_rule("l201")->name, "fk-without-index");
  EXPECT_EQ(find_lint_rule("fk-without-index")->code, "L201");
  EXPECT_EQ(find_lint_rule("L999"), nullptr);
  EXPECT_EQ(find_lint_rule(""), nullptr);
}

TEST(LintRegistry, EveryRuleHasItsPageAndItsTestFile) {
  fs::path root(SF_SOURCE_DIR);
  std::set<std::string> test_codes;
  for (const auto& entry : fs::directory_iterator(root / "tests/lint")) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".sql") test_codes.insert(name.substr(0, name.find('-')));
  }
  for (const auto& rule : all_lint_rules()) {
    std::string code(rule.code);
    EXPECT_TRUE(fs::exists(root / "docs/rules" / (code + ".md"))) << "docs/rules/" << code << ".md";
    EXPECT_TRUE(test_codes.count(code)) << "tests/lint/" << code << "-" << rule.name << ".sql";
  }
}

TEST(LintRegistry, DocsIndexIsTheGeneratedRuleList) {
  std::ifstream in(std::string(SF_SOURCE_DIR) + "/docs/rules/README.md");
  ASSERT_TRUE(in) << "docs/rules/README.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find(format_rule_list(RuleListFormat::Markdown)), std::string::npos)
      << "regenerate the table with: schemaforge lint --list-rules --format markdown";
}

}  // namespace sf
