// SVG and PNG through Graphviz's own library (libgvc), in-process: no `dot` binary needed.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>

#include "backends/erd/erd_graph.h"
#include "schemaforge/backends/erd.h"

namespace sf {

namespace {

std::string& graphviz_errors() {
  static std::string errors;
  return errors;
}

int collect_error(char* message) {
  graphviz_errors() += message;
  return 0;
}

/// One context for the process: loading the plugin list costs more than a small layout.
GVC_t* context() {
  struct Free {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
  };
  static std::unique_ptr<GVC_t, Free> gvc(gvContext());
  return gvc.get();
}

}  // namespace

Result<std::string> render_graphviz(const std::string& dot, GraphvizOutput output) {
  GVC_t* gvc = context();
  if (!gvc) return Error{ExitCode::Environment, "Graphviz: cannot create a context"};
  graphviz_errors().clear();
  agseterr(AGERR);
  agseterrf(collect_error);
  Agraph_t* graph = agmemread(dot.c_str());
  if (!graph) {
    return Error{ExitCode::Environment, "Graphviz cannot read the diagram: " + graphviz_errors()};
  }
  if (gvLayout(gvc, graph, "dot") != 0) {
    agclose(graph);
    return Error{ExitCode::Environment,
                 "Graphviz cannot lay out the diagram (is the dot layout plugin installed?): " +
                     graphviz_errors()};
  }
  const char* format = "svg";
  switch (output) {
    case GraphvizOutput::Svg:
      format = "svg";
      break;
    case GraphvizOutput::Png:
      format = "png";
      break;
  }
  char* data = nullptr;
  unsigned int length = 0;
  int status = gvRenderData(gvc, graph, format, &data, &length);
  std::string out;
  if (status == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph);
  agclose(graph);
  if (status != 0 || out.empty()) {
    return Error{ExitCode::Environment, std::string("Graphviz cannot render ") + format +
                                            " (is its plugin installed?): " + graphviz_errors()};
  }
  return out;
}

}  // namespace sf
