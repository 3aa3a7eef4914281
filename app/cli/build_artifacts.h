#pragma once
// What `build` writes (docs/build.md "Artifacts"): which DDL dialects, migration namings and
// ORM/type files a brief's `stack` asks for, and those files rendered.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "schemaforge/backends/doc.h"
#include "schemaforge/backends/migrations.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/brief.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

struct BuildTargets {
  Dialect primary = Dialect::Postgres;  ///< the team's database: the initial migration's dialect
  std::vector<Dialect> dialects;        ///< DDL written, primary included, in postgres, sqlite, mysql order
  std::vector<MigrationNaming> migrations;  ///< namings of the initial migration
  std::vector<std::string> formats;         ///< of orm_artifact_paths(): dbml, prisma, ...
};

/// The rule (docs/build.md): the primary dialect is the brief's `stack.database`, or for a
/// database URL its kind, else PostgreSQL. Without a brief, or a brief without `stack.emit`,
/// everything is written. With `stack.emit`: the DDL of the primary plus the dialects it
/// names (all three when it names none), the ORM/type files it names, and the migration in
/// golang-migrate and/or Flyway naming when named, plain SQL otherwise.
BuildTargets build_targets(const std::string& input, const std::optional<BriefStack>& stack);

struct BuildArtifacts {
  std::vector<std::pair<std::string, std::string>> files;  ///< (relative path, contents)
  std::map<std::string, std::string> notes;                ///< path -> what the summary adds
};

/// schema.json, `<dialect>/schema.sql` per dialect, the initial migration under migrations/
/// (up: the primary's DDL, down: its drop script) and the ORM files. What an artifact other
/// than the primary's DDL cannot express (SF3001/SF3002) is listed in `<its dir>/losses.txt`
/// and counted in its note instead of printed; other diagnostics, and the primary's losses,
/// go to `diagnostics`.
BuildArtifacts render_build_artifacts(const Schema& schema, const BuildTargets& targets,
                                      Diagnostics& diagnostics);

/// The migrations render_build_artifacts writes, as the document's "Migration Files" section
/// lists them: path from docs/, tool, and the commands (run in the build's directory) to
/// apply and roll back. The Alembic revision is among them when it is written.
std::vector<MigrationFile> document_migrations(const BuildTargets& targets);

/// "PostgreSQL", "SQLite", "MySQL/MariaDB": a dialect as the document and summary name it.
const char* dialect_title(Dialect dialect);

/// "postgres", "sqlite", "mysql": the directory and `stack` word of a dialect.
const char* dialect_word(Dialect dialect);

}  // namespace sf::cli
