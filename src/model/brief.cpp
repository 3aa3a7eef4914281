#include "schemaforge/model/brief.h"

#include <array>
#include <utility>

namespace sf {

namespace {

constexpr std::array<std::pair<FieldKind, const char*>, 15> kFieldKinds = {{
    {FieldKind::Id, "id"},
    {FieldKind::Reference, "reference"},
    {FieldKind::ShortText, "short_text"},
    {FieldKind::LongText, "long_text"},
    {FieldKind::Integer, "integer"},
    {FieldKind::Decimal, "decimal"},
    {FieldKind::Money, "money"},
    {FieldKind::Boolean, "boolean"},
    {FieldKind::DateTime, "datetime"},
    {FieldKind::Date, "date"},
    {FieldKind::Json, "json"},
    {FieldKind::Array, "array"},
    {FieldKind::Enum, "enum"},
    {FieldKind::Email, "email"},
    {FieldKind::Url, "url"},
}};

}  // namespace

const char* to_string(FieldKind kind) {
  for (const auto& [value, name] : kFieldKinds) {
    if (value == kind) return name;
  }
  return "?";
}

std::optional<FieldKind> field_kind_from_string(const std::string& text) {
  for (const auto& [value, name] : kFieldKinds) {
    if (text == name) return value;
  }
  return std::nullopt;
}

const std::vector<std::string>& stack_emit_values() {
  static const std::vector<std::string> values = {
      "postgres", "sqlite", "mysql",                                    // DDL per dialect
      "json", "dbml", "prisma", "alembic", "sqlalchemy", "typescript",  // formats
      "golang-migrate", "flyway"};                                      // migration naming
  return values;
}

const BriefEntity* Brief::find_entity(const std::string& entity_name) const {
  for (const auto& entity : entities) {
    if (entity.name == entity_name) return &entity;
  }
  return nullptr;
}

}  // namespace sf

namespace sf {

std::string singular(const std::string& plural) {
  auto ends = [&](const char* suffix) {
    std::string s(suffix);
    return plural.size() > s.size() && plural.compare(plural.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ies")) return plural.substr(0, plural.size() - 3) + "y";
  if (ends("sses") || ends("xes") || ends("ches") || ends("shes")) return plural.substr(0, plural.size() - 2);
  if (ends("ss")) return plural;
  if (ends("s")) return plural.substr(0, plural.size() - 1);
  return plural;
}

std::string link_column(const BriefRelationship& link) {
  return link.column.empty() ? singular(link.to) + "_id" : link.column;
}

std::vector<std::string> designed_columns(const Brief& brief, const BriefEntity& entity) {
  std::vector<std::string> out = {"id"};
  auto add = [&](const std::string& name) {
    for (const auto& have : out) {
      if (have == name) return;
    }
    out.push_back(name);
  };
  bool tenanted = !brief.conventions.tenancy_key.empty();
  if (tenanted && entity.name != "tenants") add(brief.conventions.tenancy_key);
  for (const auto& link : brief.relationships) {
    if (link.kind == RelationKind::ManyToMany || link.from != entity.name) continue;
    // A link whose column is also declared as a field sits where the field is declared.
    bool declared = false;
    for (const auto& field : entity.fields) declared = declared || field.name == link_column(link);
    if (!declared) add(link_column(link));
  }
  for (const auto& field : entity.fields) add(field.name);
  if (brief.conventions.timestamps) {
    add("created_at");
    if (!entity.append_only) add("updated_at");
  }
  if (brief.conventions.soft_delete && !entity.append_only) add("deleted_at");
  return out;
}

}  // namespace sf
