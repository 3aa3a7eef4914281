#include "schemaforge/backends/migrations.h"

#include <cstdio>
#include <utility>

namespace sf {

namespace {

/// `version` zero-padded to `width` digits: 1 -> "0001". Padding keeps a directory listing
/// in apply order; golang-migrate's documentation uses six digits, plain files four.
std::string padded(int version, int width) {
  char text[32];
  std::snprintf(text, sizeof text, "%0*d", width, version);
  return text;
}

}  // namespace

std::vector<MigrationScript> migration_files(MigrationNaming naming, int version,
                                           const std::string& description, std::string up,
                                           std::string down) {
  std::string up_name, down_name;
  switch (naming) {
    case MigrationNaming::Plain:
      up_name = padded(version, 4) + "_" + description + ".up.sql";
      down_name = padded(version, 4) + "_" + description + ".down.sql";
      break;
    case MigrationNaming::GolangMigrate:
      up_name = padded(version, 6) + "_" + description + ".up.sql";
      down_name = padded(version, 6) + "_" + description + ".down.sql";
      break;
    case MigrationNaming::Flyway:
      // Versioned migration and its undo migration: prefix V / U, the version, "__".
      up_name = "V" + std::to_string(version) + "__" + description + ".sql";
      down_name = "U" + std::to_string(version) + "__" + description + ".sql";
      break;
  }
  return {{std::move(up_name), std::move(up)}, {std::move(down_name), std::move(down)}};
}

}  // namespace sf
