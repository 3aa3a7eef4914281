// Cross-references of a brief, checked once every section is read: names that refer to
// nothing, join tables that clash, and query patterns against the columns the design will have.
#include <algorithm>
#include <set>

#include "frontends/brief/read_sections.h"
#include "schemaforge/base/strings.h"
#include "schemaforge/frontends/postgres_fragments.h"

namespace sf::detail {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

/// The location of byte `offset` of a query's SQL, when the SQL stands on one line of the
/// file exactly as written (a plain or single-quoted-free scalar); else the SQL's start.
SourceLoc at_offset(const BriefQuery& query, int32_t offset) {
  SourceLoc loc = query.loc;
  if (offset < 0 || !loc.known() || query.sql.find('\n') != std::string::npos) return loc;
  std::string_view line = loc.file->line_text(loc.line);
  if (loc.column == 0 || line.substr(loc.column - 1, query.sql.size()) != query.sql) return loc;
  loc.column += static_cast<uint32_t>(offset);
  return loc;
}

void check_query(const Brief& brief, BriefQuery& query, Diagnostics& diagnostics) {
  if (query.sql.empty()) return;
  std::string error;
  auto shape = parse_query_shape(query.sql, error);
  if (!shape) {
    diagnostics.report(DiagCode::BriefQuery, query.loc,
                       "query `" + query.name + "` does not parse: " + error);
    return;
  }
  std::vector<std::string> columns;
  if (const BriefEntity* entity = brief.find_entity(shape->table)) {
    columns = designed_columns(brief, *entity);
  } else {
    bool join_table = false;
    for (const auto& link : brief.relationships) {
      if (link.kind != RelationKind::ManyToMany || link.through != shape->table) continue;
      join_table = true;
      columns = {singular(link.from) + "_id", singular(link.to) + "_id", "created_at"};
      for (const auto& field : link.attributes) columns.push_back(field.name);
    }
    if (!join_table) {
      diagnostics.report(DiagCode::BriefQuery, query.loc,
                         "query `" + query.name + "` reads table `" + shape->table +
                             "`, which is not an entity of the brief");
      return;
    }
  }
  auto check = [&](const std::string& column, int32_t offset) {
    if (!contains(columns, column)) {
      diagnostics.report(DiagCode::BriefQuery, at_offset(query, offset),
                         "query `" + query.name + "` uses column `" + shape->table + "." + column +
                             "`, which the design does not have (columns: " + join(columns, ", ") + ")");
    }
  };
  for (const auto& predicate : shape->predicates) check(predicate.column, predicate.offset);
  for (const auto& sort : shape->order_by) check(sort.column, sort.offset);
  query.shape = std::move(*shape);
}

}  // namespace

void check_brief(Brief& brief, Diagnostics& diagnostics) {
  std::vector<std::string> steps;
  for (const auto& step : brief.journey) steps.push_back(step.name);
  auto check_step = [&](const std::string& step, const SourceLoc& loc, const std::string& who) {
    if (!steps.empty() && !contains(steps, step))
      diagnostics.report(DiagCode::BriefUnknownName, loc,
                         who + " names journey step `" + step + "`, which `journey` does not define");
  };
  auto check_entity = [&](const std::string& name, const SourceLoc& loc, const std::string& who) {
    if (!name.empty() && brief.find_entity(name) == nullptr)
      diagnostics.report(DiagCode::BriefUnknownName, loc,
                         who + " names entity `" + name + "`, which `entities` does not define");
  };
  for (const auto& entity : brief.entities) {
    for (size_t i = 0; i < entity.journey.size(); ++i) {
      const SourceLoc& loc = i < entity.journey_locs.size() ? entity.journey_locs[i] : entity.loc;
      check_step(entity.journey[i], loc, "entity `" + entity.name + "`");
    }
    for (const auto& field : entity.fields) {
      if (field.kind == FieldKind::Reference)
        check_entity(field.to, field.loc, "field `" + entity.name + "." + field.name + "`");
    }
  }
  std::set<std::string> join_tables;
  for (const auto& link : brief.relationships) {
    check_entity(link.from, link.loc, "a relationship");
    check_entity(link.to, link.loc, "a relationship");
    if (link.kind != RelationKind::ManyToMany) continue;
    if (link.through.empty()) {
      diagnostics.report(DiagCode::BriefValue, link.loc,
                         "a many_to_many relationship needs `through` (the join table's name)");
    } else if (brief.find_entity(link.through) != nullptr || !join_tables.insert(link.through).second) {
      diagnostics.report(DiagCode::BriefDuplicate, link.loc,
                         "join table `" + link.through + "` is already defined");
    }
  }
  for (const auto& pattern : brief.patterns) {
    if ((pattern == "sessions_tokens" || pattern == "files_jobs" || pattern == "notifications") &&
        brief.find_entity("users") == nullptr)
      diagnostics.report(DiagCode::BriefUnknownName, brief.loc,
                         "pattern `" + pattern + "` links its tables to `users`, which `entities` does not define");
  }
  bool analytics = std::find(brief.patterns.begin(), brief.patterns.end(), "analytics_events") != brief.patterns.end();
  if (analytics && brief.partitions.start_month == 0)
    diagnostics.report(DiagCode::BriefValue, brief.loc,
                       "pattern `analytics_events` needs `partitions: {start: YYYY-MM}` for its monthly partitions");
  for (const auto& estimate : brief.scale) check_entity(estimate.entity, estimate.loc, "`scale`");
  for (auto& query : brief.queries) {
    if (!query.journey_step.empty()) check_step(query.journey_step, query.loc, "query `" + query.name + "`");
    check_query(brief, query, diagnostics);
  }
}

}  // namespace sf::detail
