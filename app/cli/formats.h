#pragma once
// The schema formats the CLI reads and writes, in one place: `load_schema` dispatches on
// the input kind, `convert --to` and `build` render through `render_format`.
#include <string>
#include <utility>
#include <vector>

#include "schemaforge/backends/sql.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

struct Context;

enum class InputKind { Sql, Dbml, Prisma, Brief, Unknown };

/// The kind of a schema file, from its extension (case-insensitive).
InputKind input_kind(const std::string& path);

/// Every `convert --to` value, in help order.
const std::vector<std::string>& output_formats();

/// Renders `schema` as `format` (one of output_formats()); losses go to `diagnostics`,
/// as `on_unsupported` says (SF3001 and SF3002 left out, kept, or made errors).
std::string render_format(const Schema& schema, const std::string& format, Diagnostics& diagnostics,
                          OnUnsupported on_unsupported = OnUnsupported::Warn);

/// The tail every one-output verb shares: renders `schema` as `format`, prints the
/// diagnostics, then writes the text to `output` (atomically) or to standard output when
/// `output` is empty. Returns the exit code: 0, BadInput when rendering reported errors
/// (nothing written), Environment when the file could not be written.
int render_and_write(Context& context, const Schema& schema, const std::string& format,
                     const std::string& output, OnUnsupported on_unsupported = OnUnsupported::Warn);

/// `--on-unsupported` values, and the policy a value names.
const std::vector<std::string>& on_unsupported_values();
OnUnsupported parse_on_unsupported(const std::string& value);

/// The ORM, type and diagram-language files `build` can write, as (format, relative path):
/// dbml/schema.dbml, prisma/schema.prisma, alembic/versions/0001_initial.py,
/// sqlalchemy/models.py and typescript/types.ts.
const std::vector<std::pair<std::string, std::string>>& orm_artifact_paths();

/// Those of orm_artifact_paths() whose format is in `formats`, in that list's order, as
/// (relative path, contents); only these are rendered, so only their losses are reported.
std::vector<std::pair<std::string, std::string>> orm_artifacts(const Schema& schema,
                                                               const std::vector<std::string>& formats,
                                                               Diagnostics& diagnostics);

}  // namespace sf::cli
