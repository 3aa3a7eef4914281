// PlantUML in Information Engineering notation: entity blocks and crow's-foot lines.
#include <map>
#include <set>
#include <string>

#include "backends/erd/erd_graph.h"
#include "schemaforge/backends/erd.h"

namespace sf {

namespace {

using detail::ErdEnd;

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += (c == '"') ? '\'' : (c == '\n' || c == '\r') ? ' ' : c;
  return out + "\"";
}

/// Aliases are identifiers: letters, digits and '_' (a digit may not lead).
std::string alias_for(const std::string& name) {
  std::string out;
  for (unsigned char c : name) out += std::isalnum(c) ? static_cast<char>(c) : '_';
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "t_" + out;
  return out;
}

const char* left_end(ErdEnd end) {
  switch (end) {
    case ErdEnd::ExactlyOne:
      return "||";
    case ErdEnd::ZeroOrOne:
      return "|o";
    case ErdEnd::ZeroOrMany:
      return "}o";
  }
  return "}o";
}

const char* right_end(ErdEnd end) {
  switch (end) {
    case ErdEnd::ExactlyOne:
      return "||";
    case ErdEnd::ZeroOrOne:
      return "o|";
    case ErdEnd::ZeroOrMany:
      return "o{";
  }
  return "o{";
}

}  // namespace

std::string emit_plantuml(const Schema& schema, const ErdView& view, const ErdOptions& options) {
  detail::ErdGraph graph = detail::build_erd_graph(schema, view, options);
  std::vector<std::string> aliases;
  std::set<std::string> used;
  for (const auto& node : graph.nodes) {
    std::string alias = alias_for(node.name);
    std::string unique = alias;
    for (int n = 2; used.count(unique); ++n) unique = alias + "_" + std::to_string(n);
    used.insert(unique);
    aliases.push_back(unique);
  }
  std::string out = "@startuml\n";
  if (!view.title.empty()) out += "title " + view.title + "\n";
  out += "hide circle\nskinparam linetype ortho\n\n";
  bool packages = graph.schemas.size() > 1;
  for (const auto& schema_name : graph.schemas) {
    std::string indent = packages ? "  " : "";
    if (packages) out += "package " + quoted(schema_name) + " {\n";
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
      const auto& node = graph.nodes[i];
      if (node.schema != schema_name) continue;
      out += indent + "entity " + quoted(node.name) + " as " + aliases[i];
      if (node.join && !node.stub) out += " <<join>>";
      if (node.focus) out += " #FFD27F";
      if (node.rows.empty() && !node.hidden_columns) {
        out += "\n";
        continue;
      }
      out += " {\n";
      bool in_key = true;
      for (const auto& row : node.rows) {
        if (in_key && !row.pk) {
          // IE notation: the key above the line, the other attributes below it.
          out += indent + "  --\n";
          in_key = false;
        }
        std::string marks;
        if (row.pk) marks += " <<PK>>";
        if (row.fk) marks += " <<FK>>";
        if (row.uk) marks += " <<UK>>";
        out +=
            indent + "  " + (row.not_null ? "* " : "") + row.name + " : " + row.type + marks + "\n";
      }
      if (node.hidden_columns) {
        if (in_key) out += indent + "  --\n";
        out += indent + "  .. " + std::to_string(node.hidden_columns) + " more columns ..\n";
      }
      out += indent + "}\n";
    }
    if (packages) out += "}\n";
  }
  out += "\n";
  for (const auto& edge : graph.edges) {
    out += aliases[edge.child] + " " + left_end(edge.child_end) + (edge.identifying ? "--" : "..") +
           right_end(edge.parent_end) + " " + aliases[edge.parent] + " : " + edge.label + "\n";
  }
  out += "@enduml\n";
  return out;
}

}  // namespace sf
