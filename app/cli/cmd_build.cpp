// schemaforge build <schema> -o DIR: every artifact that exists so far, written atomically.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/formats.h"
#include "schemaforge/backends/doc.h"
#include "schemaforge/backends/json.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/model/relationships.h"

namespace sf::cli {

namespace {
struct BuildOptions {
  std::string input;
  std::string output_dir = "out";
};
}  // namespace

void add_build_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Produce every artifact for a schema");
  cmd->add_option("schema", options->input, "Input schema file (.sql, .dbml, .prisma)")->required();
  cmd->add_option("-o,--output", options->output_dir, "Output directory")->capture_default_str();
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    Diagnostics diagnostics;
    // Render everything first, so a failure leaves no partial set of artifacts behind.
    std::vector<std::pair<std::string, std::string>> artifacts = {
        {"schema.json", emit_json(*schema)},
        {"postgres/schema.sql", emit_sql(*schema, SqlOptions{Dialect::Postgres}, diagnostics)},
    };
    for (auto& artifact : orm_artifacts(*schema, diagnostics)) artifacts.push_back(std::move(artifact));
    // The design document and its diagrams, under docs/ (cmd_doc.cpp writes the same set).
    auto docs = document_files(*schema, doc_inputs_for(options->input), DocOptions{}, diagnostics);
    if (!docs) {
      context.err << "error: " << docs.error().message << "\n";
      exit_code = static_cast<int>(docs.error().exit_code);
      return;
    }
    for (auto& file : *docs) artifacts.emplace_back("docs/" + file.path, std::move(file.contents));
    print_diagnostics(context, diagnostics);
    if (diagnostics.has_errors()) {
      exit_code = static_cast<int>(ExitCode::BadInput);
      return;
    }
    for (const auto& [name, contents] : artifacts) {
      if (!write_output(context, options->output_dir + "/" + name, contents)) {
        exit_code = static_cast<int>(ExitCode::Environment);
        return;
      }
    }
    size_t relationships = derive_relationships(*schema).size();
    if (!context.quiet) {
      context.out << "schemaforge build: " << schema->tables.size() << " tables, "
                  << relationships << " relationships\n";
      for (const auto& [name, contents] : artifacts) {
        context.out << "  wrote " << options->output_dir << "/" << name << " (" << contents.size()
                    << " bytes)\n";
      }
    }
    exit_code = 0;
  });
}

}  // namespace sf::cli
