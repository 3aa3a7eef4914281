// schemaforge erd <schema> [--format F] [--around TABLE --depth N] [--detail D] [-o FILE]
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "schemaforge/backends/doc.h"
#include "schemaforge/backends/erd.h"

namespace sf::cli {

namespace {

struct ErdCommandOptions {
  std::string input;
  std::string format = "mermaid";
  std::string around;
  int depth = 1;
  std::string detail = "auto";
  bool collapse = false;
  std::string output;
};

/// "name" or "schema.name" (a name containing a dot is found whole first).
QualifiedName table_name(const Schema& schema, const std::string& text) {
  QualifiedName whole{"", text};
  if (schema.find_table(whole)) return whole;
  size_t dot = text.find('.');
  if (dot == std::string::npos) return whole;
  return QualifiedName{text.substr(0, dot), text.substr(dot + 1)};
}

}  // namespace

void add_erd_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<ErdCommandOptions>();
  CLI::App* cmd = app.add_subcommand("erd", "Draw an entity-relationship diagram");
  cmd->add_option("schema", options->input, "Input schema file (.sql)")->required();
  cmd->add_option("-f,--format", options->format, "Diagram format")
      ->check(CLI::IsMember({"mermaid", "dot", "svg", "png", "ascii", "plantuml"}))
      ->capture_default_str();
  CLI::Option* around = cmd->add_option("--around", options->around,
                                        "Only this table and its neighbours (name or schema.name)");
  cmd->add_option("--depth", options->depth, "With --around: how many foreign-key hops to include")
      ->check(CLI::Range(0, 100))
      ->needs(around)
      ->capture_default_str();
  cmd->add_option(
         "--detail", options->detail,
         "columns, keys (key columns only), tables (names only), or auto: columns up to 40 "
         "tables, tables only past that")
      ->check(CLI::IsMember({"auto", "columns", "keys", "tables"}))
      ->capture_default_str();
  cmd->add_flag("--collapse-join-tables", options->collapse,
                "Draw each join table as one M:N line (automatic with tables-only detail)");
  cmd->add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    ErdView view = view_of_schema(*schema);
    if (!options->around.empty()) {
      auto selected = view_around(*schema, table_name(*schema, options->around), options->depth);
      if (!selected) {
        context.err << options->input << ": error[" << info(DiagCode::UnknownTable).code
                    << "]: --around: " << selected.error().message << "\n";
        exit_code = static_cast<int>(ExitCode::BadInput);
        return;
      }
      view = *selected;
    }
    ErdOptions erd;
    erd.collapse_join_tables = options->collapse;
    if (options->detail == "columns")
      erd.detail = ErdDetail::Columns;
    else if (options->detail == "keys")
      erd.detail = ErdDetail::Keys;
    else if (options->detail == "tables")
      erd.detail = ErdDetail::Tables;
    else
      erd.detail = view.tables.size() <= DocOptions{}.whole_diagram_tables ? ErdDetail::Columns
                                                                           : ErdDetail::Tables;
    if (erd.detail == ErdDetail::Tables) erd.collapse_join_tables = true;
    Diagnostics diagnostics;
    auto text = emit_erd(*schema, view, *erd_format_from_string(options->format), erd, diagnostics);
    print_diagnostics(context, diagnostics);
    if (!text) {
      context.err << "error: " << text.error().message << "\n";
      exit_code = static_cast<int>(text.error().exit_code);
      return;
    }
    if (options->output.empty()) {
      context.out << *text;
    } else if (!write_output(context, options->output, *text)) {
      exit_code = static_cast<int>(ExitCode::Environment);
      return;
    }
    exit_code = 0;
  });
}

}  // namespace sf::cli
