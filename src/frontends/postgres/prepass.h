#pragma once
// The psql-script pre-pass: what psql handles itself never reaches libpg_query.
#include <memory>
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"

namespace sf::detail {

/// Returns the file's text with psql meta-command lines (`\connect db`, `\restrict KEY`), the
/// data of `COPY ... FROM stdin;` blocks (through their `\.` line) and a leading UTF-8 byte
/// order mark replaced by spaces.
/// Newlines and byte offsets are kept, so every location still points into the original.
/// Reports each skipped meta-command (SF2008) and an unterminated COPY block (SF2007).
std::string psql_prepass(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics);

}  // namespace sf::detail
