// Seed 001 step 5: an index for every foreign key, one per query pattern (equality columns,
// then range, then sort, DESC where the sort is; constant conditions become a partial
// index's WHERE), then no index that another index or key already covers.
#include <algorithm>

#include "analyses/design/design_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string stem(const std::string& column) {
  for (const char* suffix : {"_id", "_at"}) {
    if (ends_with(column, suffix) && column.size() > 3) return column.substr(0, column.size() - 3);
  }
  return column;
}

std::string unique_name(const Table& table, std::string name) {
  auto taken = [&](const std::string& candidate) {
    return std::any_of(table.indexes.begin(), table.indexes.end(),
                       [&](const Index& index) { return index.name == candidate; });
  };
  if (!taken(name)) return name;
  for (int n = 2;; ++n) {
    if (!taken(name + "_" + std::to_string(n))) return name + "_" + std::to_string(n);
  }
}

/// The string a single `column = 'value'` condition compares with, for naming; else empty.
std::string constant_word(const std::vector<const QueryPredicate*>& constants) {
  if (constants.size() != 1 || constants[0]->op != "=") return {};
  const std::string& sql = constants[0]->sql;
  size_t open = sql.find('\'');
  size_t close = sql.rfind('\'');
  if (open == std::string::npos || close <= open + 1) return {};
  std::string word = sql.substr(open + 1, close - open - 1);
  for (char c : word) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return {};
  }
  return to_lower(word);
}

IndexElement element(const std::string& column, bool descending) {
  IndexElement out;
  out.column = column;
  if (descending) out.order = SortOrder::Desc;
  return out;
}

void add_query_index(DesignContext& ctx, const BriefQuery& query) {
  QueryDesign design{query.name, query.sql, query.frequency, query.journey_step,
                     QualifiedName{"", query.shape.table}, "", ""};
  Table* table = ctx.table(query.shape.table);
  if (table == nullptr) {
    ctx.record.queries.push_back(std::move(design));
    return;
  }
  std::vector<IndexElement> elements;
  std::vector<std::string> equality, range, sort, where;
  std::vector<const QueryPredicate*> constants;
  auto has = [&](const std::string& column) {
    return std::any_of(elements.begin(), elements.end(),
                       [&](const IndexElement& e) { return e.column == column; });
  };
  for (const auto& predicate : query.shape.predicates) {
    if (predicate.constant) {
      constants.push_back(&predicate);
      where.push_back(predicate.sql);
    } else if ((predicate.op == "=" || predicate.op == "IN") && !has(predicate.column)) {
      elements.push_back(element(predicate.column, false));
      equality.push_back(predicate.column);
    }
  }
  for (const auto& predicate : query.shape.predicates) {
    if (!predicate.constant && predicate.op != "=" && predicate.op != "IN" && !has(predicate.column)) {
      elements.push_back(element(predicate.column, false));
      range.push_back(predicate.column);
    }
  }
  for (const auto& order : query.shape.order_by) {
    if (has(order.column)) continue;
    elements.push_back(element(order.column, order.descending));
    sort.push_back(order.column + (order.descending ? " DESC" : ""));
  }
  if (elements.empty()) {
    for (const auto* predicate : constants) {
      if (!has(predicate->column)) elements.push_back(element(predicate->column, false));
    }
  }
  if (elements.empty()) {
    design.reason = "no condition or sort on a column: a scan is the plan, no index helps";
    ctx.record.queries.push_back(std::move(design));
    return;
  }
  Index index;
  std::string word = constant_word(constants);
  if (!word.empty()) {
    index.name = "idx_" + table->name.name + "_" + word;
  } else {
    std::vector<std::string> stems;
    for (const auto& e : elements) stems.push_back(stem(e.column));
    index.name = "idx_" + table->name.name + "_" + join(stems, "_") + (where.empty() ? "" : "_partial");
  }
  index.name = unique_name(*table, index.name);
  index.elements = elements;
  if (!where.empty()) index.where = ctx.expr(join(where, " AND "));
  index.loc = query.loc;
  std::vector<std::string> parts;
  if (!equality.empty()) parts.push_back("equality on " + join(equality, ", "));
  if (!range.empty()) parts.push_back((parts.empty() ? "the range on " : "then the range on ") + join(range, ", "));
  if (!sort.empty()) parts.push_back((parts.empty() ? "the sort on " : "then the sort on ") + join(sort, ", "));
  if (!where.empty()) parts.push_back("only rows where " + join(where, " AND ") + " (partial)");
  design.reason = parts.empty() ? "the columns the query filters on" : join(parts, "; ");
  design.index = index.name;
  std::vector<Alternative> alternatives = {
      {"one index per column", "PostgreSQL would combine bitmaps and still sort; one composite index serves filter and order"}};
  if (!where.empty()) {
    alternatives.push_back({"a full index with the constant column leading",
                            "indexes every row although the query reads only the rows matching " + join(where, " AND ")});
  }
  ctx.decide(table->name.name, {DecisionKind::Index, index.name, "index on (" + [&] {
                                  std::vector<std::string> shown;
                                  for (const auto& e : elements)
                                    shown.push_back(e.column + (e.order == SortOrder::Desc ? " DESC" : ""));
                                  return join(shown, ", ");
                                }() + ")" + (where.empty() ? "" : " WHERE " + join(where, " AND ")),
                                "query pattern `" + query.name + "`: " + design.reason, alternatives});
  table->indexes.push_back(std::move(index));
  ctx.record.queries.push_back(std::move(design));
}

bool same_where(const Index& a, const Index& b) {
  if (a.where.has_value() != b.where.has_value()) return false;
  return !a.where || a.where->sql == b.where->sql;
}

/// Whether `index`'s plain columns are a leading part of `columns` (a key's).
bool prefix_of_key(const Index& index, const std::vector<std::string>& columns) {
  if (index.where || index.elements.size() > columns.size()) return false;
  for (size_t i = 0; i < index.elements.size(); ++i) {
    const auto& e = index.elements[i];
    if (e.expr || e.order == SortOrder::Desc || e.column != columns[i]) return false;
  }
  return true;
}

bool prefix_of_index(const Index& index, const Index& other) {
  if (!same_where(index, other) || index.elements.size() > other.elements.size()) return false;
  for (size_t i = 0; i < index.elements.size(); ++i) {
    const auto& a = index.elements[i];
    const auto& b = other.elements[i];
    if (a.expr || b.expr || a.column != b.column || a.order != b.order) return false;
  }
  return true;
}

void redirect_queries(DesignContext& ctx, const std::string& from, const std::string& to) {
  for (auto& query : ctx.record.queries) {
    if (query.index == from) query.index = to;
  }
}

}  // namespace

void design_indexes(DesignContext& ctx) {
  for (auto& table : ctx.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      Index index;
      index.name = unique_name(table, "idx_" + table.name.name + "_" + join(fk.columns, "_"));
      for (const auto& column : fk.columns) index.elements.push_back(element(column, false));
      table.indexes.push_back(index);
      ctx.decide(table.name.name, {DecisionKind::Index, index.name, "index on (" + join(fk.columns, ", ") + ")",
                                   "a foreign key: joins to " + fk.ref_table.name + " and its ON DELETE " +
                                       to_string(fk.on_delete) + " look rows up by it",
                                   {{"no index", "every delete of a " + fk.ref_table.name + " row would scan this table"}}});
    }
  }
  for (const auto& query : ctx.brief.queries) add_query_index(ctx, query);
}

void drop_redundant_indexes(DesignContext& ctx) {
  for (auto& table : ctx.schema.tables) {
    std::vector<bool> dropped(table.indexes.size(), false);
    for (size_t i = 0; i < table.indexes.size(); ++i) {
      const Index& index = table.indexes[i];
      if (index.unique) continue;
      std::string covered_by;
      if (table.primary_key && prefix_of_key(index, table.primary_key->columns)) {
        covered_by = "the primary key (" + join(table.primary_key->columns, ", ") + ")";
        redirect_queries(ctx, index.name, table.name.name + "_pkey");
      }
      for (const auto& unique : table.uniques) {
        if (covered_by.empty() && prefix_of_key(index, unique.columns)) {
          covered_by = "the unique constraint on (" + join(unique.columns, ", ") + ")";
          redirect_queries(ctx, index.name, table.name.name + "_" + join(unique.columns, "_") + "_key");
        }
      }
      for (size_t j = 0; j < table.indexes.size() && covered_by.empty(); ++j) {
        if (j == i || dropped[j]) continue;
        const Index& other = table.indexes[j];
        bool longer = other.elements.size() > index.elements.size();
        if (prefix_of_index(index, other) && (longer || other.unique || j < i)) {
          covered_by = "index " + other.name + ", which leads with the same columns";
          redirect_queries(ctx, index.name, other.name);
        }
      }
      if (covered_by.empty()) continue;
      dropped[i] = true;
      ctx.decide(table.name.name, {DecisionKind::Index, index.name, "not created",
                                   "redundant: " + covered_by + " serves the same lookups",
                                   {{"keep both", "a second index slows every write and buys no read"}}});
    }
    std::vector<Index> kept;
    for (size_t i = 0; i < table.indexes.size(); ++i) {
      if (!dropped[i]) kept.push_back(std::move(table.indexes[i]));
    }
    table.indexes = std::move(kept);
  }
}

}  // namespace sf::detail
