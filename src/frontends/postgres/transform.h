#pragma once
// Internals of the PostgreSQL frontend: libpg_query's protobuf tree -> the schema model.
// This folder is the only place that sees libpg_query (STYLE.md #1).
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

using PgNode = PgQuery__Node;

// ---------------------------------------------------------------------------------------
// Run state

/// Everything one parse_postgres run shares between the statement transforms.
class ParseContext {
 public:
  ParseContext(std::shared_ptr<const SourceFile> file, std::string_view text, Schema& schema,
               Diagnostics& diagnostics);

  Schema& schema;
  Diagnostics& diags;

  const std::shared_ptr<const SourceFile>& file() const { return file_; }

  /// Starts a statement at byte `offset` (its first token) of `length` bytes.
  void begin_statement(size_t offset, size_t length);
  /// The location of a node's byte offset; a negative offset (unknown) gives the statement's.
  SourceLoc loc(int32_t location) const;
  SourceLoc statement_loc() const;
  /// The current statement's source text (after the pre-pass).
  std::string_view statement_text() const;

  // Diagnostics at the current statement.
  void unsupported(const std::string& what);                           ///< SF2002 error
  void skipped(const std::string& what);                               ///< SF2003 info
  void unsupported_clause(int32_t location, const std::string& what);  ///< SF2006 warning
  void unknown_object(const std::string& what);                        ///< SF2004 error
  void duplicate_object(const std::string& what);                      ///< SF2005 error
  void info(DiagCode code, const std::string& message);

  // Names and the search path.
  /// Sets search_path from a SET statement or set_config(): schemas in order, as written.
  void set_search_path(std::vector<std::string> schemas);
  void reset_search_path();
  /// The schema for an object created without one: empty unless search_path put another
  /// schema than public first.
  QualifiedName created_name(QualifiedName written) const;
  /// The schemas an unqualified reference is looked up in, in order ("" stands for public).
  std::vector<std::string> lookup_schemas() const;
  /// Resolves a reference: an unqualified name is looked up along the search path with
  /// `exists`; when nothing matches it falls where a CREATE would have put it.
  template <typename Exists>
  QualifiedName resolve(const QualifiedName& written, Exists exists) const {
    if (!written.schema.empty()) return written;
    for (const auto& schema_name : lookup_schemas()) {
      QualifiedName candidate{schema_name, written.name};
      if (exists(candidate)) return candidate;
    }
    return created_name(written);
  }
  QualifiedName resolve_table(const QualifiedName& written) const;
  QualifiedName resolve_type(const QualifiedName& written) const;
  QualifiedName resolve_sequence(const QualifiedName& written) const;

  /// Argument-type signatures of functions, by ordinal (overloads share a name).
  std::map<uint32_t, std::string> function_signatures;

  /// Within CREATE SCHEMA ... CREATE TABLE ...: the schema the elements fall into.
  std::string schema_element_default;

 private:
  std::shared_ptr<const SourceFile> file_;
  std::string_view text_;
  size_t statement_offset_ = 0;
  size_t statement_length_ = 0;
  std::vector<std::string> search_path_;  // empty entries stand for public
  bool search_path_set_ = false;
};

// ---------------------------------------------------------------------------------------
// Node helpers (node_helpers.cpp)

/// The text of a String node ("" for anything else).
std::string string_value(const PgNode* node);
std::vector<std::string> string_list(PgNode* const* items, size_t count);
/// A dotted name list (schema.name or catalog.schema.name) as a QualifiedName.
QualifiedName qualified_name(PgNode* const* items, size_t count);
QualifiedName qualified_name(const PgQuery__RangeVar* relation);
/// A dotted name list as SQL text, each part quoted as needed ("public.gin_trgm_ops").
std::string quoted_name_list(PgNode* const* items, size_t count);
std::string quoted_name(const QualifiedName& name);

/// PostgreSQL's quote_identifier(): bare when lowercase letters, digits, underscores and
/// not a keyword that needs quoting, otherwise in double quotes.
std::string quote_identifier(std::string_view name);
std::string quote_literal(std::string_view value);

/// An Integer, Float, String or A_Const node as an integer, if it holds one.
std::optional<int64_t> integer_value(const PgNode* node);
/// A DefElem's argument as SQL text (`70`, `on`, `'a b'`, `public.t`).
std::string def_elem_value_sql(const PgNode* arg);
/// WITH (...) options as name = value pairs.
std::vector<StorageParam> storage_params(PgNode* const* items, size_t count);
/// "CREATE OPERATOR", "ALTER TABLE ... CLUSTER ON" etc.: names a statement for messages.
std::string statement_kind(const PgNode* statement);
const char* object_type_name(PgQuery__ObjectType type);

// ---------------------------------------------------------------------------------------
// Deparsing (deparse.cpp): canonical text by libpg_query's own deparser.

/// The canonical text of an expression, or nullopt with `error` set.
std::optional<std::string> deparse_expression(const PgNode* expression, std::string* error);
/// The canonical text of a whole statement (or of a SELECT query).
std::optional<std::string> deparse_statement(const PgNode* statement, std::string* error);

// ---------------------------------------------------------------------------------------
// Expressions and types

/// An expression with its canonical text and recognised portable form.
Expr transform_expr(ParseContext& ctx, const PgNode* node);
/// Canonical text only (reports a warning and falls back to "" if deparsing fails).
std::string expr_sql(ParseContext& ctx, const PgNode* node);
/// The literal value of a constant or a cast constant (the form's `value`), if it is one.
std::optional<Expr> literal_form(ParseContext& ctx, const PgNode* node);

/// A column/domain/argument type in PostgreSQL format_type() style.
Type transform_type(ParseContext& ctx, const PgQuery__TypeName* type_name);
/// `type` with its modifiers, for a function signature or a sequence's AS clause.
std::string type_sql(ParseContext& ctx, const PgQuery__TypeName* type_name);
/// A collation clause's name list as SQL text.
std::string collation_sql(PgNode* const* items, size_t count);

// ---------------------------------------------------------------------------------------
// Shared pieces of table transforms

/// Column definition -> Column (+ any table-level constraints it declares).
Column transform_column(ParseContext& ctx, Table& table, const PgQuery__ColumnDef* def);
/// Adds a table constraint (CREATE TABLE element or ALTER TABLE ADD CONSTRAINT).
/// `column` is set for a constraint written on a column.
void add_table_constraint(ParseContext& ctx, Table& table, const PgQuery__Constraint* constraint,
                          const std::string& column);
IndexElement transform_index_element(ParseContext& ctx, const PgQuery__IndexElem* element);
/// "FOR VALUES FROM (...) TO (...)", "FOR VALUES IN (...)", "FOR VALUES WITH (...)", "DEFAULT".
std::string partition_bound_sql(ParseContext& ctx, const PgQuery__PartitionBoundSpec* bound);
void apply_sequence_options(ParseContext& ctx, SequenceOptions& options, PgNode* const* items,
                            size_t count, QualifiedName* owned_by_table,
                            std::string* owned_by_column);
/// Removes a constraint by name (explicit or PostgreSQL's generated one); false if absent.
bool drop_table_constraint(Table& table, const std::string& name);
/// A table constraint's name and comment, found by its explicit or generated name.
struct ConstraintRef {
  std::string* name;
  std::string* comment;
  bool has_index;  ///< primary key, unique and exclusion constraints are backed by an index
};
std::optional<ConstraintRef> find_table_constraint(Table& table, const std::string& name);
/// The name PostgreSQL gives an unnamed constraint: t_pkey, t_a_b_key, t_a_fkey, t_a_check.
std::string default_constraint_name(const std::string& table,
                                    const std::vector<std::string>& columns,
                                    const std::string& suffix);

/// A table or materialized view that can hold indexes.
std::vector<Index>* find_index_owner(ParseContext& ctx, const QualifiedName& relation);
/// The index named `name` (QualifiedName of the index), with the vector that holds it.
Index* find_index(ParseContext& ctx, const QualifiedName& name, std::vector<Index>** owner);

// ---------------------------------------------------------------------------------------
// Statement transforms: one construct per file.

void transform_create_table(ParseContext& ctx, const PgQuery__CreateStmt* stmt);
void transform_alter_table(ParseContext& ctx, const PgQuery__AlterTableStmt* stmt);
void transform_rename(ParseContext& ctx, const PgQuery__RenameStmt* stmt);
void transform_index(ParseContext& ctx, const PgQuery__IndexStmt* stmt);
void transform_create_sequence(ParseContext& ctx, const PgQuery__CreateSeqStmt* stmt);
void transform_alter_sequence(ParseContext& ctx, const PgQuery__AlterSeqStmt* stmt);
void transform_create_enum(ParseContext& ctx, const PgQuery__CreateEnumStmt* stmt);
void transform_alter_enum(ParseContext& ctx, const PgQuery__AlterEnumStmt* stmt);
void transform_composite_type(ParseContext& ctx, const PgQuery__CompositeTypeStmt* stmt);
void transform_create_domain(ParseContext& ctx, const PgQuery__CreateDomainStmt* stmt);
void transform_alter_domain(ParseContext& ctx, const PgQuery__AlterDomainStmt* stmt);
void transform_view(ParseContext& ctx, const PgQuery__ViewStmt* stmt);
void transform_create_table_as(ParseContext& ctx, const PgQuery__CreateTableAsStmt* stmt);
void transform_function(ParseContext& ctx, const PgNode* node,
                        const PgQuery__CreateFunctionStmt* stmt);
void transform_define(ParseContext& ctx, const PgNode* node, const PgQuery__DefineStmt* stmt);
void transform_trigger(ParseContext& ctx, const PgNode* node, const PgQuery__CreateTrigStmt* stmt);
void transform_rule(ParseContext& ctx, const PgNode* node, const PgQuery__RuleStmt* stmt);
void transform_policy(ParseContext& ctx, const PgQuery__CreatePolicyStmt* stmt);
void transform_alter_policy(ParseContext& ctx, const PgQuery__AlterPolicyStmt* stmt);
void transform_extension(ParseContext& ctx, const PgQuery__CreateExtensionStmt* stmt);
void transform_schema(ParseContext& ctx, const PgQuery__CreateSchemaStmt* stmt);
void transform_comment(ParseContext& ctx, const PgQuery__CommentStmt* stmt);
void transform_drop(ParseContext& ctx, const PgQuery__DropStmt* stmt);
void transform_variable_set(ParseContext& ctx, const PgQuery__VariableSetStmt* stmt);
void transform_select(ParseContext& ctx, const PgQuery__SelectStmt* stmt);

/// Dispatches one statement to its transform (also used for CREATE SCHEMA's elements).
void transform_statement(ParseContext& ctx, const PgNode* statement);

// ---------------------------------------------------------------------------------------
// Input checks and syntax errors (syntax_errors.cpp)

/// Byte offset of the first NUL byte or invalid UTF-8 sequence, if any.
std::optional<size_t> find_invalid_text(std::string_view text);
/// Byte offset of libpg_query's cursorpos (1-based, in characters) within `text` from `begin`.
size_t byte_offset(std::string_view text, size_t begin, int cursorpos);
/// The first token of a statement: libpg_query's stmt_location starts right after the
/// previous semicolon, so blanks and comments are skipped to point at the keyword.
size_t first_token(std::string_view sql, size_t offset, size_t end);

/// A statement as the parser-based split found it.
struct StatementSpan {
  size_t start = 0;  ///< first token
  size_t end = 0;    ///< end of the statement, before its ';'
  /// "INSERT", "UPDATE", "DELETE", "MERGE" or "COPY" for data statements, which are skipped
  /// without building their parse tree; empty for every other statement.
  std::string data_keyword;
};
/// Splits `sql` with libpg_query's parser (which checks the grammar); on a syntax error
/// reports every error and returns nullopt.
std::optional<std::vector<StatementSpan>> split_statements(
    const std::shared_ptr<const SourceFile>& file, const std::string& sql,
    Diagnostics& diagnostics);
/// `sql` with the data statements replaced by spaces (newlines and offsets kept).
std::string blank_data_statements(const std::string& sql,
                                  const std::vector<StatementSpan>& statements);
/// Reports every syntax error of `sql` (SF2001), statement by statement, at exact positions.
void report_syntax_errors(const std::shared_ptr<const SourceFile>& file, const std::string& sql,
                          const PgQueryError& first_error, Diagnostics& diagnostics);

// ---------------------------------------------------------------------------------------
// Functions (transform_function.cpp), shared with COMMENT ON and DROP.

/// The argument types that identify an overload, e.g. "integer,text".
std::string function_signature(ParseContext& ctx, const PgQuery__ObjectWithArgs* function);
/// Finds a function by name (and signature, unless `args_unspecified`).
Function* find_function(ParseContext& ctx, const PgQuery__ObjectWithArgs* function);

}  // namespace sf::detail
