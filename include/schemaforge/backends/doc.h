#pragma once
// The design document, in the shape of the design seeds' template: the full edition, the
// essentials edition, the ER diagrams, and a static HTML site. Every sentence is derived from
// the model (and from the optional inputs below); a section with nothing to go on says which
// input would fill it.
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/backends/erd.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/result.h"
#include "schemaforge/model/schema.h"
#include "schemaforge/model/size.h"

namespace sf {

/// One lint finding, as the document needs it. The lint analysis (or the CLI) converts its
/// Diagnostics into this plain list; the backend never sees the analysis itself.
struct LintFinding {
  std::string code;  ///< "SF4001", ...
  Severity severity = Severity::Warning;
  std::string message;
  std::string element;  ///< "table", "table.column" or "schema.table.column"; empty = schema-wide
};

/// A migration file the document should point at (written by `build` / `migrate`).
struct MigrationFile {
  std::string path;      ///< relative to the document, e.g. "../postgres/schema.sql"
  std::string tool;      ///< "SQL", "Flyway", "golang-migrate", "Alembic", "Prisma"
  std::string apply;     ///< command to apply it
  std::string rollback;  ///< command to roll it back; empty = none (irreversible)
};

/// What the document is made from besides the model. Everything here is optional.
struct DocInputs {
  std::string title = "Database Schema Design";
  std::string source;                   ///< the input's name as the user gave it (no absolute path)
  std::string database = "PostgreSQL";  ///< the input's dialect
  /// Lint results; nullopt = lint was not run (the checklist then says so), an empty list =
  /// lint ran and found nothing.
  std::optional<std::vector<LintFinding>> lint;
  std::vector<MigrationFile> migrations;
  /// Table and index sizes from the brief's scale (analyses/size.h); nullopt = no scale
  /// estimates, and the scaling section says which input would fill it.
  std::optional<SizeProjection> size;
};

struct DocOptions {
  bool html = false;
  /// Up to this many tables the document shows the whole schema in one Mermaid diagram with
  /// its columns; past it, an overview (tables only, as SVG) plus one diagram per group.
  size_t whole_diagram_tables = 40;
  ErdLimits limits;
};

/// A file to write, relative to the output directory.
struct OutputFile {
  std::string path;
  std::string contents;
};

/// The full edition (Markdown). `diagrams_dir` is where document_files puts the diagrams,
/// relative to the document, for links.
std::string emit_design_document(const Schema& schema, const DocInputs& inputs,
                                 const DocOptions& options, Diagnostics& diagnostics);

/// The essentials edition: technology, tables with purpose and journey steps, ERD, key
/// relationships, access patterns (no column details, migrations or scaling).
std::string emit_essentials(const Schema& schema, const DocInputs& inputs,
                            const DocOptions& options, Diagnostics& diagnostics);

/// Everything `schemaforge doc` writes, rendered in memory first so nothing is half-written:
///   database-schema.md, database-schema-essentials.md,
///   erd/schema.{mmd,dot,svg,txt,puml}  (the whole schema; tables only past the limit),
///   erd/groups/NN-<name>.mmd            (one per group, when the schema is past the limit),
///   html/index.html, html/tables/<name>.html   (with options.html)
/// Fails only when Graphviz cannot render (ExitCode::Environment).
///
///   Diagnostics diags;
///   auto files = document_files(schema, DocInputs{}, DocOptions{}, diags);
Result<std::vector<OutputFile>> document_files(const Schema& schema, const DocInputs& inputs,
                                               const DocOptions& options, Diagnostics& diagnostics);

/// The static site alone: an index and one page per table with its neighbourhood diagram as
/// inline SVG, links between tables, no external resources (styles inline, no scripts).
Result<std::vector<OutputFile>> emit_html_site(const Schema& schema, const DocInputs& inputs,
                                               const DocOptions& options);

}  // namespace sf
