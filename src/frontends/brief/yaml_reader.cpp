#include "frontends/brief/yaml_reader.h"

#include <set>

#include "schemaforge/base/strings.h"

namespace sf::detail {

SourceLoc YamlReader::loc(const YAML::Node& node) const {
  YAML::Mark mark = node.Mark();
  if (mark.pos < 0) return SourceLoc{file_, 1, 1};
  return SourceLoc::at(file_, static_cast<size_t>(mark.pos));
}

void YamlReader::error(DiagCode code, const YAML::Node& node, const std::string& message) {
  diagnostics_.report(code, loc(node), message);
}

void YamlReader::mapping(const YAML::Node& node, const std::string& where,
                         const std::map<std::string, Handler>& handlers,
                         const std::vector<std::string>& required) {
  if (!node.IsMap()) {
    error(DiagCode::BriefValue, node, "`" + where + "` must be a mapping of keys to values");
    return;
  }
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string key = it->first.Scalar();
    auto handler = handlers.find(key);
    if (handler == handlers.end()) {
      std::vector<std::string> known;
      for (const auto& [name, unused] : handlers) known.push_back(name);
      error(DiagCode::BriefUnknownKey, it->first,
            "unknown key `" + key + "` in `" + where + "` (known: " + join(known, ", ") + ")");
      continue;
    }
    if (!seen.insert(key).second) {
      error(DiagCode::BriefDuplicate, it->first, "`" + where + "." + key + "` is given twice");
      continue;
    }
    handler->second(it->first, it->second);
  }
  for (const auto& key : required) {
    if (!seen.count(key)) error(DiagCode::BriefValue, node, "`" + where + "` needs `" + key + "`");
  }
}

void YamlReader::named_entries(const YAML::Node& node, const std::string& where,
                               const Handler& each) {
  if (!node.IsMap()) {
    error(DiagCode::BriefValue, node, "`" + where + "` must be a mapping of names to definitions");
    return;
  }
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string name = it->first.Scalar();
    if (!seen.insert(name).second) {
      error(DiagCode::BriefDuplicate, it->first, "`" + name + "` is defined twice in `" + where + "`");
      continue;
    }
    each(it->first, it->second);
  }
}

std::optional<std::string> YamlReader::text(const YAML::Node& node, const std::string& where) {
  if (!node.IsScalar()) {
    error(DiagCode::BriefValue, node, "`" + where + "` must be a string");
    return std::nullopt;
  }
  return node.Scalar();
}

std::vector<std::string> YamlReader::texts(const YAML::Node& node, const std::string& where) {
  std::vector<std::string> out;
  if (!node.IsSequence()) {
    error(DiagCode::BriefValue, node, "`" + where + "` must be a list of strings");
    return out;
  }
  for (const auto& item : node) {
    if (auto value = text(item, where)) out.push_back(*value);
  }
  return out;
}

std::optional<bool> YamlReader::flag(const YAML::Node& node, const std::string& where) {
  if (node.IsScalar()) {
    std::string lower = to_lower(node.Scalar());
    if (lower == "true" || lower == "yes") return true;
    if (lower == "false" || lower == "no") return false;
  }
  error(DiagCode::BriefValue, node, "`" + where + "` must be true or false");
  return std::nullopt;
}

std::optional<int64_t> YamlReader::number(const YAML::Node& node, const std::string& where,
                                          int64_t minimum) {
  if (node.IsScalar()) {
    try {
      auto value = node.as<int64_t>();
      if (value >= minimum) return value;
    } catch (const YAML::Exception&) {
    }
  }
  error(DiagCode::BriefValue, node,
        "`" + where + "` must be a whole number of at least " + std::to_string(minimum));
  return std::nullopt;
}

std::optional<std::string> YamlReader::word(const YAML::Node& node, const std::string& where,
                                            const std::vector<std::string>& words) {
  auto value = text(node, where);
  if (!value) return std::nullopt;
  for (const auto& allowed : words) {
    if (*value == allowed) return value;
  }
  error(DiagCode::BriefValue, node,
        "`" + where + "` must be one of " + join(words, ", ") + ", not `" + *value + "`");
  return std::nullopt;
}

}  // namespace sf::detail
