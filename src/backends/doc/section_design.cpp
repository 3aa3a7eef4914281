// The designer's record in the document: a table's journey steps, its design decisions,
// what was not chosen and why, the data-type rationale, and the query patterns with the
// index that serves each. Schemas not made from a brief have no record and get none of it.
#include <algorithm>

#include "backends/doc/sections.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

const TableDesign* design_of(const DocContext& context, const Table& table) {
  if (!context.schema.design) return nullptr;
  return context.schema.design->find_table(table.name);
}

std::string subject(const DesignDecision& decision) {
  return decision.subject.empty() ? std::string() : code(decision.subject) + ": ";
}

}  // namespace

bool write_table_journey(const DocContext& context, const Table& table, std::string& out) {
  const TableDesign* design = design_of(context, table);
  if (design == nullptr) return false;
  out += "**Journey Context**: " +
         (design->journey.empty() ? std::string("supports the tables it links (no step of its own)")
                                  : join(design->journey, ", ")) +
         "\n";
  return true;
}

void write_table_design(const DocContext& context, const Table& table, std::string& out) {
  const TableDesign* design = design_of(context, table);
  if (design == nullptr || design->decisions.empty()) return;
  out += "**Design decisions** (from the brief):\n";
  for (const auto& d : design->decisions) {
    if (d.kind == DecisionKind::DataType) continue;
    out += "- " + subject(d) + cell(d.choice) + " - " + cell(d.reason) + "\n";
  }
  out += "\n**What we didn't choose**:\n";
  bool any = false;
  for (const auto& d : design->decisions) {
    for (const auto& alternative : d.alternatives) {
      out += "- " + subject(d) + cell(alternative.option) + " - " + cell(alternative.why_not) + "\n";
      any = true;
    }
  }
  if (!any) out += "- nothing else was considered\n";
  out += "\n**Data types rationale**:\n";
  any = false;
  for (const auto& d : design->decisions) {
    if (d.kind != DecisionKind::DataType) continue;
    out += "- " + subject(d) + code(d.choice) + " - " + cell(d.reason) + "\n";
    any = true;
  }
  if (!any) out += "- only keys and audit columns (see the decisions above)\n";
  out += "\n";
}

bool write_query_patterns(const DocContext& context, std::string& out) {
  if (!context.schema.design || context.schema.design->queries.empty()) return false;
  // The planner's column appears only after `build` verified the patterns on a database.
  bool verified = std::any_of(context.schema.design->queries.begin(), context.schema.design->queries.end(),
                              [](const QueryDesign& q) { return !q.verified_plan.empty(); });
  out += std::string("| Query | Table | Frequency | Journey step | Index | Why |") +
         (verified ? " Planner's choice (build verification) |\n" : "\n");
  out += std::string("|---|---|---|---|---|---|") + (verified ? "---|\n" : "\n");
  for (const auto& query : context.schema.design->queries) {
    out += "| " + cell(query.name) + " | " + cell(display(query.table)) + " | " +
           cell(query.frequency) + " | " + cell(query.journey_step) + " | " +
           (query.index.empty() ? std::string("none") : code(query.index)) + " | " +
           cell(query.reason) + " |";
    if (verified) out += " " + cell(query.verified_plan) + " |";
    out += "\n";
  }
  out += "\n";
  for (const auto& query : context.schema.design->queries) {
    out += "**" + cell(query.name) + "**\n\n```sql\n" + query.sql + "\n";
    if (!query.verified_plan.empty()) out += "-- planner's choice (build verification): " + query.verified_plan + "\n";
    if (query.verified_rows) {
      out += "-- run on the seed data (build verification): " + std::to_string(*query.verified_rows) +
             (*query.verified_rows == 1 ? " row\n" : " rows\n");
    }
    out += "```\n\n";
  }
  return true;
}

bool write_journey_connection(const DocContext& context, std::string& out) {
  if (!context.schema.design || context.schema.design->journey.empty()) return false;
  for (const auto& [step, description] : context.schema.design->journey) {
    std::vector<std::string> tables;
    for (const auto& table : context.schema.design->tables) {
      if (std::find(table.journey.begin(), table.journey.end(), step) != table.journey.end())
        tables.push_back(code(display(table.table)));
    }
    out += "- **" + cell(step) + "**: " + cell(description) + " → " +
           (tables.empty() ? std::string("no table of its own") : join(tables, ", ")) + "\n";
  }
  return true;
}

std::string table_journey(const DocContext& context, const Table& table) {
  const TableDesign* design = design_of(context, table);
  return design == nullptr ? std::string() : join(design->journey, ", ");
}

}  // namespace sf::detail
