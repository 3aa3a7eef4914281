// Creation order: tables topologically by their dependencies, types merged by ordinal.
#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

struct Node {
  const Table* table = nullptr;
  std::vector<size_t> hard;  ///< partition parent and INHERITS parents: never broken
  std::vector<size_t> soft;  ///< referenced tables: a cycle is closed with ALTER TABLE
};

std::vector<Node> build_graph(const Schema& schema) {
  const auto& tables = schema.tables;
  auto index_of = [&](const QualifiedName& name) -> std::optional<size_t> {
    for (size_t i = 0; i < tables.size(); ++i) {
      if (tables[i].name.same_object(name)) return i;
    }
    return std::nullopt;
  };
  auto add = [](std::vector<size_t>& deps, std::optional<size_t> dep, size_t self) {
    if (dep && *dep != self && std::find(deps.begin(), deps.end(), *dep) == deps.end()) {
      deps.push_back(*dep);
    }
  };
  std::vector<Node> nodes(tables.size());
  for (size_t i = 0; i < tables.size(); ++i) {
    const Table& table = tables[i];
    nodes[i].table = &table;
    if (table.partition_of) add(nodes[i].hard, index_of(table.partition_of->parent), i);
    for (const auto& parent : table.inherits) add(nodes[i].hard, index_of(parent), i);
    for (const auto& fk : table.foreign_keys) add(nodes[i].soft, index_of(fk.ref_table), i);
  }
  return nodes;
}

/// `start` can reach itself through dependencies among tables not yet created.
bool on_cycle(const std::vector<Node>& nodes, const std::vector<bool>& done, size_t start) {
  std::vector<bool> seen(nodes.size(), false);
  std::vector<size_t> stack;
  auto push_deps = [&](size_t i) {
    for (const auto* deps : {&nodes[i].hard, &nodes[i].soft}) {
      for (size_t dep : *deps) {
        if (!done[dep] && !seen[dep]) {
          seen[dep] = true;
          stack.push_back(dep);
        }
      }
    }
  };
  push_deps(start);
  while (!stack.empty()) {
    size_t i = stack.back();
    stack.pop_back();
    if (i == start) return true;
    push_deps(i);
  }
  return false;
}

}  // namespace

std::vector<const Table*> table_creation_order(const Schema& schema, EmitContext& ctx) {
  std::vector<Node> nodes = build_graph(schema);
  // Candidates are always scanned by (ordinal, model position): without cycles the result is
  // the smallest topological order in that ranking, so it is stable and deterministic.
  std::vector<size_t> ranked;
  for (size_t i = 0; i < nodes.size(); ++i) ranked.push_back(i);
  std::stable_sort(ranked.begin(), ranked.end(), [&](size_t a, size_t b) {
    return nodes[a].table->ordinal < nodes[b].table->ordinal;
  });

  std::vector<bool> done(nodes.size(), false);
  auto satisfied = [&](const std::vector<size_t>& deps) {
    return std::all_of(deps.begin(), deps.end(), [&](size_t d) { return done[d]; });
  };
  std::vector<const Table*> order;
  order.reserve(nodes.size());
  while (order.size() < nodes.size()) {
    // The first table in rank order that can be created now. A table ranked before it that
    // is blocked only by a foreign-key cycle it lies on is created first instead: the cycle
    // is broken at its lowest-ranked member, and its foreign keys to tables not yet created
    // are added after all tables.
    std::optional<size_t> pick;
    for (size_t i : ranked) {
      if (done[i] || !satisfied(nodes[i].hard)) continue;
      if (satisfied(nodes[i].soft) || on_cycle(nodes, done, i)) {
        pick = i;
        break;
      }
    }
    if (!pick) {
      for (size_t i : ranked) {
        if (!done[i] && satisfied(nodes[i].hard)) {
          pick = i;
          break;
        }
      }
    }
    if (!pick) {
      // Partition or inheritance parents that form a cycle: no order can create them.
      for (size_t i : ranked) {
        if (!done[i]) {
          pick = i;
          break;
        }
      }
      const Table& table = *nodes[*pick].table;
      ctx.unsupported(table.loc, describe("table", table.name),
                      "a cycle of partition or INHERITS parents");
    }
    done[*pick] = true;
    order.push_back(nodes[*pick].table);
  }
  return order;
}

std::vector<TypeItem> type_creation_order(const Schema& schema) {
  struct Ranked {
    uint32_t ordinal;
    TypeItem item;
  };
  std::vector<Ranked> items;
  for (const auto& e : schema.enums) items.push_back({e.ordinal, TypeItem{&e, nullptr, nullptr}});
  for (const auto& d : schema.domains) items.push_back({d.ordinal, TypeItem{nullptr, &d, nullptr}});
  for (const auto& c : schema.composites) {
    items.push_back({c.ordinal, TypeItem{nullptr, nullptr, &c}});
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const Ranked& a, const Ranked& b) { return a.ordinal < b.ordinal; });
  std::vector<TypeItem> out;
  out.reserve(items.size());
  for (const auto& r : items) out.push_back(r.item);
  return out;
}

}  // namespace sf::detail
