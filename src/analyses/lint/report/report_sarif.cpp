// SARIF 2.1.0 (OASIS): one run, every rule in tool.driver.rules, one result per finding.
// Validated against the official schema in the crosscheck tier (tests/crosscheck).
#include <cctype>
#include <nlohmann/json.hpp>

#include "schemaforge/analyses/lint_report.h"

namespace sf {

namespace {

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Info: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

/// A path as a URI reference: relative paths stay relative; absolute ones become file URIs.
std::string path_to_uri(const std::string& path) {
  std::string out = path.rfind('/', 0) == 0 ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      static const char* kHex = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string format_lint_sarif(const LintResult& result, const LintReportOptions& options) {
  using nlohmann::ordered_json;
  ordered_json rules = ordered_json::array();
  for (const auto& rule : all_lint_rules()) {
    ordered_json r;
    r["id"] = std::string(rule.code);
    r["name"] = std::string(rule.name);
    r["shortDescription"] = {{"text", std::string(rule.summary)}};
    r["helpUri"] = options.docs_url + std::string(rule.code) + ".md";
    r["defaultConfiguration"] = {{"enabled", rule.enabled}, {"level", sarif_level(rule.severity)}};
    r["properties"] = {{"tags", {std::string(to_string(rule.family))}}};
    rules.push_back(std::move(r));
  }
  ordered_json results = ordered_json::array();
  for (const auto& finding : result.findings) {
    const Diagnostic& d = finding.diagnostic;
    ordered_json r;
    r["ruleId"] = std::string(finding.code());
    r["ruleIndex"] = static_cast<size_t>(finding.rule);
    r["level"] = sarif_level(d.severity);
    r["message"] = {{"text", d.message}};
    if (d.loc.file) {
      ordered_json physical;
      physical["artifactLocation"] = {{"uri", path_to_uri(d.loc.file->path())}};
      if (d.loc.line) {
        physical["region"] = {{"startLine", d.loc.line},
                              {"startColumn", d.loc.column == 0 ? 1u : d.loc.column}};
      }
      ordered_json location;
      location["physicalLocation"] = std::move(physical);
      if (!finding.object.empty()) {
        location["logicalLocations"] = {{{"fullyQualifiedName", finding.object}}};
      }
      r["locations"] = ordered_json::array({std::move(location)});
    }
    results.push_back(std::move(r));
  }
  ordered_json driver;
  driver["name"] = "schemaforge";
  driver["version"] = options.tool_version;
  driver["informationUri"] = options.docs_url;
  driver["rules"] = std::move(rules);
  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  ordered_json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ordered_json::array({std::move(run)});
  return root.dump(2) + "\n";
}

}  // namespace sf
