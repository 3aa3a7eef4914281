// The brief's other sections: project, stack, conventions, journey, relationships, queries,
// scale and patterns.
#include "frontends/brief/read_sections.h"

#include <cstdio>
#include <set>

namespace sf::detail {

namespace {

/// The patterns the designer knows (analyses/design/patterns); checked here so a typo is
/// reported at its line.
const std::vector<std::string>& pattern_words() {
  static const std::vector<std::string> words = {
      "multi_tenant", "rbac", "audit_log", "sessions_tokens", "files_jobs", "notifications",
      "analytics_events", "soft_delete", "updated_at_trigger"};
  return words;
}

LinkRole role_of(const std::string& word) {
  if (word == "owner") return LinkRole::Owner;
  if (word == "optional") return LinkRole::Optional;
  return LinkRole::Reference;
}

void read_relationship(YamlReader& reader, const YAML::Node& node, size_t index, Brief& brief) {
  BriefRelationship link;
  link.loc = reader.loc(node);
  std::string where = "relationships[" + std::to_string(index) + "]";
  const std::vector<std::string> roles = {"owner", "reference", "optional"};
  auto text_into = [&](std::string& out, const char* name) {
    return [&reader, &out, where, name](const YAML::Node&, const YAML::Node& n) {
      if (auto text = reader.text(n, where + "." + name)) out = *text;
    };
  };
  reader.mapping(node, where, {
      {"kind", [&](const YAML::Node&, const YAML::Node& n) {
         auto word = reader.word(n, where + ".kind", {"belongs_to", "one_to_one", "many_to_many"});
         if (!word) return;
         link.kind = *word == "belongs_to"   ? RelationKind::BelongsTo
                     : *word == "one_to_one" ? RelationKind::OneToOne
                                             : RelationKind::ManyToMany;
       }},
      {"from", text_into(link.from, "from")},
      {"to", text_into(link.to, "to")},
      {"as", [&](const YAML::Node&, const YAML::Node& n) {
         if (auto word = reader.word(n, where + ".as", roles)) link.role = role_of(*word);
       }},
      {"to_as", [&](const YAML::Node&, const YAML::Node& n) {
         if (auto word = reader.word(n, where + ".to_as", roles)) link.to_role = role_of(*word);
       }},
      {"column", text_into(link.column, "column")},
      {"through", text_into(link.through, "through")},
      {"description", text_into(link.description, "description")},
      {"attributes", [&](const YAML::Node&, const YAML::Node& n) {
         reader.named_entries(n, where + ".attributes", [&](const YAML::Node& k, const YAML::Node& v) {
           BriefField field;
           read_field(reader, k, v, where + ".attributes." + k.Scalar(), field);
           link.attributes.push_back(std::move(field));
         });
       }},
  }, {"kind", "from", "to"});
  brief.relationships.push_back(std::move(link));
}

}  // namespace

void read_relationships(YamlReader& reader, const YAML::Node& node, Brief& brief) {
  if (!node.IsSequence()) {
    reader.error(DiagCode::BriefValue, node, "`relationships` must be a list");
    return;
  }
  for (size_t i = 0; i < node.size(); ++i) read_relationship(reader, node[i], i, brief);
}

void read_queries(YamlReader& reader, const YAML::Node& node, Brief& brief) {
  if (!node.IsSequence()) {
    reader.error(DiagCode::BriefValue, node, "`queries` must be a list");
    return;
  }
  std::set<std::string> names;
  for (size_t i = 0; i < node.size(); ++i) {
    BriefQuery query;
    query.loc = reader.loc(node[i]);
    std::string where = "queries[" + std::to_string(i) + "]";
    auto text_into = [&](std::string& out, const char* name) {
      return [&reader, &out, where, name](const YAML::Node&, const YAML::Node& n) {
        if (auto text = reader.text(n, where + "." + name)) out = *text;
      };
    };
    reader.mapping(node[i], where, {
        {"name", [&](const YAML::Node&, const YAML::Node& n) {
           if (auto text = reader.text(n, where + ".name")) {
             query.name = *text;
             if (!names.insert(*text).second)
               reader.error(DiagCode::BriefDuplicate, n, "query `" + *text + "` is defined twice");
           }
         }},
        {"sql", [&](const YAML::Node&, const YAML::Node& n) {
           if (auto text = reader.text(n, where + ".sql")) {
             query.sql = *text;
             query.loc = reader.loc(n);  // errors in the SQL point at the SQL
           }
         }},
        {"frequency", text_into(query.frequency, "frequency")},
        {"journey", text_into(query.journey_step, "journey")},
    }, {"name", "sql"});
    brief.queries.push_back(std::move(query));
  }
}

void read_top_level(YamlReader& reader, const YAML::Node& root, Brief& brief) {
  auto text_into = [&](std::string& out, const std::string& where) {
    return [&reader, &out, where](const YAML::Node&, const YAML::Node& n) {
      if (auto text = reader.text(n, where)) out = *text;
    };
  };
  auto& conventions = brief.conventions;
  reader.mapping(root, "brief", {
      {"project", text_into(brief.project, "project")},
      {"description", text_into(brief.description, "description")},
      {"stack", [&](const YAML::Node&, const YAML::Node& n) {
         reader.mapping(n, "stack", {
             {"database", [&](const YAML::Node&, const YAML::Node& v) {
                auto word = reader.word(v, "stack.database", {"postgres", "sqlite", "mysql"});
                if (word) brief.stack.database = *word;
              }},
             {"emit", [&](const YAML::Node&, const YAML::Node& v) {
                // Each value checked where it is written: an unknown one is SF8003 at its column.
                if (!v.IsSequence()) {
                  reader.error(DiagCode::BriefValue, v, "`stack.emit` must be a list of strings");
                  return;
                }
                for (const auto& item : v) {
                  auto word = reader.word(item, "stack.emit", stack_emit_values());
                  if (word) brief.stack.emit.push_back(*word);
                }
              }},
         });
       }},
      {"conventions", [&](const YAML::Node&, const YAML::Node& n) {
         reader.mapping(n, "conventions", {
             {"ids", [&](const YAML::Node&, const YAML::Node& v) {
                if (auto word = reader.word(v, "conventions.ids", {"uuid", "bigint"}))
                  conventions.ids = *word == "uuid" ? IdKind::Uuid : IdKind::Bigint;
              }},
             {"timestamps", [&](const YAML::Node&, const YAML::Node& v) {
                if (auto flag = reader.flag(v, "conventions.timestamps")) conventions.timestamps = *flag;
              }},
             {"soft_delete", [&](const YAML::Node&, const YAML::Node& v) {
                if (auto flag = reader.flag(v, "conventions.soft_delete")) conventions.soft_delete = *flag;
              }},
             {"tenancy_key", text_into(conventions.tenancy_key, "conventions.tenancy_key")},
             {"naming", [&](const YAML::Node&, const YAML::Node& v) {
                if (auto word = reader.word(v, "conventions.naming", {"snake_case"})) conventions.naming = *word;
              }},
         });
       }},
      {"journey", [&](const YAML::Node&, const YAML::Node& n) {
         reader.named_entries(n, "journey", [&](const YAML::Node& k, const YAML::Node& v) {
           JourneyStep step{k.Scalar(), "", reader.loc(k)};
           if (auto text = reader.text(v, "journey." + step.name)) step.description = *text;
           brief.journey.push_back(std::move(step));
         });
       }},
      {"entities", [&](const YAML::Node&, const YAML::Node& n) { read_entities(reader, n, brief); }},
      {"relationships", [&](const YAML::Node&, const YAML::Node& n) { read_relationships(reader, n, brief); }},
      {"queries", [&](const YAML::Node&, const YAML::Node& n) { read_queries(reader, n, brief); }},
      {"scale", [&](const YAML::Node&, const YAML::Node& n) {
         reader.named_entries(n, "scale", [&](const YAML::Node& k, const YAML::Node& v) {
           ScaleEstimate estimate;
           estimate.entity = k.Scalar();
           estimate.loc = reader.loc(k);
           std::string where = "scale." + estimate.entity;
           reader.mapping(v, where, {
               {"rows", [&](const YAML::Node&, const YAML::Node& x) {
                  if (auto value = reader.number(x, where + ".rows", 0)) estimate.rows_now = *value;
                }},
               {"growth_per_month", [&](const YAML::Node&, const YAML::Node& x) {
                  if (auto value = reader.number(x, where + ".growth_per_month", 0))
                    estimate.growth_per_month = *value;
                }},
           });
           brief.scale.push_back(std::move(estimate));
         });
       }},
      {"partitions", [&](const YAML::Node&, const YAML::Node& n) {
         brief.partitions.loc = reader.loc(n);
         reader.mapping(n, "partitions", {
             {"start", [&](const YAML::Node&, const YAML::Node& v) {
                auto text = reader.text(v, "partitions.start");
                int year = 0, month = 0;
                char dash = 0;
                if (text && text->size() == 7 && std::sscanf(text->c_str(), "%4d%c%2d", &year, &dash, &month) == 3 &&
                    dash == '-' && month >= 1 && month <= 12) {
                  brief.partitions.start_year = year;
                  brief.partitions.start_month = month;
                } else if (text) {
                  reader.error(DiagCode::BriefValue, v, "`partitions.start` must be a month as YYYY-MM, not `" + *text + "`");
                }
              }},
             {"months", [&](const YAML::Node&, const YAML::Node& v) {
                if (auto value = reader.number(v, "partitions.months", 1)) brief.partitions.months = *value;
              }},
         }, {"start"});
       }},
      {"patterns", [&](const YAML::Node&, const YAML::Node& n) {
         if (!n.IsSequence()) {
           reader.error(DiagCode::BriefValue, n, "`patterns` must be a list");
           return;
         }
         for (const auto& item : n) {
           if (auto word = reader.word(item, "patterns", pattern_words())) brief.patterns.push_back(*word);
         }
       }},
  }, {"project", "entities"});
}

}  // namespace sf::detail
