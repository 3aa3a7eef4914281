// GitHub Actions workflow commands: `::warning file=F,line=L,col=C,title=CODE::message`.
#include "schemaforge/analyses/lint_report.h"

namespace sf {

namespace {

// Escaping as the Actions toolkit does (@actions/core, command.ts).
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* command(Severity severity) {
  switch (severity) {
    case Severity::Info: return "notice";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

}  // namespace

std::string format_lint_github(const LintResult& result, const LintReportOptions&) {
  std::string out;
  for (const auto& finding : result.findings) {
    const Diagnostic& d = finding.diagnostic;
    out += "::" + std::string(command(d.severity)) + " ";
    if (d.loc.file) {
      out += "file=" + escape_property(d.loc.file->path()) + ",";
      if (d.loc.line) {
        out += "line=" + std::to_string(d.loc.line) + ",col=" + std::to_string(d.loc.column) + ",";
      }
    }
    out += "title=" + escape_property(std::string(finding.code()) + " " +
                                      std::string(lint_rule(finding.rule).name));
    out += "::" + escape_data(d.message) + "\n";
  }
  return out;
}

}  // namespace sf
