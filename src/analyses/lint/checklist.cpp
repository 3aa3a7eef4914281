#include "schemaforge/analyses/lint_checklist.h"

namespace sf {

namespace {

struct ItemSpec {
  std::string_view text;
  std::vector<std::string_view> codes;
};

// Seed 001's quality checklist and seed 000's schema validation tests, where a rule decides.
const std::vector<ItemSpec>& specs() {
  static const std::vector<ItemSpec> items = {
      {"Audit columns (created_at, updated_at) on mutable tables", {"L904", "L905"}},
      {"Foreign keys defined with proper CASCADE/RESTRICT", {"L204", "L205", "L210", "L211"}},
      {"All foreign keys reference existing tables", {"L206", "L207"}},
      {"Unique constraints on business keys (email, etc.)", {"L107", "L106"}},
      {"Indexes on all foreign keys", {"L201"}},
      {"No over-indexing (updates are slowed)", {"L501", "L502", "L503"}},
      {"NOT NULL on required columns", {"L805", "L906"}},
      {"CHECK constraints for enum-like fields", {"L306"}},
      {"All CHECK constraints allow valid states", {"L801", "L802"}},
      {"Foreign keys prevent orphaned records", {"L704", "L705"}},
      {"Defaults for status fields", {"L803"}},
      {"Naming convention matches tech stack (snake_case for SQL)", {"L401", "L402", "L403", "L404", "L405", "L407", "L409"}},
      {"Primary keys are UUIDs (or appropriate for scale)", {"L101", "L102"}},
      {"No many-to-many without join table", {"L702", "L706"}},
      {"Timestamp columns are timezone-aware", {"L301", "L308"}},
      {"Each table has a purpose explanation", {"L601"}},
  };
  return items;
}

}  // namespace

std::vector<ChecklistItem> validation_checklist(const LintResult& result,
                                                const LintSettings& settings) {
  std::vector<ChecklistItem> out;
  for (const auto& spec : specs()) {
    ChecklistItem item{spec.text, spec.codes, ChecklistState::NotChecked, 0};
    bool any_enabled = false;
    for (std::string_view code : spec.codes) {
      const LintRuleInfo* rule = find_lint_rule(code);
      if (rule && lint_rule_enabled(*rule, settings)) any_enabled = true;
      for (const auto& finding : result.findings) {
        if (finding.code() == code) ++item.findings;
      }
    }
    if (any_enabled) item.state = item.findings ? ChecklistState::Failed : ChecklistState::Passed;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace sf
