// CREATE SCHEMA, CREATE EXTENSION, and the statements that move the search_path
// (SET search_path, SELECT pg_catalog.set_config('search_path', ...)).
#include <algorithm>
#include <cctype>

#include "frontends/postgres/transform.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

/// Splits a GUC list value ("\"$user\", public") into names: quoted parts keep their case,
/// unquoted ones fold to lower case, as PostgreSQL's SplitIdentifierString() does.
std::vector<std::string> split_identifier_list(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (std::isspace(static_cast<unsigned char>(text[i])) || text[i] == ','))
      ++i;
    if (i >= text.size()) break;
    std::string name;
    if (text[i] == '"') {
      ++i;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            name += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        name += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',') name += text[i++];
      name = to_lower(trim(name));
    }
    if (!name.empty()) out.push_back(std::move(name));
  }
  return out;
}

std::optional<std::string> string_constant(const PgNode* node) {
  if (node == nullptr) return std::nullopt;
  if (node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
    return string_constant(node->type_cast->arg);
  if (node->node_case == PG_QUERY__NODE__NODE_A_CONST &&
      node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
    return std::string(node->a_const->sval->sval);
  if (node->node_case == PG_QUERY__NODE__NODE_STRING) return std::string(node->string->sval);
  return std::nullopt;
}

/// The grammar turns CREATE [OR REPLACE] [PROCEDURAL] LANGUAGE name (without a handler) into
/// CREATE EXTENSION; the statement's tokens tell which was written.
bool written_as_language(std::string_view statement) {
  std::string text(statement);
  PgQueryScanResult result = pg_query_scan(text.c_str());
  bool language = false;
  if (result.error == nullptr) {
    PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
        nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
    if (scan != nullptr) {
      for (size_t i = 0; i < scan->n_tokens && i < 6; ++i) {
        if (scan->tokens[i]->token == PG_QUERY__TOKEN__EXTENSION) break;
        if (scan->tokens[i]->token == PG_QUERY__TOKEN__LANGUAGE) language = true;
      }
      pg_query__scan_result__free_unpacked(scan, nullptr);
    }
  }
  pg_query_free_scan_result(result);
  return language;
}

}  // namespace

void transform_schema(ParseContext& ctx, const PgQuery__CreateSchemaStmt* stmt) {
  std::string name = stmt->schemaname;
  if (name.empty() && stmt->authrole)
    name = stmt->authrole->rolename;  // CREATE SCHEMA AUTHORIZATION r
  auto& namespaces = ctx.schema.namespaces;
  bool exists = std::any_of(namespaces.begin(), namespaces.end(),
                            [&](const Namespace& n) { return n.name == name; });
  if (exists) {
    if (stmt->if_not_exists) {
      ctx.info(DiagCode::SkippedStatement, "schema \"" + name + "\" already exists, skipping");
    } else {
      ctx.duplicate_object("schema \"" + name + "\" already exists");
    }
    return;
  }
  Namespace ns;
  ns.name = name;
  ns.loc = ctx.statement_loc();
  ns.ordinal = ctx.schema.next_ordinal();
  namespaces.push_back(std::move(ns));

  // CREATE SCHEMA s CREATE TABLE t ...: the elements fall into s.
  std::string saved = ctx.schema_element_default;
  ctx.schema_element_default = name;
  for (size_t i = 0; i < stmt->n_schema_elts; ++i) transform_statement(ctx, stmt->schema_elts[i]);
  ctx.schema_element_default = saved;
}

void transform_extension(ParseContext& ctx, const PgQuery__CreateExtensionStmt* stmt) {
  auto& extensions = ctx.schema.extensions;
  std::string name = stmt->extname;
  if (written_as_language(ctx.statement_text())) {
    if (name == "plpgsql") return ctx.skipped("CREATE LANGUAGE plpgsql (built in)");
    return ctx.unsupported("CREATE LANGUAGE " + name);
  }
  bool exists = std::any_of(extensions.begin(), extensions.end(),
                            [&](const Extension& e) { return e.name == name; });
  if (exists) {
    if (stmt->if_not_exists) {
      ctx.info(DiagCode::SkippedStatement, "extension \"" + name + "\" already exists, skipping");
    } else {
      ctx.duplicate_object("extension \"" + name + "\" already exists");
    }
    return;
  }
  Extension extension;
  extension.name = name;
  for (size_t i = 0; i < stmt->n_options; ++i) {
    if (stmt->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const auto* def = stmt->options[i]->def_elem;
    std::string option = def->defname;
    if (option == "schema")
      extension.schema = string_value(def->arg);
    else if (option == "new_version")
      extension.version = string_value(def->arg);
    // CASCADE installs what the extension needs: nothing the schema file declares.
  }
  extension.loc = ctx.statement_loc();
  extension.ordinal = ctx.schema.next_ordinal();
  extensions.push_back(std::move(extension));
}

void transform_variable_set(ParseContext& ctx, const PgQuery__VariableSetStmt* stmt) {
  std::string name = stmt->name;
  if (name == "search_path") {
    switch (stmt->kind) {
      case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE: {
        std::vector<std::string> schemas;
        for (size_t i = 0; i < stmt->n_args; ++i) {
          auto value = string_constant(stmt->args[i]);
          if (value && !value->empty()) schemas.push_back(*value);
        }
        ctx.set_search_path(std::move(schemas));
        break;
      }
      case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT:
      case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET:
        ctx.reset_search_path();
        break;
      default:
        break;
    }
  }
  bool reset = stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET ||
               stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL;
  ctx.skipped(std::string(reset ? "RESET " : "SET ") + (name.empty() ? "" : name));
}

void transform_select(ParseContext& ctx, const PgQuery__SelectStmt* stmt) {
  // pg_dump: SELECT pg_catalog.set_config('search_path', '', false);
  for (size_t i = 0; i < stmt->n_target_list; ++i) {
    const PgNode* target = stmt->target_list[i];
    if (target->node_case != PG_QUERY__NODE__NODE_RES_TARGET) continue;
    const PgNode* value = target->res_target->val;
    if (!value || value->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) continue;
    const auto* call = value->func_call;
    if (call->n_funcname == 0 ||
        string_value(call->funcname[call->n_funcname - 1]) != "set_config" || call->n_args < 2)
      continue;
    auto setting = string_constant(call->args[0]);
    auto path = string_constant(call->args[1]);
    if (setting && path && *setting == "search_path")
      ctx.set_search_path(split_identifier_list(*path));
  }
  ctx.skipped("SELECT");
}

}  // namespace sf::detail
