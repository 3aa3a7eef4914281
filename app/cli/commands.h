#pragma once
// One file per verb; each registers itself on the app (explicitly, STYLE.md #8).
#include <optional>
#include <string>

#include "schemaforge/backends/doc.h"

namespace CLI {
class App;
}

namespace sf::cli {

struct Context;

/// Each returns nothing: the verb stores its exit code in `exit_code` when it runs.
void add_convert_command(CLI::App& app, Context& context, int& exit_code);
void add_build_command(CLI::App& app, Context& context, int& exit_code);
void add_lint_command(CLI::App& app, Context& context, int& exit_code);
void add_erd_command(CLI::App& app, Context& context, int& exit_code);
void add_doc_command(CLI::App& app, Context& context, int& exit_code);
void add_design_command(CLI::App& app, Context& context, int& exit_code);
void add_inspect_command(CLI::App& app, Context& context, int& exit_code);
void add_size_command(CLI::App& app, Context& context, int& exit_code);

/// What the document is made from besides the model, for `doc` and `build` (cmd_doc.cpp).
DocInputs doc_inputs_for(const std::string& input);

/// The document's size projections: for a schema designed from a brief with `scale`, else
/// none (cmd_size.cpp).
std::optional<SizeProjection> size_for_document(const Schema& schema);

}  // namespace sf::cli
