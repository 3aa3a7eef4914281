#pragma once
// Lint: the design checklists as rules with stable codes (docs/lint.md, docs/rules/).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/config.h"
#include "schemaforge/model/schema.h"

namespace sf {

enum class LintRuleId {
#define SF_LINT_RULE(id, code, name, severity, enabled, family, summary) id,
#include "schemaforge/analyses/lint/rules.def"
#undef SF_LINT_RULE
};

enum class RuleFamily {
  Suppressions,
  Keys,
  ForeignKeys,
  Types,
  Naming,
  Indexes,
  Documentation,
  Relationships,
  Constraints,
  Shape,
};

struct LintRuleInfo {
  LintRuleId id;
  std::string_view code;  ///< "L201"
  std::string_view name;  ///< "fk-without-index"
  Severity severity;      ///< default severity
  bool enabled;           ///< on unless the configuration says otherwise
  RuleFamily family;
  std::string_view summary;
};

/// Every rule in rules.def order (which is code order).
const std::vector<LintRuleInfo>& all_lint_rules();
const LintRuleInfo& lint_rule(LintRuleId id);
/// A rule by code ("L201", case-insensitive) or name ("fk-without-index").
const LintRuleInfo* find_lint_rule(std::string_view code_or_name);
std::string_view to_string(RuleFamily family);

/// One finding: a Diagnostic (code SF7001, the rule's effective severity, the element's
/// location) plus the rule that made it and the object it is about.
struct Finding {
  LintRuleId rule;
  Diagnostic diagnostic;
  std::string object;  ///< "table", "table.column" or "schema.table.index": for reports

  std::string_view code() const { return lint_rule(rule).code; }
  Severity severity() const { return diagnostic.severity; }
};

/// Documentation statistics the reports and the design document show.
struct CommentCoverage {
  size_t tables = 0;
  size_t tables_commented = 0;
  size_t columns = 0;
  size_t columns_commented = 0;
};

struct LintResult {
  /// Sorted by file, line, column, code, message: the same input gives the same bytes.
  std::vector<Finding> findings;
  CommentCoverage coverage;
  size_t suppressed = 0;  ///< findings silenced by inline suppressions
};

/// Runs every enabled rule over `schema`, applies the configured severities and excludes and
/// the schema's inline suppressions, and reports unused suppressions (L001).
///
///   LintResult result = lint(schema, LintSettings{});
///   for (const Finding& f : result.findings) ...
LintResult lint(const Schema& schema, const LintSettings& settings);

/// Reports lint.rules entries that name no rule (SF1007, at the entry's location).
void check_lint_settings(const LintSettings& settings, Diagnostics& diagnostics);

/// Whether `rule` runs under `settings` (its default, overridden by lint.rules).
bool lint_rule_enabled(const LintRuleInfo& rule, const LintSettings& settings);

enum class FailOn { Error, Warning, Info, Never };

std::optional<FailOn> fail_on_from_string(std::string_view text);
/// True when some finding is at or above the threshold.
bool lint_fails(const LintResult& result, FailOn threshold);

}  // namespace sf
