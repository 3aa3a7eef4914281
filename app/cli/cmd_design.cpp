// schemaforge design <brief.yaml> [--to FORMAT] [-o FILE]: the designed schema, as
// PostgreSQL DDL unless --to says otherwise.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/formats.h"

namespace sf::cli {

namespace {
struct DesignCommandOptions {
  std::string input;
  std::string target = "postgres";
  std::string output;
};
}  // namespace

void add_design_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<DesignCommandOptions>();
  CLI::App* cmd = app.add_subcommand("design", "Design a schema from a brief (docs/brief.md)");
  cmd->add_option("brief", options->input, "Design brief (.yaml or .yml)")->required();
  cmd->add_option("--to", options->target, "Output format")
      ->check(CLI::IsMember(output_formats()))
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  cmd->callback([&context, &exit_code, options] {
    if (input_kind(options->input) != InputKind::Brief) {
      context.err << options->input << ": error[" << info(DiagCode::UnknownInputKind).code
                  << "]: `design` reads a brief: a .yaml or .yml file\n";
      exit_code = static_cast<int>(ExitCode::BadInput);
      return;
    }
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    exit_code = render_and_write(context, *schema, options->target, options->output);
  });
}

}  // namespace sf::cli
