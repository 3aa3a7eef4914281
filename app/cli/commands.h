#pragma once
// One file per verb; each registers itself on the app (explicitly, STYLE.md #8).
namespace CLI {
class App;
}

namespace sf::cli {

struct Context;

/// Each returns nothing: the verb stores its exit code in `exit_code` when it runs.
void add_convert_command(CLI::App& app, Context& context, int& exit_code);
void add_build_command(CLI::App& app, Context& context, int& exit_code);
void add_lint_command(CLI::App& app, Context& context, int& exit_code);

}  // namespace sf::cli
