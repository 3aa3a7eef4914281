#pragma once
// Inline lint suppressions written in the source (`-- schemaforge:ignore L201 reason` in SQL,
// later DBML notes). Format-neutral: a frontend records which source lines one covers.
#include <cstdint>
#include <string>
#include <vector>

#include "schemaforge/base/source.h"

namespace sf {

struct Suppression {
  std::vector<std::string> codes;  ///< rule codes or names as written (`L201`, `fk-without-index`)
  std::string reason;              ///< the text after the codes; may be empty
  /// Lines of `loc.file` whose findings it silences, inclusive.
  uint32_t first_line = 0;
  uint32_t last_line = 0;
  SourceLoc loc;  ///< the comment itself (unused suppressions are reported here)
};

}  // namespace sf
