#pragma once
// A brief file -> the designed schema: the brief frontend, then the designer with the
// PostgreSQL frontend as its expression reader (the app layer is where the two meet).
#include <memory>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

/// Parses and designs; on brief errors returns an empty schema with the errors reported.
Schema design_from_brief(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics);

}  // namespace sf::cli
