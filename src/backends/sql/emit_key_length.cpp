// MySQL: an InnoDB index key holds at most 3072 bytes, and a utf8mb4 character takes 4.
// A primary key, unique key or foreign key past that cannot be created; a prefix would change
// what the key means (values equal in their first characters would clash), and MariaDB's
// UNIQUE ... USING HASH has no MySQL 8 counterpart. So the key's longest string columns are
// shortened until it fits (SF3002, written in emit_column_types.cpp): the key keeps its
// meaning, and a value past the shorter length is refused rather than lost. A non-unique
// index instead indexes a prefix of its string parts, which answers the same queries.
#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

/// A key part's size: a string part counts `chars` characters of `bytes_per_char` bytes;
/// any other part a fixed number of bytes (an upper bound of its type as written).
struct KeyPart {
  int chars = 0;
  int bytes_per_char = 0;
  int fixed_bytes = 0;
};

constexpr int kKeyedTextChars = 255;  // keyed LONGTEXT / LONGBLOB become VARCHAR / VARBINARY(255)

KeyPart key_part(const EmitContext& ctx, const Table& table, const std::string& name) {
  const Column* column = table.find_column(name);
  if (column == nullptr) return {0, 0, 16};
  Type type = ctx.schema.base_type(column->type);
  if (type.array_dims > 0) return {0, 0, 16};
  int text = ctx.dialect.key_bytes_per_char;
  auto length = type.length();
  TypeKind kind = type.kind;
  if (kind == TypeKind::Varchar) return {length ? static_cast<int>(*length) : kKeyedTextChars, text, 0};
  if (kind == TypeKind::Char) return {length ? static_cast<int>(*length) : 1, text, 0};
  if (kind == TypeKind::Text || kind == TypeKind::VarBit || kind == TypeKind::Xml ||
      kind == TypeKind::TsVector) {
    return {kKeyedTextChars, text, 0};
  }
  if (kind == TypeKind::Bytes) return {kKeyedTextChars, 1, 0};
  if (kind == TypeKind::Uuid) return {0, 0, 36 * text};
  if (kind == TypeKind::Interval) return {0, 0, 64 * text};
  if (kind == TypeKind::Inet || kind == TypeKind::Cidr || kind == TypeKind::MacAddr) {
    return {0, 0, 49 * text};
  }
  return {0, 0, ctx.schema.enum_of(type) ? 2 : 32};  // numbers, dates, ENUM
}

/// The most characters every string part of the key may keep so that it fits; 0 when it
/// fits as it is.
int key_cap(const EmitContext& ctx, const std::vector<KeyPart>& parts) {
  auto bytes = [&](int cap) {
    long total = 0;
    for (const KeyPart& part : parts) {
      total += part.fixed_bytes + static_cast<long>(std::min(part.chars, cap)) * part.bytes_per_char;
    }
    return total;
  };
  int longest = 0;
  for (const KeyPart& part : parts) longest = std::max(longest, part.chars);
  if (bytes(longest) <= ctx.dialect.max_key_bytes) return 0;
  int low = 1, high = longest;  // the largest cap whose key fits (at least 1)
  while (low < high) {
    int mid = low + (high - low + 1) / 2;
    if (bytes(mid) <= ctx.dialect.max_key_bytes) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

int keyed_column_limit(const EmitContext& ctx, const Table& table, const Column& column) {
  if (ctx.dialect.max_key_bytes == 0) return 0;
  int limit = 0;
  auto key = [&](const std::vector<std::string>& columns) {
    if (!contains(columns, column.name)) return;
    std::vector<KeyPart> parts;
    for (const auto& name : columns) parts.push_back(key_part(ctx, table, name));
    int cap = key_cap(ctx, parts);
    if (cap > 0) limit = limit == 0 ? cap : std::min(limit, cap);
  };
  if (table.primary_key) key(table.primary_key->columns);
  for (const auto& unique : table.uniques) key(unique.columns);
  // InnoDB backs every foreign key with an index over its columns.
  for (const auto& fk : table.foreign_keys) key(fk.columns);
  for (const auto& index : table.indexes) {
    if (!index.unique) continue;
    std::vector<std::string> columns;
    for (const auto& element : index.elements) {
      if (!element.column.empty()) columns.push_back(element.column);
    }
    key(columns);
  }
  return limit;
}

int index_prefix_length(const EmitContext& ctx, const Table& table, const Index& index,
                        const IndexElement& element) {
  if (ctx.dialect.index_prefix_chars == 0 || index.unique || element.column.empty()) return 0;
  // The key's parts as written: string columns already shortened for other keys.
  std::vector<KeyPart> parts;
  KeyPart own;
  for (const auto& other : index.elements) {
    KeyPart part = other.column.empty() ? KeyPart{0, 0, 16} : key_part(ctx, table, other.column);
    if (const Column* column = other.column.empty() ? nullptr : table.find_column(other.column)) {
      int limit = keyed_column_limit(ctx, table, *column);
      if (limit > 0) part.chars = std::min(part.chars, limit);
    }
    if (&other == &element) own = part;
    parts.push_back(part);
  }
  if (own.chars == 0) return 0;
  int prefix = ctx.dialect.index_prefix_chars;
  int cap = key_cap(ctx, parts);
  if (cap > 0) prefix = std::min(prefix, cap);
  // Only what is longer than the prefix is cut; a keyed TEXT column (VARCHAR(255)) alone
  // fits whole, as it always did.
  return own.chars > prefix ? prefix : 0;
}

}  // namespace sf::detail
