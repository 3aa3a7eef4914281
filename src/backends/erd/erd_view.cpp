// Which tables a diagram shows: the whole schema, a neighbourhood, or readable pieces.
#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "schemaforge/backends/erd.h"
#include "schemaforge/model/relationships.h"

namespace sf {

namespace {

/// The undirected foreign-key graph over the schema's tables (declaration order indexes).
struct TableGraph {
  std::vector<const Table*> tables;
  std::vector<std::vector<size_t>> neighbours;  ///< sorted, no self loops, no duplicates
  std::vector<bool> join;

  explicit TableGraph(const Schema& schema) {
    std::vector<const Table*> ordered;
    for (const auto& table : schema.tables) ordered.push_back(&table);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Table* a, const Table* b) { return a->ordinal < b->ordinal; });
    tables = ordered;
    std::map<std::pair<std::string, std::string>, size_t> index;
    for (size_t i = 0; i < tables.size(); ++i) {
      index.emplace(std::make_pair(tables[i]->name.effective_schema(), tables[i]->name.name), i);
    }
    std::vector<std::set<size_t>> sets(tables.size());
    join.resize(tables.size());
    for (size_t i = 0; i < tables.size(); ++i) {
      join[i] = is_join_table(*tables[i]);
      for (const auto& fk : tables[i]->foreign_keys) {
        auto it = index.find({fk.ref_table.effective_schema(), fk.ref_table.name});
        if (it == index.end() || it->second == i) continue;
        sets[i].insert(it->second);
        sets[it->second].insert(i);
      }
    }
    for (const auto& set : sets) neighbours.emplace_back(set.begin(), set.end());
  }

  std::optional<size_t> find(const QualifiedName& name) const {
    for (size_t i = 0; i < tables.size(); ++i) {
      if (tables[i]->name.same_object(name)) return i;
    }
    return std::nullopt;
  }
};

std::vector<QualifiedName> names_of(const TableGraph& graph, std::vector<size_t> members) {
  std::sort(members.begin(), members.end());
  std::vector<QualifiedName> out;
  for (size_t i : members) out.push_back(graph.tables[i]->name);
  return out;
}

/// Tables outside `members` that share a line with one of them.
std::vector<QualifiedName> context_of(const TableGraph& graph, const std::vector<size_t>& members) {
  std::set<size_t> inside(members.begin(), members.end());
  std::set<size_t> outside;
  for (size_t i : members) {
    for (size_t n : graph.neighbours[i]) {
      if (!inside.count(n)) outside.insert(n);
    }
  }
  return names_of(graph, {outside.begin(), outside.end()});
}

}  // namespace

ErdView view_of_schema(const Schema& schema) {
  ErdView view;
  view.title = "All tables";
  TableGraph graph(schema);
  for (const Table* table : graph.tables) view.tables.push_back(table->name);
  return view;
}

Result<ErdView> view_around(const Schema& schema, const QualifiedName& table, int depth) {
  TableGraph graph(schema);
  auto start = graph.find(table);
  if (!start) {
    return Error{ExitCode::BadInput, "no table named '" + table.display() + "' in the schema"};
  }
  std::vector<int> distance(graph.tables.size(), -1);
  std::deque<size_t> queue{*start};
  distance[*start] = 0;
  while (!queue.empty()) {
    size_t at = queue.front();
    queue.pop_front();
    if (distance[at] >= depth) continue;
    for (size_t n : graph.neighbours[at]) {
      if (distance[n] >= 0) continue;
      distance[n] = distance[at] + 1;
      queue.push_back(n);
      // A join table is a step through an M:N link, not a hop of its own: its other ends
      // are as near as the join table itself.
      if (graph.join[n] && n != *start) {
        for (size_t end : graph.neighbours[n]) {
          if (distance[end] < 0) {
            distance[end] = distance[n];
            queue.push_back(end);
          }
        }
      }
    }
  }
  std::vector<size_t> members;
  for (size_t i = 0; i < distance.size(); ++i) {
    if (distance[i] >= 0) members.push_back(i);
  }
  ErdView view;
  view.title = erd_display_name(graph.tables[*start]->name) + " and its neighbours";
  if (depth != 1) view.title += " (" + std::to_string(depth) + " hops)";
  view.tables = names_of(graph, members);
  view.focus = graph.tables[*start]->name;
  return view;
}

std::vector<ErdView> readable_views(const Schema& schema, const ErdLimits& limits) {
  TableGraph graph(schema);
  size_t max_tables = std::max<size_t>(limits.max_tables, 2);
  std::vector<std::string> schemas;
  for (const Table* table : graph.tables) {
    const std::string& s = table->name.effective_schema();
    if (std::find(schemas.begin(), schemas.end(), s) == schemas.end()) schemas.push_back(s);
  }
  std::vector<ErdView> views;
  for (const auto& schema_name : schemas) {
    std::string prefix = schemas.size() > 1 ? "Schema " + schema_name + ": " : "";
    auto in_schema = [&](size_t i) {
      return graph.tables[i]->name.effective_schema() == schema_name;
    };
    std::vector<bool> seen(graph.tables.size(), false);
    std::vector<size_t> standalone;
    for (size_t first = 0; first < graph.tables.size(); ++first) {
      if (seen[first] || !in_schema(first)) continue;
      // The connected group of `first`, within this schema.
      std::vector<size_t> component{first};
      seen[first] = true;
      for (size_t k = 0; k < component.size(); ++k) {
        for (size_t n : graph.neighbours[component[k]]) {
          if (!seen[n] && in_schema(n)) {
            seen[n] = true;
            component.push_back(n);
          }
        }
      }
      if (component.size() == 1 && graph.neighbours[first].empty()) {
        standalone.push_back(first);
        continue;
      }
      // A large group is cut along one breadth-first walk from its most connected table (more
      // connected neighbours first) into equal consecutive pieces: the first piece is the hub
      // and its neighbourhood, later pieces the rings around it.
      size_t hub = component.front();
      for (size_t i : component) {
        if (graph.neighbours[i].size() > graph.neighbours[hub].size()) hub = i;
      }
      std::vector<size_t> walk{hub};
      std::set<size_t> walked{hub};
      for (size_t k = 0; k < walk.size(); ++k) {
        std::vector<size_t> next;
        for (size_t n : graph.neighbours[walk[k]]) {
          if (in_schema(n) && walked.insert(n).second) next.push_back(n);
        }
        std::stable_sort(next.begin(), next.end(), [&](size_t a, size_t b) {
          return graph.neighbours[a].size() > graph.neighbours[b].size();
        });
        walk.insert(walk.end(), next.begin(), next.end());
      }
      size_t pieces = (walk.size() + max_tables - 1) / max_tables;
      size_t size = (walk.size() + pieces - 1) / pieces;
      for (size_t at = 0; at < walk.size(); at += size) {
        std::vector<size_t> piece(
            walk.begin() + static_cast<long>(at),
            walk.begin() + static_cast<long>(std::min(walk.size(), at + size)));
        size_t lead = piece.front();
        for (size_t i : piece) {
          if (graph.neighbours[i].size() > graph.neighbours[lead].size()) lead = i;
        }
        ErdView view;
        size_t others = piece.size() - 1;
        view.title = prefix + erd_display_name(graph.tables[lead]->name);
        if (others)
          view.title +=
              " and " + std::to_string(others) + " related table" + (others > 1 ? "s" : "");
        view.tables = names_of(graph, piece);
        view.context = context_of(graph, piece);
        views.push_back(std::move(view));
      }
    }
    for (size_t at = 0; at < standalone.size(); at += max_tables) {
      size_t end = std::min(standalone.size(), at + max_tables);
      ErdView view;
      view.title = prefix + "Tables without relationships";
      if (standalone.size() > max_tables) {
        view.title += " (" + std::to_string(at / max_tables + 1) + ")";
      }
      view.tables = names_of(graph, {standalone.begin() + at, standalone.begin() + end});
      views.push_back(std::move(view));
    }
  }
  return views;
}

}  // namespace sf
