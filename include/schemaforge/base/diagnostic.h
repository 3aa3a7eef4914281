#pragma once
// Problems in the user's input: collected, all reported, never thrown (STYLE.md #9).
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/base/source.h"

namespace sf {

enum class Severity { Info, Warning, Error };

enum class DiagCode {
#define SF_DIAGNOSTIC(name, code, severity, summary) name,
#include "schemaforge/base/diagnostics.def"
#undef SF_DIAGNOSTIC
};

struct DiagInfo {
  DiagCode id;
  std::string_view code;
  Severity severity;
  std::string_view summary;
};

/// Every diagnostic code with its default severity and summary, in .def order.
const std::vector<DiagInfo>& all_diagnostics();
const DiagInfo& info(DiagCode code);
std::string_view to_string(Severity severity);

/// The model object a diagnostic is about, for tools and tests that need more than the
/// message's words (the SQL emitter sets it on SF3001, SF3002 and SF3004, inspect on a renamed
/// SF6005). Empty `kind`: none.
struct DiagObject {
  /// "table", "column", "primary key", "unique", "check", "foreign key", "exclusion",
  /// "index", "view", "enum", "domain", "sequence", "trigger", ...
  std::string kind;
  /// The table (or view) the object belongs to, as QualifiedName::display(); empty for
  /// objects that belong to none (the table itself, views, types, ...).
  std::string table;
  /// The object's name (display() for top-level objects). An unnamed constraint or index is
  /// named by its key: "(a, b)", or a check's expression text.
  std::string name;
  bool operator==(const DiagObject&) const = default;
};

struct Diagnostic {
  DiagCode code;
  Severity severity;
  std::string message;
  SourceLoc loc;
  DiagObject object = {};
  /// SF3004: the name `object` is written under instead of its own. SF6005: the name an
  /// inspected object (named as in the database) has in the model.
  std::string written_as = {};
};

/// A collection of diagnostics from one run.
class Diagnostics {
public:
  void report(DiagCode code, const SourceLoc& loc, std::string message);
  void report(DiagCode code, Severity severity, const SourceLoc& loc, std::string message,
              DiagObject object = {}, std::string written_as = {});

  const std::vector<Diagnostic>& items() const { return items_; }
  bool has_errors() const;
  size_t count(Severity severity) const;
  void append(const Diagnostics& other);

private:
  std::vector<Diagnostic> items_;
};

/// Renders `file:line:col: severity[CODE]: message`, then the source line and a caret.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace sf
