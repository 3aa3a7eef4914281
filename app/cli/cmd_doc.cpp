// schemaforge doc <schema> [-o DIR] [--html]: the design document, its diagrams, the site.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "schemaforge/backends/doc.h"

namespace sf::cli {

namespace {
struct DocCommandOptions {
  std::string input;
  std::string output_dir = "schema-doc";
  bool html = false;
};
}  // namespace

DocInputs doc_inputs_for(const std::string& input) {
  DocInputs inputs;
  // The file's name only: generated files carry no absolute paths.
  inputs.source = std::filesystem::path(input).filename().string();
  // inputs.lint stays unset until the lint analysis is connected: the checklist then says
  // which boxes lint would decide. The lead fills it from lint()'s Diagnostics.
  return inputs;
}

void add_doc_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<DocCommandOptions>();
  CLI::App* cmd = app.add_subcommand("doc", "Write the design document and its diagrams");
  cmd->add_option("schema", options->input, "Input schema file (.sql)")->required();
  cmd->add_option("-o,--output", options->output_dir,
                  "Output directory; - prints every file to standard output")
      ->capture_default_str();
  cmd->add_flag("--html", options->html, "Also write a static HTML site (html/index.html)");
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    DocOptions doc;
    doc.html = options->html;
    Diagnostics diagnostics;
    DocInputs inputs = doc_inputs_for(options->input);
    inputs.size = size_for_document(*schema);
    auto files = document_files(*schema, inputs, doc, diagnostics);
    print_diagnostics(context, diagnostics);
    if (!files) {
      context.err << "error: " << files.error().message << "\n";
      exit_code = static_cast<int>(files.error().exit_code);
      return;
    }
    if (options->output_dir == "-") {
      // Every file on standard output, each after a "==> path <==" line (like `head`).
      for (const auto& file : *files) {
        context.out << "==> " << file.path << " <==\n" << file.contents;
        if (!file.contents.empty() && file.contents.back() != '\n') context.out << "\n";
      }
      exit_code = 0;
      return;
    }
    for (const auto& file : *files) {
      if (!write_output(context, options->output_dir + "/" + file.path, file.contents)) {
        exit_code = static_cast<int>(ExitCode::Environment);
        return;
      }
    }
    if (!context.quiet) {
      context.out << "schemaforge doc: wrote " << files->size() << " files to "
                  << options->output_dir << " (" << options->output_dir << "/database-schema.md)\n";
    }
    exit_code = 0;
  });
}

}  // namespace sf::cli
