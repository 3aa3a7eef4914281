// Format names, dispatch, and the rule list.
#include <nlohmann/json.hpp>

#include "schemaforge/analyses/lint_report.h"

namespace sf {

std::optional<LintFormat> lint_format_from_string(std::string_view text) {
  if (text == "text") return LintFormat::Text;
  if (text == "json") return LintFormat::Json;
  if (text == "sarif") return LintFormat::Sarif;
  if (text == "github") return LintFormat::Github;
  return std::nullopt;
}

std::string format_lint(LintFormat format, const LintResult& result,
                        const LintReportOptions& options) {
  switch (format) {
    case LintFormat::Text: return format_lint_text(result, options);
    case LintFormat::Json: return format_lint_json(result, options);
    case LintFormat::Sarif: return format_lint_sarif(result, options);
    case LintFormat::Github: return format_lint_github(result, options);
  }
  return format_lint_text(result, options);
}

namespace {

Severity severity_in(const LintRuleInfo& rule, const LintSettings* settings) {
  if (!settings) return rule.severity;
  Severity severity = rule.severity;
  for (const auto& setting : settings->rules) {
    const LintRuleInfo* named = find_lint_rule(setting.rule);
    if (named && named->id == rule.id && setting.severity) severity = *setting.severity;
  }
  return severity;
}

}  // namespace

std::string format_rule_list(RuleListFormat format, const LintSettings* settings) {
  std::string out;
  switch (format) {
    case RuleListFormat::Text:
      for (const auto& rule : all_lint_rules()) {
        bool on = settings ? lint_rule_enabled(rule, *settings) : rule.enabled;
        std::string severity(to_string(severity_in(rule, settings)));
        std::string name(rule.name);
        out += std::string(rule.code) + "  " + severity + std::string(9 - severity.size(), ' ') +
               (on ? "on   " : "off  ") + name +
               std::string(name.size() < 30 ? 30 - name.size() : 1, ' ') +
               std::string(rule.summary) + "\n";
      }
      return out;
    case RuleListFormat::Markdown: {
      out += "| code | name | severity | default | family | summary |\n";
      out += "|---|---|---|---|---|---|\n";
      for (const auto& rule : all_lint_rules()) {
        out += "| [" + std::string(rule.code) + "](" + std::string(rule.code) + ".md) | " +
               std::string(rule.name) + " | " + std::string(to_string(rule.severity)) + " | " +
               (rule.enabled ? "on" : "off") + " | " + std::string(to_string(rule.family)) +
               " | " + std::string(rule.summary) + " |\n";
      }
      return out;
    }
    case RuleListFormat::Json: {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& rule : all_lint_rules()) {
        list.push_back({{"code", std::string(rule.code)},
                        {"name", std::string(rule.name)},
                        {"severity", std::string(to_string(severity_in(rule, settings)))},
                        {"enabled", settings ? lint_rule_enabled(rule, *settings) : rule.enabled},
                        {"family", std::string(to_string(rule.family))},
                        {"summary", std::string(rule.summary)}});
      }
      return list.dump(2) + "\n";
    }
  }
  return out;
}

}  // namespace sf
