// Relationships, index strategy and data constraints: schema-wide views of the keys.
#include <map>

#include "backends/doc/sections.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string delete_meaning(FkAction action, const std::string& parent_name,
                           const std::string& child_name) {
  std::string parent = code(parent_name), child = code(child_name);
  switch (action) {
    case FkAction::Cascade:
      return "deleting a row of " + parent + " deletes the rows of " + child + " that refer to it";
    case FkAction::Restrict:
      return "a row of " + parent + " cannot be deleted while rows of " + child +
             " refer to it (checked at once)";
    case FkAction::NoAction:
      return "a row of " + parent + " cannot be deleted while rows of " + child +
             " refer to it (checked at the end of the statement)";
    case FkAction::SetNull:
      return "deleting a row of " + parent + " sets the key of the rows of " + child +
             " that refer to it to NULL";
    case FkAction::SetDefault:
      return "deleting a row of " + parent + " sets the key of the rows of " + child +
             " that refer to it to its default";
  }
  return "";
}

}  // namespace

void write_relationships(const DocContext& context, std::string& out) {
  out += "## Relationships\n\n";
  const auto& all = context.relationships;
  if (all.empty()) {
    out += "The schema declares no foreign keys, so no relationships can be derived.\n\n---\n\n";
    return;
  }
  auto section = [&](Cardinality kind, const std::string& heading) {
    bool first = true;
    for (const auto& r : all) {
      if (r.cardinality != kind) continue;
      if (first) out += "### " + heading + "\n\n";
      first = false;
      std::string parent = display(r.to), child = display(r.from);
      switch (kind) {
        case Cardinality::OneToMany:
        case Cardinality::OneToOne:
          out += "**" + parent + " → " + child + "**:\n";
          out += "- Description: each row of " + code(child) + " belongs to " +
                 (r.optional ? "at most one" : "exactly one") + " row of " + code(parent) +
                 "; a row of " + code(parent) + " has " +
                 (kind == Cardinality::OneToOne ? "at most one" : "any number of") + " rows of " +
                 code(child) + "\n";
          out += "- Foreign Key: " + child + "." + join(r.from_columns, ", ") + " → " + parent +
                 "(" + join(r.to_columns, ", ") + ")" +
                 (r.constraint_name.empty() ? "" : " (" + code(r.constraint_name) + ")") + "\n";
          out += "- On Delete: " + std::string(to_string(r.on_delete)) + "\n";
          break;
        case Cardinality::ManyToMany: {
          out += "**" + display(r.from) + " ↔ " + display(r.to) + "**:\n";
          out += "- Join Table: " + display(r.through) + "\n";
          out += "- Foreign Keys:\n";
          const Table* join_table = context.schema.find_table(r.through);
          if (join_table) {
            for (const auto& fk : join_table->foreign_keys) {
              out += "  - " + join(fk.columns, ", ") + " → " + display(fk.ref_table) +
                     " ON DELETE " + to_string(fk.on_delete) + "\n";
            }
          }
          break;
        }
      }
      out += "- Journey Context: " + needs("the brief's journey steps");
      out += "\n";
    }
  };
  section(Cardinality::OneToMany, "One-to-Many Relationships");
  section(Cardinality::ManyToMany, "Many-to-Many Relationships");
  section(Cardinality::OneToOne, "One-to-One Relationships");
  out += "---\n\n";
}

void write_index_strategy(const DocContext& context, std::string& out) {
  out += "## Indexes Strategy\n\n";
  out += "### Query Patterns from Backlog\n\n";
  if (!write_query_patterns(context, out)) out += needs(
      "the brief's query patterns would list the main queries, each with the index that "
      "serves it and its frequency; `schemaforge advise` will check them against the planner");
  out += "\n";
  IndexCoverage c = index_coverage(context.schema);
  out += "### Index Coverage\n\n";
  out += "- **Foreign Key Indexes**: " + std::to_string(c.fk_indexes) + " (" +
         std::to_string(c.foreign_keys_indexed) + " of " + std::to_string(c.foreign_keys) +
         " foreign keys begin an index, primary key or unique constraint)\n";
  out += "- **Filter Indexes**: " + std::to_string(c.filter_indexes) +
         " (serve no foreign key and enforce nothing: there for WHERE clauses)\n";
  out += "- **Sort Indexes**: " + std::to_string(c.sort_indexes) +
         " (declare ASC/DESC or NULLS order)\n";
  out += "- **Composite Indexes**: " + std::to_string(c.composite_indexes) +
         " (more than one key part)\n";
  out += "- **Partial Indexes**: " + std::to_string(c.partial_indexes) + " (with WHERE)\n";
  out += "- **Unique Indexes and Constraints**: " + std::to_string(c.unique_indexes) + "\n";
  if (c.expression_indexes)
    out += "- **Expression Indexes**: " + std::to_string(c.expression_indexes) + "\n";
  out += "\nCounted over " + plural(c.indexes, "CREATE INDEX", "CREATE INDEX statements") +
         "; an index can count in several rows.\n\n";
  bool any = false;
  for (const Table* table : context.tables) {
    for (const auto& index : table->indexes) {
      if (index.elements.size() < 2) continue;
      if (!any) out += "**Reasoning for each composite index**:\n";
      any = true;
      out += "- " + code(index.name.empty() ? display(table->name) + " (unnamed)" : index.name) +
             " on " + display(table->name) + " " + code(index_definition(index)) + ": " +
             join(index_purposes(*table, index), "; ") +
             ". The query pattern it serves comes from the brief.\n";
    }
  }
  if (any) out += "\n";
  std::vector<std::string> unindexed;
  for (const Table* table : context.tables) {
    for (const auto& fk : table->foreign_keys) {
      if (!foreign_key_indexed(*table, fk))
        unindexed.push_back(display(table->name) + "(" + join(fk.columns, ", ") + ")");
    }
  }
  if (!unindexed.empty()) {
    out +=
        "**Foreign keys without an index** (joins from the parent and the parent's DELETE scan the "
        "child): " +
        join(unindexed, ", ") + "\n\n";
  }
  out += "---\n\n";
}

void write_data_constraints(const DocContext& context, std::string& out) {
  out += "## Data Constraints\n\n";
  out += "### NOT NULL Constraints\n\n";
  out +=
      "Required columns, per table (primary-key columns are NOT NULL by definition and not "
      "repeated). The journey reason for each comes from the brief.\n\n";
  for (const Table* table : context.tables) {
    std::vector<std::string> columns;
    for (const auto& column : table->columns) {
      bool in_pk = false;
      if (table->primary_key) {
        for (const auto& k : table->primary_key->columns) in_pk = in_pk || k == column.name;
      }
      if (column.not_null && !in_pk) columns.push_back(column.name);
    }
    if (!columns.empty())
      out += "- " + code(display(table->name)) + ": " + join(columns, ", ") + "\n";
  }
  out += "\n### UNIQUE Constraints\n\n";
  bool any = false;
  for (const Table* table : context.tables) {
    for (const auto& unique : table->uniques) {
      out += "- " +
             code(display(table->name) + "." +
                  (unique.columns.size() == 1 ? unique.columns[0]
                                              : "(" + join(unique.columns, ", ") + ")")) +
             ": no two rows share " +
             (unique.columns.size() == 1 ? "this value" : "this combination") +
             (unique.nulls_not_distinct ? " (NULLs count as equal)" : "") + "\n";
      any = true;
    }
    for (const auto& index : table->indexes) {
      if (!index.unique) continue;
      out += "- " + code(display(table->name)) + " unique index " + code(index.name) + " " +
             code(index_definition(index)) + "\n";
      any = true;
    }
  }
  if (!any) out += "None.\n";
  out += "\n### CHECK Constraints\n\n";
  any = false;
  for (const Table* table : context.tables) {
    for (const auto& check : table->checks) {
      out += "- " + code(display(table->name) + (check.column.empty() ? "" : "." + check.column)) +
             ": " + code(check.expr.sql) + "\n";
      any = true;
    }
  }
  if (!any) out += "None.\n";
  out += "\n### Foreign Key Constraints\n\n";
  if (context.counts.foreign_keys == 0) out += "None.\n";
  // Grouped by ON DELETE action, in the template's order, then the rest.
  for (FkAction action : {FkAction::Cascade, FkAction::Restrict, FkAction::SetNull,
                          FkAction::SetDefault, FkAction::NoAction}) {
    bool first = true;
    for (const Table* table : context.tables) {
      for (const auto& fk : table->foreign_keys) {
        if (fk.on_delete != action) continue;
        if (first) out += "**ON DELETE " + std::string(to_string(action)) + "**:\n";
        first = false;
        Relationship r = describe_foreign_key(context.schema, *table, fk);
        out += "- " + code(display(table->name) + "." + join(fk.columns, ", ")) + " → " +
               code(display(fk.ref_table) + "." + join(r.to_columns, ", ")) + ": " +
               delete_meaning(action, display(fk.ref_table), display(table->name)) + "\n";
      }
    }
    if (!first) out += "\n";
  }
  out += "---\n\n";
}

}  // namespace sf::detail
