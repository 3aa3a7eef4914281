#pragma once
// The command line: CLI11 wiring, testable without a process (STYLE.md: no main here).
#include <iosfwd>
#include <string>
#include <vector>

namespace sf::cli {

/// Runs the CLI on `args` (without the program name); returns the process exit code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace sf::cli
