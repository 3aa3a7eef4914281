// CREATE FUNCTION / PROCEDURE and CREATE AGGREGATE: signature pieces plus the whole
// statement as deparsed text (bodies are string constants, so they stay verbatim).
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

using Mode = PgQuery__FunctionParameterMode;

bool is_input(Mode mode) {
  return mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT &&
         mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE;
}

/// A type without its modifiers: PostgreSQL ignores typmods when it identifies a function.
std::string signature_type(ParseContext& ctx, const PgQuery__TypeName* type_name) {
  if (type_name == nullptr) return {};
  PgQuery__TypeName bare = *type_name;
  bare.n_typmods = 0;
  bare.typmods = nullptr;
  return transform_type(ctx, &bare).spelling;
}

std::string parameter_sql(ParseContext& ctx, const PgQuery__FunctionParameter* parameter) {
  std::string out;
  switch (parameter->mode) {
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT:
      out = "OUT ";
      break;
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT:
      out = "INOUT ";
      break;
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC:
      out = "VARIADIC ";
      break;
    default:
      break;
  }
  if (parameter->name[0] != '\0') out += quote_identifier(parameter->name) + " ";
  out += type_sql(ctx, parameter->arg_type);
  if (parameter->defexpr) out += " DEFAULT " + expr_sql(ctx, parameter->defexpr);
  return out;
}

/// The table (row type) a type names, if the model has it: functions using it must follow it.
bool names_table(ParseContext& ctx, const PgQuery__TypeName* type_name) {
  if (type_name == nullptr || type_name->n_names == 0) return false;
  size_t count = type_name->n_names;
  if (type_name->pct_type && count >= 2) --count;  // table.column%TYPE
  QualifiedName name = qualified_name(type_name->names, count);
  if (name.schema == "pg_catalog") return false;
  return ctx.schema.find_table(ctx.resolve_table(name)) != nullptr;
}

struct Parameters {
  std::string arguments;
  std::string signature;
  std::string table_columns;  // RETURNS TABLE (...)
  std::vector<std::string> out_types;
  bool names_table = false;
};

Parameters read_parameters(ParseContext& ctx, PgNode* const* items, size_t count) {
  Parameters out;
  for (size_t i = 0; i < count; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) continue;
    const auto* parameter = items[i]->function_parameter;
    if (names_table(ctx, parameter->arg_type)) out.names_table = true;
    if (parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE) {
      if (!out.table_columns.empty()) out.table_columns += ", ";
      out.table_columns +=
          quote_identifier(parameter->name) + " " + type_sql(ctx, parameter->arg_type);
      continue;
    }
    if (!out.arguments.empty()) out.arguments += ", ";
    out.arguments += parameter_sql(ctx, parameter);
    if (is_input(parameter->mode)) {
      if (!out.signature.empty()) out.signature += ",";
      out.signature += signature_type(ctx, parameter->arg_type);
    }
    if (parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT ||
        parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT) {
      out.out_types.push_back(type_sql(ctx, parameter->arg_type));
    }
  }
  return out;
}

std::string definition_sql(ParseContext& ctx, const PgNode* node) {
  std::string error;
  auto text = deparse_statement(node, &error);
  if (!text) {
    ctx.unsupported_clause(-1, "cannot deparse the statement: " + error);
    return std::string(ctx.statement_text());
  }
  return std::move(*text);
}

/// Adds `function`, replacing an overload with the same signature for OR REPLACE.
void add_function(ParseContext& ctx, Function function, const std::string& signature,
                  bool replace) {
  auto& functions = ctx.schema.functions;
  auto it = std::find_if(functions.begin(), functions.end(), [&](const Function& f) {
    if (!f.name.same_object(function.name)) return false;
    auto known = ctx.function_signatures.find(f.ordinal);
    return known == ctx.function_signatures.end() || known->second == signature;
  });
  if (it != functions.end()) {
    if (!replace) {
      ctx.duplicate_object("function \"" + function.name.display() + "(" + signature +
                           ")\" already exists");
      return;
    }
    function.comment = std::move(it->comment);
    ctx.function_signatures.erase(it->ordinal);
    functions.erase(it);
  }
  function.ordinal = ctx.schema.next_ordinal();
  ctx.function_signatures[function.ordinal] = signature;
  functions.push_back(std::move(function));
}

}  // namespace

void transform_function(ParseContext& ctx, const PgNode* node,
                        const PgQuery__CreateFunctionStmt* stmt) {
  Function function;
  function.name = ctx.created_name(qualified_name(stmt->funcname, stmt->n_funcname));
  function.kind = stmt->is_procedure ? RoutineKind::Procedure : RoutineKind::Function;
  Parameters parameters = read_parameters(ctx, stmt->parameters, stmt->n_parameters);
  function.arguments = parameters.arguments;
  if (!parameters.table_columns.empty()) {
    function.returns = "TABLE(" + parameters.table_columns + ")";
  } else if (stmt->return_type) {
    function.returns = type_sql(ctx, stmt->return_type);
  } else if (!stmt->is_procedure && !parameters.out_types.empty()) {
    // Without RETURNS, OUT parameters decide the result type.
    function.returns = parameters.out_types.size() == 1 ? parameters.out_types[0] : "record";
  }
  function.depends_on_tables = parameters.names_table || names_table(ctx, stmt->return_type);

  for (size_t i = 0; i < stmt->n_options; ++i) {
    if (stmt->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const auto* def = stmt->options[i]->def_elem;
    std::string option = def->defname;
    if (option == "language") {
      function.language = string_value(def->arg);
    } else if (option == "as" && def->arg && def->arg->node_case == PG_QUERY__NODE__NODE_LIST) {
      // One string is the body; two are a C function's object file and link symbol, which
      // only `definition` keeps.
      if (def->arg->list->n_items == 1) function.body = string_value(def->arg->list->items[0]);
    }
  }
  function.definition = definition_sql(ctx, node);
  function.loc = ctx.statement_loc();
  add_function(ctx, std::move(function), parameters.signature, stmt->replace);
}

void transform_define(ParseContext& ctx, const PgNode* node, const PgQuery__DefineStmt* stmt) {
  if (stmt->kind != PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE) {
    ctx.unsupported(statement_kind(node));
    return;
  }
  Function aggregate;
  aggregate.name = ctx.created_name(qualified_name(stmt->defnames, stmt->n_defnames));
  aggregate.kind = RoutineKind::Aggregate;
  std::string signature;
  if (stmt->oldstyle) {
    // CREATE AGGREGATE name (BASETYPE = t, ...)
    for (size_t i = 0; i < stmt->n_definition; ++i) {
      const auto* def = stmt->definition[i]->def_elem;
      if (std::string(def->defname) == "basetype" && def->arg &&
          def->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
        aggregate.arguments = signature = type_sql(ctx, def->arg->type_name);
      }
    }
  } else if (stmt->n_args >= 1) {
    // args = (parameter list or NULL for `*`, number of direct arguments or -1)
    const PgNode* list = stmt->args[0];
    int64_t direct = stmt->n_args >= 2 ? integer_value(stmt->args[1]).value_or(-1) : -1;
    if (list == nullptr || list->node_case != PG_QUERY__NODE__NODE_LIST) {
      aggregate.arguments.push_back('*');
    } else {
      for (size_t i = 0; i < list->list->n_items; ++i) {
        const auto* parameter = list->list->items[i]->function_parameter;
        if (direct >= 0 && static_cast<int64_t>(i) == direct)
          aggregate.arguments += " ORDER BY ";
        else if (i)
          aggregate.arguments += ", ";
        aggregate.arguments += parameter_sql(ctx, parameter);
        if (!signature.empty()) signature += ",";
        signature += signature_type(ctx, parameter->arg_type);
        if (names_table(ctx, parameter->arg_type)) aggregate.depends_on_tables = true;
      }
    }
  }
  // The result is the final function's type, or the state type when there is none.
  bool has_final = false;
  std::string state_type;
  for (size_t i = 0; i < stmt->n_definition; ++i) {
    const auto* def = stmt->definition[i]->def_elem;
    std::string option = def->defname;
    if (option == "finalfunc") has_final = true;
    if (option == "stype" && def->arg && def->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
      state_type = type_sql(ctx, def->arg->type_name);
  }
  if (!has_final) aggregate.returns = state_type;
  aggregate.definition = definition_sql(ctx, node);
  aggregate.loc = ctx.statement_loc();
  add_function(ctx, std::move(aggregate), signature, stmt->replace);
}

std::string function_signature(ParseContext& ctx, const PgQuery__ObjectWithArgs* function) {
  std::string signature;
  if (function->n_objfuncargs > 0) {
    for (size_t i = 0; i < function->n_objfuncargs; ++i) {
      if (function->objfuncargs[i]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) continue;
      const auto* parameter = function->objfuncargs[i]->function_parameter;
      if (!is_input(parameter->mode)) continue;
      if (!signature.empty()) signature += ",";
      signature += signature_type(ctx, parameter->arg_type);
    }
    return signature;
  }
  for (size_t i = 0; i < function->n_objargs; ++i) {
    if (function->objargs[i]->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) continue;
    if (!signature.empty()) signature += ",";
    signature += signature_type(ctx, function->objargs[i]->type_name);
  }
  return signature;
}

Function* find_function(ParseContext& ctx, const PgQuery__ObjectWithArgs* function) {
  QualifiedName written = qualified_name(function->objname, function->n_objname);
  std::string signature =
      function->args_unspecified ? std::string() : function_signature(ctx, function);
  std::vector<std::string> schemas =
      written.schema.empty() ? ctx.lookup_schemas() : std::vector<std::string>{written.schema};
  for (const auto& schema_name : schemas) {
    QualifiedName probe{schema_name, written.name};
    for (auto& candidate : ctx.schema.functions) {
      if (!candidate.name.same_object(probe)) continue;
      auto known = ctx.function_signatures.find(candidate.ordinal);
      if (function->args_unspecified || known == ctx.function_signatures.end() ||
          known->second == signature)
        return &candidate;
    }
  }
  return nullptr;
}

}  // namespace sf::detail
