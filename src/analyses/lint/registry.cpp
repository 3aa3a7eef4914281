// The rule table, built from rules.def: registration is explicit (STYLE.md #8), and a rule
// without its check function fails to link.
#include <algorithm>
#include <array>
#include <string_view>

#include "analyses/lint/rule_context.h"
#include "schemaforge/analyses/lint.h"
#include "schemaforge/base/strings.h"

namespace sf {

namespace detail {
#define SF_LINT_RULE(id, code, name, severity, enabled, family, summary) \
  void check_##id(RuleContext& context);
#include "schemaforge/analyses/lint/rules.def"
#undef SF_LINT_RULE
}  // namespace detail

namespace {

constexpr std::string_view kCodes[] = {
#define SF_LINT_RULE(id, code, name, severity, enabled, family, summary) code,
#include "schemaforge/analyses/lint/rules.def"
#undef SF_LINT_RULE
};
constexpr std::string_view kNames[] = {
#define SF_LINT_RULE(id, code, name, severity, enabled, family, summary) name,
#include "schemaforge/analyses/lint/rules.def"
#undef SF_LINT_RULE
};

template <size_t N>
constexpr bool all_distinct(const std::string_view (&items)[N]) {
  for (size_t i = 0; i < N; ++i) {
    for (size_t j = i + 1; j < N; ++j) {
      if (items[i] == items[j]) return false;
    }
  }
  return true;
}

template <size_t N>
constexpr bool ascending(const std::string_view (&items)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(items[i - 1] < items[i])) return false;
  }
  return true;
}

static_assert(all_distinct(kCodes), "rules.def: two rules share a code");
static_assert(all_distinct(kNames), "rules.def: two rules share a name");
static_assert(ascending(kCodes), "rules.def: keep the rules in code order");

constexpr detail::RuleCheck kChecks[] = {
#define SF_LINT_RULE(id, code, name, severity, enabled, family, summary) &detail::check_##id,
#include "schemaforge/analyses/lint/rules.def"
#undef SF_LINT_RULE
};

}  // namespace

const std::vector<LintRuleInfo>& all_lint_rules() {
  static const std::vector<LintRuleInfo> table = {
#define SF_LINT_RULE(id, code, name, severity, enabled, family, summary) \
  {LintRuleId::id, code, name, Severity::severity, enabled, RuleFamily::family, summary},
#include "schemaforge/analyses/lint/rules.def"
#undef SF_LINT_RULE
  };
  return table;
}

const LintRuleInfo& lint_rule(LintRuleId id) { return all_lint_rules()[static_cast<size_t>(id)]; }

const LintRuleInfo* find_lint_rule(std::string_view code_or_name) {
  std::string lower = to_lower(code_or_name);
  for (const auto& rule : all_lint_rules()) {
    if (to_lower(rule.code) == lower || rule.name == lower) return &rule;
  }
  return nullptr;
}

std::string_view to_string(RuleFamily family) {
  switch (family) {
    case RuleFamily::Suppressions: return "suppressions";
    case RuleFamily::Keys: return "keys";
    case RuleFamily::ForeignKeys: return "foreign-keys";
    case RuleFamily::Types: return "types";
    case RuleFamily::Naming: return "naming";
    case RuleFamily::Indexes: return "indexes";
    case RuleFamily::Documentation: return "documentation";
    case RuleFamily::Relationships: return "relationships";
    case RuleFamily::Constraints: return "constraints";
    case RuleFamily::Shape: return "shape";
  }
  return "shape";
}

namespace detail {
RuleCheck rule_check(LintRuleId id) { return kChecks[static_cast<size_t>(id)]; }
}  // namespace detail

}  // namespace sf
