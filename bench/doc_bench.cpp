// What the design document and the diagrams cost on the largest corpus schema (Zabbix 6.0,
// 173 tables) and on a 519-table schema made by tripling it (the copies' tables and foreign
// keys renamed with suffixes _2 and _3, all in one schema: the hardest case for grouping).
//
//   doc_files/<input>        document_files(): both editions, erd/schema.{mmd,dot,svg,txt,puml}
//                            (SVG laid out by libgvc) and the group diagrams
//   doc_files_html/<input>   the same plus the HTML site (one neighbourhood SVG per table)
//   erd/<format>/<input>     one whole-schema diagram in one format, at `auto` detail
//
// Counters: tables, output_KiB, peak_rss_MiB; for doc_files also the readability figures
// (groups, largest group, largest Mermaid group diagram in characters and lines).
// bench/run_doc_bench.sh runs each in its own process and adds whole-process timings.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "schemaforge/backends/doc.h"
#include "schemaforge/backends/erd.h"
#include "schemaforge/base/files.h"
#include "schemaforge/frontends/postgres.h"

namespace {

std::string corpus_dir() {
  if (const char* dir = std::getenv("SF_BENCH_CORPUS_DIR"); dir && *dir) return dir;
  return SF_CORPUS_DIR;
}

const sf::Schema& zabbix() {
  static sf::Schema schema = [] {
    sf::Schema s;
    auto file = sf::read_source_file(corpus_dir() + "/sql/zabbix-6.0-schema.postgres.sql");
    if (!file) {
      std::fprintf(stderr, "doc_bench: %s\n", file.error().message.c_str());
      std::exit(3);
    }
    sf::Diagnostics diagnostics;
    sf::parse_postgres(*file, s, diagnostics);
    if (diagnostics.has_errors()) {
      std::fprintf(stderr, "doc_bench: zabbix does not parse\n");
      std::exit(3);
    }
    return s;
  }();
  return schema;
}

/// `copies` copies of a schema in one namespace; copy k > 1 renames every table T to T_k and
/// points its foreign keys at the renamed tables.
sf::Schema scaled(const sf::Schema& base, int copies) {
  sf::Schema out = base;
  for (int k = 2; k <= copies; ++k) {
    std::string suffix = "_" + std::to_string(k);
    for (const auto& table : base.tables) {
      sf::Table copy = table;
      copy.name.name += suffix;
      copy.ordinal = out.next_ordinal();
      for (auto& fk : copy.foreign_keys) {
        fk.ref_table.name += suffix;
        if (!fk.name.empty()) fk.name += suffix;
      }
      for (auto& index : copy.indexes) {
        if (!index.name.empty()) index.name += suffix;
      }
      out.tables.push_back(std::move(copy));
    }
  }
  return out;
}

const sf::Schema& zabbix_x3() {
  static sf::Schema schema = scaled(zabbix(), 3);
  return schema;
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void run_doc(benchmark::State& state, const sf::Schema& schema, bool html) {
  sf::DocOptions options;
  options.html = html;
  size_t bytes = 0;
  for (auto _ : state) {
    sf::Diagnostics diagnostics;
    auto files = sf::document_files(schema, sf::DocInputs{}, options, diagnostics);
    if (!files) {
      state.SkipWithError(files.error().message.c_str());
      return;
    }
    bytes = 0;
    for (const auto& f : *files) bytes += f.contents.size();
    benchmark::DoNotOptimize(bytes);
  }
  // Readability figures: how the schema is cut for Mermaid.
  auto views = sf::readable_views(schema);
  size_t largest = 0, chars = 0, lines = 0;
  sf::ErdOptions keys;
  keys.detail = sf::ErdDetail::Keys;
  for (const auto& view : views) {
    largest = std::max(largest, view.tables.size());
    sf::Diagnostics quiet;
    std::string text = sf::emit_mermaid(schema, view, keys, quiet);
    chars = std::max(chars, text.size());
    lines = std::max(lines, static_cast<size_t>(std::count(text.begin(), text.end(), ':')));
  }
  state.counters["tables"] = static_cast<double>(schema.tables.size());
  state.counters["output_KiB"] = static_cast<double>(bytes) / 1024.0;
  state.counters["groups"] = static_cast<double>(views.size());
  state.counters["largest_group"] = static_cast<double>(largest);
  state.counters["largest_mermaid_chars"] = static_cast<double>(chars);
  state.counters["largest_mermaid_lines"] = static_cast<double>(lines);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

void run_erd(benchmark::State& state, const sf::Schema& schema, sf::ErdFormat format) {
  sf::ErdOptions options;
  bool small = schema.tables.size() <= sf::DocOptions{}.whole_diagram_tables;
  options.detail = small ? sf::ErdDetail::Columns : sf::ErdDetail::Tables;
  options.collapse_join_tables = !small;
  sf::ErdView view = sf::view_of_schema(schema);
  size_t bytes = 0;
  for (auto _ : state) {
    sf::Diagnostics diagnostics;
    auto text = sf::emit_erd(schema, view, format, options, diagnostics);
    if (!text) {
      state.SkipWithError(text.error().message.c_str());
      return;
    }
    bytes = text->size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["tables"] = static_cast<double>(schema.tables.size());
  state.counters["output_KiB"] = static_cast<double>(bytes) / 1024.0;
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

void register_all() {
  struct Input {
    const char* label;
    const sf::Schema& (*schema)();
  };
  for (Input input : {Input{"zabbix", zabbix}, Input{"zabbix_x3", zabbix_x3}}) {
    std::string label = input.label;
    auto get = input.schema;
    benchmark::RegisterBenchmark(("doc_files/" + label).c_str(), [get](benchmark::State& s) {
      run_doc(s, get(), false);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("doc_files_html/" + label).c_str(), [get](benchmark::State& s) {
      run_doc(s, get(), true);
    })->Unit(benchmark::kMillisecond);
    for (sf::ErdFormat format :
         {sf::ErdFormat::Mermaid, sf::ErdFormat::Dot, sf::ErdFormat::Svg, sf::ErdFormat::Png,
          sf::ErdFormat::Ascii, sf::ErdFormat::PlantUml}) {
      benchmark::RegisterBenchmark(
          ("erd/" + std::string(sf::to_string(format)) + "/" + label).c_str(),
          [get, format](benchmark::State& s) { run_erd(s, get(), format); })
          ->Unit(benchmark::kMillisecond);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_all();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
