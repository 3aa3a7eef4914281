// schemaforge lint <schema> [--format text|json|sarif|github] [--config F] [--fail-on LEVEL]
//                           [-o FILE] [--list-rules]
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/lint_runner.h"

namespace sf::cli {

namespace {
struct LintOptions {
  std::string input;
  std::string format = "text";
  std::string config;
  bool no_config = false;
  std::string fail_on = "error";
  std::string output;
  std::string docs_url = kDefaultRuleDocsUrl;
  bool list_rules = false;
};
}  // namespace

void add_lint_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<LintOptions>();
  CLI::App* cmd = app.add_subcommand("lint", "Check a schema against the design rules (docs/lint.md)");
  cmd->add_option("schema", options->input, "Input schema file (.sql)");
  cmd->add_option("--format", options->format,
                  "text, json, sarif or github (with --list-rules: text, json or markdown)")
      ->capture_default_str();
  cmd->add_option("--config", options->config,
                  "Project file (default: .schemaforge.yaml found upward from the schema)");
  cmd->add_flag("--no-config", options->no_config, "Ignore project files; use the defaults");
  cmd->add_option("--fail-on", options->fail_on,
                  "Exit 1 when a finding is at or above: error, warning, info or never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write the report to FILE instead of standard output");
  cmd->add_option("--docs-url", options->docs_url, "Base URL of docs/rules/ for SARIF helpUri")
      ->capture_default_str();
  cmd->add_flag("--list-rules", options->list_rules, "List every rule with its code, severity and summary");
  cmd->callback([&context, &exit_code, options] {
    exit_code = static_cast<int>(ExitCode::BadInput);
    LintRunOptions run_options;
    run_options.config_path = options->config;
    run_options.no_config = options->no_config;
    run_options.report.tool_version = SF_VERSION;
    run_options.report.docs_url = options->docs_url;

    if (options->list_rules) {
      std::optional<RuleListFormat> list_format;
      if (options->format == "text") list_format = RuleListFormat::Text;
      if (options->format == "json") list_format = RuleListFormat::Json;
      if (options->format == "markdown") list_format = RuleListFormat::Markdown;
      if (!list_format) {
        context.err << "schemaforge lint: --list-rules takes --format text, json or markdown\n";
        return;
      }
      auto config = load_project_config(context, options->input, run_options);
      if (!config) return;
      bool configured = !config->path.empty() && *list_format != RuleListFormat::Markdown;
      context.out << format_rule_list(*list_format, configured ? &config->lint : nullptr);
      exit_code = 0;
      return;
    }

    auto format = lint_format_from_string(options->format);
    if (!format) {
      context.err << "schemaforge lint: --format must be text, json, sarif or github, not '"
                  << options->format << "'\n";
      return;
    }
    if (options->input.empty()) {
      context.err << "schemaforge lint: a schema file is required (or --list-rules)\n";
      return;
    }
    run_options.format = *format;
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    auto run = run_lint(context, options->input, *schema, run_options);
    if (!run) return;
    if (options->output.empty()) {
      context.out << run->report;
    } else if (!write_output(context, options->output, run->report)) {
      exit_code = static_cast<int>(ExitCode::Environment);
      return;
    }
    FailOn fail_on = fail_on_from_string(options->fail_on).value_or(FailOn::Error);
    exit_code = lint_fails(run->result, fail_on) ? static_cast<int>(ExitCode::Findings)
                                                 : static_cast<int>(ExitCode::Ok);
  });
}

}  // namespace sf::cli
