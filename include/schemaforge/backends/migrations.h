#pragma once
// Migration files named the way the team's migration tool expects (ARCHITECTURE.md "DDL and
// migrations"): plain SQL, golang-migrate or Flyway, each with its up and its down (undo).
#include <string>
#include <vector>

namespace sf {

enum class MigrationNaming {
  Plain,          ///< 0001_initial.up.sql and 0001_initial.down.sql
  GolangMigrate,  ///< 000001_initial.up.sql and 000001_initial.down.sql
  Flyway,         ///< V1__initial.sql and its undo U1__initial.sql
};

struct MigrationScript {
  std::string name;  ///< the file name, without a directory
  std::string contents;
};

/// Migration `version` (1, 2, ...) described by `description` (snake_case) as the two files
/// `naming` calls for, up first:
///   migration_files(MigrationNaming::Flyway, 1, "initial", up, down)
///     -> {"V1__initial.sql", up}, {"U1__initial.sql", down}
std::vector<MigrationScript> migration_files(MigrationNaming naming, int version,
                                           const std::string& description, std::string up,
                                           std::string down);

}  // namespace sf
