#pragma once
// Lint as the CLI runs it: find and read the project file, lint, render a report. `lint` uses
// it, and `build` calls it to put the findings into the design document's checklist.
#include <optional>
#include <string>

#include "cli/context.h"
#include "schemaforge/analyses/lint.h"
#include "schemaforge/analyses/lint_report.h"
#include "schemaforge/model/config.h"

namespace sf::cli {

struct LintRunOptions {
  std::string config_path;  ///< --config; empty = look upward from the schema
  bool no_config = false;   ///< --no-config: defaults only
  LintFormat format = LintFormat::Text;
  LintReportOptions report;
};

struct LintRun {
  ProjectConfig config;  ///< config.path is empty when the defaults were used
  LintResult result;
  std::string report;    ///< the result rendered in options.format
};

/// Reads the project file for `schema_path` (or options.config_path), reports its problems
/// (returning nullopt on errors: exit 2), lints `schema` and renders the report.
///
///   auto run = run_lint(context, "schema.sql", schema, LintRunOptions{});
///   if (run) write_output(context, "lint.json", run->report);
std::optional<LintRun> run_lint(Context& context, const std::string& schema_path,
                                const Schema& schema, const LintRunOptions& options);

/// Reads the project file only (also used by --list-rules to show effective settings).
std::optional<ProjectConfig> load_project_config(Context& context, const std::string& schema_path,
                                                 const LintRunOptions& options);

}  // namespace sf::cli
