#include "cli/lint_runner.h"

#include <ostream>

#include "schemaforge/base/files.h"
#include "schemaforge/frontends/config.h"

namespace sf::cli {

std::optional<ProjectConfig> load_project_config(Context& context, const std::string& schema_path,
                                                 const LintRunOptions& options) {
  ProjectConfig config;
  if (options.no_config) return config;
  std::string path = options.config_path;
  if (path.empty() && !schema_path.empty()) path = find_config_file(schema_path);
  if (path.empty()) return config;
  auto file = read_source_file(path);
  if (!file) {
    context.err << file.error().message << "\n";
    return std::nullopt;
  }
  Diagnostics diagnostics;
  parse_config(*file, config, diagnostics);
  check_lint_settings(config.lint, diagnostics);
  print_diagnostics(context, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return config;
}

std::optional<LintRun> run_lint(Context& context, const std::string& schema_path,
                                const Schema& schema, const LintRunOptions& options) {
  auto config = load_project_config(context, schema_path, options);
  if (!config) return std::nullopt;
  LintRun run;
  run.config = std::move(*config);
  run.result = lint(schema, run.config.lint);
  run.report = format_lint(options.format, run.result, options.report);
  return run;
}

}  // namespace sf::cli
