#pragma once
// What a rule sees: the schema, the settings, and a way to report. The engine (engine.cpp)
// owns severities, excludes and suppressions, so rules only say what is wrong and where.
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/analyses/lint.h"

namespace sf::detail {

class RuleContext {
public:
  RuleContext(const Schema& schema, const LintSettings& settings, const LintRuleInfo& rule,
              Severity severity, std::vector<Finding>& out);

  const Schema& schema;
  const LintSettings& settings;
  const LintRuleInfo& rule;

  /// Whether the configuration leaves `table` (or one of its columns) out of this rule. Rules
  /// that compare tables with each other use it to skip excluded ones up front.
  bool excluded(const Table& table) const;
  bool excluded(const Table& table, std::string_view column) const;

  /// A finding about a table, or about one of its columns when `column` is set.
  /// `loc` falls back to the table's location when unknown.
  void report(const Table& table, std::string_view column, const SourceLoc& loc,
              std::string message);
  /// A finding about something that is not a table's (an enum, a view, the schema).
  void report_object(std::string object, const SourceLoc& loc, std::string message);

private:
  Severity severity_;
  std::vector<Finding>& out_;
  const RuleSetting* setting_ = nullptr;
};

using RuleCheck = void (*)(RuleContext&);

/// The check of every rule, indexed by LintRuleId (registry.cpp, from rules.def).
RuleCheck rule_check(LintRuleId id);

}  // namespace sf::detail
