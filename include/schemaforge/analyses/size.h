#pragma once
// Table and index size projection for PostgreSQL (docs/size.md): the page-layout arithmetic
// of the heap (tuple header, alignment per column order, 8 kB pages, line pointers,
// fillfactor) and of B-tree indexes (8 B index tuple header + keys, leaf fill by insertion
// order, inner pages), at the brief's rows today and after months of growth.
#include <cstdint>
#include <map>
#include <string>

#include "schemaforge/model/schema.h"
#include "schemaforge/model/size.h"

namespace sf {

struct SizeOptions {
  /// Rows per table name (or "schema.table"), overriding the brief's scale: the table then
  /// has these rows at every horizon (no growth).
  std::map<std::string, int64_t> rows;
  /// Average stored bytes of a value, per "table.column", overriding the defaults below.
  std::map<std::string, int64_t> widths;
  int64_t text_width = 32;     ///< text (and varchar without a length); varchar(n) counts n
  int64_t json_width = 128;    ///< json, jsonb, xml
  int64_t binary_width = 64;   ///< bytea, arrays, composite and unknown types
  /// The design seeds' "When to Optimize" thresholds, checked at the last horizon.
  int64_t partition_rows = 10'000'000;
  int64_t shard_rows = 50'000'000;
  int64_t shard_bytes = 500LL * 1024 * 1024 * 1024;
};

/// Projects every table that has a row count (options.rows, else the brief's scale kept in
/// schema.design) at 0, +12 and +36 months. Tables without one are left out; partitions are
/// counted in their parent.
///
///   SizeProjection p = sf::estimate_size(schema, {.rows = {{"users", 1'000'000}}});
///   // p.tables[0].heap_bytes[0] == pg_relation_size('users') after loading 1 M rows
SizeProjection estimate_size(const Schema& schema, const SizeOptions& options);

}  // namespace sf
