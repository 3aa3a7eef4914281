#pragma once
// A brief file -> the designed schema: the brief frontend, then the designer with the
// PostgreSQL frontend as its expression reader (the app layer is where the two meet).
#include <memory>
#include <optional>
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/brief.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

/// Parses and designs; on brief errors returns an empty schema with the errors reported.
Schema design_from_brief(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics);

/// The `stack` section of the brief at `path` (what `build` writes); nullopt when `path` is
/// not a brief or does not read. Called after load_schema has reported the brief's errors.
std::optional<BriefStack> read_brief_stack(const std::string& path);

}  // namespace sf::cli
