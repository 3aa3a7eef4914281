#pragma once
// PostgreSQL's on-disk layout as arithmetic (docs/size.md; PostgreSQL docs "Database Page
// Layout", heaptoast.h, nbtree.h). Internal to the size analysis; the unit tests check each
// formula against hand-computed and measured cases.
#include <cstdint>
#include <vector>

#include "schemaforge/analyses/size.h"

namespace sf::detail {

constexpr int64_t kPageBytes = 8192;
constexpr int64_t kPageHeaderBytes = 24;      // PageHeaderData
constexpr int64_t kLinePointerBytes = 4;      // ItemIdData, one per tuple
constexpr int64_t kHeapTupleHeaderBytes = 23; // HeapTupleHeaderData, before MAXALIGN
constexpr int64_t kMaxAlign = 8;              // 64-bit builds
constexpr int64_t kMaxHeapTuplesPerPage = 291;
constexpr int64_t kBtreeOpaqueBytes = 16;     // BTPageOpaqueData, the B-tree special space
constexpr int64_t kIndexTupleHeaderBytes = 8; // IndexTupleData: heap TID + t_info
constexpr int64_t kToastThreshold = 2032;     // TOAST_TUPLE_THRESHOLD for 8 kB pages
constexpr int64_t kToastPointerBytes = 18;    // an out-of-line value's pointer in the row
constexpr int kBtreeLeafFillfactor = 90;      // BTREE_DEFAULT_FILLFACTOR
constexpr int kBtreeInnerFillfactor = 70;     // BTREE_NONLEAF_FILLFACTOR
/// Leaves split by inserts in random key order settle near ln 2 of a full page, whatever the
/// fillfactor (50/50 splits). Measured on PostgreSQL 15: 0.69 (md5 text), 0.71 (uuid), 0.67
/// (1 M int4 in the reference notes) of (8152 / (entry + 4)).
constexpr double kRandomLeafShare = 0.693;
/// Appends at the end of each of many groups ((account_id, created_at), 1,000 accounts,
/// rows of one account far apart in the heap) split mid-page too, and the left halves stay
/// behind: measured 0.63 of a full page. Few groups fill more (PostgreSQL's split-after-new-
/// item heuristic), so this errs large for them.
constexpr double kGroupedLeafShare = 0.63;

/// How one value is stored: a fixed-length type with its typalign, or a varlena whose data
/// takes `bytes` (its header is added by place_value).
struct StoredWidth {
  int64_t bytes = 0;
  int64_t align = 1;
  bool varlena = false;
};

int64_t align_up(int64_t offset, int64_t alignment);

/// The offset after appending a value at `offset`: padding to its alignment, then its bytes.
/// A varlena of up to 126 data bytes has a 1-byte header and no padding; longer ones a
/// 4-byte header aligned to 4.
int64_t place_value(int64_t offset, const StoredWidth& value);

/// Bytes of the values in order, starting at offset 0 (alignment padding included).
int64_t data_bytes(const std::vector<StoredWidth>& values);

/// One heap tuple without its line pointer: MAXALIGN(t_hoff + data), t_hoff = MAXALIGN(23)
/// when no value is NULL.
int64_t heap_tuple_bytes(const std::vector<StoredWidth>& values);

/// floor((8192·ff/100 − 24) / (tuple + 4)), at most 291.
int64_t heap_rows_per_page(int64_t tuple_bytes, int fillfactor);

/// pg_relation_size of a heap of `rows` rows: whole pages.
int64_t heap_bytes(int64_t rows, int64_t rows_per_page);

/// One B-tree entry without its line pointer: MAXALIGN(8 + key data).
int64_t index_tuple_bytes(const std::vector<StoredWidth>& keys);

/// Entries a leaf holds when filled to `fillfactor` (index builds, ascending inserts):
/// floor((8192 − 24 − 16 − 8192·(100 − ff)/100) / (entry + 4)).
int64_t btree_entries_per_page(int64_t entry_bytes, int fillfactor);

/// Entries a leaf holds when keys arrive in random (or grouped) order: `share` of a full page.
int64_t btree_entries_per_page_split(int64_t entry_bytes, double share);

/// pg_relation_size of a B-tree over `rows` entries: the metapage, the leaves and every inner
/// level at 70 % fill with `pivot_bytes` per downlink, up to one root.
int64_t btree_bytes(int64_t rows, int64_t entries_per_leaf, int64_t pivot_bytes);

/// How `column` of `table` is stored: type, typalign, and the average width of variable-length
/// values (options.widths, else varchar(n) = n, else the options' defaults).
StoredWidth column_width(const Schema& schema, const Table& table, const Column& column,
                         const SizeOptions& options);

}  // namespace sf::detail
