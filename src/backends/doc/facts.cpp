#include "backends/doc/facts.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "schemaforge/backends/erd.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string element_text(const IndexElement& element) {
  std::string out =
      element.column.empty() && element.expr ? "(" + element.expr->sql + ")" : element.column;
  if (!element.collation.empty()) out += " COLLATE " + element.collation;
  if (!element.opclass.empty()) out += " " + element.opclass;
  switch (element.order) {
    case SortOrder::Default:
      break;
    case SortOrder::Asc:
      out += " ASC";
      break;
    case SortOrder::Desc:
      out += " DESC";
      break;
  }
  switch (element.nulls) {
    case NullsOrder::Default:
      break;
    case NullsOrder::First:
      out += " NULLS FIRST";
      break;
    case NullsOrder::Last:
      out += " NULLS LAST";
      break;
  }
  return out;
}

/// The plain columns an index starts with (stops at the first expression).
std::vector<std::string> leading_columns(const Index& index) {
  std::vector<std::string> out;
  for (const auto& element : index.elements) {
    if (element.column.empty()) break;
    out.push_back(element.column);
  }
  return out;
}

bool starts_with_set(const std::vector<std::string>& leading, const std::vector<std::string>& set) {
  if (set.empty() || leading.size() < set.size()) return false;
  std::vector<std::string> head(leading.begin(), leading.begin() + static_cast<long>(set.size()));
  std::vector<std::string> wanted = set;
  std::sort(head.begin(), head.end());
  std::sort(wanted.begin(), wanted.end());
  return head == wanted;
}

bool serves_fk(const Table& table, const Index& index, const ForeignKey** which = nullptr) {
  if (index.where) return false;
  auto leading = leading_columns(index);
  for (const auto& fk : table.foreign_keys) {
    if (starts_with_set(leading, fk.columns)) {
      if (which) *which = &fk;
      return true;
    }
  }
  return false;
}

bool has_order(const Index& index) {
  for (const auto& element : index.elements) {
    if (element.order != SortOrder::Default || element.nulls != NullsOrder::Default) return true;
  }
  return false;
}

bool has_expression(const Index& index) {
  for (const auto& element : index.elements) {
    if (element.column.empty()) return true;
  }
  return false;
}

}  // namespace

std::string display(const QualifiedName& name) { return erd_display_name(name); }

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many.empty() ? one + "s" : many);
}

std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string code(const std::string& text) {
  // A backtick inside needs a longer fence.
  std::string fence = text.find('`') == std::string::npos ? "`" : "``";
  std::string pad = fence.size() > 1 ? " " : "";
  return fence + pad + cell(text) + pad + fence;
}

std::string anchor(const std::string& heading) {
  std::string out;
  for (unsigned char c : heading) {
    if (std::isalnum(c) || c >= 0x80 || c == '-' || c == '_')
      out += static_cast<char>(std::tolower(c));
    else if (c == ' ')
      out += '-';
  }
  return out;
}

std::string column_constraints(const Table& table, const Column& column) {
  std::vector<std::string> parts;
  bool in_pk = table.primary_key && contains(table.primary_key->columns, column.name);
  if (in_pk)
    parts.push_back(table.primary_key->columns.size() == 1 ? "PRIMARY KEY" : "PRIMARY KEY (part)");
  if (column.not_null && !in_pk) parts.push_back("NOT NULL");
  for (const auto& unique : table.uniques) {
    if (contains(unique.columns, column.name)) {
      parts.push_back(unique.columns.size() == 1 ? "UNIQUE"
                                                 : "UNIQUE (" + join(unique.columns, ", ") + ")");
    }
  }
  for (const auto& fk : table.foreign_keys) {
    if (!contains(fk.columns, column.name)) continue;
    std::string target = display(fk.ref_table);
    if (!fk.ref_columns.empty()) target += "(" + join(fk.ref_columns, ", ") + ")";
    parts.push_back("FK → " + target);
  }
  for (const auto& check : table.checks) {
    if (check.column == column.name) parts.push_back("CHECK (" + check.expr.sql + ")");
  }
  return join(parts, ", ");
}

std::string column_default(const Column& column) {
  if (column.identity)
    return column.identity->always ? "identity (always)" : "identity (by default)";
  if (column.generated) return "generated: " + column.generated->sql;
  if (column.type.serial) return "serial (sequence)";
  if (column.default_value) return column.default_value->sql;
  return "";
}

std::string index_definition(const Index& index) {
  std::vector<std::string> parts;
  for (const auto& element : index.elements) parts.push_back(element_text(element));
  std::string out = "(" + join(parts, ", ") + ")";
  if (index.method != "btree") out = "USING " + index.method + " " + out;
  if (!index.include.empty()) out += " INCLUDE (" + join(index.include, ", ") + ")";
  if (index.where) out += " WHERE " + index.where->sql;
  return out;
}

std::vector<std::string> index_purposes(const Table& table, const Index& index) {
  std::vector<std::string> out;
  if (index.unique) out.push_back("enforces uniqueness");
  const ForeignKey* fk = nullptr;
  if (serves_fk(table, index, &fk)) {
    out.push_back("serves the foreign key (" + join(fk->columns, ", ") + ") → " +
                  display(fk->ref_table) +
                  ": joins from the parent and the checks a parent's DELETE makes");
  }
  if (index.where)
    out.push_back("covers only rows where " + index.where->sql + ", so it stays small");
  if (has_order(index))
    out.push_back("returns rows already in its key order (ORDER BY without a sort)");
  if (index.elements.size() > 1) {
    out.push_back("composite: serves filters on its leading columns, left to right");
  }
  if (has_expression(index)) out.push_back("lookups by the expression, not the raw column");
  if (index.method == "gin")
    out.push_back("gin: containment, array and full-text operators");
  else if (index.method == "gist")
    out.push_back("gist: ranges, geometry and nearest-neighbour searches");
  else if (index.method == "brin")
    out.push_back("brin: block ranges of a large table stored in key order");
  else if (index.method == "hash")
    out.push_back("hash: equality lookups only");
  if (!index.include.empty()) {
    out.push_back("carries " + join(index.include, ", ") + " for index-only scans");
  }
  if (out.empty())
    out.push_back("lookups and range scans on " + join(leading_columns(index), ", "));
  return out;
}

bool foreign_key_indexed(const Table& table, const ForeignKey& fk) {
  if (table.primary_key && starts_with_set(table.primary_key->columns, fk.columns)) return true;
  for (const auto& unique : table.uniques) {
    if (starts_with_set(unique.columns, fk.columns)) return true;
  }
  for (const auto& index : table.indexes) {
    if (!index.where && (index.method == "btree" || index.method == "hash") &&
        starts_with_set(leading_columns(index), fk.columns)) {
      return true;
    }
  }
  return false;
}

IndexCoverage index_coverage(const Schema& schema) {
  IndexCoverage c;
  for (const auto& table : schema.tables) {
    c.foreign_keys += table.foreign_keys.size();
    for (const auto& fk : table.foreign_keys)
      c.foreign_keys_indexed += foreign_key_indexed(table, fk);
    c.unique_indexes += table.uniques.size();
    for (const auto& index : table.indexes) {
      ++c.indexes;
      bool fk = serves_fk(table, index);
      c.fk_indexes += fk;
      c.filter_indexes += !fk && !index.unique;
      c.sort_indexes += has_order(index);
      c.composite_indexes += index.elements.size() > 1;
      c.partial_indexes += index.where.has_value();
      c.unique_indexes += index.unique;
      c.expression_indexes += has_expression(index);
    }
  }
  return c;
}

TableLinks links_of(const Table& table, const std::vector<Relationship>& relationships) {
  TableLinks links;
  for (const auto& r : relationships) {
    switch (r.cardinality) {
      case Cardinality::OneToOne:
        if (r.from.same_object(table.name) || r.to.same_object(table.name))
          links.one_to_one.push_back(r);
        break;
      case Cardinality::OneToMany:
        if (r.from.same_object(table.name)) links.belongs_to.push_back(r);
        if (r.to.same_object(table.name)) links.has_many.push_back(r);
        break;
      case Cardinality::ManyToMany:
        if (r.from.same_object(table.name) || r.to.same_object(table.name))
          links.many_to_many.push_back(r);
        break;
    }
  }
  return links;
}

std::vector<const LintFinding*> findings_for(const DocInputs& inputs, const Table& table) {
  std::vector<const LintFinding*> out;
  if (!inputs.lint) return out;
  std::vector<std::string> names{table.name.name, display(table.name), table.name.display(),
                                 table.name.effective_schema() + "." + table.name.name};
  for (const auto& finding : *inputs.lint) {
    for (const auto& name : names) {
      if (finding.element == name || finding.element.rfind(name + ".", 0) == 0) {
        out.push_back(&finding);
        break;
      }
    }
  }
  return out;
}

Counts count(const Schema& schema, const std::vector<Relationship>& relationships) {
  Counts c;
  c.tables = schema.tables.size();
  for (const auto& table : schema.tables) {
    c.join_tables += is_join_table(table);
    c.columns += table.columns.size();
    c.foreign_keys += table.foreign_keys.size();
    c.checks += table.checks.size();
    c.uniques += table.uniques.size();
    c.indexes += table.indexes.size();
    c.exclusions += table.exclusions.size();
    c.triggers += table.triggers.size();
    c.policies += table.policies.size();
  }
  for (const auto& view : schema.views) (view.materialized ? c.materialized_views : c.views)++;
  c.enums = schema.enums.size();
  c.domains = schema.domains.size();
  c.sequences = schema.sequences.size();
  c.functions = schema.functions.size();
  for (const auto& r : relationships) {
    switch (r.cardinality) {
      case Cardinality::OneToOne:
        ++c.one_to_one;
        break;
      case Cardinality::OneToMany:
        ++c.one_to_many;
        break;
      case Cardinality::ManyToMany:
        ++c.many_to_many;
        break;
    }
  }
  return c;
}

}  // namespace sf::detail
