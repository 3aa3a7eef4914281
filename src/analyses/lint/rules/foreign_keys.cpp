// L2xx: foreign keys and referential actions.
#include <algorithm>
#include <map>
#include <string>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string fk_label(const Table& table, const ForeignKey& fk) {
  return "foreign key `" + table_label(table) + "` (" + join(fk.columns, ", ") + ") -> `" +
         fk.ref_table.display() + "`";
}

const SourceLoc& fk_loc(const Table& table, const ForeignKey& fk) {
  if (fk.loc.known()) return fk.loc;
  if (!fk.columns.empty()) {
    if (const Column* column = table.find_column(fk.columns[0])) return loc_or(column->loc, table.loc);
  }
  return table.loc;
}

std::string fk_column(const ForeignKey& fk) { return fk.columns.size() == 1 ? fk.columns[0] : ""; }

bool covered_by(const std::vector<std::vector<std::string>>& lists,
                const std::vector<std::string>& columns) {
  for (const auto& list : lists) {
    if (list.size() < columns.size()) continue;
    std::vector<std::string> prefix(list.begin(), list.begin() + static_cast<long>(columns.size()));
    if (same_column_set(prefix, columns)) return true;
  }
  return false;
}

bool is_set_action(FkAction action, FkAction wanted) { return action == wanted; }

/// The columns an ON DELETE/UPDATE SET NULL / SET DEFAULT writes to.
std::vector<std::string> action_columns(const ForeignKey& fk, bool on_delete) {
  if (on_delete && !fk.on_delete_columns.empty()) return fk.on_delete_columns;
  return fk.columns;
}

}  // namespace

void check_FkWithoutIndex(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    auto lists = indexed_column_lists(table);
    if (table.partition_of) {  // indexes declared on the parent cascade to its partitions
      if (const Table* parent = context.schema.find_table(table.partition_of->parent)) {
        auto more = indexed_column_lists(*parent);
        lists.insert(lists.end(), more.begin(), more.end());
      }
    }
    for (const auto& fk : table.foreign_keys) {
      if (fk.columns.empty() || covered_by(lists, fk.columns)) continue;
      context.report(table, fk_column(fk), fk_loc(table, fk),
                     fk_label(table, fk) + " has no index starting with (" +
                         join(fk.columns, ", ") +
                         "); joins and deletes of the parent scan the whole table");
    }
  }
}

void check_FkTypeMismatch(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      const Table* target = referenced_table(context.schema, fk);
      if (!target) continue;
      auto targets = referenced_columns(context.schema, fk);
      for (size_t i = 0; i < fk.columns.size() && i < targets.size(); ++i) {
        const Column* from = table.find_column(fk.columns[i]);
        const Column* to = target->find_column(targets[i]);
        if (!from || !to || same_type(from->type, to->type)) continue;
        context.report(table, from->name, loc_or(from->loc, fk_loc(table, fk)),
                       "`" + column_label(table, from->name) + "` is " + type_label(from->type) +
                           " but references `" + column_label(*target, to->name) + "`, which is " +
                           type_label(to->type));
      }
    }
  }
}

void check_NullableFk(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      for (const auto& name : fk.columns) {
        const Column* column = table.find_column(name);
        if (!column || column->not_null || in_primary_key(table, name)) continue;
        context.report(table, name, loc_or(column->loc, fk_loc(table, fk)),
                       fk_label(table, fk) + " is nullable (`" + name +
                           "`), so the relationship is optional; add NOT NULL if every row "
                           "has a parent");
        break;
      }
    }
  }
}

void check_SetNullOnNotNull(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      for (bool on_delete : {true, false}) {
        FkAction action = on_delete ? fk.on_delete : fk.on_update;
        if (!is_set_action(action, FkAction::SetNull)) continue;
        for (const auto& name : action_columns(fk, on_delete)) {
          const Column* column = table.find_column(name);
          if (!column || !(column->not_null || in_primary_key(table, name))) continue;
          context.report(table, name, fk_loc(table, fk),
                         fk_label(table, fk) + " is ON " + (on_delete ? "DELETE" : "UPDATE") +
                             " SET NULL, but `" + name + "` is NOT NULL: the " +
                             (on_delete ? "delete" : "update") + " of a parent row will fail");
          break;
        }
      }
    }
  }
}

void check_CascadeDepth(RuleContext& context) {
  const Schema& schema = context.schema;
  const size_t limit = context.settings.thresholds.max_cascade_depth;
  // depth[t]: the longest ON DELETE CASCADE chain that ends at table t (a root has 0).
  std::map<std::string, size_t> depth;
  std::map<std::string, std::string> via;  // the parent on that longest chain
  auto key = [](const QualifiedName& n) { return n.effective_schema() + "." + n.name; };
  // Relax edges |tables| times: longest paths in a DAG; the bound stops cycles.
  for (size_t round = 0; round < schema.tables.size(); ++round) {
    bool changed = false;
    for (const auto& table : schema.tables) {
      for (const auto& fk : table.foreign_keys) {
        if (fk.on_delete != FkAction::Cascade || fk.ref_table.same_object(table.name)) continue;
        size_t candidate = depth[key(fk.ref_table)] + 1;
        if (candidate > depth[key(table.name)] && candidate <= schema.tables.size()) {
          depth[key(table.name)] = candidate;
          via[key(table.name)] = key(fk.ref_table);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  for (const auto& table : schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      if (fk.on_delete != FkAction::Cascade || fk.ref_table.same_object(table.name)) continue;
      size_t d = depth[key(fk.ref_table)] + 1;
      if (d != limit + 1) continue;  // report the first link past the limit only
      std::vector<std::string> chain = {table.name.name};
      std::string at = key(fk.ref_table);
      for (size_t guard = 0; guard <= limit + 1 && !at.empty(); ++guard) {
        chain.push_back(at.substr(at.find('.') + 1));
        auto it = via.find(at);
        at = it == via.end() ? "" : it->second;
      }
      std::reverse(chain.begin(), chain.end());
      context.report(table, fk_column(fk), fk_loc(table, fk),
                     "ON DELETE CASCADE chain of depth " + std::to_string(d) + " (" +
                         join(chain, " -> ") + ") exceeds the maximum of " +
                         std::to_string(limit) + " (thresholds.max_cascade_depth)");
    }
  }
}

void check_FkToMissingTable(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      if (referenced_table(context.schema, fk)) continue;
      context.report(table, fk_column(fk), fk_loc(table, fk),
                     fk_label(table, fk) + " references a table that is not in the schema");
    }
  }
}

void check_FkToNonUnique(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      const Table* target = referenced_table(context.schema, fk);
      if (!target) continue;
      auto targets = referenced_columns(context.schema, fk);
      if (targets.empty()) {
        context.report(table, fk_column(fk), fk_loc(table, fk),
                       fk_label(table, fk) + " names no columns and `" + table_label(*target) +
                           "` has no primary key");
      } else if (!is_unique_key(*target, targets)) {
        context.report(table, fk_column(fk), fk_loc(table, fk),
                       fk_label(table, fk) + " references (" + join(targets, ", ") +
                           "), which is not a primary or unique key of `" +
                           table_label(*target) + "`");
      }
    }
  }
}

void check_DuplicateFk(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (size_t i = 0; i < table.foreign_keys.size(); ++i) {
      const ForeignKey& fk = table.foreign_keys[i];
      auto targets = referenced_columns(context.schema, fk);
      for (size_t j = 0; j < i; ++j) {
        const ForeignKey& earlier = table.foreign_keys[j];
        if (earlier.columns != fk.columns || !earlier.ref_table.same_object(fk.ref_table)) continue;
        if (referenced_columns(context.schema, earlier) != targets) continue;
        context.report(table, fk_column(fk), fk_loc(table, fk),
                       fk_label(table, fk) + " is declared twice" +
                           (earlier.name.empty() ? "" : " (also as `" + earlier.name + "`)"));
        break;
      }
    }
  }
}

void check_FkSelfColumn(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      if (!fk.ref_table.same_object(table.name)) continue;
      auto targets = referenced_columns(context.schema, fk);
      if (targets != fk.columns) continue;
      context.report(table, fk_column(fk), fk_loc(table, fk),
                     fk_label(table, fk) + " references its own column(s), so it constrains "
                                           "nothing");
    }
  }
}

void check_SetDefaultWithoutDefault(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      for (bool on_delete : {true, false}) {
        FkAction action = on_delete ? fk.on_delete : fk.on_update;
        if (!is_set_action(action, FkAction::SetDefault)) continue;
        for (const auto& name : action_columns(fk, on_delete)) {
          const Column* column = table.find_column(name);
          if (!column || column->default_value) continue;
          context.report(table, name, fk_loc(table, fk),
                         fk_label(table, fk) + " is ON " + (on_delete ? "DELETE" : "UPDATE") +
                             " SET DEFAULT, but `" + name +
                             "` has no default, so it is set to NULL");
          break;
        }
      }
    }
  }
}

void check_ImplicitFkAction(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& fk : table.foreign_keys) {
      if (fk.on_delete != FkAction::NoAction) continue;
      context.report(table, fk_column(fk), fk_loc(table, fk),
                     fk_label(table, fk) +
                         " has no ON DELETE action (NO ACTION); choose RESTRICT, CASCADE or "
                         "SET NULL so the intent is written down");
    }
  }
}

}  // namespace sf::detail
