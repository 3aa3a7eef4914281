#pragma once
// Layered layout for the box-drawing diagram (a small Sugiyama): rows of boxes with parents
// above children, long lines through placeholder points, crossings reduced by barycentre
// sweeps, rows wrapped at a width. Internal to the ERD backend; deterministic.
#include <string>
#include <vector>

#include "backends/erd/erd_graph.h"

namespace sf::detail {

struct AsciiItem {
  int node = -1;  ///< index into ErdGraph::nodes, or -1 for a placeholder on a long line
  int width = 1;  ///< characters
  int x = 0;      ///< left column
  double order = 0;
};

/// One drawn piece of a line between two neighbouring rows.
struct AsciiSegment {
  int edge = 0;        ///< index into ErdGraph::edges
  int upper = 0;       ///< item index in row r
  int lower = 0;       ///< item index in row r + 1
  int upper_x = 0;     ///< column where it leaves the upper item
  int lower_x = 0;     ///< column where it enters the lower item
  bool last = false;   ///< enters the line's lower end (gets the label)
  bool first = false;  ///< leaves the line's upper end
};

struct AsciiLayout {
  std::vector<std::vector<AsciiItem>> rows;
  std::vector<std::vector<AsciiSegment>> channels;  ///< channels[r]: between rows r and r+1
  std::vector<bool> reversed;  ///< per edge: drawn child above parent (to break a cycle)
};

/// `widths[i]`: the box width of node i, before room for ports is added.
AsciiLayout layout_ascii(const ErdGraph& graph, std::vector<int> widths, int max_width);

}  // namespace sf::detail
