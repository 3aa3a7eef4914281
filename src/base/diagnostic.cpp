#include "schemaforge/base/diagnostic.h"

#include <algorithm>

namespace sf {

const std::vector<DiagInfo>& all_diagnostics() {
  static const std::vector<DiagInfo> table = {
#define SF_DIAGNOSTIC(name, code, severity, summary) \
  {DiagCode::name, code, Severity::severity, summary},
#include "schemaforge/base/diagnostics.def"
#undef SF_DIAGNOSTIC
  };
  return table;
}

const DiagInfo& info(DiagCode code) { return all_diagnostics()[static_cast<size_t>(code)]; }

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

void Diagnostics::report(DiagCode code, const SourceLoc& loc, std::string message) {
  report(code, info(code).severity, loc, std::move(message));
}

void Diagnostics::report(DiagCode code, Severity severity, const SourceLoc& loc,
                         std::string message, DiagObject object, std::string written_as) {
  items_.push_back(Diagnostic{code, severity, std::move(message), loc, std::move(object),
                              std::move(written_as)});
}

bool Diagnostics::has_errors() const { return count(Severity::Error) > 0; }

size_t Diagnostics::count(Severity severity) const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(),
                                           [&](const Diagnostic& d) { return d.severity == severity; }));
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string out;
  const SourceLoc& loc = diagnostic.loc;
  if (loc.file) {
    out += loc.file->path();
    if (loc.line != 0) {
      out += ':' + std::to_string(loc.line) + ':' + std::to_string(loc.column);
    }
    out += ": ";
  }
  out += to_string(diagnostic.severity);
  out += '[';
  out += info(diagnostic.code).code;
  out += "]: ";
  out += diagnostic.message;
  out += '\n';
  if (loc.known()) {
    std::string_view line = loc.file->line_text(loc.line);
    // Long lines (minified dumps) are cut around the caret so the output stays readable.
    size_t column = loc.column == 0 ? 0 : loc.column - 1;
    size_t begin = 0;
    constexpr size_t kWindow = 120;
    if (line.size() > kWindow && column > kWindow / 2) begin = column - kWindow / 2;
    std::string_view shown = line.substr(begin, kWindow);
    out += "  ";
    for (char c : shown) out += (c == '\t') ? ' ' : c;
    out += "\n  ";
    // Columns count bytes; the caret is padded by characters so it lands under the
    // offending one even after multi-byte UTF-8 text.
    std::string_view before = shown.substr(0, std::min(column - begin, shown.size()));
    for (unsigned char c : before) {
      if ((c & 0xC0) != 0x80) out += ' ';
    }
    out += "^\n";
  }
  return out;
}

}  // namespace sf
