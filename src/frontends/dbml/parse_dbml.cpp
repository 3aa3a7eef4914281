#include "schemaforge/frontends/dbml.h"

#include "frontends/dbml/interpret.h"
#include "frontends/dbml/syntax.h"

namespace sf {

void parse_dbml(const std::shared_ptr<const SourceFile>& file, Schema& schema,
                Diagnostics& diagnostics) {
  dbml::SyntaxTree tree;
  Diagnostics syntax;
  tree.tokens = dbml::lex(file, syntax);
  dbml::parse_syntax(file, tree, syntax);
  diagnostics.append(syntax);
  bool only_blank = tree.program.empty() && !syntax.has_errors();
  (void)only_blank;
  Schema result;
  dbml::Interpreter interpreter(file, result, diagnostics);
  interpreter.run(tree);
  if (diagnostics.has_errors()) return;
  // Keep whatever the caller's schema already had (several inputs), then add ours.
  for (auto& e : result.enums) schema.enums.push_back(std::move(e));
  for (auto& t : result.tables) schema.tables.push_back(std::move(t));
  if (result.annotations.project) schema.annotations.project = std::move(result.annotations.project);
  for (auto& g : result.annotations.table_groups) schema.annotations.table_groups.push_back(std::move(g));
  for (auto& n : result.annotations.notes) schema.annotations.notes.push_back(std::move(n));
  // Schemas other than public are declared by use.
  for (const auto& t : schema.tables) {
    const std::string& ns = t.name.schema;
    if (ns.empty() || ns == kDefaultSchema) continue;
    bool known = false;
    for (const auto& n : schema.namespaces) known = known || n.name == ns;
    if (!known) {
      Namespace n;
      n.name = ns;
      schema.namespaces.push_back(std::move(n));
    }
  }
  for (const auto& e : schema.enums) {
    const std::string& ns = e.name.schema;
    if (ns.empty() || ns == kDefaultSchema) continue;
    bool known = false;
    for (const auto& n : schema.namespaces) known = known || n.name == ns;
    if (!known) {
      Namespace n;
      n.name = ns;
      schema.namespaces.push_back(std::move(n));
    }
  }
}

}  // namespace sf
