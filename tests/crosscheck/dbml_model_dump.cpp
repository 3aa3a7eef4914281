// Prints what our DBML frontend made of a file, in the canonical JSON shape that
// dbml_agreement.js also derives from @dbml/core's export, so the two can be compared:
//   dbml_model_dump FILE.dbml   -> {"ok": true, "model": {...}} or {"ok": false, "errors": [...]}
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "schemaforge/base/files.h"
#include "schemaforge/frontends/dbml.h"

using nlohmann::json;

namespace {

std::string schema_of(const std::string& s) { return s.empty() ? "public" : s; }

json default_json(const sf::Expr& e) {
  switch (e.form) {
    case sf::ExprForm::Literal: return {{"type", "number"}, {"value", std::strtod(e.value.c_str(), nullptr)}};
    case sf::ExprForm::StringLiteral: return {{"type", "string"}, {"value", e.value}};
    case sf::ExprForm::BoolLiteral: return {{"type", "boolean"}, {"value", e.value}};
    case sf::ExprForm::Null: return {{"type", "boolean"}, {"value", "null"}};
    case sf::ExprForm::Now: case sf::ExprForm::RandomUuid: case sf::ExprForm::NextVal:
    case sf::ExprForm::InList: case sf::ExprForm::Comparison: case sf::ExprForm::Other:
      return {{"type", "expression"}, {"value", e.sql}};
  }
  return nullptr;
}

std::string action(sf::FkAction a) {
  switch (a) {
    case sf::FkAction::NoAction: return "no action";
    case sf::FkAction::Restrict: return "restrict";
    case sf::FkAction::Cascade: return "cascade";
    case sf::FkAction::SetNull: return "set null";
    case sf::FkAction::SetDefault: return "set default";
  }
  return "no action";
}

json endpoint(const sf::QualifiedName& table, const std::vector<std::string>& columns) {
  return {{"schema", schema_of(table.schema)}, {"table", table.name}, {"columns", columns}};
}

json dump(const sf::Schema& schema) {
  json tables = json::array(), refs = json::array(), enums = json::array();
  for (const auto& t : schema.tables) {
    if (t.implicit_join == sf::ImplicitJoin::DbmlManyToMany) {
      const auto& a = t.foreign_keys[0];
      const auto& b = t.foreign_keys[1];
      refs.push_back({{"name", a.relation_name}, {"kind", "m:n"},
                      {"fk", endpoint(a.ref_table, a.ref_columns)},
                      {"ref", endpoint(b.ref_table, b.ref_columns)},
                      {"onDelete", action(a.on_delete)}, {"onUpdate", action(a.on_update)},
                      {"color", a.color}, {"inactive", a.inactive}});
      continue;
    }
    json columns = json::array();
    for (const auto& c : t.columns) {
      bool unique = false;
      for (const auto& u : t.uniques) unique = unique || (u.columns.size() == 1 && u.columns[0] == c.name);
      columns.push_back({{"name", c.name},
                         {"type", c.type.source_spelling},
                         {"type_schema", c.type.ref.schema},
                         {"unique", unique},
                         {"not_null", c.not_null},
                         {"increment", c.identity.has_value()},
                         {"default", c.default_value ? default_json(*c.default_value) : json(nullptr)},
                         {"note", c.comment}});
    }
    json indexes = json::array();
    for (const auto& i : t.indexes) {
      json parts = json::array();
      for (const auto& e : i.elements) {
        if (e.expr) parts.push_back({{"type", "expression"}, {"value", e.expr->sql}});
        else parts.push_back({{"type", "column"}, {"value", e.column}});
      }
      indexes.push_back({{"columns", parts}, {"unique", i.unique}, {"name", i.name},
                         {"type", i.method}, {"note", i.comment}});
    }
    json checks = json::array();
    for (const auto& c : t.checks) {
      checks.push_back({{"name", c.name}, {"expression", c.expr.sql}, {"column", c.column}});
    }
    json records = nullptr;
    if (t.seed_rows) {
      json rows = json::array();
      for (const auto& row : t.seed_rows->rows) {
        json r = json::array();
        for (const auto& v : row) {
          switch (v.kind) {
            case sf::SeedValue::Kind::Null: r.push_back(nullptr); break;
            case sf::SeedValue::Kind::Number: r.push_back(v.text); break;
            case sf::SeedValue::Kind::String: case sf::SeedValue::Kind::Bool:
            case sf::SeedValue::Kind::Expression:
              r.push_back(v.text);
              break;
          }
        }
        rows.push_back(r);
      }
      records = {{"columns", t.seed_rows->columns}, {"rows", rows}};
    }
    tables.push_back({{"schema", schema_of(t.name.schema)}, {"name", t.name.name},
                      {"alias", t.alias}, {"note", t.comment}, {"headercolor", t.header_color},
                      {"pk", t.primary_key ? json(t.primary_key->columns) : json::array()},
                      {"columns", columns}, {"indexes", indexes}, {"checks", checks},
                      {"records", records}});
    for (const auto& fk : t.foreign_keys) {
      refs.push_back({{"name", fk.name}, {"kind", fk.one_to_one ? "1:1" : "n:1"},
                      {"fk", endpoint(t.name, fk.columns)},
                      {"ref", endpoint(fk.ref_table, fk.ref_columns)},
                      {"onDelete", action(fk.on_delete)}, {"onUpdate", action(fk.on_update)},
                      {"color", fk.color}, {"inactive", fk.inactive}});
    }
  }
  for (const auto& e : schema.enums) {
    json values = json::array();
    for (size_t i = 0; i < e.values.size(); ++i) {
      values.push_back({{"name", e.values[i]},
                        {"note", i < e.value_comments.size() ? e.value_comments[i] : ""}});
    }
    enums.push_back({{"schema", schema_of(e.name.schema)}, {"name", e.name.name}, {"values", values}});
  }
  json groups = json::array();
  for (const auto& g : schema.annotations.table_groups) {
    json names = json::array();
    for (const auto& t : g.tables) names.push_back(schema_of(t.schema) + "." + t.name);
    groups.push_back({{"name", g.name}, {"tables", names}, {"note", g.note}, {"color", g.color}});
  }
  json notes = json::array();
  for (const auto& n : schema.annotations.notes) {
    notes.push_back({{"name", n.name}, {"content", n.content}, {"color", n.color}});
  }
  json project = nullptr;
  if (schema.annotations.project) {
    const auto& p = *schema.annotations.project;
    std::string database_type;
    for (const auto& [k, v] : p.fields) {
      if (k == "database_type") database_type = v;
    }
    project = {{"name", p.name}, {"note", p.note}, {"database_type", database_type}};
  }
  return {{"tables", tables}, {"refs", refs}, {"enums", enums}, {"groups", groups},
          {"notes", notes}, {"project", project}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: dbml_model_dump FILE.dbml\n";
    return 2;
  }
  auto file = sf::read_source_file(argv[1]);
  if (!file) {
    std::cerr << file.error().message << "\n";
    return 2;
  }
  sf::Schema schema;
  sf::Diagnostics diagnostics;
  sf::parse_dbml(*file, schema, diagnostics);
  if (diagnostics.has_errors()) {
    json errors = json::array();
    for (const auto& d : diagnostics.items()) {
      if (d.severity != sf::Severity::Error) continue;
      errors.push_back({{"line", d.loc.line}, {"column", d.loc.column},
                        {"code", std::string(sf::info(d.code).code)}, {"message", d.message}});
    }
    std::cout << json{{"ok", false}, {"errors", errors}}.dump() << "\n";
    return 0;
  }
  std::cout << json{{"ok", true}, {"model", dump(schema)}}.dump() << "\n";
  return 0;
}
