#pragma once
// File I/O with the guarantee that a failed run leaves nothing half-written.
#include <memory>
#include <string>

#include "schemaforge/base/result.h"
#include "schemaforge/base/source.h"

namespace sf {

/// Reads a whole file. Fails with ExitCode::BadInput when it is missing or unreadable; error
/// messages do not repeat the path (callers print `path: error[CODE]: message`).
Result<std::shared_ptr<const SourceFile>> read_source_file(const std::string& path);

/// Writes `contents` to a temporary file beside `path`, then renames it over `path`;
/// creates missing parent directories. Readers never see a partial file.
Status write_file_atomically(const std::string& path, const std::string& contents);

}  // namespace sf
