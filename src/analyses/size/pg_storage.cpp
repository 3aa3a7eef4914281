// PostgreSQL page arithmetic for heaps and B-trees, and each type's stored width.
#include "analyses/size/pg_storage.h"

#include <algorithm>

namespace sf::detail {

int64_t align_up(int64_t offset, int64_t alignment) {
  return (offset + alignment - 1) / alignment * alignment;
}

int64_t place_value(int64_t offset, const StoredWidth& value) {
  if (!value.varlena) return align_up(offset, value.align) + value.bytes;
  if (value.bytes + 1 <= 127) return offset + 1 + value.bytes;  // short varlena: no padding
  return align_up(offset, 4) + 4 + value.bytes;
}

int64_t data_bytes(const std::vector<StoredWidth>& values) {
  int64_t offset = 0;
  for (const auto& value : values) offset = place_value(offset, value);
  return offset;
}

int64_t heap_tuple_bytes(const std::vector<StoredWidth>& values) {
  const int64_t t_hoff = align_up(kHeapTupleHeaderBytes, kMaxAlign);  // no NULL bitmap
  return align_up(t_hoff + data_bytes(values), kMaxAlign);
}

int64_t heap_rows_per_page(int64_t tuple_bytes, int fillfactor) {
  const int64_t usable = kPageBytes * fillfactor / 100 - kPageHeaderBytes;
  return std::clamp<int64_t>(usable / (tuple_bytes + kLinePointerBytes), 1, kMaxHeapTuplesPerPage);
}

int64_t heap_bytes(int64_t rows, int64_t rows_per_page) {
  if (rows <= 0) return 0;
  return (rows + rows_per_page - 1) / rows_per_page * kPageBytes;
}

int64_t index_tuple_bytes(const std::vector<StoredWidth>& keys) {
  // The key data starts MAXALIGNed after the 8-byte header, so offsets inside it align as
  // in a heap tuple.
  return align_up(kIndexTupleHeaderBytes + data_bytes(keys), kMaxAlign);
}

int64_t btree_entries_per_page(int64_t entry_bytes, int fillfactor) {
  const int64_t usable = kPageBytes - kPageHeaderBytes - kBtreeOpaqueBytes;
  const int64_t left_free = kPageBytes * (100 - fillfactor) / 100;
  return std::max<int64_t>(2, (usable - left_free) / (entry_bytes + kLinePointerBytes));
}

int64_t btree_entries_per_page_split(int64_t entry_bytes, double share) {
  const int64_t usable = kPageBytes - kPageHeaderBytes - kBtreeOpaqueBytes;
  const double full = static_cast<double>(usable) / static_cast<double>(entry_bytes + kLinePointerBytes);
  return std::max<int64_t>(2, static_cast<int64_t>(full * share));
}

int64_t btree_bytes(int64_t rows, int64_t entries_per_leaf, int64_t pivot_bytes) {
  int64_t pages = 1;  // the metapage
  if (rows <= 0) return pages * kPageBytes;
  int64_t level = (rows + entries_per_leaf - 1) / entries_per_leaf;
  pages += level;
  const int64_t fanout = btree_entries_per_page(pivot_bytes, kBtreeInnerFillfactor);
  while (level > 1) {
    level = (level + fanout - 1) / fanout;
    pages += level;
  }
  return pages * kPageBytes;
}

namespace {

StoredWidth fixed(int64_t bytes, int64_t align) { return {bytes, align, false}; }
StoredWidth varlena(int64_t bytes) { return {std::max<int64_t>(bytes, 0), 4, true}; }

/// numeric(p,s) at full precision: a 2-byte header word plus 2 bytes per 4 decimal digits on
/// each side of the point.
int64_t numeric_bytes(const Type& type) {
  auto precision = type.precision();
  if (!precision) return 8;  // unconstrained numeric: a short value (2 + 3 digit groups)
  int64_t scale = type.scale().value_or(0);
  int64_t whole = std::max<int64_t>(*precision - scale, 0);
  return 2 + 2 * ((whole + 3) / 4 + (scale + 3) / 4);
}

StoredWidth type_width(const Schema& schema, const Type& type, int64_t text_width,
                       const SizeOptions& options, int depth) {
  if (type.array_dims > 0) return varlena(options.binary_width);
  switch (type.kind) {
    case TypeKind::Bool: return fixed(1, 1);
    case TypeKind::Int16: return fixed(2, 2);
    case TypeKind::Int32: return fixed(4, 4);
    case TypeKind::Int64: return fixed(8, 8);
    case TypeKind::Float32: return fixed(4, 4);
    case TypeKind::Float64: return fixed(8, 8);
    case TypeKind::Money: return fixed(8, 8);
    case TypeKind::Uuid: return fixed(16, 1);
    case TypeKind::Date: return fixed(4, 4);
    case TypeKind::Time: return fixed(8, 8);
    case TypeKind::TimeTz: return fixed(12, 8);
    case TypeKind::Timestamp: return fixed(8, 8);
    case TypeKind::TimestampTz: return fixed(8, 8);
    case TypeKind::Interval: return fixed(16, 8);
    case TypeKind::MacAddr: return fixed(6, 4);
    case TypeKind::Decimal: return varlena(numeric_bytes(type));
    case TypeKind::Varchar:
    case TypeKind::Char: return varlena(type.length().value_or(text_width));
    case TypeKind::Text: return varlena(text_width);
    case TypeKind::Inet:
    case TypeKind::Cidr: return varlena(6);  // family, bits, 4 address bytes (IPv4)
    case TypeKind::Bit:
    case TypeKind::VarBit: return varlena(4 + (type.length().value_or(64) + 7) / 8);
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::Xml: return varlena(options.json_width);
    case TypeKind::TsVector:
    case TypeKind::Bytes:
    case TypeKind::Other: return varlena(options.binary_width);
    case TypeKind::UserDefined: {
      for (const auto& e : schema.enums) {
        if (e.name.same_object(type.ref)) return fixed(4, 4);  // an enum is its OID
      }
      for (const auto& d : schema.domains) {
        if (d.name.same_object(type.ref) && depth < 8)
          return type_width(schema, d.base, text_width, options, depth + 1);
      }
      return varlena(options.binary_width);  // composite: a row in a varlena
    }
  }
  return varlena(options.binary_width);
}

}  // namespace

StoredWidth column_width(const Schema& schema, const Table& table, const Column& column,
                         const SizeOptions& options) {
  StoredWidth width = type_width(schema, column.type, options.text_width, options, 0);
  if (!width.varlena) return width;
  for (const std::string& key : {table.name.name + "." + column.name, table.name.display() + "." + column.name}) {
    if (auto found = options.widths.find(key); found != options.widths.end()) {
      width.bytes = found->second;
      break;
    }
  }
  return width;
}

}  // namespace sf::detail
