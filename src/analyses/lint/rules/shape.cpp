// L9xx: the size and shape of tables (tbls columnCount, SchemaSpy/SchemaCrawler anomalies,
// the seeds' standard columns).
#include <cctype>
#include <map>
#include <string>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"
#include "schemaforge/model/relationships.h"

namespace sf::detail {

namespace {

/// A link row is inserted and deleted, never updated, when it only holds its keys and times.
bool immutable_link(const Table& table) {
  if (!is_join_table(table)) return false;
  for (const auto& column : table.columns) {
    if (column_in_fk(table, column.name) || in_primary_key(table, column.name)) continue;
    if (!ends_with(column.name, "_at")) return false;
  }
  return true;
}

bool is_append_only(const Table& table, const LintPolicies& policies) {
  return any_glob(policies.append_only_tables, table.name.name) || immutable_link(table);
}

}  // namespace

void check_TooManyColumns(RuleContext& context) {
  size_t limit = context.settings.thresholds.max_columns;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || table.columns.size() <= limit) continue;
    context.report(table, "", table.loc,
                   "table `" + table_label(table) + "` has " + std::to_string(table.columns.size()) +
                       " columns, more than " + std::to_string(limit) +
                       " (thresholds.max_columns); split rarely used groups into their own table");
  }
}

void check_SingleColumnTable(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || table.columns.size() != 1) continue;
    context.report(table, "", table.loc,
                   "table `" + table_label(table) + "` has a single column; is it a lookup "
                   "list that an enum or CHECK would express, or is something missing?");
  }
}

void check_IncrementingColumns(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    std::map<std::string, std::vector<std::string>> by_stem;
    std::vector<std::string> order;
    for (const auto& column : table.columns) {
      const std::string& name = column.name;
      size_t end = name.size();
      while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1]))) --end;
      if (end == name.size() || end == 0) continue;
      std::string stem = name.substr(0, end);
      if (ends_with(stem, "_")) stem.pop_back();
      if (stem.empty() || std::isdigit(static_cast<unsigned char>(stem.back()))) continue;
      if (by_stem[stem].empty()) order.push_back(stem);
      by_stem[stem].push_back(name);
    }
    for (const auto& stem : order) {
      const auto& names = by_stem[stem];
      if (names.size() < 2) continue;
      const Column* first = table.find_column(names[0]);
      context.report(table, names[0], first ? first->loc : table.loc,
                     "columns " + join(names, ", ") + " of `" + table_label(table) +
                         "` repeat one attribute; a child table holds any number of them");
    }
  }
}

void check_MissingTimestamps(RuleContext& context) {
  const LintPolicies& policies = context.settings.policies;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    bool created = !policies.created_column.empty() && table.find_column(policies.created_column);
    bool updated = !policies.updated_column.empty() && table.find_column(policies.updated_column);
    bool append_only = is_append_only(table, policies);
    std::vector<std::string> missing;
    if (!created && !policies.created_column.empty()) missing.push_back(policies.created_column);
    if (!updated && !append_only && !policies.updated_column.empty()) missing.push_back(policies.updated_column);
    if (missing.empty()) continue;
    context.report(table, "", table.loc,
                   std::string(append_only ? "append-only" : "mutable") + " table `" +
                       table_label(table) + "` has no " + join(missing, " or ") +
                       " column; every row should say when it was " +
                       (missing.size() == 2 ? "created and last changed"
                                            : (created ? "last changed" : "created")));
  }
}

void check_TimestampColumnDefault(RuleContext& context) {
  const LintPolicies& policies = context.settings.policies;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const std::string& name : {policies.created_column, policies.updated_column}) {
      const Column* column = name.empty() ? nullptr : table.find_column(name);
      if (!column) continue;
      bool now = column->default_value && column->default_value->form == ExprForm::Now;
      if (column->not_null && now) continue;
      std::string problem = !column->not_null && !now ? "is nullable and has no DEFAULT now()"
                            : !column->not_null       ? "is nullable"
                                                      : "has no DEFAULT now()";
      context.report(table, name, column->loc,
                     "`" + column_label(table, name) + "` " + problem +
                         "; make it NOT NULL DEFAULT now() so every row has it");
    }
  }
}

void check_AllNullableColumns(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    size_t data = 0, nullable = 0;
    for (const auto& column : table.columns) {
      if (in_primary_key(table, column.name)) continue;
      ++data;
      if (!column.not_null) ++nullable;
    }
    if (data < 2 || nullable != data) continue;
    context.report(table, "", table.loc,
                   "every column of `" + table_label(table) +
                       "` outside the primary key is nullable; which ones does a row need?");
  }
}

}  // namespace sf::detail
