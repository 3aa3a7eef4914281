#pragma once
// A size projection: per table, the bytes its heap and each B-tree index take on PostgreSQL
// at the rows of today and after months of growth. The size analysis (analyses/size.h) makes
// it; the design document and `schemaforge size` print it. Plain data, like a Plan.
#include <cstdint>
#include <string>
#include <vector>

#include "schemaforge/model/name.h"

namespace sf {

/// The order keys arrive in, which decides how full B-tree leaves stay.
enum class KeyOrder {
  Ascending,  ///< identity, serial, insert-time timestamps: leaves stay at fillfactor
  Grouped,    ///< a random leading key then an ascending one ((user_id, created_at)): appends per group
  Random,     ///< uuid, text, foreign keys: leaves settle near ln 2 full
};
const char* to_string(KeyOrder order);  ///< "ascending", "grouped", "random"

/// An index's shape and its bytes at each horizon of the projection.
struct IndexSizeProjection {
  std::string name;
  std::vector<std::string> columns;  ///< key columns (and INCLUDE columns, marked "+col")
  int64_t entry_bytes = 0;           ///< one leaf entry: MAXALIGN(8 + keys) + 4 B line pointer
  int64_t entries_per_leaf = 0;      ///< at the fill the insertion order leaves
  KeyOrder order = KeyOrder::Random;
  std::vector<int64_t> bytes;        ///< one per horizon, like TableSizeProjection::rows
  std::string note;                  ///< what the estimate does not cover (partial, not B-tree)
};

/// What a table crosses by the last horizon, from the design seeds' "When to Optimize".
enum class SizeThreshold { None, Partition, Shard };

struct TableSizeProjection {
  QualifiedName table;
  int64_t rows_now = 0;
  int64_t growth_per_month = 0;
  int64_t tuple_bytes = 0;     ///< one row on the page: MAXALIGN(header + data) + 4 B pointer
  int64_t rows_per_page = 0;
  std::vector<int64_t> rows;        ///< one per horizon (SizeProjection::months)
  std::vector<int64_t> heap_bytes;  ///< pg_relation_size of the table at each horizon
  std::vector<IndexSizeProjection> indexes;
  bool partitioned = false;
  SizeThreshold threshold = SizeThreshold::None;
  std::string threshold_reason;      ///< e.g. "12.4 M rows at +36 months (> 10 M)"
  std::vector<std::string> notes;    ///< assumed widths, TOAST, ...

  int64_t index_bytes(size_t horizon) const;  ///< all indexes at one horizon
};

struct SizeProjection {
  std::vector<int> months = {0, 12, 36};  ///< the horizons: now, +12, +36 months
  std::vector<TableSizeProjection> tables;  ///< tables with a row count, in schema order
  std::vector<std::string> assumptions;     ///< the widths and fills used, for the reader
};

/// "0 B", "8.0 kB", "35.2 MB", "1.3 GB": powers of 1024, one decimal (pg_size_pretty style).
std::string format_bytes(int64_t bytes);
/// "950", "12.4 k", "3.6 M", "1.2 G" rows.
std::string format_count(int64_t count);

}  // namespace sf
