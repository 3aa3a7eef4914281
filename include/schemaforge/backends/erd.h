#pragma once
// Entity-relationship diagrams: Mermaid erDiagram, Graphviz DOT (and SVG/PNG rendered
// in-process by libgvc), box-drawing ASCII and PlantUML (IE notation), all from one view of
// the model. Crow's-foot ends come from the foreign keys: the parent end is "exactly one"
// for a mandatory key and "zero or one" for a nullable one; the child end is "zero or one"
// when the key's columns are unique and "zero or more" otherwise.
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/result.h"
#include "schemaforge/model/schema.h"

namespace sf {

enum class ErdFormat { Mermaid, Dot, Svg, Png, Ascii, PlantUml };

/// How much of each table a diagram shows.
enum class ErdDetail {
  Columns,  ///< every column with its type and PK/FK/UK marks
  Keys,     ///< only key columns (PK, FK, UK), plus a count of the others
  Tables,   ///< names only: the overview
};

struct ErdOptions {
  ErdDetail detail = ErdDetail::Columns;
  /// Draw a join table whose two ends are both shown as one M:N line ("via <join table>")
  /// instead of as an entity with two lines.
  bool collapse_join_tables = false;
  /// DOT/SVG: each table node links to this address, "{}" replaced by the table's file
  /// stem (see erd_file_stem); empty = no links.
  std::string link_pattern;
  /// ASCII: the widest line the layout aims for (a row of boxes wraps past it).
  int max_width = 160;
};

/// Which tables a diagram shows. `tables` are drawn with the chosen detail; `context` tables
/// (neighbours of the selection) are drawn as name-only boxes so lines leaving the
/// selection still have an end. Both in the schema's declaration order.
struct ErdView {
  std::string title;
  std::vector<QualifiedName> tables;
  std::vector<QualifiedName> context;
  /// Highlighted (the table a neighbourhood diagram is about); empty = none.
  QualifiedName focus;
};

/// Every table of the schema.
ErdView view_of_schema(const Schema& schema);

/// The tables within `depth` foreign-key hops of `table` (either direction). Passing
/// through a join table counts as one hop, so an M:N partner is a direct neighbour.
/// Fails with ExitCode::BadInput when the table does not exist.
///
///   auto view = view_around(schema, QualifiedName{"", "orders"}, 1);
Result<ErdView> view_around(const Schema& schema, const QualifiedName& table, int depth);

/// Limits that keep a diagram readable (and inside Mermaid's defaults).
struct ErdLimits {
  size_t max_tables = 40;        ///< per group diagram
  size_t mermaid_chars = 50000;  ///< Mermaid's default maxTextSize
  size_t mermaid_edges = 500;    ///< Mermaid's default maxEdges
};

/// Splits a schema into readable views: one per schema (namespace) when there are several,
/// then each one's connected groups of related tables, a group larger than
/// `limits.max_tables` cut into pieces along a breadth-first walk from its most connected
/// table; tables with no relationship at all share one last view. Each view's `context`
/// holds the tables outside it that its tables reference or are referenced by.
std::vector<ErdView> readable_views(const Schema& schema, const ErdLimits& limits = {});

/// Mermaid `erDiagram` in the subset GitHub renders: quoted entity names, one-word types,
/// PK/FK/UK keys, comments without quotes, the foreign-key columns as the line's label.
/// Warns (SF3003) when the text or the number of lines passes Mermaid's default limits.
std::string emit_mermaid(const Schema& schema, const ErdView& view, const ErdOptions& options,
                         Diagnostics& diagnostics);

/// Graphviz DOT: HTML-table nodes with a port per column, lines from the foreign-key
/// column to the referenced column, crow's-foot arrowheads, one cluster per schema.
std::string emit_dot(const Schema& schema, const ErdView& view, const ErdOptions& options);

/// PlantUML in IE notation (`entity` blocks, `}o--||` lines).
std::string emit_plantuml(const Schema& schema, const ErdView& view, const ErdOptions& options);

/// A box-drawing diagram for terminals: parents above children in rows, each line ending
/// in an arrow at the child, labelled with its cardinality; every relationship is also
/// listed in full below the drawing. Deterministic: same model, same characters.
std::string emit_ascii(const Schema& schema, const ErdView& view, const ErdOptions& options);

enum class GraphvizOutput { Svg, Png };

/// Lays out DOT text with Graphviz's dot engine and renders it in-process (libgvc).
/// Fails with ExitCode::Environment when Graphviz cannot lay out or render it.
Result<std::string> render_graphviz(const std::string& dot, GraphvizOutput output);

/// Any format; SVG and PNG go through emit_dot and render_graphviz (PNG is binary).
Result<std::string> emit_erd(const Schema& schema, const ErdView& view, ErdFormat format,
                             const ErdOptions& options, Diagnostics& diagnostics);

/// "mermaid", "dot", ... and back.
const char* to_string(ErdFormat format);
std::optional<ErdFormat> erd_format_from_string(const std::string& text);
const char* file_extension(ErdFormat format);  ///< "mmd", "dot", "svg", "png", "txt", "puml"

/// The name a table goes by in diagrams and documents: "name" for the default schema,
/// "schema.name" otherwise.
std::string erd_display_name(const QualifiedName& name);
/// A file-name-safe stem for a table: the display name with anything but letters, digits,
/// '-', '_' and '.' replaced by '_' (non-ASCII letters kept).
std::string erd_file_stem(const QualifiedName& name);

}  // namespace sf
