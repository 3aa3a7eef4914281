#include "cli/build_artifacts.h"

#include <algorithm>
#include <string>

#include "cli/formats.h"
#include "schemaforge/backends/json.h"
#include "schemaforge/db/url.h"

namespace sf::cli {

namespace {

constexpr Dialect kDialects[] = {Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql};

bool names(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

Dialect dialect_of_word(const std::string& word) {
  if (word == "sqlite") return Dialect::Sqlite;
  if (word == "mysql") return Dialect::Mysql;
  return Dialect::Postgres;
}

/// A database URL's kind; anything else (a file) is read as PostgreSQL's model.
Dialect dialect_of_input(const std::string& input) {
  if (!db::looks_like_url(input)) return Dialect::Postgres;
  auto url = db::parse_url(input);
  if (!url) return Dialect::Postgres;
  switch (url->dialect) {
    case db::Dialect::Sqlite: return Dialect::Sqlite;
    case db::Dialect::Postgres: return Dialect::Postgres;
    case db::Dialect::MySql: return Dialect::Mysql;
  }
  return Dialect::Postgres;
}

bool is_loss(const Diagnostic& d) {
  return d.code == DiagCode::UnsupportedFeature || d.code == DiagCode::ApproximatedType;
}

std::string format_title(const std::string& format) {
  if (format == "dbml") return "DBML";
  if (format == "prisma") return "Prisma";
  if (format == "alembic") return "Alembic";
  if (format == "sqlalchemy") return "SQLAlchemy";
  if (format == "typescript") return "TypeScript";
  return format;
}

/// The losses (SF3001/SF3002) of the artifact at `path` as `<its directory>/losses.txt`, with
/// the summary's count of them as the artifact's note; other diagnostics to `diagnostics`.
void record_losses(const std::string& path, const std::string& language, const Diagnostics& local,
                   Diagnostics& diagnostics, BuildArtifacts& out) {
  size_t features = 0, types = 0;
  std::string listing;
  for (const auto& d : local.items()) {
    if (!is_loss(d)) {
      diagnostics.report(d.code, d.severity, d.loc, d.message);
      continue;
    }
    (d.code == DiagCode::UnsupportedFeature ? features : types) += 1;
    listing += format_diagnostic(d);
  }
  if (features + types == 0) return;
  std::string losses = path.substr(0, path.find('/')) + "/losses.txt";
  out.notes[path] = std::to_string(features) + " feature(s) not expressible, " +
                    std::to_string(types) + " type(s) approximated: see " + losses;
  out.files.emplace_back(losses, "# What " + path + " cannot express in " + language +
                                     " (SF3001) or only approximates (SF3002), at the model\n"
                                     "# element that has it. Written by `schemaforge build` "
                                     "instead of printing each.\n\n" +
                                     listing);
}

}  // namespace

const char* dialect_title(Dialect dialect) {
  switch (dialect) {
    case Dialect::Postgres: return "PostgreSQL";
    case Dialect::Sqlite: return "SQLite";
    case Dialect::Mysql: return "MySQL/MariaDB";
  }
  return "?";
}

const char* dialect_word(Dialect dialect) {
  switch (dialect) {
    case Dialect::Postgres: return "postgres";
    case Dialect::Sqlite: return "sqlite";
    case Dialect::Mysql: return "mysql";
  }
  return "?";
}

BuildTargets build_targets(const std::string& input, const std::optional<BriefStack>& stack) {
  BuildTargets targets;
  targets.primary = stack ? dialect_of_word(stack->database) : dialect_of_input(input);
  const std::vector<std::string> none;
  const std::vector<std::string>& emit = stack ? stack->emit : none;
  bool everything = emit.empty();
  bool any_dialect = std::any_of(std::begin(kDialects), std::end(kDialects),
                                 [&](Dialect d) { return names(emit, dialect_word(d)); });
  for (Dialect dialect : kDialects) {
    if (dialect == targets.primary || !any_dialect || names(emit, dialect_word(dialect))) {
      targets.dialects.push_back(dialect);
    }
  }
  if (names(emit, "golang-migrate")) targets.migrations.push_back(MigrationNaming::GolangMigrate);
  if (names(emit, "flyway")) targets.migrations.push_back(MigrationNaming::Flyway);
  if (targets.migrations.empty()) targets.migrations.push_back(MigrationNaming::Plain);
  for (const auto& [format, path] : orm_artifact_paths()) {
    if (everything || names(emit, format)) targets.formats.push_back(format);
  }
  return targets;
}

BuildArtifacts render_build_artifacts(const Schema& schema, const BuildTargets& targets,
                                      Diagnostics& diagnostics) {
  BuildArtifacts out;
  out.files.emplace_back("schema.json", emit_json(schema));
  std::string primary_ddl;
  for (Dialect dialect : targets.dialects) {
    std::string path = std::string(dialect_word(dialect)) + "/schema.sql";
    if (dialect == targets.primary) {
      primary_ddl = emit_sql(schema, SqlOptions{dialect}, diagnostics);
      out.files.emplace_back(path, primary_ddl);
      continue;
    }
    // Another dialect's losses are expected by the dozen (MySQL has no partial indexes,
    // SQLite no functions): counted in the summary and listed in a file, not printed.
    Diagnostics local;
    out.files.emplace_back(path, emit_sql(schema, SqlOptions{dialect}, local));
    record_losses(path, dialect_title(dialect), local, diagnostics, out);
  }
  std::string down = emit_drop_sql(schema, SqlOptions{targets.primary});
  for (MigrationNaming naming : targets.migrations) {
    for (auto& file : migration_files(naming, 1, "initial", primary_ddl, down)) {
      out.files.emplace_back("migrations/" + file.name, std::move(file.contents));
    }
  }
  // The ORM files' losses likewise: a Prisma schema has no triggers or CHECKs by design.
  for (const auto& format : targets.formats) {
    Diagnostics local;
    for (auto& [path, contents] : orm_artifacts(schema, {format}, local)) {
      out.files.emplace_back(path, std::move(contents));
      record_losses(path, format_title(format), local, diagnostics, out);
    }
  }
  return out;
}

std::vector<MigrationFile> document_migrations(const BuildTargets& targets) {
  std::vector<MigrationFile> out;
  auto run_script = [&](const std::string& path) -> std::string {
    switch (targets.primary) {
      case Dialect::Postgres:
        return "psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 --single-transaction -f " + path;
      case Dialect::Sqlite: return "sqlite3 app.db < " + path;
      case Dialect::Mysql: return "mysql \"$DATABASE\" < " + path;
    }
    return "";
  };
  for (MigrationNaming naming : targets.migrations) {
    auto files = migration_files(naming, 1, "initial", "", "");
    std::string up = "migrations/" + files[0].name, down = "migrations/" + files[1].name;
    switch (naming) {
      case MigrationNaming::Plain:
        out.push_back({"../" + up, std::string("plain SQL (") + dialect_title(targets.primary) + ")",
                       run_script(up), run_script(down)});
        break;
      case MigrationNaming::GolangMigrate:
        out.push_back({"../" + up, "golang-migrate",
                       "migrate -path migrations -database \"$DATABASE_URL\" up",
                       "migrate -path migrations -database \"$DATABASE_URL\" down 1"});
        break;
      case MigrationNaming::Flyway:
        // Undo migrations (U1__) need Flyway Teams; Community can apply the down file by hand.
        out.push_back({"../" + up, "Flyway", "flyway -locations=filesystem:migrations migrate",
                       "flyway -locations=filesystem:migrations undo   # or: " + run_script(down)});
        break;
    }
  }
  if (std::find(targets.formats.begin(), targets.formats.end(), "alembic") != targets.formats.end()) {
    out.push_back({"../alembic/versions/0001_initial.py", "Alembic", "alembic upgrade head",
                   "alembic downgrade base"});
  }
  return out;
}

}  // namespace sf::cli
