// L6xx: comments (tbls' require*Comment rules), with the coverage in the message.
#include <string>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"

namespace sf::detail {

namespace {

std::string coverage(size_t done, size_t all, const char* what) {
  size_t percent = all == 0 ? 100 : done * 100 / all;
  return std::to_string(done) + " of " + std::to_string(all) + " " + what + " documented, " +
         std::to_string(percent) + "%";
}

}  // namespace

void check_MissingTableComment(RuleContext& context) {
  size_t all = 0, done = 0;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    ++all;
    if (!table.comment.empty()) ++done;
  }
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || !table.comment.empty()) continue;
    context.report(table, "", table.loc,
                   "table `" + table_label(table) + "` has no comment saying what it is for (" +
                       coverage(done, all, "tables") + ")");
  }
}

void check_MissingColumnComment(RuleContext& context) {
  size_t all = 0, done = 0;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      ++all;
      if (!column.comment.empty()) ++done;
    }
  }
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      if (!column.comment.empty()) continue;
      context.report(table, column.name, column.loc,
                     "column `" + column_label(table, column.name) + "` has no comment (" +
                         coverage(done, all, "columns") + ")");
    }
  }
}

void check_MissingEnumComment(RuleContext& context) {
  for (const auto& type : context.schema.enums) {
    if (!type.comment.empty()) continue;
    context.report_object(type.name.display(), type.loc,
                          "enum type `" + type.name.display() + "` has no comment");
  }
}

void check_MissingViewComment(RuleContext& context) {
  for (const auto& view : context.schema.views) {
    if (!view.comment.empty()) continue;
    context.report_object(view.name.display(), view.loc,
                          std::string(view.materialized ? "materialized view" : "view") + " `" +
                              view.name.display() + "` has no comment");
  }
}

}  // namespace sf::detail
