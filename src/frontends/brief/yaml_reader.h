#pragma once
// yaml-cpp nodes -> plain values, each problem reported at the node's `file:line:col`.
#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"

namespace sf::detail {

class YamlReader {
 public:
  YamlReader(std::shared_ptr<const SourceFile> file, Diagnostics& diagnostics)
      : file_(std::move(file)), diagnostics_(diagnostics) {}

  SourceLoc loc(const YAML::Node& node) const;
  void error(DiagCode code, const YAML::Node& node, const std::string& message);

  using Handler = std::function<void(const YAML::Node& key, const YAML::Node& value)>;
  /// Visits a mapping's entries in order; reports unknown and repeated keys and a
  /// non-mapping. `required` keys that are absent are reported at the mapping.
  void mapping(const YAML::Node& node, const std::string& where,
               const std::map<std::string, Handler>& handlers,
               const std::vector<std::string>& required = {});
  /// Visits a mapping whose keys are names the user chose (entities, fields); reports
  /// repeated names (SF8005).
  void named_entries(const YAML::Node& node, const std::string& where, const Handler& each);

  std::optional<std::string> text(const YAML::Node& node, const std::string& where);
  std::vector<std::string> texts(const YAML::Node& node, const std::string& where);
  std::optional<bool> flag(const YAML::Node& node, const std::string& where);
  std::optional<int64_t> number(const YAML::Node& node, const std::string& where, int64_t minimum);
  /// One of `words`; reports the others when the value is not among them.
  std::optional<std::string> word(const YAML::Node& node, const std::string& where,
                                  const std::vector<std::string>& words);

 private:
  std::shared_ptr<const SourceFile> file_;
  Diagnostics& diagnostics_;
};

}  // namespace sf::detail
