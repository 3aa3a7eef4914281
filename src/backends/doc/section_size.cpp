// Scaling Considerations from the size projection (DocInputs::size): table and index sizes
// now, +12 and +36 months, and the tables that pass the design seeds' thresholds.
#include "backends/doc/sections.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string horizon(int months) { return months == 0 ? "Now" : "+" + std::to_string(months) + " months"; }

}  // namespace

bool write_size_projections(const DocContext& context, std::string& out) {
  if (!context.inputs.size || context.inputs.size->tables.empty()) return false;
  const SizeProjection& p = *context.inputs.size;
  out += "From the brief's scale estimates (rows now, growth per month), by PostgreSQL's page "
         "arithmetic (`schemaforge size`; docs/size.md). Bytes are the main fork of each table "
         "and index, as `pg_relation_size` reports them.\n\n";
  out += "| Table | Row | Rows/page |";
  for (int m : p.months) out += " Rows " + horizon(m) + " |";
  for (int m : p.months) out += " Size " + horizon(m) + " |";
  out += "\n|---|---:|---:|";
  for (size_t i = 0; i < 2 * p.months.size(); ++i) out += "---:|";
  out += "\n";
  for (const auto& t : p.tables) {
    out += "| " + cell(display(t.table)) + " | " + std::to_string(t.tuple_bytes) + " B | " +
           std::to_string(t.rows_per_page) + " |";
    for (int64_t rows : t.rows) out += " " + format_count(rows) + " |";
    for (size_t h = 0; h < t.rows.size(); ++h)
      out += " " + format_bytes(t.heap_bytes[h] + t.index_bytes(h)) + " |";
    out += "\n";
  }
  out += "\nSize = heap + every B-tree index. Per index:\n\n| Table | Index | Entry | Key order |";
  for (int m : p.months) out += " " + horizon(m) + " |";
  out += "\n|---|---|---:|---|";
  for (size_t i = 0; i < p.months.size(); ++i) out += "---:|";
  out += "\n";
  for (const auto& t : p.tables) {
    out += "| " + cell(display(t.table)) + " | heap | " + std::to_string(t.tuple_bytes) + " B | |";
    for (int64_t bytes : t.heap_bytes) out += " " + format_bytes(bytes) + " |";
    out += "\n";
    for (const auto& index : t.indexes) {
      out += "| " + cell(display(t.table)) + " | " + code(index.name) + " (" + cell(join(index.columns, ", ")) +
             ") | " + std::to_string(index.entry_bytes) + " B | " + to_string(index.order) + " |";
      for (int64_t bytes : index.bytes) out += " " + format_bytes(bytes) + " |";
      out += "\n";
    }
  }
  std::vector<std::string> notes;
  for (const auto& t : p.tables) {
    for (const auto& note : t.notes) notes.push_back(code(display(t.table)) + ": " + note);
    for (const auto& index : t.indexes) {
      if (!index.note.empty()) notes.push_back(code(index.name) + ": " + index.note);
    }
  }
  out += "\n**Assumptions**:\n";
  for (const auto& a : p.assumptions) out += "- " + a + "\n";
  for (const auto& n : notes) out += "- " + n + "\n";
  return true;
}

bool write_scaling_thresholds(const DocContext& context, std::string& out) {
  if (!context.inputs.size || context.inputs.size->tables.empty()) return false;
  const SizeProjection& p = *context.inputs.size;
  std::string when = horizon(p.months.back());
  bool any = false;
  for (const auto& t : p.tables) {
    switch (t.threshold) {
      case SizeThreshold::None: continue;
      case SizeThreshold::Partition:
        out += "- **Partitioning** " + code(display(t.table)) + ": " + t.threshold_reason +
               (t.partitioned ? "; already partitioned" : "; partition by a time column (monthly ranges, "
                                                          "as the analytics_events pattern does)") + "\n";
        break;
      case SizeThreshold::Shard:
        out += "- **Sharding or archiving** " + code(display(t.table)) + ": " + t.threshold_reason +
               "; partition first, then move old partitions out or shard by the tenant key\n";
        break;
    }
    any = true;
  }
  if (!any) {
    out += "No table passes 10 M rows (consider partitioning) or 50 M rows / 500 GB (consider "
           "sharding or archiving) by " + to_lower(when) + ", the design seeds' thresholds.\n";
  }
  out += "\n";
  return true;
}

}  // namespace sf::detail
