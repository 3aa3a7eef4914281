// What schemaforge's PostgreSQL frontend and SQL backend cost on top of the raw parser.
//
// For each corpus file (chinook with data, 600 KB, the largest PostgreSQL file; Zabbix,
// 173 tables; pagila, pg_dump style):
//   pg_query_parse_protobuf   (a)  libpg_query alone, protobuf output: the floor
//   pg_query_parse_json       (a') libpg_query's JSON output, for reference
//   sf_parse_postgres         (b)  sf::parse_postgres into a fresh sf::Schema
//   sf_parse_emit_sql         (c)  (b) followed by sf::emit_sql
// bench/run_parse_bench.sh runs each benchmark in its own process and prints b/a, c/a and
// peak RSS; bench/README.md says more.
//
// Every benchmark gets the same text: the file with its psql meta-command lines (lines
// starting with a backslash, e.g. chinook's `\c chinook;`) blanked, so that libpg_query
// accepts it. Blanking keeps the newline, so line numbers do not move.
#include <benchmark/benchmark.h>
#include <pg_query.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "schemaforge/backends/sql.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/frontends/postgres.h"
#include "schemaforge/model/schema.h"

namespace {

struct Input {
  std::string label;  // short name used in benchmark names
  std::string path;
  std::shared_ptr<const sf::SourceFile> file;  // text with meta-command lines blanked
};

std::string corpus_dir() {
  if (const char* dir = std::getenv("SF_BENCH_CORPUS_DIR"); dir && *dir) return dir;
  return SF_CORPUS_DIR;
}

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return !in.bad();
}

/// Replaces every line that starts with '\' by an empty line (the newline stays).
std::string blank_meta_commands(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    size_t line_end = end == std::string::npos ? text.size() : end;
    if (text[pos] != '\\') out.append(text, pos, line_end - pos);
    if (end == std::string::npos) break;
    out += '\n';
    pos = end + 1;
  }
  return out;
}

/// Peak resident set size of this process so far, in MiB (ru_maxrss is in KiB on Linux).
/// Only meaningful per benchmark when each benchmark runs in its own process, as
/// run_parse_bench.sh does.
double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void set_common_counters(benchmark::State& state, const Input& input) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.file->text().size()));
  state.counters["input_KiB"] = static_cast<double>(input.file->text().size()) / 1024.0;
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

/// The first line (file:line:col: error[CODE]: message) of the first error.
std::string first_error(const sf::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.items()) {
    if (d.severity == sf::Severity::Error) {
      std::string text = sf::format_diagnostic(d);
      return text.substr(0, text.find('\n'));
    }
  }
  return "error";
}

// (a) libpg_query alone, protobuf parse tree (what the frontend consumes).
void bm_pg_query_protobuf(benchmark::State& state, const Input* input) {
  const char* text = input->file->text().c_str();
  for (auto _ : state) {
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(text);
    if (result.error) {
      std::string message = result.error->message;
      pg_query_free_protobuf_parse_result(result);
      state.SkipWithError(("libpg_query: " + message).c_str());
      break;
    }
    benchmark::DoNotOptimize(result.parse_tree.data);
    pg_query_free_protobuf_parse_result(result);
  }
  set_common_counters(state, *input);
}

// (a') libpg_query's JSON output, for reference.
void bm_pg_query_json(benchmark::State& state, const Input* input) {
  const char* text = input->file->text().c_str();
  for (auto _ : state) {
    PgQueryParseResult result = pg_query_parse(text);
    if (result.error) {
      std::string message = result.error->message;
      pg_query_free_parse_result(result);
      state.SkipWithError(("libpg_query: " + message).c_str());
      break;
    }
    benchmark::DoNotOptimize(result.parse_tree);
    pg_query_free_parse_result(result);
  }
  set_common_counters(state, *input);
}

// (b) the frontend: text -> sf::Schema, a fresh schema every iteration.
void bm_sf_parse(benchmark::State& state, const Input* input) {
  size_t tables = 0;
  for (auto _ : state) {
    sf::Schema schema;
    sf::Diagnostics diagnostics;
    sf::parse_postgres(input->file, schema, diagnostics);
    if (diagnostics.has_errors()) {
      state.SkipWithError(("parse_postgres: " + first_error(diagnostics)).c_str());
      break;
    }
    tables = schema.tables.size();
    sf::Schema* result = &schema;
    benchmark::DoNotOptimize(result);
    benchmark::ClobberMemory();
  }
  set_common_counters(state, *input);
  state.counters["tables"] = static_cast<double>(tables);
}

// (c) frontend + backend: text -> sf::Schema -> canonical PostgreSQL DDL.
void bm_sf_parse_emit(benchmark::State& state, const Input* input) {
  size_t output_bytes = 0;
  for (auto _ : state) {
    sf::Schema schema;
    sf::Diagnostics diagnostics;
    sf::parse_postgres(input->file, schema, diagnostics);
    if (diagnostics.has_errors()) {
      state.SkipWithError(("parse_postgres: " + first_error(diagnostics)).c_str());
      break;
    }
    std::string sql = sf::emit_sql(schema, sf::SqlOptions{}, diagnostics);
    if (diagnostics.has_errors()) {
      state.SkipWithError(("emit_sql: " + first_error(diagnostics)).c_str());
      break;
    }
    output_bytes = sql.size();
    benchmark::DoNotOptimize(sql.data());
    benchmark::ClobberMemory();
  }
  set_common_counters(state, *input);
  state.counters["output_KiB"] = static_cast<double>(output_bytes) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  // Largest first: the ratios that matter most come from the 600 KB file.
  static std::vector<Input> inputs = {
      {"chinook", "sql/chinook-postgres-with-data.sql", nullptr},
      {"zabbix", "sql/zabbix-6.0-schema.postgres.sql", nullptr},
      {"pagila", "sql/pagila-schema.pre-pg18.sql", nullptr},
  };
  for (Input& input : inputs) {
    std::string path = corpus_dir() + "/" + input.path;
    std::string text;
    if (!read_file(path, text)) {
      std::fprintf(stderr, "parse_bench: cannot read %s (set SF_BENCH_CORPUS_DIR)\n", path.c_str());
      return 3;
    }
    // The path given to SourceFile is the corpus path, as a user would see it.
    input.file = std::make_shared<const sf::SourceFile>(path, blank_meta_commands(text));
  }

  for (const Input& input : inputs) {
    const Input* in = &input;
    benchmark::RegisterBenchmark(("pg_query_parse_protobuf/" + input.label).c_str(),
                                 bm_pg_query_protobuf, in)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("pg_query_parse_json/" + input.label).c_str(),
                                 bm_pg_query_json, in)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("sf_parse_postgres/" + input.label).c_str(), bm_sf_parse, in)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("sf_parse_emit_sql/" + input.label).c_str(),
                                 bm_sf_parse_emit, in)
        ->Unit(benchmark::kMillisecond);
  }

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
