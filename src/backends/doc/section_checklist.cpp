// The validation checklist: each box ticked from a fact, or left open with the input that
// would decide it.
#include <map>

#include "backends/doc/sections.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string first_few(const std::vector<std::string>& names, size_t n = 5) {
  if (names.size() <= n) return join(names, ", ");
  std::vector<std::string> head(names.begin(), names.begin() + static_cast<long>(n));
  return join(head, ", ") + " and " + std::to_string(names.size() - n) + " more";
}

CheckItem fact(bool done, std::string text, std::string evidence) {
  return CheckItem{done ? CheckItem::State::Done : CheckItem::State::NotDone, std::move(text),
                   std::move(evidence)};
}

CheckItem open(std::string text, std::string input) {
  return CheckItem{CheckItem::State::Unknown, std::move(text), "needs " + std::move(input)};
}

}  // namespace

std::vector<CheckItem> validation_items(const DocContext& context) {
  std::vector<CheckItem> items;
  items.push_back(open("All journey steps have database support", "the brief's journey steps"));
  items.push_back(open("All backlog features can be implemented with this schema", "the backlog"));

  std::vector<std::string> no_pk, no_audit, unindexed, naive, missing_target, default_action;
  size_t fks = 0;
  for (const Table* table : context.tables) {
    std::string name = display(table->name);
    if (!table->primary_key && !table->partition_of) no_pk.push_back(name);
    if (!table->find_column("created_at") || !table->find_column("updated_at"))
      no_audit.push_back(name);
    for (const auto& fk : table->foreign_keys) {
      ++fks;
      std::string id = name + "(" + join(fk.columns, ", ") + ")";
      if (!foreign_key_indexed(*table, fk)) unindexed.push_back(id);
      if (!context.schema.find_table(fk.ref_table)) missing_target.push_back(id);
      if (fk.on_delete == FkAction::NoAction) default_action.push_back(id);
    }
    for (const auto& column : table->columns) {
      if (column.type.kind == TypeKind::Timestamp) naive.push_back(name + "." + column.name);
    }
  }
  size_t n = context.tables.size();
  items.push_back(fact(no_pk.empty(), "Every table has a primary key",
                       no_pk.empty() ? std::to_string(n) + " of " + std::to_string(n) + " tables"
                                     : "without one: " + first_few(no_pk)));
  items.push_back(fact(missing_target.empty(),
                       "All relationships have foreign keys to existing tables",
                       missing_target.empty() ? plural(fks, "foreign key") + " checked"
                                              : "dangling: " + first_few(missing_target)));
  items.push_back(fact(default_action.empty(),
                       "Foreign keys state their ON DELETE action (CASCADE/RESTRICT/SET NULL)",
                       default_action.empty()
                           ? "all " + std::to_string(fks) + " do"
                           : std::to_string(default_action.size()) + " of " + std::to_string(fks) +
                                 " use the default NO ACTION: " + first_few(default_action)));
  items.push_back(fact(
      unindexed.empty(), "Indexes on all foreign keys",
      unindexed.empty() ? "all " + std::to_string(fks) + " indexed"
                        : std::to_string(unindexed.size()) + " without: " + first_few(unindexed)));
  items.push_back(open("All query patterns from the backlog have indexes",
                       "the brief's query patterns (and `schemaforge advise`)"));
  items.push_back(fact(no_audit.empty(), "Audit columns (created_at, updated_at) on all tables",
                       no_audit.empty() ? "all " + std::to_string(n) + " tables"
                                        : "missing on " + first_few(no_audit)));
  items.push_back(
      fact(naive.empty(), "Timestamps are timezone-aware",
           naive.empty() ? "no timestamp without time zone" : "without zone: " + first_few(naive)));
  items.push_back(open("Unique constraints on business keys and NOT NULL on required columns",
                       "the brief's entities (which keys are natural, which fields are required)"));
  if (context.inputs.lint) {
    std::map<Severity, size_t> by;
    for (const auto& f : *context.inputs.lint) ++by[f.severity];
    size_t errors = by[Severity::Error], warnings = by[Severity::Warning];
    items.push_back(
        fact(errors == 0 && warnings == 0,
             "Lint finds nothing (naming, redundant indexes, enum-like columns without CHECK, ...)",
             plural(errors, "error") + ", " + plural(warnings, "warning") + ", " +
                 plural(by[Severity::Info], "note")));
  } else {
    items.push_back(
        open("Lint finds nothing (naming, redundant indexes, enum-like columns without CHECK, ...)",
             "lint results (`schemaforge lint`)"));
  }
  items.push_back(
      open("Migration files run successfully on a clean database", "`schemaforge verify` results"));
  items.push_back(open("\"What We DIDN'T Choose\" explains 3+ alternatives", "the design brief"));
  return items;
}

void write_validation(const DocContext& context, std::string& out) {
  out += "## Validation\n\nThis schema design is complete when:\n\n";
  for (const auto& item : validation_items(context)) {
    switch (item.state) {
      case CheckItem::State::Done:
        out += "- [x] " + item.text + " (" + item.evidence + ")\n";
        break;
      case CheckItem::State::NotDone:
        out += "- [ ] " + item.text + " (" + item.evidence + ")\n";
        break;
      case CheckItem::State::Unknown:
        out += "- [ ] " + item.text + " (_" + item.evidence + "_)\n";
        break;
    }
  }
  out += "\n";
  if (context.inputs.lint && !context.inputs.lint->empty()) {
    out += "### Lint Findings\n\n| Severity | Code | Element | Message |\n|---|---|---|---|\n";
    for (const auto& f : *context.inputs.lint) {
      out += "| " + std::string(to_string(f.severity)) + " | " + f.code + " | " + cell(f.element) +
             " | " + cell(f.message) + " |\n";
    }
    out += "\n";
  }
  out += "---\n\n## References\n\n";
  if (!context.inputs.source.empty())
    out += "- **Schema source**: " + code(context.inputs.source) + "\n";
  out +=
      "- **Essentials edition**: [database-schema-essentials.md](database-schema-essentials.md)\n";
  out += "- **Diagrams**: [erd/](erd/) (Mermaid, Graphviz DOT and SVG, ASCII, PlantUML)\n";
  out += "- **User Journey, Tech Stack, Architecture, Backlog**: " +
         needs("the design brief would link them");
  out += "\n---\n\n";
  out += "**Generated by**: schemaforge doc\n**Database**: " + context.inputs.database +
         "\n**Total Tables**: " + std::to_string(context.counts.tables) + "\n";
}

}  // namespace sf::detail
