// Table definitions: one section per table, in the seed template's shape.
#include "backends/doc/sections.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string action_phrase(FkAction action) { return "ON DELETE " + std::string(to_string(action)); }

void write_table(const DocContext& context, const Table& table, std::string& out) {
  std::string name = display(table.name);
  out += "### " + name + "\n\n";
  out +=
      "**Purpose**: " +
      (table.comment.empty() ? std::string("no comment in the source (a COMMENT ON TABLE, or the "
                                           "brief's purpose, would fill this)")
                             : cell(table.comment)) +
      "\n\n";
  if (!write_table_journey(context, table, out))
    out += "**Journey Context**: " + needs("the brief's journey steps") + "\n";

  out += "**Schema**:\n\n";
  out += "| Column | Type | Constraints | Default | Purpose |\n";
  out += "|--------|------|-------------|---------|---------|\n";
  for (const auto& column : table.columns) {
    std::string def = column_default(column);
    out += "| " + cell(column.name) + " | " + cell(column.type.spelling) + " | " +
           cell(column_constraints(table, column)) + " | " + (def.empty() ? "" : code(def)) +
           " | " + cell(column.comment) + " |\n";
  }
  out += "\n";

  out += "**Indexes**:\n";
  if (table.primary_key) {
    out += "- Primary key" +
           (table.primary_key->name.empty() ? "" : " " + code(table.primary_key->name)) + ": (" +
           join(table.primary_key->columns, ", ") + ") - identifies each row\n";
  }
  for (const auto& unique : table.uniques) {
    out += "- Unique constraint" + (unique.name.empty() ? "" : " " + code(unique.name)) + ": (" +
           join(unique.columns, ", ") + ") - enforces uniqueness\n";
  }
  for (const auto& index : table.indexes) {
    out += "- " + code(index.name.empty() ? "(unnamed)" : index.name) + ": " +
           code(index_definition(index)) + " - " + join(index_purposes(table, index), "; ") + "\n";
  }
  if (!table.primary_key && table.uniques.empty() && table.indexes.empty()) out += "- none\n";
  out += "\n";

  out += "**Constraints**:\n";
  out += "- **Primary Key**: " +
         (table.primary_key ? join(table.primary_key->columns, ", ") : std::string("none")) + "\n";
  if (!table.foreign_keys.empty()) {
    out += "- **Foreign Keys**:\n";
    for (const auto& fk : table.foreign_keys) {
      Relationship r = describe_foreign_key(context.schema, table, fk);
      out += "  - " + join(fk.columns, ", ") + " → " + display(fk.ref_table) + "(" +
             join(r.to_columns, ", ") + ") " + action_phrase(fk.on_delete);
      if (fk.on_update != FkAction::NoAction)
        out += ", ON UPDATE " + std::string(to_string(fk.on_update));
      if (fk.timing.deferrable) out += fk.timing.initially_deferred ? ", deferred" : ", deferrable";
      if (fk.not_valid) out += ", NOT VALID (existing rows unchecked)";
      out += "\n";
    }
  }
  if (!table.uniques.empty()) {
    std::vector<std::string> sets;
    for (const auto& unique : table.uniques) sets.push_back("(" + join(unique.columns, ", ") + ")");
    out += "- **Unique**: " + join(sets, ", ") + "\n";
  }
  for (const auto& check : table.checks) {
    out += "- **Check**" + (check.name.empty() ? "" : " " + code(check.name)) + ": " +
           code(check.expr.sql);
    if (!check.comment.empty()) out += " - " + cell(check.comment);
    if (check.not_valid) out += " (NOT VALID)";
    out += "\n";
  }
  for (const auto& exclusion : table.exclusions) {
    std::vector<std::string> parts;
    for (const auto& e : exclusion.elements) {
      parts.push_back(
          (e.element.column.empty() && e.element.expr ? e.element.expr->sql : e.element.column) +
          " WITH " + e.op);
    }
    out += "- **Exclusion** (" + exclusion.method + "): " + code(join(parts, ", ")) +
           " - no two rows may match on all of these\n";
  }
  out += "\n";

  TableLinks links = links_of(table, context.relationships);
  out += "**Relationships**:\n";
  bool any = false;
  for (const auto& r : links.belongs_to) {
    out += "- **Belongs to**: " + display(r.to) + " via " + join(r.from_columns, ", ") +
           (r.optional ? " (optional)" : "") + "\n";
    any = true;
  }
  for (const auto& r : links.one_to_one) {
    bool holder = r.from.same_object(table.name);
    out += "- **One-to-one**: " + display(holder ? r.to : r.from) + " via " + display(r.from) +
           "." + join(r.from_columns, ", ") + "\n";
    any = true;
  }
  if (!links.has_many.empty()) {
    std::vector<std::string> children;
    for (const auto& r : links.has_many)
      children.push_back(display(r.from) + " (" + join(r.from_columns, ", ") + ")");
    out += "- **Has many**: " + join(children, ", ") + "\n";
    any = true;
  }
  for (const auto& r : links.many_to_many) {
    bool from = r.from.same_object(table.name);
    out += "- **Many-to-many**: " + display(from ? r.to : r.from) + " through " +
           display(r.through) + "\n";
    any = true;
  }
  if (is_join_table(table)) {
    out += "- This is a join table between " + display(table.foreign_keys[0].ref_table) + " (" +
           join(table.foreign_keys[0].columns, ", ") + ") and " +
           display(table.foreign_keys[1].ref_table) + " (" +
           join(table.foreign_keys[1].columns, ", ") +
           "): its two mandatory foreign keys together "
           "identify a row.\n";
    any = true;
  }
  if (!any) out += "- none (no foreign key from or to this table)\n";
  out += "\n";

  out += "**Design Decisions**:\n";
  for (const auto& decision : table_decisions(context.schema, table)) out += "- " + decision + "\n";
  out += "\n";
  write_table_design(context, table, out);

  auto findings = findings_for(context.inputs, table);
  if (!findings.empty()) {
    out += "**Lint findings**:\n";
    for (const LintFinding* f : findings) {
      out += "- " + std::string(to_string(f->severity)) + " " + f->code + " (" + cell(f->element) +
             "): " + cell(f->message) + "\n";
    }
    out += "\n";
  }
  out += "---\n\n";
}

}  // namespace

void write_tables(const DocContext& context, std::string& out) {
  out += "## Table Definitions\n\n";
  if (context.tables.empty()) out += "The schema has no tables.\n\n---\n\n";
  for (const Table* table : context.tables) write_table(context, *table, out);
}

}  // namespace sf::detail
