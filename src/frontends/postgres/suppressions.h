#pragma once
// Inline lint suppressions (`-- schemaforge:ignore CODE[,CODE] reason`) from SQL comments.
// Comments are not in libpg_query's parse tree, so they are read from its scanner's tokens.
#include <memory>

#include "schemaforge/base/source.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

/// Appends the file's suppressions to `schema.suppressions`. Which lines one covers:
///  - a comment after code on the same line covers that line;
///  - a comment on its own line(s) before the first token of a statement covers the whole
///    statement, up to its `;`;
///  - a comment on its own line(s) inside a statement covers the next line with code.
/// `sql` is the file's text as the parser saw it (psql commands and data blanked, offsets
/// unchanged); COPY data and meta-command lines left in it are blanked again before scanning.
/// Call it once the file has parsed, so a file with errors adds nothing.
void collect_suppressions(const std::shared_ptr<const SourceFile>& file, const std::string& sql,
                          Schema& schema);

}  // namespace sf::detail
