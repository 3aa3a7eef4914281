#pragma once
// The seeds' validation checklist (seed 001 "Quality Checklist", seed 000 "Schema Validation
// Tests") ticked from lint findings, for the design document's checklist section.
#include <string_view>
#include <vector>

#include "schemaforge/analyses/lint.h"

namespace sf {

enum class ChecklistState {
  Passed,      ///< every rule behind the item ran and found nothing
  Failed,      ///< some rule behind the item has findings
  NotChecked,  ///< the rules behind the item are switched off
};

struct ChecklistItem {
  std::string_view text;                 ///< the checklist line, as the seed words it
  std::vector<std::string_view> codes;   ///< the rules that decide it
  ChecklistState state = ChecklistState::NotChecked;
  size_t findings = 0;                   ///< findings of those rules (after suppressions)
};

/// The checklist items lint can decide, in the seed's order.
///
///   for (const auto& item : validation_checklist(result, settings))
///     doc << (item.state == ChecklistState::Passed ? "- [x] " : "- [ ] ") << item.text;
std::vector<ChecklistItem> validation_checklist(const LintResult& result,
                                                const LintSettings& settings);

}  // namespace sf
