// L5xx: indexes.
#include <string>
#include <vector>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

/// What makes two indexes interchangeable for the planner.
struct IndexShape {
  std::string label;  ///< "index `x`", "primary key", "unique constraint `y`"
  bool unique = false;
  bool from_index = false;  ///< a CREATE INDEX (reportable), not a constraint's index
  std::string method = "btree";
  std::vector<std::string> keys;  ///< column or expression text, with order/opclass/collation
  std::vector<std::string> plain_columns;  ///< keys that are plain columns, in order
  bool all_plain = true;
  std::string where;
  const SourceLoc* loc = nullptr;
};

std::string element_key(const IndexElement& e) {
  std::string key = e.column.empty() ? "(" + (e.expr ? e.expr->sql : "") + ")" : e.column;
  if (!e.collation.empty()) key += " COLLATE " + e.collation;
  if (!e.opclass.empty()) key += " " + e.opclass;
  if (e.order == SortOrder::Desc) key += " DESC";
  if (e.nulls == NullsOrder::First) key += " NULLS FIRST";
  if (e.nulls == NullsOrder::Last) key += " NULLS LAST";
  return key;
}

std::vector<IndexShape> shapes_of(const Table& table) {
  std::vector<IndexShape> shapes;
  auto from_columns = [&](std::string label, const std::vector<std::string>& columns,
                          const SourceLoc& loc) {
    IndexShape s;
    s.label = std::move(label);
    s.unique = true;
    s.keys = columns;
    s.plain_columns = columns;
    s.loc = &loc;
    shapes.push_back(std::move(s));
  };
  if (table.primary_key) from_columns("the primary key", table.primary_key->columns, table.primary_key->loc);
  for (const auto& unique : table.uniques) {
    from_columns(unique.name.empty() ? "a unique constraint" : "unique constraint `" + unique.name + "`",
                 unique.columns, unique.loc);
  }
  for (const auto& index : table.indexes) {
    IndexShape s;
    s.label = "index `" + index.name + "`";
    s.unique = index.unique;
    s.from_index = true;
    s.method = to_lower(index.method);
    for (const auto& element : index.elements) {
      s.keys.push_back(element_key(element));
      if (element.column.empty()) s.all_plain = false;
      if (s.all_plain) s.plain_columns.push_back(element.column);
    }
    if (index.where) s.where = index.where->sql;
    s.loc = &index.loc;
    shapes.push_back(std::move(s));
  }
  return shapes;
}

bool same_shape(const IndexShape& a, const IndexShape& b) {
  return a.method == b.method && a.keys == b.keys && a.where == b.where;
}

bool mentions_any(const std::string& sql, const std::vector<std::string>& columns) {
  for (const auto& column : columns) {
    if (mentions_identifier(sql, column)) return true;
  }
  return false;
}

}  // namespace

void check_DuplicateIndex(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    auto shapes = shapes_of(table);
    std::vector<bool> reported(shapes.size(), false);
    for (size_t b = 0; b < shapes.size(); ++b) {
      for (size_t a = 0; a < b; ++a) {
        if (!same_shape(shapes[a], shapes[b])) continue;
        // Keep the unique one (it enforces something); otherwise keep the first declared.
        size_t redundant = (shapes[a].unique && !shapes[b].unique) ? b
                           : (!shapes[a].unique && shapes[b].unique) ? a
                                                                     : b;
        size_t kept = redundant == a ? b : a;
        if (!shapes[redundant].from_index || reported[redundant]) continue;
        reported[redundant] = true;
        context.report(table, "", loc_or(*shapes[redundant].loc, table.loc),
                       shapes[redundant].label + " on `" + table_label(table) + "` (" +
                           join(shapes[redundant].keys, ", ") + ") duplicates " +
                           shapes[kept].label + "; drop it");
      }
    }
  }
}

void check_RedundantPrefixIndex(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    auto shapes = shapes_of(table);
    for (size_t a = 0; a < shapes.size(); ++a) {
      const IndexShape& small = shapes[a];
      if (!small.from_index || small.unique || !small.all_plain || !small.where.empty()) continue;
      if (small.method != "btree") continue;
      for (size_t b = 0; b < shapes.size(); ++b) {
        const IndexShape& big = shapes[b];
        if (a == b || big.method != "btree" || !big.where.empty()) continue;
        if (big.keys.size() <= small.keys.size()) continue;
        if (!std::equal(small.keys.begin(), small.keys.end(), big.keys.begin())) continue;
        context.report(table, "", loc_or(*small.loc, table.loc),
                       small.label + " (" + join(small.keys, ", ") + ") is a leading prefix of " +
                           big.label + " (" + join(big.keys, ", ") +
                           "), which serves the same lookups; drop it");
        break;
      }
    }
  }
}

void check_TooManyIndexes(RuleContext& context) {
  size_t limit = context.settings.thresholds.max_indexes;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    size_t count = table.indexes.size() + table.uniques.size() + table.exclusions.size() +
                   (table.primary_key ? 1 : 0);
    if (count <= limit) continue;
    context.report(table, "", table.loc,
                   "table `" + table_label(table) + "` has " + std::to_string(count) +
                       " indexes (keys included), more than " + std::to_string(limit) +
                       " (thresholds.max_indexes); each one slows every write");
  }
}

void check_SoftDeleteUnique(RuleContext& context) {
  const auto& soft = context.settings.policies.soft_delete_columns;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    std::vector<std::string> markers;
    for (const auto& column : table.columns) {
      if (any_glob(soft, column.name)) markers.push_back(column.name);
    }
    if (markers.empty()) continue;
    std::string marker = markers[0];
    bool has_partial_unique = false;
    bool has_unique = false;
    for (const auto& unique : table.uniques) {
      has_unique = true;
      context.report(table, "", loc_or(unique.loc, table.loc),
                     "unique key (" + join(unique.columns, ", ") + ") on soft-delete table `" +
                         table_label(table) + "` also counts deleted rows; use a unique index "
                         "... WHERE " + marker + " IS NULL");
    }
    for (const auto& index : table.indexes) {
      if (!index.unique) continue;
      has_unique = true;
      if (index.where && mentions_any(index.where->sql, markers)) {
        has_partial_unique = true;
        continue;
      }
      context.report(table, "", loc_or(index.loc, table.loc),
                     "unique index `" + index.name + "` on soft-delete table `" +
                         table_label(table) + "` also counts deleted rows; add WHERE " + marker +
                         " IS NULL");
    }
    if (!has_unique && !has_partial_unique) {
      context.report(table, "", table.loc,
                     "soft-delete table `" + table_label(table) +
                         "` has no partial unique index (... WHERE " + marker +
                         " IS NULL), so no natural key is enforced among live rows");
    }
  }
}

void check_BooleanIndex(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& index : table.indexes) {
      if (index.elements.size() != 1 || index.where || index.elements[0].column.empty()) continue;
      const Column* column = table.find_column(index.elements[0].column);
      if (!column || column->type.kind != TypeKind::Bool) continue;
      context.report(table, column->name, loc_or(index.loc, table.loc),
                     "index `" + index.name + "` is on boolean `" + column->name +
                         "`, which has two values; a partial index (WHERE " + column->name +
                         ") on the rare value serves better");
    }
  }
}

void check_WideIndex(RuleContext& context) {
  size_t limit = context.settings.thresholds.max_index_columns;
  for (const auto& table : context.schema.tables) {
    for (const auto& index : table.indexes) {
      if (index.elements.size() <= limit) continue;
      context.report(table, "", loc_or(index.loc, table.loc),
                     "index `" + index.name + "` has " + std::to_string(index.elements.size()) +
                         " key columns, more than " + std::to_string(limit) +
                         " (thresholds.max_index_columns); consider INCLUDE for the trailing ones");
    }
  }
}

}  // namespace sf::detail
