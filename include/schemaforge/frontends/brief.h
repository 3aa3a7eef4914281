#pragma once
// A design brief in YAML (docs/brief.md), read with yaml-cpp, which only src/frontends/brief
// (and the project-file reader) sees.
#include <memory>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/brief.h"

namespace sf {

/// Reads a brief into `brief`. Problems are reported with the file, line and column of the
/// offending node: YAML syntax (SF8001), unknown keys (SF8002), values of the wrong kind
/// (SF8003), names that refer to nothing (SF8004), duplicates (SF8005) and query patterns
/// that do not parse or name a missing table or column (SF8006).
///
///   Brief brief;
///   parse_brief(file, brief, diagnostics);
void parse_brief(const std::shared_ptr<const SourceFile>& file, Brief& brief,
                 Diagnostics& diagnostics);

}  // namespace sf
