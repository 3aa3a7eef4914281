// One entry point over every diagram format.
#include "schemaforge/backends/erd.h"

namespace sf {

Result<std::string> emit_erd(const Schema& schema, const ErdView& view, ErdFormat format,
                             const ErdOptions& options, Diagnostics& diagnostics) {
  switch (format) {
    case ErdFormat::Mermaid:
      return emit_mermaid(schema, view, options, diagnostics);
    case ErdFormat::Dot:
      return emit_dot(schema, view, options);
    case ErdFormat::Svg:
      return render_graphviz(emit_dot(schema, view, options), GraphvizOutput::Svg);
    case ErdFormat::Png:
      return render_graphviz(emit_dot(schema, view, options), GraphvizOutput::Png);
    case ErdFormat::Ascii:
      return emit_ascii(schema, view, options);
    case ErdFormat::PlantUml:
      return emit_plantuml(schema, view, options);
  }
  return std::string();
}

}  // namespace sf
