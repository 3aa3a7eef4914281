// `entities:`: each entity with its purpose, journey steps and fields.
#include <string>
#include <vector>

#include "frontends/brief/read_sections.h"

namespace sf::detail {

namespace {

std::vector<std::string> field_kind_words() {
  std::vector<std::string> words;
  for (int i = 0; i <= static_cast<int>(FieldKind::Url); ++i) {
    words.push_back(to_string(static_cast<FieldKind>(i)));
  }
  return words;
}

std::optional<FieldKind> kind_of(YamlReader& reader, const YAML::Node& node, const std::string& where) {
  auto word = reader.word(node, where, field_kind_words());
  if (!word) return std::nullopt;
  return field_kind_from_string(*word);
}

}  // namespace

void read_field(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                const std::string& where, BriefField& field) {
  field.name = key.Scalar();
  field.loc = reader.loc(key);
  if (value.IsScalar()) {  // `name: short_text` is the short form of `{kind: short_text}`
    if (auto kind = kind_of(reader, value, where + ".kind")) field.kind = *kind;
    return;
  }
  auto set_text = [&](std::string& out, const char* name) {
    return [&reader, &out, where, name](const YAML::Node&, const YAML::Node& node) {
      if (auto text = reader.text(node, where + "." + name)) out = *text;
    };
  };
  auto set_flag = [&](bool& out, const char* name) {
    return [&reader, &out, where, name](const YAML::Node&, const YAML::Node& node) {
      if (auto flag = reader.flag(node, where + "." + name)) out = *flag;
    };
  };
  auto set_number = [&](std::optional<int64_t>& out, const char* name, int64_t minimum) {
    return [&reader, &out, where, name, minimum](const YAML::Node&, const YAML::Node& node) {
      out = reader.number(node, where + "." + name, minimum);
    };
  };
  reader.mapping(value, where,
      {
          {"kind", [&](const YAML::Node&, const YAML::Node& node) {
             if (auto kind = kind_of(reader, node, where + ".kind")) field.kind = *kind;
           }},
          {"required", set_flag(field.required, "required")},
          {"unique", set_flag(field.unique, "unique")},
          {"evolving", set_flag(field.evolving, "evolving")},
          {"default", [&](const YAML::Node&, const YAML::Node& node) {
             if (auto text = reader.text(node, where + ".default")) field.default_value = *text;
           }},
          {"checks", [&](const YAML::Node&, const YAML::Node& node) {
             field.checks = reader.texts(node, where + ".checks");
           }},
          {"values", [&](const YAML::Node&, const YAML::Node& node) {
             field.values = reader.texts(node, where + ".values");
           }},
          {"max_length", set_number(field.max_length, "max_length", 1)},
          {"precision", set_number(field.precision, "precision", 1)},
          {"scale", set_number(field.scale, "scale", 0)},
          {"of", [&](const YAML::Node&, const YAML::Node& node) {
             if (auto kind = kind_of(reader, node, where + ".of")) field.element = *kind;
           }},
          {"to", set_text(field.to, "to")},
          {"description", set_text(field.description, "description")},
      },
      {"kind"});
  if (field.kind == FieldKind::Enum && field.values.empty()) {
    reader.error(DiagCode::BriefValue, key, "`" + where + "` is an enum and needs `values`");
  }
  if (field.kind == FieldKind::Reference && field.to.empty()) {
    reader.error(DiagCode::BriefValue, key, "`" + where + "` is a reference and needs `to`");
  }
}

void read_entities(YamlReader& reader, const YAML::Node& node, Brief& brief) {
  reader.named_entries(node, "entities", [&](const YAML::Node& key, const YAML::Node& value) {
    BriefEntity entity;
    entity.name = key.Scalar();
    entity.loc = reader.loc(key);
    std::string where = "entities." + entity.name;
    reader.mapping(value, where, {
        {"purpose", [&](const YAML::Node&, const YAML::Node& n) {
           if (auto text = reader.text(n, where + ".purpose")) entity.purpose = *text;
         }},
        {"journey", [&](const YAML::Node&, const YAML::Node& n) {
           entity.journey = reader.texts(n, where + ".journey");
           if (n.IsSequence() && n.size() == entity.journey.size()) {
             for (const auto& item : n) entity.journey_locs.push_back(reader.loc(item));
           }
         }},
        {"id", [&](const YAML::Node&, const YAML::Node& n) {
           if (auto word = reader.word(n, where + ".id", {"uuid", "bigint"}))
             entity.id = *word == "uuid" ? IdKind::Uuid : IdKind::Bigint;
         }},
        {"append_only", [&](const YAML::Node&, const YAML::Node& n) {
           if (auto flag = reader.flag(n, where + ".append_only")) entity.append_only = *flag;
         }},
        {"fields", [&](const YAML::Node&, const YAML::Node& n) {
           reader.named_entries(n, where + ".fields", [&](const YAML::Node& k, const YAML::Node& v) {
             BriefField field;
             read_field(reader, k, v, where + ".fields." + k.Scalar(), field);
             entity.fields.push_back(std::move(field));
           });
         }},
    });
    brief.entities.push_back(std::move(entity));
  });
}

}  // namespace sf::detail
