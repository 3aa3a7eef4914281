#include "backends/erd/erd_graph.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include "schemaforge/base/strings.h"
#include "schemaforge/model/relationships.h"

namespace sf {

namespace {

std::string table_key(const QualifiedName& name) {
  return name.effective_schema() + '\x1f' + name.name;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

std::string erd_display_name(const QualifiedName& name) {
  return name.effective_schema() == kDefaultSchema ? name.name : name.schema + "." + name.name;
}

std::string erd_file_stem(const QualifiedName& name) {
  std::string display = erd_display_name(name);
  std::string stem;
  bool changed = false;
  for (unsigned char c : display) {
    bool keep = std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80;
    stem += keep ? static_cast<char>(c) : '_';
    changed = changed || !keep;
  }
  if (stem.empty() || stem[0] == '.') {
    stem = "_" + stem;
    changed = true;
  }
  if (changed) {
    // Two names that differ only in replaced characters must not share a file: add a short
    // FNV-1a hash of the real name.
    uint32_t hash = 2166136261u;
    for (unsigned char c : display) hash = (hash ^ c) * 16777619u;
    static const char* kHex = "0123456789abcdef";
    stem += '-';
    for (int shift = 28; shift >= 0; shift -= 4) stem += kHex[(hash >> shift) & 0xf];
  }
  return stem;
}

const char* to_string(ErdFormat format) {
  switch (format) {
    case ErdFormat::Mermaid:
      return "mermaid";
    case ErdFormat::Dot:
      return "dot";
    case ErdFormat::Svg:
      return "svg";
    case ErdFormat::Png:
      return "png";
    case ErdFormat::Ascii:
      return "ascii";
    case ErdFormat::PlantUml:
      return "plantuml";
  }
  return "mermaid";
}

const char* file_extension(ErdFormat format) {
  switch (format) {
    case ErdFormat::Mermaid:
      return "mmd";
    case ErdFormat::Dot:
      return "dot";
    case ErdFormat::Svg:
      return "svg";
    case ErdFormat::Png:
      return "png";
    case ErdFormat::Ascii:
      return "txt";
    case ErdFormat::PlantUml:
      return "puml";
  }
  return "txt";
}

std::optional<ErdFormat> erd_format_from_string(const std::string& text) {
  for (ErdFormat format : {ErdFormat::Mermaid, ErdFormat::Dot, ErdFormat::Svg, ErdFormat::Png,
                           ErdFormat::Ascii, ErdFormat::PlantUml}) {
    if (text == to_string(format)) return format;
  }
  return std::nullopt;
}

namespace detail {

std::string compact_type(const Type& type) {
  std::string text = type.spelling;
  replace_all(text, "\"", "");
  if (text.rfind("public.", 0) == 0) text = text.substr(7);
  struct Rewrite {
    const char* from;
    const char* to;
  };
  // Longest spellings first, so "timestamp with time zone" is not cut by "time with ...".
  static const Rewrite kRewrites[] = {
      {" without time zone", ""},     {"character varying", "varchar"},
      {"double precision", "float8"}, {"bit varying", "varbit"},
      {"character", "char"},
  };
  bool with_tz = false;
  if (size_t at = text.find(" with time zone"); at != std::string::npos) {
    text.erase(at, 15);
    with_tz = true;
  }
  for (const auto& rewrite : kRewrites) replace_all(text, rewrite.from, rewrite.to);
  if (with_tz) {
    // timestamp(3) -> timestamptz(3), time -> timetz
    size_t end = text.find_first_of("([");
    std::string base = text.substr(0, end);
    std::string rest = end == std::string::npos ? "" : text.substr(end);
    text = base + "tz" + rest;
  }
  return text;
}

std::string cardinality_text(const ErdEdge& edge) {
  if (edge.many_to_many) return "M:N";
  std::string parent = edge.parent_end == ErdEnd::ZeroOrOne ? "0..1" : "1";
  std::string child = edge.child_end == ErdEnd::ZeroOrMany ? "N" : "1";
  return parent + ":" + child;
}

ErdGraph build_erd_graph(const Schema& schema, const ErdView& view, const ErdOptions& options) {
  std::map<std::string, const Table*> tables;
  for (const auto& table : schema.tables) tables.emplace(table_key(table.name), &table);

  // Which shown tables exist, and which are collapsed into an M:N line.
  std::set<std::string> shown;
  for (const auto& name : view.tables) shown.insert(table_key(name));
  for (const auto& name : view.context) shown.insert(table_key(name));
  std::set<std::string> collapsed;
  if (options.collapse_join_tables) {
    for (const auto& name : view.tables) {
      auto it = tables.find(table_key(name));
      if (it == tables.end() || !is_join_table(*it->second)) continue;
      const Table& join = *it->second;
      if (shown.count(table_key(join.foreign_keys[0].ref_table)) &&
          shown.count(table_key(join.foreign_keys[1].ref_table)) &&
          !join.foreign_keys[0].ref_table.same_object(join.name) &&
          !join.foreign_keys[1].ref_table.same_object(join.name)) {
        collapsed.insert(table_key(name));
      }
    }
  }

  ErdGraph graph;
  std::map<std::string, size_t> index;
  auto add_node = [&](const QualifiedName& name, bool stub) {
    std::string key = table_key(name);
    auto it = tables.find(key);
    if (it == tables.end() || index.count(key) || collapsed.count(key)) return;
    const Table& table = *it->second;
    ErdNode node;
    node.table = &table;
    node.name = erd_display_name(table.name);
    node.schema = table.name.effective_schema();
    node.stub = stub;
    node.join = is_join_table(table);
    node.focus = !view.focus.empty() && view.focus.same_object(table.name);
    if (!stub && options.detail != ErdDetail::Tables) {
      for (const auto& column : table.columns) {
        ErdRow row;
        row.name = column.name;
        row.type = detail::compact_type(column.type);
        row.pk = table.primary_key && contains(table.primary_key->columns, column.name);
        for (const auto& fk : table.foreign_keys)
          row.fk = row.fk || contains(fk.columns, column.name);
        for (const auto& unique : table.uniques) {
          row.uk = row.uk || (unique.columns.size() == 1 && unique.columns[0] == column.name);
        }
        for (const auto& idx : table.indexes) {
          row.uk = row.uk || (idx.unique && !idx.where && idx.elements.size() == 1 &&
                              idx.elements[0].column == column.name);
        }
        row.not_null = column.not_null || row.pk;
        row.comment = column.comment;
        // The table a neighbourhood diagram is about shows all its columns.
        if (options.detail == ErdDetail::Keys && !node.focus && !row.pk && !row.fk && !row.uk) {
          ++node.hidden_columns;
          continue;
        }
        node.rows.push_back(std::move(row));
      }
    }
    if (std::find(graph.schemas.begin(), graph.schemas.end(), node.schema) == graph.schemas.end()) {
      graph.schemas.push_back(node.schema);
    }
    index.emplace(key, graph.nodes.size());
    graph.nodes.push_back(std::move(node));
  };
  for (const auto& name : view.tables) add_node(name, false);
  for (const auto& name : view.context) add_node(name, true);

  // Lines in node order, each table's foreign keys in declaration order; M:N lines where
  // the collapsed join table stood.
  std::vector<std::pair<size_t, const Table*>> owners;
  for (size_t i = 0; i < graph.nodes.size(); ++i) owners.emplace_back(i, graph.nodes[i].table);
  for (const auto& name : view.tables) {
    if (!collapsed.count(table_key(name))) continue;
    owners.emplace_back(SIZE_MAX, tables.at(table_key(name)));
  }
  std::stable_sort(owners.begin(), owners.end(), [](const auto& a, const auto& b) {
    return a.second->ordinal < b.second->ordinal;
  });
  for (const auto& [owner, table] : owners) {
    if (owner == SIZE_MAX) {
      const ForeignKey& a = table->foreign_keys[0];
      const ForeignKey& b = table->foreign_keys[1];
      ErdEdge edge;
      edge.child = index.at(table_key(a.ref_table));
      edge.parent = index.at(table_key(b.ref_table));
      if (graph.nodes[edge.child].stub && graph.nodes[edge.parent].stub) continue;
      edge.child_end = ErdEnd::ZeroOrMany;
      edge.parent_end = ErdEnd::ZeroOrMany;
      edge.many_to_many = true;
      edge.identifying = true;
      edge.through = erd_display_name(table->name);
      edge.child_columns = a.columns;
      edge.parent_columns = b.columns;
      edge.label = "via " + edge.through;
      edge.on_delete = a.on_delete;
      graph.edges.push_back(std::move(edge));
      continue;
    }
    for (const auto& fk : table->foreign_keys) {
      auto target = index.find(table_key(fk.ref_table));
      if (target == index.end()) continue;
      if (graph.nodes[owner].stub && graph.nodes[target->second].stub) continue;
      Relationship r = describe_foreign_key(schema, *table, fk);
      ErdEdge edge;
      edge.child = owner;
      edge.parent = target->second;
      edge.child_end =
          r.cardinality == Cardinality::OneToOne ? ErdEnd::ZeroOrOne : ErdEnd::ZeroOrMany;
      edge.parent_end = r.optional ? ErdEnd::ZeroOrOne : ErdEnd::ExactlyOne;
      edge.identifying = is_identifying(*table, fk);
      edge.child_columns = fk.columns;
      edge.parent_columns = r.to_columns;
      edge.label = join(fk.columns, ", ");
      edge.on_delete = fk.on_delete;
      if (edge.child == edge.parent) ++graph.nodes[owner].self_references;
      graph.edges.push_back(std::move(edge));
    }
  }
  return graph;
}

}  // namespace detail

}  // namespace sf
