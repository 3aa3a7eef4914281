// The schemaforge executable: build the CLI, run it, return its exit code.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return sf::cli::run(args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    // A bug, not a user error: say so plainly.
    std::cerr << "schemaforge: internal error: " << e.what() << "\n";
    return 70;
  }
}
