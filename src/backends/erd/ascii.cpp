// Box-drawing diagram for terminals, in the spirit of the design seeds' example:
//
//   ┌─────────────┐
//   │    teams    │
//   └──────┬──────┘
//          │ 0..1:N
//   ┌──────▼──────┐
//   │    users    │
//   └─────────────┘
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>

#include "backends/erd/ascii_layout.h"
#include "backends/erd/erd_graph.h"
#include "schemaforge/backends/erd.h"
#include "schemaforge/base/strings.h"

namespace sf {

namespace {

using detail::AsciiLayout;
using detail::AsciiSegment;
using detail::ErdGraph;
using detail::ErdNode;

enum : uint8_t { kUp = 1, kDown = 2, kLeft = 4, kRight = 8 };

int width_of(const std::string& text) {  // code points; box-drawing and Latin are one column
  return static_cast<int>(utf8_length(text));
}

std::string pad(const std::string& text, int width) {
  return text + std::string(static_cast<size_t>(std::max(0, width - width_of(text))), ' ');
}

/// The text lines inside one box (without its border).
std::vector<std::string> box_lines(const ErdNode& node) {
  std::string title = node.name;
  if (node.join && !node.stub) title += " (join M:N)";
  std::vector<std::string> lines{title};
  if (node.rows.empty() && !node.hidden_columns) return lines;
  int mark_w = 0, name_w = 0;
  std::vector<std::string> marks;
  for (const auto& row : node.rows) {
    std::string m;
    if (row.pk) m += "PK";
    if (row.fk) m += m.empty() ? "FK" : " FK";
    if (row.uk) m += m.empty() ? "UK" : " UK";
    marks.push_back(m);
    mark_w = std::max(mark_w, width_of(m));
    name_w = std::max(name_w, width_of(row.name));
  }
  lines.push_back("");  // separator
  for (size_t i = 0; i < node.rows.size(); ++i) {
    const auto& row = node.rows[i];
    std::string line = mark_w ? pad(marks[i], mark_w) + " " : "";
    line += pad(row.name, name_w) + " " + row.type + (row.not_null ? "" : "?");
    lines.push_back(line);
  }
  if (node.hidden_columns) {
    lines.push_back("… " + std::to_string(node.hidden_columns) + " more column" +
                    (node.hidden_columns > 1 ? "s" : ""));
  }
  return lines;
}

/// One code point per cell (0 = empty) plus line bits: a few bytes a cell, even for a big drawing.
struct Canvas {
  int width = 0;
  int height = 0;
  std::vector<char32_t> text;
  std::vector<uint8_t> lines;

  Canvas(int w, int h) : width(w), height(h), text(size_t(w) * h, 0), lines(size_t(w) * h, 0) {}
  bool inside(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
  void put(int x, int y, char32_t glyph) {
    if (inside(x, y)) text[size_t(y) * width + x] = glyph;
  }
  void put(int x, int y, const char* glyph) { put(x, y, decode(glyph)); }
  void mark(int x, int y, uint8_t bits) {
    if (inside(x, y)) lines[size_t(y) * width + x] |= bits;
  }
  bool empty(int x, int y) const {
    return inside(x, y) && !text[size_t(y) * width + x] && !lines[size_t(y) * width + x];
  }
  void write(int x, int y, const std::string& s) {
    for (size_t i = 0; i < s.size();) {
      size_t len = 1;
      while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
      put(x++, y, decode(s.substr(i, len).c_str()));
      i += len;
    }
  }
  void vertical(int x, int from, int to) {  // cells from..to inclusive
    for (int y = from; y <= to; ++y) mark(x, y, kUp | kDown);
  }
  static char32_t decode(const char* s) {
    auto b = [s](int i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
    if (b(0) < 0x80) return b(0);
    if (b(0) < 0xE0) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    if (b(0) < 0xF0) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
  static void encode(char32_t c, std::string& out) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  std::string render() const {
    static const char32_t kGlyph[16] = {U' ', U'│', U'│', U'│', U'─', U'┘', U'┐', U'┤',
                                        U'─', U'└', U'┌', U'├', U'─', U'┴', U'┬', U'┼'};
    std::string out;
    for (int y = 0; y < height; ++y) {
      std::string line;
      for (int x = 0; x < width; ++x) {
        size_t at = size_t(y) * width + x;
        encode(text[at] ? text[at] : kGlyph[lines[at]], line);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    return out;
  }
};

void draw_box(Canvas& canvas, const ErdNode& node, const std::vector<std::string>& lines, int x,
              int y, int w) {
  // Focus: double lines; context (stub): rounded corners; others: single lines.
  const char* h = node.focus ? "═" : "─";
  const char* v = node.focus ? "║" : "│";
  const char* tl = node.focus ? "╔" : node.stub ? "╭" : "┌";
  const char* tr = node.focus ? "╗" : node.stub ? "╮" : "┐";
  const char* bl = node.focus ? "╚" : node.stub ? "╰" : "└";
  const char* br = node.focus ? "╝" : node.stub ? "╯" : "┘";
  int rows = static_cast<int>(lines.size());
  canvas.put(x, y, tl);
  canvas.put(x + w - 1, y, tr);
  canvas.put(x, y + rows + 1, bl);
  canvas.put(x + w - 1, y + rows + 1, br);
  for (int i = 1; i < w - 1; ++i) {
    canvas.put(x + i, y, h);
    canvas.put(x + i, y + rows + 1, h);
  }
  for (int r = 0; r < rows; ++r) {
    int yy = y + 1 + r;
    if (r == 1 && lines[r].empty()) {  // separator under the title
      canvas.put(x, yy, node.focus ? "╟" : "├");
      for (int i = 1; i < w - 1; ++i) canvas.put(x + i, yy, "─");
      canvas.put(x + w - 1, yy, node.focus ? "╢" : "┤");
      continue;
    }
    canvas.put(x, yy, v);
    canvas.put(x + w - 1, yy, v);
    for (int i = 1; i < w - 1; ++i) canvas.put(x + i, yy, " ");
    int inner = w - 2;
    int offset = r == 0 ? (inner - width_of(lines[r])) / 2 : 1;  // title centred
    canvas.write(x + 1 + offset, yy, lines[r]);
  }
}

/// Order of tracks in a channel: a line whose upper column another line enters from below
/// must turn above that one (else the two verticals would run into each other).
std::vector<int> assign_tracks(const std::vector<AsciiSegment>& segments) {
  std::vector<int> bent;
  for (size_t i = 0; i < segments.size(); ++i) {
    if (segments[i].upper_x != segments[i].lower_x) bent.push_back(static_cast<int>(i));
  }
  std::stable_sort(bent.begin(), bent.end(),
                   [&](int a, int b) { return segments[a].upper_x < segments[b].upper_x; });
  std::vector<int> track(segments.size(), -1);
  std::vector<bool> placed(segments.size(), false);
  // Upper columns are distinct within a channel (ports are), so one map finds the line whose
  // vertical starts where a candidate's ends.
  std::map<int, int> by_upper;
  for (int i : bent) by_upper[segments[i].upper_x] = i;
  auto blocked = [&](int candidate) {
    auto it = by_upper.find(segments[candidate].lower_x);
    return it != by_upper.end() && it->second != candidate && !placed[it->second];
  };
  // Left-edge packing: lines whose spans do not touch share a track, in an order where a
  // line that must turn above another is placed first.
  std::vector<std::vector<std::pair<int, int>>> used;  // per track: [from, to] spans
  for (size_t round = 0; round < bent.size(); ++round) {
    int pick = -1, fallback = -1;
    for (int candidate : bent) {
      if (placed[candidate]) continue;
      if (fallback < 0) fallback = candidate;
      if (!blocked(candidate)) {
        pick = candidate;
        break;
      }
    }
    if (pick < 0) pick = fallback;  // a cycle of constraints: take the first left
    placed[pick] = true;
    int lowest = 0;
    auto above = by_upper.find(segments[pick].lower_x);
    if (above != by_upper.end() && above->second != pick && track[above->second] >= 0) {
      lowest = track[above->second] + 1;
    }
    int from = std::min(segments[pick].upper_x, segments[pick].lower_x) - 1;
    int to = std::max(segments[pick].upper_x, segments[pick].lower_x) + 1;
    int t = lowest;
    for (;; ++t) {
      if (t >= static_cast<int>(used.size())) used.resize(t + 1);
      bool free = true;
      for (const auto& [a, b] : used[t]) free = free && (to < a || from > b);
      if (free) break;
    }
    used[t].emplace_back(from, to);
    track[pick] = t;
  }
  return track;
}

}  // namespace

std::string emit_ascii(const Schema& schema, const ErdView& view, const ErdOptions& options) {
  ErdGraph graph = detail::build_erd_graph(schema, view, options);
  std::vector<std::vector<std::string>> contents;
  std::vector<int> widths;
  for (const auto& node : graph.nodes) {
    contents.push_back(box_lines(node));
    int w = 0;
    for (const auto& line : contents.back()) w = std::max(w, width_of(line));
    widths.push_back(w + 4);
  }
  AsciiLayout layout = detail::layout_ascii(graph, widths, options.max_width);

  // Heights: rows of boxes and the channels between them.
  size_t ranks = layout.rows.size();
  std::vector<int> row_top(ranks), row_height(ranks), channel_tracks(ranks, 0);
  std::vector<std::vector<int>> tracks(ranks);
  int y = 0, right = 0;
  for (size_t r = 0; r < ranks; ++r) {
    row_top[r] = y;
    int h = 1;
    for (const auto& item : layout.rows[r]) {
      if (item.node >= 0) h = std::max(h, static_cast<int>(contents[item.node].size()) + 2);
      right = std::max(right, item.x + item.width);
    }
    row_height[r] = h;
    y += h;
    if (r + 1 < ranks) {
      tracks[r] = assign_tracks(layout.channels[r]);
      int count = 0;
      for (int t : tracks[r]) count = std::max(count, t + 1);
      channel_tracks[r] = count;
      y += count + 2;
    }
  }
  Canvas canvas(right + 12, std::max(y, 1));

  for (size_t r = 0; r < ranks; ++r) {
    for (const auto& item : layout.rows[r]) {
      if (item.node >= 0) {
        draw_box(canvas, graph.nodes[item.node], contents[item.node], item.x, row_top[r],
                 item.width);
      } else {
        canvas.vertical(item.x, row_top[r], row_top[r] + row_height[r] - 1);
      }
    }
  }
  for (size_t r = 0; r + 1 < ranks; ++r) {
    int channel_top = row_top[r] + row_height[r];
    int arrive = row_top[r + 1];
    for (size_t s = 0; s < layout.channels[r].size(); ++s) {
      const AsciiSegment& seg = layout.channels[r][s];
      const auto& upper = layout.rows[r][seg.upper];
      const auto& lower = layout.rows[r + 1][seg.lower];
      bool reversed = layout.reversed[seg.edge];
      // Leave the upper box at its bottom border, run down to the channel.
      int start = row_top[r];
      if (upper.node >= 0) {
        start = row_top[r] + static_cast<int>(contents[upper.node].size()) + 1;
        canvas.put(seg.upper_x, start, reversed ? "▲" : "┬");
      } else {
        start = row_top[r] + row_height[r] - 1;
      }
      if (lower.node >= 0) canvas.put(seg.lower_x, arrive, reversed ? "┴" : "▼");
      int turn = tracks[r][s] < 0 ? -1 : channel_top + 1 + tracks[r][s];
      if (turn < 0) {
        canvas.vertical(seg.upper_x, start + 1, arrive - 1);
      } else {
        canvas.vertical(seg.upper_x, start + 1, turn - 1);
        bool east = seg.lower_x > seg.upper_x;
        canvas.mark(seg.upper_x, turn, kUp | (east ? kRight : kLeft));
        for (int x = std::min(seg.upper_x, seg.lower_x) + 1; x < std::max(seg.upper_x, seg.lower_x);
             ++x) {
          canvas.mark(x, turn, kLeft | kRight);
        }
        canvas.mark(seg.lower_x, turn, kDown | (east ? kLeft : kRight));
        canvas.vertical(seg.lower_x, turn + 1, arrive - 1);
      }
    }
    // Labels after all lines, only into empty cells, right of the line entering a box.
    for (size_t s = 0; s < layout.channels[r].size(); ++s) {
      const AsciiSegment& seg = layout.channels[r][s];
      if (!seg.last && !layout.reversed[seg.edge]) continue;
      if (layout.reversed[seg.edge] && !seg.first) continue;
      std::string label = detail::cardinality_text(graph.edges[seg.edge]);
      int row = arrive - 1;
      int x = layout.reversed[seg.edge] ? seg.upper_x : seg.lower_x;
      if (layout.reversed[seg.edge]) row = row_top[r] + row_height[r];
      int len = width_of(label);
      auto fits = [&](int from) {
        for (int i = -1; i <= len; ++i) {
          if (!canvas.empty(from + i, row)) return false;
        }
        return true;
      };
      if (fits(x + 2))
        canvas.write(x + 2, row, label);
      else if (fits(x - len - 1))
        canvas.write(x - len - 1, row, label);
    }
  }
  std::string out;
  if (!view.title.empty()) out += view.title + "\n\n";
  out += graph.nodes.empty() ? "(no tables)\n" : canvas.render();

  // Every line in words, so nothing depends on reading the drawing.
  if (!graph.edges.empty()) {
    out +=
        "\nRelationships (child → parent; ▼ marks the child end, ▲ where a cycle puts the child "
        "above):\n";
    for (const auto& edge : graph.edges) {
      const auto& child = graph.nodes[edge.child];
      const auto& parent = graph.nodes[edge.parent];
      if (edge.many_to_many) {
        out += "  " + child.name + " ↔ " + parent.name + "  M:N via " + edge.through + "\n";
        continue;
      }
      out += "  " + child.name + "(" + join(edge.child_columns, ", ") + ") → " + parent.name + "(" +
             join(edge.parent_columns, ", ") + ")  " + detail::cardinality_text(edge);
      if (edge.child == edge.parent) out += "  self-reference";
      out += "  ON DELETE " + std::string(to_string(edge.on_delete)) + "\n";
    }
  }
  return out;
}

}  // namespace sf
