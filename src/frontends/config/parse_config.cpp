// `.schemaforge.yaml` -> ProjectConfig. Every node's yaml-cpp Mark becomes a SourceLoc, so a
// bad setting is reported as `file:line:col` like any other input problem.
#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <string>

#include "schemaforge/base/strings.h"
#include "schemaforge/frontends/config.h"

namespace sf {

namespace {

class Reader {
public:
  Reader(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  SourceLoc loc(const YAML::Node& node) const { return loc(node.Mark()); }
  SourceLoc loc(const YAML::Mark& mark) const {
    if (mark.pos < 0) return SourceLoc{file_, 1, 1};
    return SourceLoc::at(file_, static_cast<size_t>(mark.pos));
  }

  void bad_value(const YAML::Node& node, const std::string& what) {
    diagnostics_.report(DiagCode::ConfigValue, loc(node), what);
  }

  /// Visits a mapping's entries; reports keys it has no handler for.
  using Handler = std::function<void(const YAML::Node&)>;
  void mapping(const YAML::Node& node, const std::string& where,
               const std::map<std::string, Handler>& handlers) {
    if (!node.IsMap()) {
      bad_value(node, "`" + where + "` must be a mapping of keys to values");
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string key = it->first.Scalar();
      auto handler = handlers.find(key);
      if (handler == handlers.end()) {
        std::string known;
        for (const auto& [name, unused] : handlers) known += (known.empty() ? "" : ", ") + name;
        diagnostics_.report(DiagCode::ConfigUnknownKey, loc(it->first),
                            "unknown key `" + key + "` in `" + where + "` (known: " + known + ")");
        continue;
      }
      handler->second(it->second);
    }
  }

  bool string(const YAML::Node& node, const std::string& where, std::string& out) {
    if (!node.IsScalar()) {
      bad_value(node, "`" + where + "` must be a string");
      return false;
    }
    out = node.Scalar();
    return true;
  }

  void strings(const YAML::Node& node, const std::string& where, std::vector<std::string>& out) {
    if (node.IsScalar()) {  // one value is accepted as a one-element list
      out = {node.Scalar()};
      return;
    }
    if (!node.IsSequence()) {
      bad_value(node, "`" + where + "` must be a list of strings");
      return;
    }
    out.clear();
    for (const auto& item : node) {
      std::string value;
      if (string(item, where, value)) out.push_back(value);
    }
  }

  void count(const YAML::Node& node, const std::string& where, size_t& out, size_t minimum) {
    long long value = -1;
    if (node.IsScalar()) {
      try {
        value = node.as<long long>();
      } catch (const YAML::Exception&) {
        value = -1;
      }
    }
    if (value < static_cast<long long>(minimum)) {
      bad_value(node, "`" + where + "` must be a whole number of at least " + std::to_string(minimum));
      return;
    }
    out = static_cast<size_t>(value);
  }

  template <typename Enum>
  void choice(const YAML::Node& node, const std::string& where,
              const std::vector<std::pair<const char*, Enum>>& choices, Enum& out) {
    std::string text;
    if (!string(node, where, text)) return;
    std::string names;
    for (const auto& [name, value] : choices) {
      if (to_lower(text) == name) {
        out = value;
        return;
      }
      names += (names.empty() ? "" : ", ") + std::string(name);
    }
    bad_value(node, "`" + where + "` must be one of " + names + ", not `" + text + "`");
  }

  void excludes(const YAML::Node& node, const std::string& where, LintExcludes& out) {
    mapping(node, where, {
        {"tables", [&](const YAML::Node& n) { strings(n, where + ".tables", out.tables); }},
        {"columns", [&](const YAML::Node& n) { strings(n, where + ".columns", out.columns); }},
    });
  }

  std::optional<Severity> severity_word(const std::string& text) {
    std::string lower = to_lower(text);
    if (lower == "error") return Severity::Error;
    if (lower == "warning" || lower == "warn") return Severity::Warning;
    if (lower == "info" || lower == "note") return Severity::Info;
    return std::nullopt;
  }

  std::optional<bool> switch_word(const std::string& text) {
    std::string lower = to_lower(text);
    if (lower == "on" || lower == "true" || lower == "yes") return true;
    if (lower == "off" || lower == "false" || lower == "no") return false;
    return std::nullopt;
  }

  /// `CODE: off|on|error|warning|info` or `CODE: {enabled, severity, exclude}`.
  void rule(const std::string& name, const YAML::Node& key, const YAML::Node& node,
            std::vector<RuleSetting>& out) {
    RuleSetting setting;
    setting.rule = name;
    setting.loc = loc(key);
    std::string where = "lint.rules." + name;
    if (node.IsScalar()) {
      if (auto on = switch_word(node.Scalar())) {
        setting.enabled = *on;
      } else if (auto severity = severity_word(node.Scalar())) {
        setting.enabled = true;
        setting.severity = *severity;
      } else {
        bad_value(node, "`" + where + "` must be on, off, error, warning or info, not `" +
                            node.Scalar() + "`");
        return;
      }
      out.push_back(std::move(setting));
      return;
    }
    mapping(node, where, {
        {"enabled", [&](const YAML::Node& n) {
           auto on = n.IsScalar() ? switch_word(n.Scalar()) : std::nullopt;
           if (!on) bad_value(n, "`" + where + ".enabled` must be true or false");
           setting.enabled = on;
         }},
        {"severity", [&](const YAML::Node& n) {
           auto severity = n.IsScalar() ? severity_word(n.Scalar()) : std::nullopt;
           if (!severity) bad_value(n, "`" + where + ".severity` must be error, warning or info");
           setting.severity = severity;
         }},
        {"exclude", [&](const YAML::Node& n) { excludes(n, where + ".exclude", setting.exclude); }},
    });
    out.push_back(std::move(setting));
  }

  void lint(const YAML::Node& node, LintSettings& lint) {
    mapping(node, "lint", {
        {"exclude", [&](const YAML::Node& n) { excludes(n, "lint.exclude", lint.exclude); }},
        {"rules", [&](const YAML::Node& n) {
           if (!n.IsMap()) {
             bad_value(n, "`lint.rules` must map rule codes or names to settings");
             return;
           }
           for (auto it = n.begin(); it != n.end(); ++it) rule(it->first.Scalar(), it->first, it->second, lint.rules);
         }},
        {"naming", [&](const YAML::Node& n) { naming(n, lint.naming); }},
        {"thresholds", [&](const YAML::Node& n) { thresholds(n, lint.thresholds); }},
        {"policies", [&](const YAML::Node& n) { policies(n, lint.policies); }},
    });
  }

  void naming(const YAML::Node& node, NamingSettings& naming) {
    const std::string w = "lint.naming.";
    mapping(node, "lint.naming", {
        {"case", [&](const YAML::Node& n) {
           choice<NameCase>(n, w + "case", {{"snake", NameCase::Snake}, {"camel", NameCase::Camel},
                                            {"pascal", NameCase::Pascal}, {"any", NameCase::Any}},
                            naming.name_case);
         }},
        {"tables", [&](const YAML::Node& n) {
           choice<TableInflection>(n, w + "tables", {{"plural", TableInflection::Plural},
                                                     {"singular", TableInflection::Singular},
                                                     {"any", TableInflection::Any}},
                                   naming.tables);
         }},
        {"foreign_key_column", [&](const YAML::Node& n) { string(n, w + "foreign_key_column", naming.foreign_key_column); }},
        {"primary_key_column", [&](const YAML::Node& n) { string(n, w + "primary_key_column", naming.primary_key_column); }},
        {"index_prefix", [&](const YAML::Node& n) { string(n, w + "index_prefix", naming.index_prefix); }},
        {"unique_prefix", [&](const YAML::Node& n) { string(n, w + "unique_prefix", naming.unique_prefix); }},
        {"max_identifier_bytes", [&](const YAML::Node& n) { count(n, w + "max_identifier_bytes", naming.max_identifier_bytes, 1); }},
    });
  }

  void thresholds(const YAML::Node& node, LintThresholds& t) {
    const std::string w = "lint.thresholds.";
    mapping(node, "lint.thresholds", {
        {"max_columns", [&](const YAML::Node& n) { count(n, w + "max_columns", t.max_columns, 1); }},
        {"max_indexes", [&](const YAML::Node& n) { count(n, w + "max_indexes", t.max_indexes, 0); }},
        {"max_index_columns", [&](const YAML::Node& n) { count(n, w + "max_index_columns", t.max_index_columns, 1); }},
        {"max_cascade_depth", [&](const YAML::Node& n) { count(n, w + "max_cascade_depth", t.max_cascade_depth, 1); }},
    });
  }

  void policies(const YAML::Node& node, LintPolicies& p) {
    const std::string w = "lint.policies.";
    mapping(node, "lint.policies", {
        {"primary_key_type", [&](const YAML::Node& n) {
           choice<PrimaryKeyTypePolicy>(n, w + "primary_key_type",
                                        {{"uuid", PrimaryKeyTypePolicy::Uuid},
                                         {"bigint", PrimaryKeyTypePolicy::Bigint},
                                         {"any", PrimaryKeyTypePolicy::Any}},
                                        p.primary_key_type);
         }},
        {"string_type", [&](const YAML::Node& n) {
           choice<StringTypePolicy>(n, w + "string_type", {{"text", StringTypePolicy::Text},
                                                           {"varchar", StringTypePolicy::Varchar},
                                                           {"any", StringTypePolicy::Any}},
                                    p.string_type);
         }},
        {"created_column", [&](const YAML::Node& n) { string(n, w + "created_column", p.created_column); }},
        {"updated_column", [&](const YAML::Node& n) { string(n, w + "updated_column", p.updated_column); }},
        {"tenant_column", [&](const YAML::Node& n) { string(n, w + "tenant_column", p.tenant_column); }},
        {"soft_delete_columns", [&](const YAML::Node& n) { strings(n, w + "soft_delete_columns", p.soft_delete_columns); }},
        {"append_only_tables", [&](const YAML::Node& n) { strings(n, w + "append_only_tables", p.append_only_tables); }},
        {"enum_like_columns", [&](const YAML::Node& n) { strings(n, w + "enum_like_columns", p.enum_like_columns); }},
        {"status_columns", [&](const YAML::Node& n) { strings(n, w + "status_columns", p.status_columns); }},
        {"money_columns", [&](const YAML::Node& n) { strings(n, w + "money_columns", p.money_columns); }},
        {"business_keys", [&](const YAML::Node& n) { strings(n, w + "business_keys", p.business_keys); }},
    });
  }

private:
  std::shared_ptr<const SourceFile> file_;
  Diagnostics& diagnostics_;
};

}  // namespace

void parse_config(const std::shared_ptr<const SourceFile>& file, ProjectConfig& config,
                  Diagnostics& diagnostics) {
  config.path = file->path();
  Reader reader(file, diagnostics);
  YAML::Node root;
  try {
    root = YAML::Load(file->text());
  } catch (const YAML::ParserException& e) {
    diagnostics.report(DiagCode::ConfigSyntax, reader.loc(e.mark), e.msg);
    return;
  }
  if (root.IsNull()) return;  // an empty file: all defaults
  reader.mapping(root, "the configuration file", {
      {"lint", [&](const YAML::Node& n) { reader.lint(n, config.lint); }},
  });
}

}  // namespace sf
