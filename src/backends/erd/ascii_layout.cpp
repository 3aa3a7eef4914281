#include "backends/erd/ascii_layout.h"

#include <algorithm>
#include <numeric>

namespace sf::detail {

namespace {

constexpr int kGap = 3;

struct Item {
  int node = -1;
  int width = 1;
  int rank = 0;
  double pos = 0;  ///< order within the row
  int x = 0;
};

struct Link {  // a segment between neighbouring rows, by item id
  int edge;
  int upper;
  int lower;
};

/// Edges whose drawing direction (parent above child) closes a cycle are turned round.
std::vector<bool> break_cycles(const ErdGraph& graph) {
  size_t n = graph.nodes.size();
  std::vector<std::vector<std::pair<int, int>>> out(n);  // (edge, child)
  for (size_t e = 0; e < graph.edges.size(); ++e) {
    const auto& edge = graph.edges[e];
    if (edge.child != edge.parent)
      out[edge.parent].emplace_back(static_cast<int>(e), static_cast<int>(edge.child));
  }
  std::vector<int> colour(n, 0);  // 0 new, 1 on the stack, 2 done
  std::vector<bool> reversed(graph.edges.size(), false);
  for (size_t start = 0; start < n; ++start) {
    if (colour[start]) continue;
    std::vector<std::pair<int, size_t>> stack{{static_cast<int>(start), 0}};
    colour[start] = 1;
    while (!stack.empty()) {
      auto& [at, next] = stack.back();
      if (next == out[at].size()) {
        colour[at] = 2;
        stack.pop_back();
        continue;
      }
      auto [edge, child] = out[at][next++];
      if (colour[child] == 1) {
        reversed[edge] = true;
      } else if (colour[child] == 0) {
        colour[child] = 1;
        stack.emplace_back(child, 0);
      }
    }
  }
  return reversed;
}

}  // namespace

AsciiLayout layout_ascii(const ErdGraph& graph, std::vector<int> widths, int max_width) {
  AsciiLayout layout;
  layout.reversed = break_cycles(graph);
  size_t n = graph.nodes.size();
  // Directed edges upper -> lower.
  std::vector<std::pair<int, int>> directed(graph.edges.size(), {-1, -1});
  for (size_t e = 0; e < graph.edges.size(); ++e) {
    const auto& edge = graph.edges[e];
    if (edge.child == edge.parent) continue;
    directed[e] = layout.reversed[e] ? std::make_pair(int(edge.child), int(edge.parent))
                                     : std::make_pair(int(edge.parent), int(edge.child));
  }
  // Longest-path ranks, relaxed until stable (the graph is acyclic now, so this ends).
  std::vector<int> rank(n, 0);
  auto relax = [&] {
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& [u, v] : directed) {
        if (u >= 0 && rank[v] < rank[u] + 1) {
          rank[v] = rank[u] + 1;
          changed = true;
        }
      }
    }
  };
  relax();
  // Wrap rows wider than max_width: the overflow moves one row down, and its descendants
  // with it.
  for (int r = 0;; ++r) {
    std::vector<int> members;
    for (size_t i = 0; i < n; ++i) {
      if (rank[i] == r) members.push_back(static_cast<int>(i));
    }
    if (members.empty()) {
      bool below = std::any_of(rank.begin(), rank.end(), [r](int k) { return k > r; });
      if (!below) break;
      continue;
    }
    int used = 0;
    for (size_t k = 0; k < members.size(); ++k) {
      used += widths[members[k]] + (k ? kGap : 0);
      if (k > 0 && used > max_width) {
        for (size_t m = k; m < members.size(); ++m) rank[members[m]] = r + 1;
        relax();
        break;
      }
    }
  }
  int ranks = n ? *std::max_element(rank.begin(), rank.end()) + 1 : 0;

  // Items: boxes, then placeholders where a line passes a row.
  std::vector<Item> items;
  for (size_t i = 0; i < n; ++i)
    items.push_back(Item{static_cast<int>(i), widths[i], rank[i], 0, 0});
  std::vector<Link> links;
  for (size_t e = 0; e < directed.size(); ++e) {
    auto [u, v] = directed[e];
    if (u < 0) continue;
    int prev = u;
    for (int r = rank[u] + 1; r < rank[v]; ++r) {
      items.push_back(Item{-1, 1, r, 0, 0});
      int id = static_cast<int>(items.size()) - 1;
      links.push_back(Link{static_cast<int>(e), prev, id});
      prev = id;
    }
    links.push_back(Link{static_cast<int>(e), prev, v});
  }
  // Boxes wide enough to give every line its own port, two columns apart.
  std::vector<int> top(items.size(), 0), bottom(items.size(), 0);
  for (const auto& link : links) {
    ++bottom[link.upper];
    ++top[link.lower];
  }
  for (size_t i = 0; i < n; ++i) {
    items[i].width = std::max({items[i].width, 2 * top[i] + 3, 2 * bottom[i] + 3});
  }

  std::vector<std::vector<int>> rows(ranks);
  for (size_t id = 0; id < items.size(); ++id) rows[items[id].rank].push_back(static_cast<int>(id));
  auto renumber = [&](std::vector<int>& row) {
    for (size_t k = 0; k < row.size(); ++k) items[row[k]].pos = static_cast<double>(k);
  };
  for (auto& row : rows) renumber(row);

  // Barycentre sweeps, down then up; ties keep their order (stable sort).
  std::vector<std::vector<int>> ups(items.size()), downs(items.size());
  for (const auto& link : links) {
    downs[link.upper].push_back(link.lower);
    ups[link.lower].push_back(link.upper);
  }
  auto sweep = [&](int r, const std::vector<std::vector<int>>& neighbours) {
    std::vector<std::pair<double, int>> keyed;
    for (int id : rows[r]) {
      const auto& list = neighbours[id];
      double key = items[id].pos;
      if (!list.empty()) {
        double sum = 0;
        for (int other : list) sum += items[other].pos;
        key = sum / static_cast<double>(list.size());
      }
      keyed.emplace_back(key, id);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t k = 0; k < keyed.size(); ++k) rows[r][k] = keyed[k].second;
    renumber(rows[r]);
  };
  for (int pass = 0; pass < 4; ++pass) {
    for (int r = 1; r < ranks; ++r) sweep(r, ups);
    for (int r = ranks - 2; r >= 0; --r) sweep(r, downs);
  }

  // Columns: the first row packed; each later row centred under its parents where room allows.
  auto centre = [&](int id) { return items[id].x + items[id].width / 2; };
  auto gap = [&](int a, int b) { return items[a].node < 0 && items[b].node < 0 ? 1 : kGap; };
  auto place = [&](int r, const std::vector<std::vector<int>>& neighbours) {
    int next = 0;
    int packed = 0;
    for (size_t k = 0; k < rows[r].size(); ++k) {
      int id = rows[r][k];
      int want = next;
      const auto& list = neighbours[id];
      if (!list.empty()) {
        int sum = 0;
        for (int other : list) sum += centre(other);
        want = sum / static_cast<int>(list.size()) - items[id].width / 2;
      }
      items[id].x = std::max(want, next);
      int after = k + 1 < rows[r].size() ? gap(id, rows[r][k + 1]) : 0;
      next = items[id].x + items[id].width + after;
      packed += items[id].width + after;
    }
    // Centring must not make a row much wider than it needs to be: pack it instead.
    if (next > std::max(max_width, packed + packed / 4)) {
      next = 0;
      for (size_t k = 0; k < rows[r].size(); ++k) {
        int id = rows[r][k];
        items[id].x = next;
        next += items[id].width + (k + 1 < rows[r].size() ? gap(id, rows[r][k + 1]) : 0);
      }
    }
  };
  for (int r = 0; r < ranks; ++r)
    place(r, r == 0 ? std::vector<std::vector<int>>(items.size()) : ups);

  // Hand the result over, items renumbered per row.
  std::vector<int> slot(items.size());
  layout.rows.resize(ranks);
  for (int r = 0; r < ranks; ++r) {
    for (size_t k = 0; k < rows[r].size(); ++k) {
      const Item& item = items[rows[r][k]];
      slot[rows[r][k]] = static_cast<int>(k);
      layout.rows[r].push_back(AsciiItem{item.node, item.width, item.x, item.pos});
    }
  }
  layout.channels.resize(ranks > 0 ? ranks - 1 : 0);
  std::vector<std::vector<size_t>> down_links(items.size()), up_links(items.size());
  for (size_t l = 0; l < links.size(); ++l) {
    down_links[links[l].upper].push_back(l);
    up_links[links[l].lower].push_back(l);
  }
  // Ports: a box's lines leave (and enter) in the order of the item at their other end.
  std::vector<int> upper_x(links.size()), lower_x(links.size());
  auto spread = [&](int id, std::vector<size_t> list, bool down) {
    std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
      int oa = down ? links[a].lower : links[a].upper;
      int ob = down ? links[b].lower : links[b].upper;
      return centre(oa) < centre(ob);
    });
    const Item& item = items[id];
    int k = static_cast<int>(list.size());
    int inner = item.width - 2;
    for (int i = 0; i < k; ++i) {
      int x = item.node < 0 ? item.x : item.x + 1 + ((2 * i + 1) * inner) / (2 * k);
      (down ? upper_x : lower_x)[list[i]] = x;
    }
  };
  for (size_t id = 0; id < items.size(); ++id) {
    spread(static_cast<int>(id), down_links[id], true);
    spread(static_cast<int>(id), up_links[id], false);
  }
  for (size_t l = 0; l < links.size(); ++l) {
    const Link& link = links[l];
    AsciiSegment segment;
    segment.edge = link.edge;
    segment.upper = slot[link.upper];
    segment.lower = slot[link.lower];
    segment.upper_x = upper_x[l];
    segment.lower_x = lower_x[l];
    segment.first = items[link.upper].node >= 0;
    segment.last = items[link.lower].node >= 0;
    layout.channels[items[link.upper].rank].push_back(segment);
  }
  return layout;
}

}  // namespace sf::detail
