// Graphviz DOT: HTML-table nodes with one port per column, crow's-foot arrowheads.
#include <string>

#include "backends/erd/erd_graph.h"
#include "schemaforge/backends/erd.h"

namespace sf {

namespace {

using detail::ErdEnd;

std::string html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += " ";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out + "\"";
}

/// The first arrow shape is drawn closest to the node (Graphviz "Arrow Shapes").
const char* arrow(ErdEnd end) {
  switch (end) {
    case ErdEnd::ExactlyOne:
      return "teetee";
    case ErdEnd::ZeroOrOne:
      return "teeodot";
    case ErdEnd::ZeroOrMany:
      return "crowodot";
  }
  return "crowodot";
}

/// Each row has two ports: "c<i>" on its name (west side) and "k<i>" on its keys (east side).
std::string port_of(const detail::ErdNode& node, const std::vector<std::string>& columns,
                    const char* prefix) {
  if (columns.empty()) return "";
  for (size_t i = 0; i < node.rows.size(); ++i) {
    if (node.rows[i].name == columns[0]) return prefix + std::to_string(i);
  }
  return "";
}

std::string node_label(const detail::ErdNode& node) {
  const char* header = node.focus  ? "#ffd27f"
                       : node.stub ? "#eeeeee"
                       : node.join ? "#f3e5c0"
                                   : "#dbe7f5";
  std::string out = "<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\"";
  if (node.stub) out += " COLOR=\"#999999\"";
  out += ">\n";
  out += "      <TR><TD COLSPAN=\"3\" BGCOLOR=\"" + std::string(header) + "\">";
  out += node.stub ? "<FONT COLOR=\"#555555\">" + html(node.name) + "</FONT>"
                   : "<B>" + html(node.name) + "</B>";
  if (node.join && !node.stub) out += "<BR/><FONT POINT-SIZE=\"8\">join table (M:N)</FONT>";
  out += "</TD></TR>\n";
  for (size_t i = 0; i < node.rows.size(); ++i) {
    const auto& row = node.rows[i];
    std::string keys;
    if (row.pk) keys += "PK";
    if (row.fk) keys += keys.empty() ? "FK" : " FK";
    if (row.uk) keys += keys.empty() ? "UK" : " UK";
    std::string name = row.pk ? "<B>" + html(row.name) + "</B>" : html(row.name);
    out += "      <TR><TD PORT=\"c" + std::to_string(i) + "\" ALIGN=\"LEFT\">" + name +
           "</TD><TD ALIGN=\"LEFT\">" + html(row.type) + (row.not_null ? "" : "?") +
           "</TD><TD PORT=\"k" + std::to_string(i) + "\">" + keys + "</TD></TR>\n";
  }
  if (node.hidden_columns) {
    out += "      <TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><I>" + std::to_string(node.hidden_columns) +
           " more column" + (node.hidden_columns > 1 ? "s" : "") + "</I></TD></TR>\n";
  }
  out += "    </TABLE>>";
  return out;
}

}  // namespace

std::string emit_dot(const Schema& schema, const ErdView& view, const ErdOptions& options) {
  detail::ErdGraph graph = detail::build_erd_graph(schema, view, options);
  std::string out = "digraph erd {\n";
  out += "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.35, ranksep=0.9";
  if (!view.title.empty()) out += ", label=" + quoted(view.title) + ", labelloc=t";
  out += "];\n";
  out += "  node [shape=plain, fontname=\"Helvetica\", fontsize=10];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=9, dir=both, color=\"#555555\"];\n";
  bool clusters = graph.schemas.size() > 1;
  for (const auto& schema_name : graph.schemas) {
    std::string indent = clusters ? "    " : "  ";
    if (clusters) {
      out += "  subgraph " + quoted("cluster_" + schema_name) + " {\n";
      out +=
          "    label=" + quoted("schema " + schema_name) + "; style=rounded; color=\"#aaaaaa\";\n";
    }
    for (const auto& node : graph.nodes) {
      if (node.schema != schema_name) continue;
      out += indent + quoted(node.name) + " [label=" + node_label(node);
      if (!options.link_pattern.empty()) {
        std::string url = options.link_pattern;
        if (size_t at = url.find("{}"); at != std::string::npos)
          url.replace(at, 2, erd_file_stem(node.table->name));
        out += ", URL=" + quoted(url) + ", target=\"_top\"";
      }
      if (!node.stub && !node.table->comment.empty())
        out += ", tooltip=" + quoted(node.table->comment);
      out += "];\n";
    }
    if (clusters) out += "  }\n";
  }
  // Parent on the left: the line runs parent -> child, tail at the parent.
  for (const auto& edge : graph.edges) {
    const auto& child = graph.nodes[edge.child];
    const auto& parent = graph.nodes[edge.parent];
    std::string from = quoted(parent.name);
    std::string to = quoted(child.name);
    std::string parent_port = edge.many_to_many ? "" : port_of(parent, edge.parent_columns, "k");
    std::string child_port = edge.many_to_many ? "" : port_of(child, edge.child_columns, "c");
    // Lines leave the parent's key on its right and enter the child's key on its left.
    if (!parent_port.empty()) from += ":" + parent_port + ":e";
    if (!child_port.empty()) to += ":" + child_port + ":w";
    out += "  " + from + " -> " + to + " [arrowtail=" + arrow(edge.parent_end) +
           ", arrowhead=" + arrow(edge.child_end);
    if (!edge.identifying) out += ", style=dashed";
    if (edge.many_to_many) out += ", label=" + quoted("M:N " + edge.label);
    out += ", tooltip=" + quoted(child.name + " (" + edge.label + ") -> " + parent.name + " " +
                                 detail::cardinality_text(edge));
    out += "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace sf
