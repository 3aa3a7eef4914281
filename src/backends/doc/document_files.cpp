// Every file `schemaforge doc` (and `build`) writes, rendered in memory first.
#include "backends/doc/sections.h"
#include "schemaforge/backends/doc.h"
#include "schemaforge/backends/erd.h"

namespace sf {

Result<std::vector<OutputFile>> document_files(const Schema& schema, const DocInputs& inputs,
                                               const DocOptions& options,
                                               Diagnostics& diagnostics) {
  std::vector<OutputFile> files;
  files.push_back(
      {"database-schema.md", emit_design_document(schema, inputs, options, diagnostics)});
  files.push_back(
      {"database-schema-essentials.md", emit_essentials(schema, inputs, options, diagnostics)});

  // The whole schema in every format: with columns while it is small, tables only past that.
  bool small = schema.tables.size() <= options.whole_diagram_tables;
  ErdOptions whole;
  whole.detail = small ? ErdDetail::Columns : ErdDetail::Tables;
  whole.collapse_join_tables = !small;
  ErdView view = view_of_schema(schema);
  Diagnostics size_notes;  // past the limit the groups below are the readable form
  files.push_back(
      {"erd/schema.mmd", emit_mermaid(schema, view, whole, small ? diagnostics : size_notes)});
  std::string dot = emit_dot(schema, view, whole);
  auto svg = render_graphviz(dot, GraphvizOutput::Svg);
  if (!svg) return svg.error();
  files.push_back({"erd/schema.dot", std::move(dot)});
  files.push_back({"erd/schema.svg", std::move(*svg)});
  files.push_back({"erd/schema.txt", emit_ascii(schema, view, whole)});
  files.push_back({"erd/schema.puml", emit_plantuml(schema, view, whole)});
  if (!small) {
    ErdOptions group;
    group.detail = ErdDetail::Keys;
    auto views = readable_views(schema, options.limits);
    for (size_t i = 0; i < views.size(); ++i) {
      std::string number = std::to_string(i + 1);
      if (number.size() < 2) number = "0" + number;
      std::string stem = views[i].tables.empty() ? "group" : erd_file_stem(views[i].tables.front());
      files.push_back({"erd/groups/" + number + "-" + stem + ".mmd",
                       emit_mermaid(schema, views[i], group, diagnostics)});
    }
  }
  if (options.html) {
    auto site = emit_html_site(schema, inputs, options);
    if (!site) return site.error();
    for (auto& file : *site) files.push_back({"html/" + file.path, std::move(file.contents)});
  }
  return files;
}

}  // namespace sf
