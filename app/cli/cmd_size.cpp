// schemaforge size <schema> [--rows T=N ...] [--width T.C=N ...] [--format text|json]: the
// PostgreSQL size of every table and B-tree index at the brief's rows now, +12 and +36
// months (docs/size.md).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/context.h"
#include "schemaforge/analyses/size.h"

namespace sf::cli {

namespace {

struct SizeCommandOptions {
  std::string input;
  std::vector<std::string> rows;    ///< "table=N"
  std::vector<std::string> widths;  ///< "table.column=N"
  std::string format = "text";
};

/// Splits "key=N" into the map; false (after saying why) for anything else.
bool read_assignments(Context& context, const std::vector<std::string>& items, const char* option,
                      std::map<std::string, int64_t>& out) {
  for (const auto& item : items) {
    size_t eq = item.rfind('=');
    char* end = nullptr;
    long long value = eq == std::string::npos ? -1 : std::strtoll(item.c_str() + eq + 1, &end, 10);
    if (eq == std::string::npos || eq == 0 || end == item.c_str() + eq + 1 || *end != '\0' || value < 0) {
      context.err << "error: " << option << " " << item << ": expected NAME=N with N a whole number >= 0\n";
      return false;
    }
    out[item.substr(0, eq)] = value;
  }
  return true;
}

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string json_numbers(const std::vector<int64_t>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + std::to_string(values[i]);
  return out + "]";
}

const char* threshold_name(SizeThreshold threshold) {
  switch (threshold) {
    case SizeThreshold::None: return "none";
    case SizeThreshold::Partition: return "partition";
    case SizeThreshold::Shard: return "shard";
  }
  return "none";
}

std::string render_json(const SizeProjection& projection) {
  std::string out = "{\n  \"months\": [";
  for (size_t i = 0; i < projection.months.size(); ++i) out += (i ? ", " : "") + std::to_string(projection.months[i]);
  out += "],\n  \"tables\": [";
  for (size_t t = 0; t < projection.tables.size(); ++t) {
    const auto& table = projection.tables[t];
    out += std::string(t ? "," : "") + "\n    {\"table\": " + json_string(table.table.display()) +
           ", \"rows\": " + json_numbers(table.rows) + ", \"tuple_bytes\": " + std::to_string(table.tuple_bytes) +
           ", \"rows_per_page\": " + std::to_string(table.rows_per_page) +
           ", \"heap_bytes\": " + json_numbers(table.heap_bytes) + ",\n     \"indexes\": [";
    for (size_t i = 0; i < table.indexes.size(); ++i) {
      const auto& index = table.indexes[i];
      out += std::string(i ? "," : "") + "\n       {\"name\": " + json_string(index.name) +
             ", \"entry_bytes\": " + std::to_string(index.entry_bytes) +
             ", \"entries_per_leaf\": " + std::to_string(index.entries_per_leaf) +
             ", \"key_order\": " + json_string(to_string(index.order)) + ", \"bytes\": " + json_numbers(index.bytes) + "}";
    }
    out += std::string(table.indexes.empty() ? "" : "\n     ") + "],\n     \"threshold\": " +
           json_string(threshold_name(table.threshold)) + ", \"threshold_reason\": " + json_string(table.threshold_reason) +
           "}";
  }
  return out + "\n  ]\n}\n";
}

std::string pad(const std::string& text, size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string render_text(const SizeProjection& projection) {
  std::string out;
  std::string header = "                                        ";
  for (int months : projection.months) header += pad(months == 0 ? "now" : "+" + std::to_string(months) + " mo", 12);
  for (const auto& table : projection.tables) {
    out += table.table.display() + ": " + std::to_string(table.tuple_bytes) + " B a row, " +
           std::to_string(table.rows_per_page) + " rows a page" + (table.partitioned ? ", partitioned" : "") + "\n";
    out += header + "\n";
    auto line = [&](const std::string& label, const std::vector<int64_t>& values, bool bytes) {
      std::string text = "  " + label;
      text.resize(std::max<size_t>(text.size(), 40), ' ');
      for (int64_t v : values) text += pad(bytes ? format_bytes(v) : format_count(v), 12);
      out += text + "\n";
    };
    line("rows", table.rows, false);
    line("heap", table.heap_bytes, true);
    for (const auto& index : table.indexes) line(index.name, index.bytes, true);
    std::vector<int64_t> totals;
    for (size_t h = 0; h < table.rows.size(); ++h) totals.push_back(table.heap_bytes[h] + table.index_bytes(h));
    line("total", totals, true);
    if (table.threshold != SizeThreshold::None) {
      out += std::string("  consider ") +
             (table.threshold == SizeThreshold::Partition ? "partitioning" : "sharding or archiving") + ": " +
             table.threshold_reason + "\n";
    }
    for (const auto& note : table.notes) out += "  note: " + note + "\n";
    for (const auto& index : table.indexes) {
      if (!index.note.empty()) out += "  note: " + index.name + ": " + index.note + "\n";
    }
    out += "\n";
  }
  out += "Assumptions:\n";
  for (const auto& assumption : projection.assumptions) out += "  - " + assumption + "\n";
  return out;
}

}  // namespace

std::optional<SizeProjection> size_for_document(const Schema& schema) {
  if (!schema.design || schema.design->scale.empty()) return std::nullopt;
  return estimate_size(schema, SizeOptions{});
}

void add_size_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<SizeCommandOptions>();
  CLI::App* cmd = app.add_subcommand("size", "Project table and index sizes on PostgreSQL");
  cmd->add_option("schema", options->input, "Design brief (.yaml, its `scale` gives the rows) or schema file")
      ->required();
  cmd->add_option("--rows", options->rows, "TABLE=N: rows of a table (overrides the brief's scale); repeatable");
  cmd->add_option("--width", options->widths,
                  "TABLE.COLUMN=N: average bytes of a variable-length column's values; repeatable");
  cmd->add_option("--format", options->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    SizeOptions size;
    if (!read_assignments(context, options->rows, "--rows", size.rows) ||
        !read_assignments(context, options->widths, "--width", size.widths)) {
      exit_code = static_cast<int>(ExitCode::BadInput);
      return;
    }
    for (const auto& [name, rows] : size.rows) {
      bool found = false;
      for (const auto& table : schema->tables) found = found || table.name.name == name || table.name.display() == name;
      if (!found) {
        context.err << "error: --rows " << name << ": no such table\n";
        exit_code = static_cast<int>(ExitCode::BadInput);
        return;
      }
    }
    SizeProjection projection = estimate_size(*schema, size);
    if (projection.tables.empty()) {
      context.err << "error: no table has a row count: give --rows TABLE=N or a brief with `scale`\n";
      exit_code = static_cast<int>(ExitCode::BadInput);
      return;
    }
    context.out << (options->format == "json" ? render_json(projection) : render_text(projection));
    exit_code = 0;
  });
}

}  // namespace sf::cli
