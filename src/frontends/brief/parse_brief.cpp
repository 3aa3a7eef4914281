// A design brief (docs/brief.md) -> Brief. yaml-cpp marks become SourceLocs, so every
// problem is reported as `file:line:col` with the line and a caret.
#include "schemaforge/frontends/brief.h"

#include "frontends/brief/read_sections.h"

namespace sf {

void parse_brief(const std::shared_ptr<const SourceFile>& file, Brief& brief,
                 Diagnostics& diagnostics) {
  YAML::Node root;
  try {
    root = YAML::Load(file->text());
  } catch (const YAML::ParserException& error) {
    size_t offset = error.mark.pos < 0 ? 0 : static_cast<size_t>(error.mark.pos);
    diagnostics.report(DiagCode::BriefSyntax, SourceLoc::at(file, offset), error.msg);
    return;
  }
  brief.loc = SourceLoc{file, 1, 1};
  if (!root.IsMap()) {
    diagnostics.report(DiagCode::BriefValue, brief.loc,
                       "a brief is a mapping with at least `project` and `entities`");
    return;
  }
  detail::YamlReader reader(file, diagnostics);
  size_t before = diagnostics.count(Severity::Error);
  detail::read_top_level(reader, root, brief);
  // Cross-references only mean something once the sections themselves are sound.
  if (diagnostics.count(Severity::Error) == before) detail::check_brief(brief, diagnostics);
}

}  // namespace sf
