// schemaforge inspect <URL> [--to FORMAT] [-o FILE]: a live database (or an SQLite DDL file
// run by SQLite) -> the model, as JSON by default or any `convert --to` format.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/formats.h"

namespace sf::cli {

namespace {
struct InspectOptions {
  std::string input;
  std::string target = "json";
  std::string output;
  std::string dialect;
};
}  // namespace

void add_inspect_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* cmd = app.add_subcommand("inspect", "Read a live database (or an SQLite DDL file) into the model");
  cmd->add_option("url", options->input,
                  "sqlite:PATH, postgres://USER@HOST/DB?host=/socket/dir, mysql://USER@HOST/DB?socket=PATH, "
                  "or a schema file")
      ->required();
  cmd->add_option("--to", options->target, "Output format (default: json)")->check(CLI::IsMember(output_formats()));
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  cmd->add_option("--dialect", options->dialect, "Dialect of a .sql input: postgres (default) or sqlite")
      ->check(CLI::IsMember({"postgres", "sqlite"}));
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code, options->dialect);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    exit_code = render_and_write(context, *schema, options->target, options->output);
  });
}

}  // namespace sf::cli
