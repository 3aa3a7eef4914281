// emit_sql(): the order of the whole script. Each construct is written by its own file.
// clang-format off
#include "schemaforge/backends/sql.h"  // its own header first (STYLE.md #14)
// clang-format on

#include "backends/sql/emit.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

void EmitContext::unsupported(const SourceLoc& loc, const Subject& object, std::string_view what) {
  if (on_unsupported == OnUnsupported::Ignore) return;
  std::string message = std::string(dialect.name) + " output cannot express ";
  message += what;
  message += " of ";
  message += object.text;
  Severity severity = on_unsupported == OnUnsupported::Error
                          ? Severity::Error
                          : info(DiagCode::UnsupportedFeature).severity;
  diagnostics.report(DiagCode::UnsupportedFeature, severity, loc, std::move(message),
                     object.object);
}

void EmitContext::approximated(const SourceLoc& loc, const Subject& object, std::string_view from,
                               std::string_view to) {
  if (on_unsupported == OnUnsupported::Ignore) return;
  std::string message = std::string(dialect.name) + " output has no exact type for " +
                        std::string(from) + " of " + object.text + "; wrote " + std::string(to);
  Severity severity = on_unsupported == OnUnsupported::Error
                          ? Severity::Error
                          : info(DiagCode::ApproximatedType).severity;
  diagnostics.report(DiagCode::ApproximatedType, severity, loc, std::move(message), object.object);
}

void EmitContext::renamed(const SourceLoc& loc, const Subject& object, std::string_view to,
                          std::string_view why) {
  if (on_unsupported == OnUnsupported::Ignore) return;
  std::string message = std::string(dialect.name) + " output writes " + object.text +
                        " as " + std::string(to) + ": " + std::string(why);
  Severity severity = on_unsupported == OnUnsupported::Error
                           ? Severity::Error
                           : info(DiagCode::RenamedObject).severity;
  diagnostics.report(DiagCode::RenamedObject, severity, loc, std::move(message), object.object,
                     std::string(to));
}

const std::string& EmitContext::name_of(const QualifiedName& table, NameKind kind,
                                        const std::string& name) const {
  auto it = names.objects.find({table.effective_schema(), table.name, kind, name});
  return it == names.objects.end() ? name : it->second;
}

const std::string& EmitContext::table_name(const QualifiedName& table) const {
  auto it = names.tables.find({table.effective_schema(), table.name});
  return it == names.tables.end() ? table.name : it->second;
}

Subject describe(std::string_view kind, const QualifiedName& name) {
  return Subject{std::string(kind) + ' ' + name.display(),
                 DiagObject{std::string(kind), "", name.display()}};
}

Subject describe(std::string_view kind, const std::string& name) {
  return Subject{std::string(kind) + ' ' + name, DiagObject{std::string(kind), "", name}};
}

std::string column_key(const std::vector<std::string>& columns) {
  return "(" + join(columns, ", ") + ")";
}

Subject column_subject(const Table& table, const std::string& column) {
  return Subject{"column " + column + " of table " + table.name.display(),
                 DiagObject{"column", table.name.display(), column}};
}

Subject constraint_subject(const Table& table, std::string_view kind, const std::string& name,
                           const std::string& key) {
  std::string text = name.empty() ? std::string("unnamed constraint") : "constraint " + name;
  return Subject{text + " on table " + table.name.display(),
                 DiagObject{std::string(kind), table.name.display(), name.empty() ? key : name}};
}

Subject index_subject(const QualifiedName& relation, const Index& index) {
  std::string text = index.name.empty() ? std::string("unnamed index") : "index " + index.name;
  std::string name = index.name;
  if (name.empty()) {
    std::vector<std::string> parts;
    for (const auto& element : index.elements) {
      parts.push_back(element.column.empty() && element.expr ? element.expr->sql : element.column);
    }
    name = column_key(parts);
  }
  return Subject{text + " on " + relation.display(), DiagObject{"index", relation.display(), name}};
}

Subject table_member_subject(std::string_view kind, const std::string& name, const Table& table) {
  return Subject{std::string(kind) + ' ' + name + " on table " + table.name.display(),
                 DiagObject{std::string(kind), table.name.display(), name}};
}

std::string_view statement_text(std::string_view definition) {
  size_t end = definition.size();
  while (end > 0) {
    char c = definition[end - 1];
    if (c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      --end;
    } else {
      break;
    }
  }
  size_t begin = 0;
  while (begin < end && (definition[begin] == ' ' || definition[begin] == '\t' ||
                         definition[begin] == '\n' || definition[begin] == '\r')) {
    ++begin;
  }
  return definition.substr(begin, end - begin);
}

namespace {

void emit_header(EmitContext& ctx) {
  for (std::string_view statement : ctx.dialect.header) ctx.w.begin().sql(statement).end();
}

/// A dialect without schemas writes every name unqualified: one schema flattens cleanly,
/// more than one may collide, so that is reported once.
void report_flattened_schemas(EmitContext& ctx) {
  if (ctx.dialect.has_schemas) return;
  std::vector<std::string> used;
  const Table* second = nullptr;
  for (const auto& table : ctx.schema.tables) {
    const std::string& schema = table.name.effective_schema();
    if (std::find(used.begin(), used.end(), schema) == used.end()) {
      used.push_back(schema);
      if (used.size() == 2) second = &table;
    }
  }
  if (second == nullptr) return;
  ctx.unsupported(second->loc, describe("schemas", join(used, ", ")),
                  "more than one schema (all tables are written unqualified into one database)");
}

void emit_types(EmitContext& ctx) {
  for (const TypeItem& item : type_creation_order(ctx.schema)) {
    if (item.enum_type) emit_enum(ctx, *item.enum_type);
    if (item.domain) emit_domain(ctx, *item.domain);
    if (item.composite) emit_composite(ctx, *item.composite);
  }
}

void emit_functions(EmitContext& ctx, bool depends_on_tables) {
  for (const Function* function : by_ordinal(ctx.schema.functions)) {
    if (function->depends_on_tables == depends_on_tables) emit_function(ctx, *function);
  }
}

/// Tables in dependency order, then the foreign keys that closed cycles.
std::vector<const Table*> emit_tables(EmitContext& ctx) {
  std::vector<const Table*> order = table_creation_order(ctx.schema, ctx);
  CreatedTables created(ctx.schema);
  std::vector<DeferredForeignKey> deferred;
  for (const Table* table : order) {
    emit_table(ctx, *table, created, deferred);
    created.add(*table);
  }
  for (const auto& [table, fk] : deferred) emit_add_foreign_key(ctx, *table, *fk);
  return order;
}

}  // namespace

}  // namespace sf::detail

namespace sf {

std::string emit_sql(const Schema& schema, const SqlOptions& options, Diagnostics& diagnostics) {
  using namespace detail;
  const DialectTraits& dialect = dialect_traits(options.dialect);
  SqlWriter writer(dialect);
  EmitContext ctx{schema, dialect, writer, diagnostics, options.on_unsupported};

  emit_header(ctx);
  report_flattened_schemas(ctx);
  plan_names(ctx);
  // Schemas come before extensions: CREATE EXTENSION ... WITH SCHEMA may name one of them,
  // and creating a schema never needs an extension.
  for (const Namespace* ns : by_ordinal(schema.namespaces)) emit_namespace(ctx, *ns);
  for (const auto& ns : schema.namespace_comments) emit_namespace_comment(ctx, ns);
  for (const Extension* extension : by_ordinal(schema.extensions)) {
    emit_extension(ctx, *extension);
  }
  emit_types(ctx);
  for (const Sequence* sequence : by_ordinal(schema.sequences)) emit_sequence(ctx, *sequence);
  emit_functions(ctx, false);
  std::vector<const Table*> tables = emit_tables(ctx);
  for (const Sequence* sequence : by_ordinal(schema.sequences)) {
    emit_sequence_owner(ctx, *sequence);
  }
  emit_functions(ctx, true);
  for (const View* view : by_ordinal(schema.views)) emit_view(ctx, *view);
  for (const Table* table : tables) {
    for (const auto& trigger : table->triggers) emit_trigger(ctx, *table, trigger);
  }
  for (const Table* table : tables) {
    for (const auto& rule : table->rules) emit_rule(ctx, *table, rule);
  }
  for (const Table* table : tables) emit_row_security(ctx, *table);
  for (const Table* table : tables) {
    for (const auto& policy : table->policies) emit_policy(ctx, *table, policy);
  }
  return writer.str();
}

}  // namespace sf
