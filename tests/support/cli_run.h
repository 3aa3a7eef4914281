#pragma once
// Running the CLI in-process the way a user would, keeping the exit code and both streams.
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace sf::test {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

inline CliRun run_cli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = cli::run(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace sf::test
