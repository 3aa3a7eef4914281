// rustc-style findings: `warning[L201]: message`, `--> file:line:col`, the line, a caret.
#include <algorithm>
#include <string>

#include "schemaforge/analyses/lint_report.h"

namespace sf {

namespace {

void append_source(std::string& out, const SourceLoc& loc) {
  std::string number = std::to_string(loc.line);
  std::string gutter(number.size(), ' ');
  std::string_view line = loc.file->line_text(loc.line);
  // Long lines (minified dumps) are cut around the caret so the output stays readable.
  size_t column = loc.column == 0 ? 0 : loc.column - 1;
  size_t begin = 0;
  constexpr size_t kWindow = 120;
  if (line.size() > kWindow && column > kWindow / 2) begin = column - kWindow / 2;
  std::string_view shown = line.substr(std::min(begin, line.size()), kWindow);
  out += gutter + " |\n";
  out += number + " | ";
  for (char c : shown) out += (c == '\t') ? ' ' : c;
  out += "\n" + gutter + " | " + std::string(std::min(column - std::min(column, begin), shown.size()), ' ') + "^\n";
}

}  // namespace

std::string format_lint_text(const LintResult& result, const LintReportOptions&) {
  std::string out;
  size_t counts[3] = {0, 0, 0};
  for (const auto& finding : result.findings) {
    const Diagnostic& d = finding.diagnostic;
    ++counts[static_cast<size_t>(d.severity)];
    out += std::string(to_string(d.severity)) + "[" + std::string(finding.code()) + "]: " +
           d.message + "\n";
    if (d.loc.file) {
      out += "  --> " + d.loc.file->path();
      if (d.loc.line) out += ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column);
      out += "\n";
    }
    if (d.loc.known()) append_source(out, d.loc);
    out += "  = rule " + std::string(lint_rule(finding.rule).name) + ", docs/rules/" +
           std::string(finding.code()) + ".md\n\n";
  }
  if (result.findings.empty()) {
    out += "lint: no findings";
  } else {
    out += "lint: " + std::to_string(counts[2]) + " error(s), " + std::to_string(counts[1]) +
           " warning(s), " + std::to_string(counts[0]) + " info(s)";
  }
  if (result.suppressed) out += "; " + std::to_string(result.suppressed) + " suppressed inline";
  out += "\n";
  return out;
}

}  // namespace sf
