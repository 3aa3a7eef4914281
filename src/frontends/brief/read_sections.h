#pragma once
// The brief's sections, one reader each (read_entities.cpp, read_sections.cpp), and the
// cross-reference check that runs once everything is read (check_brief.cpp).
#include "frontends/brief/yaml_reader.h"
#include "schemaforge/model/brief.h"

namespace sf::detail {

void read_field(YamlReader& reader, const YAML::Node& key, const YAML::Node& value,
                const std::string& where, BriefField& field);
void read_entities(YamlReader& reader, const YAML::Node& node, Brief& brief);
void read_relationships(YamlReader& reader, const YAML::Node& node, Brief& brief);
void read_queries(YamlReader& reader, const YAML::Node& node, Brief& brief);
void read_top_level(YamlReader& reader, const YAML::Node& root, Brief& brief);
/// Unknown entities, steps and columns; query patterns parsed against the designed columns.
void check_brief(Brief& brief, Diagnostics& diagnostics);

}  // namespace sf::detail
