// L7xx: relationships between tables (SchemaSpy's orphans and implied keys, SchemaCrawler's
// cycles, the seeds' "no many-to-many without a join table").
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string key_of(const QualifiedName& name) { return name.effective_schema() + "." + name.name; }

/// The table an `<x>_id` column would point at: `<x>s` or `<x>`, in the column's schema first.
const Table* table_named_like(const Schema& schema, const Table& from, const std::string& stem) {
  for (const std::string& candidate : {plural(stem), stem}) {
    QualifiedName same{from.name.schema, candidate};
    if (const Table* t = schema.find_table(same)) return t;
  }
  return nullptr;
}

bool audit_column(const std::string& name) {
  return ends_with(name, "_at") || name == "id" || name == "version";
}

}  // namespace

void check_UnrelatedTable(RuleContext& context) {
  std::set<std::string> related;
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      if (fk.ref_table.same_object(table.name)) continue;
      QualifiedName from = table.partition_of ? table.partition_of->parent : table.name;
      related.insert(key_of(from));
      related.insert(key_of(fk.ref_table));
    }
  }
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || related.count(key_of(table.name))) continue;
    context.report(table, "", table.loc,
                   "table `" + table_label(table) +
                       "` has no foreign key to or from another table; is a relationship "
                       "missing, or does it belong elsewhere?");
  }
}

void check_ManyToManyArray(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      const Type& type = column.type;
      if (type.array_dims == 0) continue;
      if (type.kind != TypeKind::Uuid && !is_integer_kind(type.kind)) continue;
      const Table* target = nullptr;
      if (ends_with(column.name, "_ids")) {
        target = table_named_like(context.schema, table, column.name.substr(0, column.name.size() - 4));
      } else {
        target = table_named_like(context.schema, table, singular(column.name));
      }
      if (!target && !ends_with(column.name, "_ids")) continue;
      context.report(table, column.name, column.loc,
                     "`" + column_label(table, column.name) + "` keeps a list of " +
                         (target ? "`" + table_label(*target) + "` ids" : "ids") +
                         " in an array; a join table gives foreign keys, indexes and "
                         "cascades");
    }
  }
}

void check_FkCycle(RuleContext& context) {
  const auto& tables = context.schema.tables;
  std::map<std::string, size_t> index_of;
  for (size_t i = 0; i < tables.size(); ++i) index_of[key_of(tables[i].name)] = i;
  std::vector<std::vector<size_t>> edges(tables.size());
  for (size_t i = 0; i < tables.size(); ++i) {
    for (const auto& fk : tables[i].foreign_keys) {
      auto it = index_of.find(key_of(fk.ref_table));
      if (it != index_of.end() && it->second != i) edges[i].push_back(it->second);
    }
  }
  auto reachable_from = [&](size_t start) {
    std::vector<bool> seen(tables.size(), false);
    std::vector<size_t> stack = {start};
    while (!stack.empty()) {
      size_t at = stack.back();
      stack.pop_back();
      for (size_t next : edges[at]) {
        if (!seen[next]) {
          seen[next] = true;
          stack.push_back(next);
        }
      }
    }
    return seen;
  };
  std::vector<std::vector<bool>> reach(tables.size());
  for (size_t i = 0; i < tables.size(); ++i) reach[i] = reachable_from(i);
  std::vector<bool> done(tables.size(), false);
  for (size_t i = 0; i < tables.size(); ++i) {
    if (done[i] || !reach[i][i]) continue;
    std::vector<std::string> members;
    for (size_t j = 0; j < tables.size(); ++j) {
      if (reach[i][j] && reach[j][i]) {
        done[j] = true;
        members.push_back(table_label(tables[j]));
      }
    }
    context.report(tables[i], "", tables[i].loc,
                   "tables " + join(members, ", ") +
                       " reference each other in a cycle; inserting and deleting needs "
                       "deferrable or nullable keys");
  }
}

namespace {

/// pg_dump of a partitioned table can put the foreign keys on each partition instead.
bool partition_has_fk(const Schema& schema, const Table& parent, const std::string& column) {
  for (const auto& table : schema.tables) {
    if (table.partition_of && table.partition_of->parent.same_object(parent.name) &&
        column_in_fk(table, column)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void check_ImpliedFk(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      if (!ends_with(column.name, "_id") || column.name.size() <= 3) continue;
      if (column_in_fk(table, column.name) || in_primary_key(table, column.name)) continue;
      if (table.partition_by && partition_has_fk(context.schema, table, column.name)) continue;
      const Table* target = table_named_like(context.schema, table, column.name.substr(0, column.name.size() - 3));
      if (!target || !target->primary_key || target->primary_key->columns.size() != 1) continue;
      const Column* key = target->find_column(target->primary_key->columns[0]);
      if (!key) continue;
      bool compatible = same_type(key->type, column.type) ||
                        (is_integer_kind(key->type.kind) && is_integer_kind(column.type.kind));
      if (!compatible) continue;
      context.report(table, column.name, column.loc,
                     "`" + column_label(table, column.name) + "` looks like a reference to `" +
                         table_label(*target) + "` but has no foreign key; orphans can appear");
    }
  }
}

void check_PolymorphicAssociation(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      if (!ends_with(column.name, "_type") || !is_string_kind(column.type.kind)) continue;
      std::string stem = column.name.substr(0, column.name.size() - 5);
      if (stem.empty()) continue;
      const Column* id = table.find_column(stem + "_id");
      if (!id || column_in_fk(table, id->name)) continue;
      context.report(table, id->name, id->loc,
                     "`" + column_label(table, id->name) + "` points at the table named in `" +
                         column.name + "` (a polymorphic association), which no foreign key "
                         "can enforce; use one nullable key per target or a join table per "
                         "target");
    }
  }
}

void check_JoinTableWithoutKey(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || table.foreign_keys.size() != 2) continue;
    std::vector<std::string> link;
    for (const auto& fk : table.foreign_keys) link.insert(link.end(), fk.columns.begin(), fk.columns.end());
    bool only_links = std::all_of(table.columns.begin(), table.columns.end(), [&](const Column& c) {
      return std::find(link.begin(), link.end(), c.name) != link.end() ||
             in_primary_key(table, c.name) || audit_column(c.name);
    });
    if (!only_links || has_unique_within(table, link)) continue;
    context.report(table, "", table.loc,
                   "link table `" + table_label(table) + "` does not make (" + join(link, ", ") +
                       ") unique, so the same pair can be linked twice; make it the primary key");
  }
}

}  // namespace sf::detail
