#pragma once
// A small data set that respects the schema's constraints, for build verification now and a
// `seed` verb later: rows in foreign-key order, unique values, CHECK and enum lists honoured,
// NOT NULL filled, the same bytes on every run (fixed seed, no clock).
#include <cstdint>
#include <string>
#include <vector>

#include "schemaforge/model/schema.h"

namespace sf {

struct SeedOptions {
  size_t rows_per_table = 20;  ///< every table gets this many rows, so row i of a child
                               ///< references row i of each parent and composite keys agree
  uint64_t seed = 0x5eedf0e6e5c4a11dULL;
};

/// What the generator could not honour, so a caller can say why an insert may fail.
struct SeedNote {
  QualifiedName table;
  std::string column;
  std::string message;
};

/// Fills `seed_rows` of every table that takes rows (not partitions, which get their
/// parent's rows) and returns the tables in insertion order (parents first). Values are
/// typed (number, string, bool, NULL) so any dialect's writer can quote them.
///
///   std::vector<SeedNote> notes;
///   auto order = sf::generate_seed_rows(schema, {.rows_per_table = 50}, notes);
///   std::string inserts = sf::emit_seed_sql(schema, order, {sf::Dialect::Sqlite});
std::vector<QualifiedName> generate_seed_rows(Schema& schema, const SeedOptions& options,
                                              std::vector<SeedNote>& notes);

}  // namespace sf
