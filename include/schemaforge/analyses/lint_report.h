#pragma once
// Lint results as text (rustc style), JSON, SARIF 2.1.0 and GitHub workflow annotations, and
// the rule list (--list-rules, docs/rules/README.md). Deterministic: same result, same bytes.
#include <optional>
#include <string>
#include <string_view>

#include "schemaforge/analyses/lint.h"

namespace sf {

enum class LintFormat { Text, Json, Sarif, Github };
std::optional<LintFormat> lint_format_from_string(std::string_view text);

/// Where docs/rules/ is published; SARIF's helpUri must be an absolute URI.
inline constexpr const char* kDefaultRuleDocsUrl =
    "https://github.com/schemaforge/schemaforge/blob/main/docs/rules/";

struct LintReportOptions {
  std::string tool_version = "0.0.0";
  std::string docs_url = kDefaultRuleDocsUrl;  ///< helpUri = docs_url + CODE + ".md"
};

std::string format_lint_text(const LintResult& result, const LintReportOptions& options = {});
std::string format_lint_json(const LintResult& result, const LintReportOptions& options = {});
std::string format_lint_sarif(const LintResult& result, const LintReportOptions& options = {});
std::string format_lint_github(const LintResult& result, const LintReportOptions& options = {});
std::string format_lint(LintFormat format, const LintResult& result,
                        const LintReportOptions& options = {});

enum class RuleListFormat { Text, Markdown, Json };
/// Every rule: code, name, default severity, enabled by default, family, summary.
/// With `settings`, shows the effective severity and state instead of the defaults.
std::string format_rule_list(RuleListFormat format, const LintSettings* settings = nullptr);

}  // namespace sf
