#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"

namespace sf::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Context context{out, err};
  int exit_code = 0;

  CLI::App app{"schemaforge: database schema design as code", "schemaforge"};
  app.set_version_flag("--version", std::string("schemaforge ") + SF_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_flag("-v,--verbose", context.verbose, "Also print notes (skipped statements and the like)");
  app.add_flag("-q,--quiet", context.quiet, "Print errors only");

  add_convert_command(app, context, exit_code);
  add_build_command(app, context, exit_code);
  add_lint_command(app, context, exit_code);
  add_erd_command(app, context, exit_code);
  add_doc_command(app, context, exit_code);
  add_design_command(app, context, exit_code);
  add_inspect_command(app, context, exit_code);
  add_size_command(app, context, exit_code);

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    out << std::string("schemaforge ") + SF_VERSION << "\n";
    return 0;
  } catch (const CLI::ParseError& e) {
    // Help for a subcommand is reported through the subcommand itself.
    if (e.get_exit_code() == 0) {
      for (const CLI::App* sub : app.get_subcommands()) out << sub->help();
      return 0;
    }
    err << "schemaforge: " << e.what() << "\n";
    err << "Run 'schemaforge --help' for usage.\n";
    return static_cast<int>(ExitCode::BadInput);
  }
  return exit_code;
}

}  // namespace sf::cli
