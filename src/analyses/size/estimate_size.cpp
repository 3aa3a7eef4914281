// estimate_size: per table, the heap and each B-tree index at now, +12 and +36 months, and
// the scaling threshold the last horizon crosses.
#include <algorithm>
#include <cstdlib>

#include "analyses/size/pg_storage.h"
#include "schemaforge/analyses/size.h"

namespace sf {

namespace {

using detail::StoredWidth;

/// A fillfactor from WITH (fillfactor = N), else `fallback`.
int fillfactor(const std::vector<StorageParam>& params, int fallback) {
  for (const auto& param : params) {
    if (param.name == "fillfactor") {
      int value = std::atoi(param.value.c_str());
      if (value >= 10 && value <= 100) return value;
    }
  }
  return fallback;
}

bool contains(const std::string& text, const char* what) { return text.find(what) != std::string::npos; }

/// Values of this column arrive in increasing order: identity and serial keys, sequence
/// defaults, and timestamps that default to the time of the insert.
bool arrives_ascending(const Column& column) {
  if (column.identity || column.type.serial) return true;
  if (!column.default_value) return false;
  const std::string& sql = column.default_value->sql;
  if (contains(sql, "nextval(")) return true;
  const TypeKind kind = column.type.kind;
  const bool temporal = kind == TypeKind::Timestamp || kind == TypeKind::TimestampTz || kind == TypeKind::Date;
  return temporal && (contains(sql, "now()") || contains(sql, "CURRENT_TIMESTAMP") ||
                      contains(sql, "current_timestamp") || contains(sql, "CURRENT_DATE"));
}

/// Ascending when the first key arrives in order; grouped when a later key does (appends per
/// value of the leading keys); random otherwise.
KeyOrder key_order(const Table& table, const std::vector<std::string>& keys) {
  for (size_t i = 0; i < keys.size(); ++i) {
    const Column* column = table.find_column(keys[i]);
    if (column && arrives_ascending(*column)) return i == 0 ? KeyOrder::Ascending : KeyOrder::Grouped;
  }
  return KeyOrder::Random;
}

struct IndexShape {
  std::string name;
  std::vector<std::string> columns;  // key columns, then "+include" columns
  std::vector<std::string> keys;     // key columns only ("" = an expression)
  std::vector<std::string> include;
  std::vector<StorageParam> with;
  std::string note;
};

std::vector<IndexShape> btree_indexes(const Table& table) {
  std::vector<IndexShape> out;
  auto add = [&](std::string name, const std::vector<std::string>& keys,
                 const std::vector<std::string>& include) {
    IndexShape shape{std::move(name), keys, keys, include, {}, ""};
    for (const auto& c : include) shape.columns.push_back("+" + c);
    out.push_back(std::move(shape));
    return &out.back();
  };
  const std::string& t = table.name.name;
  if (table.primary_key) {
    const auto& pk = *table.primary_key;
    add(pk.name.empty() ? t + "_pkey" : pk.name, pk.columns, pk.include);
  }
  for (const auto& unique : table.uniques) {
    std::string name = unique.name;
    if (name.empty()) {
      name = t;
      for (const auto& c : unique.columns) name += "_" + c;
      name += "_key";
    }
    add(name, unique.columns, unique.include);
  }
  for (const auto& index : table.indexes) {
    if (index.method != "btree") continue;  // reported by the caller as not estimated
    std::vector<std::string> keys;
    for (const auto& element : index.elements) keys.push_back(element.column);
    IndexShape* shape = add(index.name, keys, index.include);
    shape->with = index.with;
    for (auto& c : shape->columns) {
      if (c.empty()) c = "(expression)";
    }
    if (index.where) shape->note = "partial: counted as if every row matched (an upper bound)";
  }
  return out;
}

/// Rows now and growth for `table`: --rows first, then the brief's scale.
bool rows_for(const Schema& schema, const Table& table, const SizeOptions& options,
              int64_t& rows_now, int64_t& growth) {
  for (const std::string& key : {table.name.name, table.name.display()}) {
    if (auto found = options.rows.find(key); found != options.rows.end()) {
      rows_now = found->second;
      growth = 0;
      return true;
    }
  }
  if (!schema.design) return false;
  for (const auto& scale : schema.design->scale) {
    if (scale.table.same_object(table.name)) {
      rows_now = scale.rows_now;
      growth = scale.growth_per_month;
      return true;
    }
  }
  return false;
}

const char* default_width_name(const Column& column) {
  if (column.type.array_dims > 0) return "array default";
  switch (column.type.kind) {
    case TypeKind::Text:
    case TypeKind::Varchar: return "text default";
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::Xml: return "json default";
    default: return "default";
  }
}

TableSizeProjection project_table(const Schema& schema, const Table& table, int64_t rows_now,
                                  int64_t growth, const SizeProjection& frame,
                                  const SizeOptions& options) {
  TableSizeProjection out;
  out.table = table.name;
  out.rows_now = rows_now;
  out.growth_per_month = growth;
  out.partitioned = table.partition_by.has_value();
  for (int months : frame.months) out.rows.push_back(rows_now + growth * months);

  // The heap row: every column filled (no NULL bitmap), in table order.
  std::vector<StoredWidth> values;
  std::vector<std::string> assumed;
  for (const auto& column : table.columns) {
    StoredWidth width = detail::column_width(schema, table, column, options);
    values.push_back(width);
    const bool overridden = options.widths.count(table.name.name + "." + column.name) > 0;
    const bool from_length = (column.type.kind == TypeKind::Varchar || column.type.kind == TypeKind::Char) &&
                             column.type.length() && column.type.array_dims == 0;
    if (width.varlena && !overridden && !from_length && column.type.kind != TypeKind::Decimal &&
        column.type.kind != TypeKind::Inet && column.type.kind != TypeKind::Cidr) {
      assumed.push_back(column.name + " " + std::to_string(width.bytes) + " B (" + default_width_name(column) + ")");
    }
  }
  // TOAST: past 2,032 B the widest values move out of line, leaving an 18-byte pointer.
  std::vector<std::string> toasted;
  while (detail::heap_tuple_bytes(values) > detail::kToastThreshold) {
    size_t widest = values.size();
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].varlena && values[i].bytes > detail::kToastPointerBytes &&
          (widest == values.size() || values[i].bytes > values[widest].bytes)) {
        widest = i;
      }
    }
    if (widest == values.size()) break;
    toasted.push_back(table.columns[widest].name);
    values[widest] = StoredWidth{detail::kToastPointerBytes, 1, false};
  }
  if (!assumed.empty()) {
    std::string note = "assumed average widths: ";
    for (size_t i = 0; i < assumed.size(); ++i) note += (i ? ", " : "") + assumed[i];
    out.notes.push_back(note);
  }
  if (!toasted.empty()) {
    std::string note = "stored out of line in the TOAST table (not projected): ";
    for (size_t i = 0; i < toasted.size(); ++i) note += (i ? ", " : "") + toasted[i];
    out.notes.push_back(note);
  }
  const int64_t tuple = detail::heap_tuple_bytes(values);
  out.tuple_bytes = tuple + detail::kLinePointerBytes;
  out.rows_per_page = detail::heap_rows_per_page(tuple, fillfactor(table.options, 100));
  for (int64_t rows : out.rows) out.heap_bytes.push_back(detail::heap_bytes(rows, out.rows_per_page));

  for (const auto& shape : btree_indexes(table)) {
    IndexSizeProjection index;
    index.name = shape.name;
    index.columns = shape.columns;
    index.note = shape.note;
    std::vector<StoredWidth> keys, leaf;
    bool expression = false;
    for (const auto& name : shape.keys) {
      const Column* column = table.find_column(name);
      if (!column) {
        expression = true;
        keys.push_back(StoredWidth{options.text_width, 4, true});
        continue;
      }
      keys.push_back(detail::column_width(schema, table, *column, options));
    }
    leaf = keys;
    for (const auto& name : shape.include) {
      if (const Column* column = table.find_column(name))
        leaf.push_back(detail::column_width(schema, table, *column, options));
    }
    if (expression) {
      index.note += std::string(index.note.empty() ? "" : "; ") + "expression keys assumed " +
                    std::to_string(options.text_width) + " B";
    }
    index.order = key_order(table, shape.keys);
    const int64_t entry = detail::index_tuple_bytes(leaf);
    index.entry_bytes = entry + detail::kLinePointerBytes;
    int64_t per_leaf = 0;
    switch (index.order) {
      case KeyOrder::Ascending:
        per_leaf = detail::btree_entries_per_page(entry, fillfactor(shape.with, detail::kBtreeLeafFillfactor));
        break;
      case KeyOrder::Grouped: per_leaf = detail::btree_entries_per_page_split(entry, detail::kGroupedLeafShare); break;
      case KeyOrder::Random: per_leaf = detail::btree_entries_per_page_split(entry, detail::kRandomLeafShare); break;
    }
    index.entries_per_leaf = per_leaf;
    const int64_t pivot = detail::index_tuple_bytes(keys);
    for (int64_t rows : out.rows) index.bytes.push_back(detail::btree_bytes(rows, per_leaf, pivot));
    out.indexes.push_back(std::move(index));
  }
  for (const auto& index : table.indexes) {
    if (index.method != "btree")
      out.notes.push_back("index " + index.name + " (" + index.method + ") is not a B-tree: not projected");
  }
  if (!table.exclusions.empty()) out.notes.push_back("exclusion constraints' indexes are not projected");

  const size_t last = out.rows.size() - 1;
  const int64_t rows = out.rows[last];
  const int64_t total = out.heap_bytes[last] + out.index_bytes(last);
  const std::string when = frame.months[last] == 0 ? "now" : "at +" + std::to_string(frame.months[last]) + " months";
  if (rows > options.shard_rows || total > options.shard_bytes) {
    out.threshold = SizeThreshold::Shard;
    out.threshold_reason = format_count(rows) + " rows, " + format_bytes(total) + " " + when + " (past " +
                           format_count(options.shard_rows) + " rows or " + format_bytes(options.shard_bytes) + ")";
  } else if (rows > options.partition_rows) {
    out.threshold = SizeThreshold::Partition;
    out.threshold_reason = format_count(rows) + " rows " + when + " (past " + format_count(options.partition_rows) + ")";
  }
  return out;
}

}  // namespace

SizeProjection estimate_size(const Schema& schema, const SizeOptions& options) {
  SizeProjection out;
  for (const auto& table : schema.tables) {
    if (table.partition_of) continue;  // counted in the parent
    int64_t rows_now = 0, growth = 0;
    if (!rows_for(schema, table, options, rows_now, growth)) continue;
    out.tables.push_back(project_table(schema, table, rows_now, growth, out, options));
  }
  out.assumptions = {
      "PostgreSQL, 8 kB pages, 64-bit alignment; every column filled (no NULL bitmap)",
      "text " + std::to_string(options.text_width) + " B, json/jsonb " + std::to_string(options.json_width) +
          " B, bytea/arrays " + std::to_string(options.binary_width) + " B, varchar(n) n B on average",
      "heap fillfactor 100 and B-tree leaves at 90 % unless WITH (fillfactor) says otherwise; leaves of "
      "keys that arrive in random order (uuid, text, foreign keys) ~69 % of a full page, appended per group "
      "((user_id, created_at)) ~63 %",
      "main fork only (pg_relation_size): free space map, visibility map and TOAST are extra",
      "non-unique indexes on columns with few distinct values are smaller (B-tree deduplication)",
  };
  return out;
}

}  // namespace sf
