// Runs the rules, then applies what the user configured or wrote inline: severities,
// excludes, suppressions. Findings come out sorted, so output is deterministic.
#include <algorithm>
#include <tuple>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/analyses/lint.h"
#include "schemaforge/base/strings.h"

namespace sf {

namespace {

/// The last lint.rules entry naming `rule` (later entries win), or null.
const RuleSetting* setting_for(const LintRuleInfo& rule, const LintSettings& settings) {
  const RuleSetting* found = nullptr;
  for (const auto& setting : settings.rules) {
    const LintRuleInfo* named = find_lint_rule(setting.rule);
    if (named && named->id == rule.id) found = &setting;
  }
  return found;
}

bool table_matches(const std::vector<std::string>& globs, const Table& table) {
  return detail::any_glob(globs, table.name.name) || detail::any_glob(globs, table.name.display());
}

bool column_matches(const std::vector<std::string>& globs, const Table& table,
                    std::string_view column) {
  for (const auto& glob : globs) {
    if (glob.find('.') == std::string::npos) {
      if (detail::glob_match(glob, column)) return true;
    } else if (detail::glob_match(glob, table.name.name + "." + std::string(column)) ||
               detail::glob_match(glob, table.name.display() + "." + std::string(column))) {
      return true;
    }
  }
  return false;
}

Finding make_finding(LintRuleId rule, Severity severity, const SourceLoc& loc,
                     std::string message, std::string object) {
  return Finding{rule, Diagnostic{DiagCode::LintFinding, severity, std::move(message), loc},
                 std::move(object)};
}

Severity effective_severity(const LintRuleInfo& rule, const LintSettings& settings) {
  const RuleSetting* setting = setting_for(rule, settings);
  return setting && setting->severity ? *setting->severity : rule.severity;
}

bool same_file(const SourceLoc& a, const SourceLoc& b) {
  if (a.file == b.file) return true;
  return a.file && b.file && a.file->path() == b.file->path();
}

/// Silences the findings the schema's inline suppressions cover; reports the suppressions
/// themselves (L001 unused, L002 unknown code, L003 no reason).
void apply_suppressions(const Schema& schema, const LintSettings& settings,
                        std::vector<Finding>& findings, LintResult& result) {
  std::vector<Finding> kept;
  std::vector<std::vector<bool>> used(schema.suppressions.size());
  for (size_t i = 0; i < schema.suppressions.size(); ++i) {
    used[i].assign(schema.suppressions[i].codes.size(), false);
  }
  for (auto& finding : findings) {
    bool silenced = false;
    const SourceLoc& loc = finding.diagnostic.loc;
    for (size_t i = 0; i < schema.suppressions.size(); ++i) {
      const Suppression& s = schema.suppressions[i];
      if (!loc.known() || !same_file(loc, s.loc) || loc.line < s.first_line ||
          loc.line > s.last_line) {
        continue;
      }
      for (size_t c = 0; c < s.codes.size(); ++c) {
        const LintRuleInfo* named = find_lint_rule(s.codes[c]);
        if (named && named->id == finding.rule) {
          used[i][c] = true;
          silenced = true;
        }
      }
    }
    if (silenced) {
      ++result.suppressed;
    } else {
      kept.push_back(std::move(finding));
    }
  }
  findings = std::move(kept);

  auto emit = [&](LintRuleId id, const SourceLoc& loc, std::string message) {
    const LintRuleInfo& rule = lint_rule(id);
    if (!lint_rule_enabled(rule, settings)) return;
    findings.push_back(make_finding(id, effective_severity(rule, settings), loc,
                                    std::move(message), ""));
  };
  for (size_t i = 0; i < schema.suppressions.size(); ++i) {
    const Suppression& s = schema.suppressions[i];
    if (s.reason.empty()) {
      emit(LintRuleId::SuppressionWithoutReason, s.loc,
           "suppression of " + join(s.codes, ", ") + " gives no reason; say why after the code");
    }
    for (size_t c = 0; c < s.codes.size(); ++c) {
      const LintRuleInfo* named = find_lint_rule(s.codes[c]);
      if (!named) {
        emit(LintRuleId::UnknownSuppressionCode, s.loc,
             "suppression names `" + s.codes[c] + "`, which is not a lint rule");
      } else if (!used[i][c] && lint_rule_enabled(*named, settings)) {
        emit(LintRuleId::UnusedSuppression, s.loc,
             "suppression of " + std::string(named->code) + " (" + std::string(named->name) +
                 ") silences no finding; remove it");
      }
    }
  }
}

CommentCoverage measure_coverage(const Schema& schema) {
  CommentCoverage coverage;
  for (const auto& table : schema.tables) {
    if (table.partition_of) continue;  // partitions share their parent's documentation
    ++coverage.tables;
    if (!table.comment.empty()) ++coverage.tables_commented;
    for (const auto& column : table.columns) {
      ++coverage.columns;
      if (!column.comment.empty()) ++coverage.columns_commented;
    }
  }
  return coverage;
}

}  // namespace

namespace detail {

RuleContext::RuleContext(const Schema& schema_in, const LintSettings& settings_in,
                         const LintRuleInfo& rule_in, Severity severity,
                         std::vector<Finding>& out)
    : schema(schema_in), settings(settings_in), rule(rule_in), severity_(severity), out_(out) {
  setting_ = setting_for(rule, settings);
}

bool RuleContext::excluded(const Table& table) const {
  if (table_matches(settings.exclude.tables, table)) return true;
  return setting_ && table_matches(setting_->exclude.tables, table);
}

bool RuleContext::excluded(const Table& table, std::string_view column) const {
  if (excluded(table)) return true;
  if (column.empty()) return false;
  if (column_matches(settings.exclude.columns, table, column)) return true;
  return setting_ && column_matches(setting_->exclude.columns, table, column);
}

void RuleContext::report(const Table& table, std::string_view column, const SourceLoc& loc,
                         std::string message) {
  if (excluded(table, column)) return;
  std::string object = column.empty() ? table_label(table) : column_label(table, column);
  out_.push_back(make_finding(rule.id, severity_, loc_or(loc, table.loc), std::move(message),
                              std::move(object)));
}

void RuleContext::report_object(std::string object, const SourceLoc& loc, std::string message) {
  out_.push_back(make_finding(rule.id, severity_, loc, std::move(message), std::move(object)));
}

}  // namespace detail

void check_lint_settings(const LintSettings& settings, Diagnostics& diagnostics) {
  for (const auto& setting : settings.rules) {
    if (find_lint_rule(setting.rule)) continue;
    diagnostics.report(DiagCode::ConfigUnknownKey, setting.loc,
                       "`" + setting.rule + "` under lint.rules is not a lint rule code or name "
                       "(see schemaforge lint --list-rules)");
  }
}

bool lint_rule_enabled(const LintRuleInfo& rule, const LintSettings& settings) {
  const RuleSetting* setting = setting_for(rule, settings);
  return setting && setting->enabled ? *setting->enabled : rule.enabled;
}

LintResult lint(const Schema& schema, const LintSettings& settings) {
  LintResult result;
  std::vector<Finding> findings;
  for (const auto& rule : all_lint_rules()) {
    if (!lint_rule_enabled(rule, settings)) continue;
    detail::RuleContext context(schema, settings, rule, effective_severity(rule, settings),
                                findings);
    detail::rule_check(rule.id)(context);
  }
  apply_suppressions(schema, settings, findings, result);
  auto key = [](const Finding& f) {
    const SourceLoc& loc = f.diagnostic.loc;
    return std::make_tuple(loc.file ? loc.file->path() : std::string(), loc.line, loc.column,
                           std::string(f.code()), f.diagnostic.message);
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  result.findings = std::move(findings);
  result.coverage = measure_coverage(schema);
  return result;
}

std::optional<FailOn> fail_on_from_string(std::string_view text) {
  if (text == "error") return FailOn::Error;
  if (text == "warning") return FailOn::Warning;
  if (text == "info") return FailOn::Info;
  if (text == "never") return FailOn::Never;
  return std::nullopt;
}

bool lint_fails(const LintResult& result, FailOn threshold) {
  auto rank = [](Severity s) {
    switch (s) {
      case Severity::Info: return 0;
      case Severity::Warning: return 1;
      case Severity::Error: return 2;
    }
    return 2;
  };
  int limit = 0;
  switch (threshold) {
    case FailOn::Error: limit = 2; break;
    case FailOn::Warning: limit = 1; break;
    case FailOn::Info: limit = 0; break;
    case FailOn::Never: return false;
  }
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [&](const Finding& f) { return rank(f.severity()) >= limit; });
}

}  // namespace sf
