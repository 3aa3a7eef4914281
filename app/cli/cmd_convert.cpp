// schemaforge convert <schema> --to postgres|sqlite|mysql|json|dbml|prisma|alembic|sqlalchemy|
//                                   typescript [-o FILE] [--on-unsupported=ignore|warn|error]
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/formats.h"
#include "schemaforge/backends/json.h"
#include "schemaforge/backends/sql.h"

namespace sf::cli {

namespace {
struct ConvertOptions {
  std::string input;
  std::string target;
  std::string output;
  std::string dialect;
  std::string on_unsupported = "warn";
};
}  // namespace

void add_convert_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* cmd = app.add_subcommand("convert", "Convert a schema to another format or dialect");
  cmd->add_option("schema", options->input, "Input schema file (.sql, .dbml, .prisma)")->required();
  cmd->add_option("--to", options->target, "Output format")
      ->required()
      ->check(CLI::IsMember(output_formats()));
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  cmd->add_option("--dialect", options->dialect, "Dialect of a .sql input: postgres (default) or sqlite")
      ->check(CLI::IsMember({"postgres", "sqlite"}));
  cmd->add_option("--on-unsupported", options->on_unsupported,
                  "What the target cannot express (SF3001/SF3002): ignore, warn, or error "
                  "(exit 2, nothing written)")
      ->check(CLI::IsMember(on_unsupported_values()));
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code, options->dialect);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    exit_code = render_and_write(context, *schema, options->target, options->output,
                                 parse_on_unsupported(options->on_unsupported));
  });
}

}  // namespace sf::cli
