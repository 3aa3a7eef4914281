// Mermaid erDiagram, in the subset GitHub renders (docs-erd-lint-tools.md §4.5).
#include <string>

#include "backends/erd/erd_graph.h"
#include "schemaforge/backends/erd.h"

namespace sf {

namespace {

using detail::ErdEnd;

/// Entity names and labels are quoted; quoted text may hold no '"', '%', backslash or newline.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"')
      out += '\'';
    else if (c == '%' || c == '\\')
      out += '_';
    else if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else
      out += c;
  }
  return out + "\"";
}

/// Types and attribute names are one word of letters, digits and - _ [ ] ( ) . , *
/// (non-ASCII letters allowed), starting with a letter, '_' or '*'.
std::string word(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    bool ok = std::isalnum(c) || c >= 0x80 || c == '-' || c == '_' || c == '[' || c == ']' ||
              c == '(' || c == ')' || c == '.' || c == ',' || c == '*';
    out += ok ? static_cast<char>(c) : '_';
  }
  if (out.empty() || !(std::isalpha(static_cast<unsigned char>(out[0])) || out[0] == '_' ||
                       static_cast<unsigned char>(out[0]) >= 0x80 || out[0] == '*')) {
    out = "_" + out;
  }
  return out;
}

std::string comment(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\' || c == '%') continue;
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  if (out.size() > 80) {
    size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    out = out.substr(0, cut) + "...";
  }
  return out;
}

const char* left_end(ErdEnd end) {  // the child's side, written first
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

std::string emit_mermaid(const Schema& schema, const ErdView& view, const ErdOptions& options,
                         Diagnostics& diagnostics) {
  detail::ErdGraph graph = detail::build_erd_graph(schema, view, options);
  std::string out = "erDiagram\n";
  for (const auto& node : graph.nodes) {
    if (node.rows.empty()) {
      out += "    " + quoted(node.name) + "\n";
      continue;
    }
    out += "    " + quoted(node.name) + " {\n";
    for (const auto& row : node.rows) {
      out += "        " + word(row.type) + " " + word(row.name);
      std::string keys;
      if (row.pk) keys += "PK";
      if (row.fk) keys += keys.empty() ? "FK" : ", FK";
      if (row.uk) keys += keys.empty() ? "UK" : ", UK";
      if (!keys.empty()) out += " " + keys;
      std::string note = comment(row.comment);
      if (!note.empty()) out += " \"" + note + "\"";
      out += "\n";
    }
    out += "    }\n";
  }
  for (const auto& edge : graph.edges) {
    out += "    " + quoted(graph.nodes[edge.child].name) + " " + left_end(edge.child_end) +
           (edge.identifying ? "--" : "..") + right_end(edge.parent_end) + " " +
           quoted(graph.nodes[edge.parent].name) + " : " + quoted(edge.label) + "\n";
  }
  SourceLoc nowhere;
  std::string what = view.title.empty() ? "diagram" : "diagram '" + view.title + "'";
  if (out.size() > ErdLimits{}.mermaid_chars) {
    diagnostics.report(DiagCode::DiagramTooLarge, nowhere,
                       "Mermaid " + what + " has " + std::to_string(out.size()) +
                           " characters, over Mermaid's default maxTextSize of 50000; use "
                           "--detail tables, --around, or the per-group diagrams of `doc`");
  }
  if (graph.edges.size() > ErdLimits{}.mermaid_edges) {
    diagnostics.report(DiagCode::DiagramTooLarge, nowhere,
                       "Mermaid " + what + " has " + std::to_string(graph.edges.size()) +
                           " lines, over Mermaid's default maxEdges of 500");
  }
  return out;
}

}  // namespace sf
