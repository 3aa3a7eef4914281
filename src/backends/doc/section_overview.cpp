// Overview, journey connection and the ER diagram(s).
#include <algorithm>

#include "backends/doc/sections.h"
#include "schemaforge/backends/erd.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

DocContext::DocContext(const Schema& s, const DocInputs& i, const DocOptions& o, Diagnostics& d)
    : schema(s), inputs(i), options(o), diagnostics(d) {
  for (const auto& table : s.tables) tables.push_back(&table);
  std::stable_sort(tables.begin(), tables.end(),
                   [](const Table* a, const Table* b) { return a->ordinal < b->ordinal; });
  relationships = derive_relationships(s);
  counts = count(s, relationships);
}

std::string needs(const std::string& what_would_fill_it) {
  return "_Not in the model yet: " + what_would_fill_it + "._\n";
}

void write_overview(const DocContext& context, std::string& out) {
  const Counts& c = context.counts;
  out += "## Overview\n\n";
  out += "- **Database**: " + context.inputs.database + "\n";
  if (!context.inputs.source.empty()) out += "- **Source**: " + code(context.inputs.source) + "\n";
  out +=
      "- **ORM/Migration Tool**: not chosen in the model (the brief's tech stack would name it); "
      "schemaforge writes plain SQL\n";
  out += "- **Total Tables**: " + std::to_string(c.tables);
  if (c.join_tables) out += " (" + plural(c.join_tables, "join table") + ")";
  out += "\n";
  out += "- **Total Relationships**: " + std::to_string(c.relationships()) + " (" +
         std::to_string(c.one_to_many) + " one-to-many, " + std::to_string(c.one_to_one) +
         " one-to-one, " + std::to_string(c.many_to_many) + " many-to-many)\n";
  std::vector<std::string> more;
  more.push_back(plural(c.columns, "column"));
  more.push_back(plural(c.foreign_keys, "foreign key"));
  more.push_back(plural(c.indexes, "index", "indexes"));
  more.push_back(plural(c.checks, "CHECK constraint"));
  if (c.views) more.push_back(plural(c.views, "view"));
  if (c.materialized_views) more.push_back(plural(c.materialized_views, "materialized view"));
  if (c.enums) more.push_back(plural(c.enums, "enum type"));
  if (c.domains) more.push_back(plural(c.domains, "domain"));
  if (c.sequences) more.push_back(plural(c.sequences, "sequence"));
  if (c.functions) more.push_back(plural(c.functions, "function"));
  if (c.triggers) more.push_back(plural(c.triggers, "trigger"));
  if (c.policies)
    more.push_back(plural(c.policies, "row-level security policy", "row-level security policies"));
  out += "- **Also**: " + join(more, ", ") + "\n\n";
  std::vector<std::string> schemas;
  for (const Table* table : context.tables) {
    const std::string& s = table->name.effective_schema();
    if (std::find(schemas.begin(), schemas.end(), s) == schemas.end()) schemas.push_back(s);
  }
  if (schemas.size() > 1) out += "**Schemas**: " + join(schemas, ", ") + "\n\n";

  out += "**Journey Connection**:\n";
  if (!write_journey_connection(context, out)) out += needs(
      "the brief's journey steps (a later schemaforge release reads a design brief) would map "
      "each step to the tables it uses");
  out += "\n---\n\n";
}

void write_erd(const DocContext& context, std::string& out, bool essentials) {
  out += "## Entity Relationship Diagram\n\n";
  ErdOptions options;
  ErdView whole = view_of_schema(context.schema);
  Diagnostics quiet;  // size warnings are acted on here, not passed to the user
  if (essentials) {
    options.detail = ErdDetail::Tables;
    options.collapse_join_tables = true;
    std::string text = emit_mermaid(context.schema, whole, options, quiet);
    if (quiet.items().empty()) {
      out += "```mermaid\n" + text + "```\n\n";
    } else {
      out +=
          "The schema is past what one Mermaid diagram shows (" +
          std::to_string(context.tables.size()) +
          " tables); see the overview [erd/schema.svg](erd/schema.svg) and the per-group diagrams "
          "of the full document.\n\n";
    }
    return;
  }
  if (context.small()) {
    out += "```mermaid\n" + emit_mermaid(context.schema, whole, options, context.diagnostics) +
           "```\n\n";
    out +=
        "Crow's feet: the parent end is \"exactly one\" for a NOT NULL foreign key and \"zero or "
        "one\" for a nullable one; the child end is \"zero or one\" when the key is unique (1:1) "
        "and \"zero or more\" otherwise. Solid lines are identifying (the key is part of the "
        "child's primary key), dashed lines are not. The same diagram as Graphviz, ASCII and "
        "PlantUML: [erd/](erd/).\n\n";
  } else {
    auto views = readable_views(context.schema, context.options.limits);
    out += "With " + std::to_string(context.tables.size()) +
           " tables, one diagram with every column "
           "stops being readable (more than " +
           std::to_string(context.options.whole_diagram_tables) +
           " tables). The overview [erd/schema.svg](erd/schema.svg) shows every table and "
           "relationship without columns (Graphviz); below, the schema is cut into " +
           std::to_string(views.size()) + " groups of related tables (at most " +
           std::to_string(context.options.limits.max_tables) +
           " each, along foreign keys), each "
           "drawn with its key columns; tables of other groups appear as name-only boxes.\n\n";
    ErdOptions group;
    group.detail = ErdDetail::Keys;
    for (size_t i = 0; i < views.size(); ++i) {
      out += "### Group " + std::to_string(i + 1) + ": " + views[i].title + "\n\n";
      out += "```mermaid\n" + emit_mermaid(context.schema, views[i], group, context.diagnostics) +
             "```\n\n";
    }
  }
  out += "**Entity Descriptions**:\n";
  for (const Table* table : context.tables) {
    std::string name = display(table->name);
    out += "- **[" + name + "](#" + anchor(name) + ")**: ";
    out += table->comment.empty() ? "no comment in the source" : cell(table->comment);
    if (is_join_table(*table)) out += " (join table)";
    out += "\n";
  }
  out += "\n---\n\n";
}

}  // namespace sf::detail
