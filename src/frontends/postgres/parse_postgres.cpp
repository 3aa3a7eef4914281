// clang-format off: the public header goes first, to prove it stands alone.
#include "schemaforge/frontends/postgres.h"
// clang-format on

#include "frontends/postgres/prepass.h"
#include "frontends/postgres/suppressions.h"
#include "frontends/postgres/transform.h"

namespace sf {

namespace detail {

size_t first_token(std::string_view sql, size_t offset, size_t end) {
  while (offset < end) {
    char c = sql[offset];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++offset;
    } else if (c == '-' && offset + 1 < end && sql[offset + 1] == '-') {
      while (offset < end && sql[offset] != '\n') ++offset;
    } else if (c == '/' && offset + 1 < end && sql[offset + 1] == '*') {
      int depth = 0;
      while (offset < end) {
        if (sql[offset] == '/' && offset + 1 < end && sql[offset + 1] == '*') {
          ++depth;
          offset += 2;
        } else if (sql[offset] == '*' && offset + 1 < end && sql[offset + 1] == '/') {
          offset += 2;
          if (--depth == 0) break;
        } else {
          ++offset;
        }
      }
    } else {
      break;
    }
  }
  return offset;
}

namespace {

std::string grant_kind(const PgQuery__GrantStmt* grant) {
  return grant->is_grant ? "GRANT" : "REVOKE";
}

}  // namespace

void transform_statement(ParseContext& ctx, const PgNode* node) {
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT:
      return transform_create_table(ctx, node->create_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
      return transform_alter_table(ctx, node->alter_table_stmt);
    case PG_QUERY__NODE__NODE_RENAME_STMT:
      return transform_rename(ctx, node->rename_stmt);
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      return transform_index(ctx, node->index_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
      return transform_create_sequence(ctx, node->create_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
      return transform_alter_sequence(ctx, node->alter_seq_stmt);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
      return transform_create_enum(ctx, node->create_enum_stmt);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
      return transform_alter_enum(ctx, node->alter_enum_stmt);
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
      return transform_composite_type(ctx, node->composite_type_stmt);
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
      return transform_create_domain(ctx, node->create_domain_stmt);
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
      return transform_alter_domain(ctx, node->alter_domain_stmt);
    case PG_QUERY__NODE__NODE_VIEW_STMT:
      return transform_view(ctx, node->view_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      return transform_create_table_as(ctx, node->create_table_as_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
      return transform_function(ctx, node, node->create_function_stmt);
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
      return transform_define(ctx, node, node->define_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
      return transform_trigger(ctx, node, node->create_trig_stmt);
    case PG_QUERY__NODE__NODE_RULE_STMT:
      return transform_rule(ctx, node, node->rule_stmt);
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
      return transform_policy(ctx, node->create_policy_stmt);
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
      return transform_alter_policy(ctx, node->alter_policy_stmt);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
      return transform_extension(ctx, node->create_extension_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
      return transform_schema(ctx, node->create_schema_stmt);
    case PG_QUERY__NODE__NODE_COMMENT_STMT:
      return transform_comment(ctx, node->comment_stmt);
    case PG_QUERY__NODE__NODE_DROP_STMT:
      return transform_drop(ctx, node->drop_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
      return transform_variable_set(ctx, node->variable_set_stmt);
    case PG_QUERY__NODE__NODE_SELECT_STMT:
      return transform_select(ctx, node->select_stmt);

    // Statements that do not change the schema: data, privileges, ownership, session and
    // transaction control, maintenance, and cluster-wide objects.
    case PG_QUERY__NODE__NODE_GRANT_STMT:
      return ctx.skipped(grant_kind(node->grant_stmt));
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
      return ctx.skipped(node->grant_role_stmt->is_grant ? "GRANT role" : "REVOKE role");
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
      return ctx.skipped(std::string("ALTER ") +
                         object_type_name(node->alter_owner_stmt->object_type) + " ... OWNER TO");
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
      return ctx.skipped("ALTER DEFAULT PRIVILEGES");
    case PG_QUERY__NODE__NODE_CREATEDB_STMT:
      return ctx.skipped("CREATE DATABASE");
    case PG_QUERY__NODE__NODE_DROPDB_STMT:
      return ctx.skipped("DROP DATABASE");
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_REFRESH_COLL_STMT:
      return ctx.skipped("ALTER DATABASE");
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
      return ctx.skipped("transaction control");
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
      return ctx.skipped(node->vacuum_stmt->is_vacuumcmd ? "VACUUM" : "ANALYZE");
    case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT:
      if (std::string(node->create_plang_stmt->plname) == "plpgsql")
        return ctx.skipped("CREATE LANGUAGE plpgsql (built in)");
      return ctx.unsupported(std::string("CREATE LANGUAGE ") + node->create_plang_stmt->plname);
    case PG_QUERY__NODE__NODE_DO_STMT:
    case PG_QUERY__NODE__NODE_CALL_STMT:
      // Code may change the schema, but the model cannot follow it without running it.
      ctx.diags.report(
          DiagCode::CodeNotExecuted, ctx.statement_loc(),
          std::string(node->node_case == PG_QUERY__NODE__NODE_DO_STMT ? "DO block" : "CALL") +
              " was not run; objects it would create are not in the model");
      return;
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_MERGE_STMT:
    case PG_QUERY__NODE__NODE_COPY_STMT:
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
    case PG_QUERY__NODE__NODE_CHECK_POINT_STMT:
    case PG_QUERY__NODE__NODE_LOCK_STMT:
    case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
    case PG_QUERY__NODE__NODE_DISCARD_STMT:
    case PG_QUERY__NODE__NODE_NOTIFY_STMT:
    case PG_QUERY__NODE__NODE_LISTEN_STMT:
    case PG_QUERY__NODE__NODE_UNLISTEN_STMT:
    case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
    case PG_QUERY__NODE__NODE_PREPARE_STMT:
    case PG_QUERY__NODE__NODE_EXECUTE_STMT:
    case PG_QUERY__NODE__NODE_DEALLOCATE_STMT:
    case PG_QUERY__NODE__NODE_CONSTRAINTS_SET_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
    case PG_QUERY__NODE__NODE_DROP_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
    case PG_QUERY__NODE__NODE_LOAD_STMT:
      return ctx.skipped(statement_kind(node));
    default:
      return ctx.unsupported(statement_kind(node));
  }
}

}  // namespace detail

void parse_postgres(const std::shared_ptr<const SourceFile>& file, Schema& schema,
                    Diagnostics& diagnostics) {
  const std::string& original = file->text();
  if (auto bad = detail::find_invalid_text(original)) {
    bool nul = original[*bad] == '\0';
    diagnostics.report(DiagCode::FileBinary, SourceLoc::at(file, *bad),
                       nul ? "the input holds a NUL byte: not a SQL text file"
                           : "the input is not valid UTF-8 text");
    return;
  }

  size_t errors_before = diagnostics.count(Severity::Error);
  std::string sql = detail::psql_prepass(file, diagnostics);
  bool prepass_failed = diagnostics.count(Severity::Error) > errors_before;

  // The parser-based split checks the whole grammar at a fraction of the cost of the
  // protobuf tree, so data statements never pay for the tree.
  auto statements = detail::split_statements(file, sql, diagnostics);
  if (!statements) return;
  if (statements->empty()) {
    if (!prepass_failed) {
      diagnostics.report(
          DiagCode::FileEmpty, SourceLoc::at(file, 0),
          "the file holds no SQL statements (only blanks, comments or psql commands)");
    }
    return;
  }
  if (prepass_failed) return;

  std::string schema_sql = detail::blank_data_statements(sql, *statements);
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(schema_sql.c_str());
  if (parsed.error != nullptr) {
    detail::report_syntax_errors(file, schema_sql, *parsed.error, diagnostics);
    pg_query_free_protobuf_parse_result(parsed);
    return;
  }
  PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
      nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
  pg_query_free_protobuf_parse_result(parsed);
  if (tree == nullptr) {
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, 0),
                       "libpg_query returned a parse tree that cannot be read");
    return;
  }

  // Walk the data statements and the parsed ones together, in source order.
  detail::ParseContext ctx(file, sql, schema, diagnostics);
  size_t next_tree = 0;
  auto transform_tree_until = [&](size_t offset) {
    for (; next_tree < tree->n_stmts; ++next_tree) {
      const PgQuery__RawStmt* raw = tree->stmts[next_tree];
      size_t location = static_cast<size_t>(raw->stmt_location);
      size_t end = raw->stmt_len == 0 ? sql.size() : location + static_cast<size_t>(raw->stmt_len);
      size_t start = detail::first_token(schema_sql, location, end);
      if (start >= offset) return;
      if (raw->stmt == nullptr) continue;
      ctx.begin_statement(start, end - start);
      detail::transform_statement(ctx, raw->stmt);
    }
  };
  for (const auto& statement : *statements) {
    if (statement.data_keyword.empty()) continue;
    transform_tree_until(statement.start);
    ctx.begin_statement(statement.start, statement.end - statement.start);
    ctx.skipped(statement.data_keyword);
  }
  transform_tree_until(sql.size() + 1);
  pg_query__parse_result__free_unpacked(tree, nullptr);
  // Lint suppressions live in comments, which the parse tree does not keep.
  detail::collect_suppressions(file, schema_sql, schema);
}

}  // namespace sf
