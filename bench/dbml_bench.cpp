// Parses DBML files with our frontend, in process, and prints one JSON line per file:
//   dbml_bench [--iterations N] FILE...
// {"file": ..., "bytes": ..., "tables": ..., "iterations": N, "mean_ms": ..., "min_ms": ...,
//  "peak_rss_kb": ...}. bench/dbml_bench.sh runs it beside @dbml/core and prints the ratio.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "schemaforge/base/files.h"
#include "schemaforge/frontends/dbml.h"

int main(int argc, char** argv) {
  int iterations = 50;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atoi(argv[++i]);
    } else {
      files.push_back(a);
    }
  }
  for (const auto& path : files) {
    auto file = sf::read_source_file(path);
    if (!file) {
      std::fprintf(stderr, "%s\n", file.error().message.c_str());
      return 2;
    }
    size_t tables = 0;
    double total = 0, best = 1e18;
    for (int i = 0; i < iterations; ++i) {
      auto start = std::chrono::steady_clock::now();
      sf::Schema schema;
      sf::Diagnostics diags;
      sf::parse_dbml(*file, schema, diags);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      if (diags.has_errors()) {
        std::fprintf(stderr, "%s: does not parse\n", path.c_str());
        return 1;
      }
      tables = schema.tables.size();
      total += ms;
      best = std::min(best, ms);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"file\": \"%s\", \"bytes\": %zu, \"tables\": %zu, \"iterations\": %d, \"mean_ms\": %.4f, "
                "\"min_ms\": %.4f, \"peak_rss_kb\": %ld}\n",
                path.c_str(), (*file)->text().size(), tables, iterations, total / iterations, best,
                usage.ru_maxrss);
  }
  return 0;
}
