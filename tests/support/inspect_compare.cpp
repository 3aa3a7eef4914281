#include "support/inspect_compare.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <functional>
#include <regex>

#include "support/model_io.h"

namespace sf::test {

namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "_") + p;
  return out;
}

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// PostgreSQL names what the source left unnamed (<table>_pkey, <table>_<cols>_key, ...).
// Either side may carry such a name: the catalog always does, a pg_dump source too.
void erase_generated(std::string& name, const std::string& table, const std::vector<std::string>& cols,
                     const char* suffix) {
  if (name == table + "_" + (cols.empty() ? "" : join(cols) + "_") + suffix) name.clear();
}
void erase_numbered(std::string& name, const std::string& table, const std::string& suffix) {
  static const std::regex digits("[0-9]*");
  if (!starts_with(name, table + "_")) return;
  auto at = name.rfind("_" + suffix);
  if (at == std::string::npos) return;
  if (std::regex_match(name.substr(at + 1 + suffix.size()), digits)) name.clear();
}

void drop_default_options(SequenceOptions& o, const std::string& type) {
  int64_t max = type == "smallint" ? 32767 : type == "integer" ? 2147483647 : INT64_MAX;
  bool ascending = o.increment.value_or(1) > 0;
  if (o.data_type == "bigint") o.data_type.clear();
  if (o.increment == 1) o.increment.reset();
  if (ascending && o.min_value == 1) o.min_value.reset();
  if (ascending && o.max_value == max) o.max_value.reset();
  if (ascending && o.start == o.min_value.value_or(1)) o.start.reset();
  if (o.cache == 1) o.cache.reset();
}

void normalise_model(Schema& schema) {
  // 9. A foreign key without referenced columns references the primary key; the catalog
  //    always names them.
  for (auto& table : schema.tables) {
    for (auto& fk : table.foreign_keys) {
      const Table* target = schema.find_table(fk.ref_table);
      if (fk.ref_columns.empty() && target && target->primary_key) fk.ref_columns = target->primary_key->columns;
    }
  }
  for (auto& table : schema.tables) {
    const std::string& t = table.name.name;
    // 1. A primary-key or serial column is NOT NULL whether or not the source said so.
    for (auto& column : table.columns) {
      bool in_pk = table.primary_key &&
                   std::count(table.primary_key->columns.begin(), table.primary_key->columns.end(), column.name);
      if (in_pk || column.type.serial) column.not_null = true;
      if (column.identity) drop_default_options(column.identity->options, column.type.spelling);
    }
    // 2. Names PostgreSQL generates for unnamed constraints and indexes.
    if (table.primary_key) erase_generated(table.primary_key->name, t, {}, "pkey");
    for (auto& u : table.uniques) erase_generated(u.name, t, u.columns, "key");
    for (auto& f : table.foreign_keys) erase_generated(f.name, t, f.columns, "fkey");
    for (auto& c : table.checks) {
      erase_numbered(c.name, t, "check");
      c.column.clear();  // 3. column-level and table-level CHECKs look the same in the catalog
    }
    for (auto& x : table.exclusions) erase_numbered(x.name, t, "excl");
    for (auto& i : table.indexes) erase_numbered(i.name, t, "idx");
    // 4. How a partition was declared (PARTITION OF or ATTACH PARTITION) is not recorded.
    //    nor whether a partition's columns were written out (pg_dump) or inherited.
    if (table.partition_of) {
      table.partition_of->attached = false;
      table.columns.clear();
      // 10. A timestamp bound is rendered with its time in the server's zone: midnight at
      //     the zone's own offset ('2022-04-01 01:00:00+01' in a pg_dump) is just the date.
      static const std::regex midnight(" ([0-9][0-9]):00:00\\+([0-9][0-9])'");
      std::string bound = table.partition_of->bound_sql, out;
      std::smatch m;
      while (std::regex_search(bound, m, midnight)) {
        out += m.prefix().str() + (m[1] == m[2] ? "'" : m.str());
        bound = m.suffix().str();
      }
      table.partition_of->bound_sql = out + bound;
    }
    // 5. Whole-statement texts are PostgreSQL's re-rendering (pg_get_triggerdef, ...).
    for (auto& trigger : table.triggers) trigger.definition.clear();
    for (auto& rule : table.rules) rule.definition.clear();
  }
  for (auto& domain : schema.domains) {
    for (auto& c : domain.checks) erase_numbered(c.name, domain.name.name, "check");
  }
  // 6. Sequence options equal to CREATE SEQUENCE's defaults.
  for (auto& sequence : schema.sequences) drop_default_options(sequence.options, sequence.options.data_type);
  // 5. (cont.) pg_get_viewdef qualifies every column and lays the query out anew;
  //    pg_get_functiondef re-renders the header around the verbatim body.
  for (auto& view : schema.views) view.query.clear();
  for (auto& function : schema.functions) function.definition.clear();
}

// 7. "public" is the default schema: "public.x" and "x" name the same object; pg_get_expr
//    writes pg_catalog. before a function an extension's function of the same name shadows.
// 8. Expression text: casts, parentheses and white space are PostgreSQL's rendering choices.
void normalise_json(nlohmann::ordered_json& node, const std::string& key) {
  if (node.is_object()) {
    if (node.contains("schema") && node["schema"] == "public") node.erase("schema");
    if (node.contains("sql") && node.contains("form")) {
      // 11. An expression with a recognised form is compared by its form, value, column and
      //     list (`x IN (...)` is stored as `x = ANY (ARRAY[...])`); a quoted number and the
      //     number are the same literal once PostgreSQL has cast it to the column's type.
      //     Numbers compare without trailing fractional zeros (0.0000 is 0 once stored in a
      //     float column), and an empty bytea literal reads back as '\\x'.
      node.erase("sql");
      if (node.contains("value") && (node["form"] == "string_literal" || node["form"] == "literal")) {
        std::string value = node["value"].get<std::string>();
        if (std::regex_match(value, std::regex("-?[0-9]+(\\.[0-9]+)?"))) {
          node["form"] = "literal";
          if (value.find('.') != std::string::npos) {
            while (value.back() == '0') value.pop_back();
            if (value.back() == '.') value.pop_back();
          }
          node["value"] = value;
        }
        if (value == "\\x") node.erase("value");
      }
    }
    for (auto& [k, v] : node.items()) normalise_json(v, k);
  } else if (node.is_array()) {
    for (auto& v : node) normalise_json(v, key);
  } else if (node.is_string()) {
    std::string text = node.get<std::string>();
    for (size_t at; (at = text.find("public.")) != std::string::npos;) text.erase(at, 7);
    for (size_t at; (at = text.find("pg_catalog.")) != std::string::npos;) text.erase(at, 11);
    if (key == "sql" || key == "value" || key == "list") text = normalise_expression_text(text);
    node = text;
  }
}

}  // namespace

std::string normalise_expression_text(const std::string& sql) {
  static const std::regex cast(
      "::(character varying|timestamp with(out)? time zone|time with(out)? time zone|double precision|"
      "bit varying|\"[^\"]*\"|[a-z_][a-z0-9_.]*)(\\([0-9, ]*\\))?(\\[\\])*");
  std::string out = std::regex_replace(sql, cast, "");
  std::string compact;
  for (char c : out) {
    if (c != '(' && c != ')' && c != ' ' && c != '\n' && c != '\t') compact += c;
  }
  return compact;
}

std::string inspect_comparable_json(Schema schema) {
  normalise_model(schema);
  auto json = nlohmann::ordered_json::parse(comparable_json(schema));
  normalise_json(json, "");
  // Lists re-sorted after names changed.
  std::function<void(nlohmann::ordered_json&, const std::string&)> resort = [&](nlohmann::ordered_json& n,
                                                                                const std::string& key) {
    if (n.is_object()) {
      for (auto& [k, v] : n.items()) resort(v, k);
    } else if (n.is_array()) {
      for (auto& v : n) resort(v, key);
      bool ordered = key == "columns" || key == "attributes" || key == "elements" || key == "values";
      if (!ordered && !n.empty() && n.front().is_object()) {
        std::stable_sort(n.begin(), n.end(), [](const auto& a, const auto& b) { return a.dump() < b.dump(); });
      }
    }
  };
  resort(json, "");
  return json.dump(1);
}

}  // namespace sf::test
