#pragma once
// The project file `.schemaforge.yaml` (docs/lint.md "Configuration"), read with yaml-cpp,
// which only src/frontends/config sees.
#include <memory>
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/config.h"

namespace sf {

inline constexpr const char* kConfigFileName = ".schemaforge.yaml";

/// Reads a project file into `config` (missing keys keep their defaults). YAML errors
/// (SF1005), wrong values (SF1006) and unknown keys (SF1007) go to `diagnostics` with the
/// file, line and column of the offending node. Rule names are checked by the lint layer
/// (check_lint_settings), which knows them.
///
///   ProjectConfig config;
///   parse_config(file, config, diagnostics);
void parse_config(const std::shared_ptr<const SourceFile>& file, ProjectConfig& config,
                  Diagnostics& diagnostics);

/// The nearest `.schemaforge.yaml` (or `.schemaforge.yml`) in the directory of `schema_path`
/// or one of its parents; empty when there is none.
std::string find_config_file(const std::string& schema_path);

}  // namespace sf
