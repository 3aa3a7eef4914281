// The lint result as JSON (docs/lint.md "JSON output"), keys in a fixed order.
#include <nlohmann/json.hpp>

#include "schemaforge/analyses/lint_report.h"

namespace sf {

std::string format_lint_json(const LintResult& result, const LintReportOptions& options) {
  using nlohmann::ordered_json;
  size_t counts[3] = {0, 0, 0};
  ordered_json findings = ordered_json::array();
  for (const auto& finding : result.findings) {
    const Diagnostic& d = finding.diagnostic;
    ++counts[static_cast<size_t>(d.severity)];
    ordered_json item;
    item["code"] = std::string(finding.code());
    item["rule"] = std::string(lint_rule(finding.rule).name);
    item["severity"] = std::string(to_string(d.severity));
    item["message"] = d.message;
    item["object"] = finding.object;
    item["file"] = d.loc.file ? d.loc.file->path() : "";
    item["line"] = d.loc.line;
    item["column"] = d.loc.column;
    findings.push_back(std::move(item));
  }
  ordered_json root;
  root["schemaforge_lint"] = 1;
  root["tool_version"] = options.tool_version;
  root["summary"] = {{"errors", counts[2]}, {"warnings", counts[1]}, {"infos", counts[0]},
                     {"suppressed", result.suppressed}};
  root["comment_coverage"] = {{"tables", result.coverage.tables},
                              {"tables_commented", result.coverage.tables_commented},
                              {"columns", result.coverage.columns},
                              {"columns_commented", result.coverage.columns_commented}};
  root["findings"] = std::move(findings);
  return root.dump(2) + "\n";
}

}  // namespace sf
