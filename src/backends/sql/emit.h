#pragma once
// Internal interface of the SQL emitter: one construct per file (emit_<construct>.cpp), all
// writing through the SqlWriter of an EmitContext. emit_sql.cpp decides the order.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "backends/sql/dialect.h"
#include "backends/sql/sql_writer.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

/// The kinds of names a table owns, for NamePlan.
enum class NameKind { PrimaryKey, Unique, Check, ForeignKey, Index };

/// Names the dialect needs written differently from the model (emit_names.cpp): tables that
/// clash after schemas are flattened, constraint names unique per database, names past the
/// length limit. Empty for PostgreSQL.
struct NamePlan {
  /// (table's effective schema, table name) -> written table name.
  std::map<std::pair<std::string, std::string>, std::string> tables;
  /// (table's effective schema, table name, kind, name in the model) -> written name.
  std::map<std::tuple<std::string, std::string, NameKind, std::string>, std::string> objects;
};

/// What a diagnostic is about: the words its message uses ("column id of table app.orders")
/// and the object tools and tests match on (Diagnostic::object).
struct Subject {
  std::string text;
  DiagObject object;
};

/// A top-level object: "table app.orders", "view v", "enum mood", ...
Subject describe(std::string_view kind, const QualifiedName& name);
/// An object without a schema-qualified name: "schema app", "extension citext".
Subject describe(std::string_view kind, const std::string& name);
/// "column id of table app.orders".
Subject column_subject(const Table& table, const std::string& column);
/// "constraint k on table app.orders", or "unnamed constraint on table app.orders", whose
/// object is named by `key` ("(a, b)", a check's expression).
Subject constraint_subject(const Table& table, std::string_view kind, const std::string& name,
                           const std::string& key);
/// "index i on app.orders", or "unnamed index on app.orders" named by its key parts.
Subject index_subject(const QualifiedName& relation, const Index& index);
/// "trigger t on table app.orders" (also policies and rules).
Subject table_member_subject(std::string_view kind, const std::string& name, const Table& table);
/// "(a, b)": the key of an unnamed constraint.
std::string column_key(const std::vector<std::string>& columns);

struct EmitContext {
  const Schema& schema;
  const DialectTraits& dialect;
  SqlWriter& w;
  Diagnostics& diagnostics;
  OnUnsupported on_unsupported = OnUnsupported::Warn;
  NamePlan names = {};

  /// Reports SF3001: `object` (e.g. "table app.orders") has `what`, which cannot be written.
  void unsupported(const SourceLoc& loc, const Subject& object, std::string_view what);
  /// Reports SF3002: `object`'s type `from` is written as the nearest `to`.
  void approximated(const SourceLoc& loc, const Subject& object, std::string_view from,
                    std::string_view to);
  /// Reports SF3004: `object` is written as `to` because `why`.
  void renamed(const SourceLoc& loc, const Subject& object, std::string_view to,
               std::string_view why);

  /// The name a table's constraint or index is written with (`name` when not renamed).
  const std::string& name_of(const QualifiedName& table, NameKind kind,
                             const std::string& name) const;
  /// The table's name as written, without schema.
  const std::string& table_name(const QualifiedName& table) const;
};

// emit_expressions.cpp ------------------------------------------------------------------
/// Writes an expression (without enclosing parentheses). When the model has no SQL text for
/// it, renders the recognised form; reports and returns false when it cannot.
bool write_expr(EmitContext& ctx, const Expr& expr, const SourceLoc& loc, const Subject& object);
/// "(expr)".
void write_paren_expr(EmitContext& ctx, const Expr& expr, const SourceLoc& loc,
                      const Subject& object);
/// A DEFAULT may be written bare: literals, NULL, now(), random uuids, nextval().
bool is_bare_default(const Expr& expr);
/// DEFAULT expr or DEFAULT (expr).
void write_default(EmitContext& ctx, const Expr& expr, const SourceLoc& loc, const Subject& object);
void write_type(EmitContext& ctx, const Type& type, const SourceLoc& loc, const Subject& object);
/// A column's DEFAULT in the dialect's form; `type_text` is the type as written (MySQL needs
/// it: DATETIME(6) takes CURRENT_TIMESTAMP(6), TEXT takes only parenthesised defaults).
/// Reports and writes nothing when the default is not portable.
void write_column_default(EmitContext& ctx, const Column& column, std::string_view type_text,
                          const Subject& object);

// portable_expr.cpp ---------------------------------------------------------------------
/// The expression in a non-PostgreSQL dialect's syntax when it is a recognised form or made
/// only of portable tokens (identifiers, numbers, strings, comparison, arithmetic and boolean
/// operators, IN, IS NULL, BETWEEN, LIKE, CASE, lower/upper/length/coalesce/abs/nullif/round);
/// nullopt otherwise.
std::optional<std::string> portable_expr(const DialectTraits& dialect, const Expr& expr);
/// True when the dialect can take `expr`; otherwise reports `what` ("a default", "a check")
/// with the expression's text as lost from `object`.
bool expr_writable(EmitContext& ctx, const Expr& expr, const SourceLoc& loc, const Subject& object,
                   std::string_view what);

// emit_column_types.cpp -----------------------------------------------------------------
/// A column's type for a dialect without native PostgreSQL spellings: enums as the dialect
/// writes them, domains as their base type, arrays and unknown types as the JSON fallback,
/// keyed text with a length (MySQL). Reports what is lost or approximated; returns the
/// type as written.
std::string write_column_type(EmitContext& ctx, const Table& table, const Column& column,
                              const Subject& object);
/// SQLite's CHECK (col IN (...)) for an enum-typed column; nothing in other dialects.
void write_enum_check(EmitContext& ctx, const Column& column);
/// SQLite's CHECK (col IN (0, 1)) for a boolean column; nothing in other dialects.
void write_bool_check(EmitContext& ctx, const Column& column);
/// The column is a key part of the primary key, a unique constraint, an index or a foreign
/// key of its table.
bool is_keyed_column(const Table& table, const std::string& column);
/// The column takes its values from a counter: identity, serial or a nextval() default.
bool is_counter_column(const Column& column);

// emit_names.cpp -----------------------------------------------------------------------
/// Fills ctx.names (and the writer's table renames) for dialects without schemas, with
/// per-database constraint names or a length limit, reporting each renaming (SF3004).
void plan_names(EmitContext& ctx);
/// PostgreSQL's choice for an unnamed index: table_col1_col2_idx ("expr" for expressions).
std::string default_index_name(const QualifiedName& relation, const Index& index);

// emit_key_length.cpp -------------------------------------------------------------------
/// MySQL: the most characters a string column of `table` may hold so that every unique key,
/// primary key and foreign key it is part of fits the dialect's key size (0 = no limit).
int keyed_column_limit(const EmitContext& ctx, const Table& table, const Column& column);
/// MySQL: the prefix length for a key part of a non-unique index (0 = the whole column).
int index_prefix_length(const EmitContext& ctx, const Table& table, const Index& index,
                        const IndexElement& element);

// emit_namespaces.cpp -------------------------------------------------------------------
void emit_namespace(EmitContext& ctx, const Namespace& ns);
/// COMMENT ON SCHEMA for a schema the source did not create.
void emit_namespace_comment(EmitContext& ctx, const Namespace& ns);
void emit_extension(EmitContext& ctx, const Extension& extension);

// emit_types.cpp ------------------------------------------------------------------------
void emit_enum(EmitContext& ctx, const EnumType& type);
void emit_domain(EmitContext& ctx, const Domain& domain);
void emit_composite(EmitContext& ctx, const CompositeType& type);

// emit_sequences.cpp --------------------------------------------------------------------
void emit_sequence(EmitContext& ctx, const Sequence& sequence);
/// ALTER SEQUENCE ... OWNED BY, when the sequence has an owner.
void emit_sequence_owner(EmitContext& ctx, const Sequence& sequence);
/// Writes the options that are set; `inline_list` writes them space-separated on the current
/// line (identity columns), otherwise one clause per line (CREATE SEQUENCE).
void write_sequence_options(EmitContext& ctx, const SequenceOptions& options, bool inline_list);

// emit_ordering.cpp ---------------------------------------------------------------------
/// Tables in creation order: a stable topological sort by foreign key, partition parent and
/// INHERITS parent, ties (and cycles) broken by ordinal then model position. Foreign-key
/// cycles are broken at the table with the lowest ordinal; partition and inheritance edges
/// are never broken.
std::vector<const Table*> table_creation_order(const Schema& schema, EmitContext& ctx);

/// One enum, domain or composite type, for the merged type section.
struct TypeItem {
  const EnumType* enum_type = nullptr;
  const Domain* domain = nullptr;
  const CompositeType* composite = nullptr;
};
/// Enums, domains and composites merged by ordinal (ties: enums, domains, composites).
std::vector<TypeItem> type_creation_order(const Schema& schema);

// emit_tables.cpp -----------------------------------------------------------------------
/// Which tables exist at a point of the script. Tables outside the model count as existing.
class CreatedTables {
 public:
  explicit CreatedTables(const Schema& schema) : schema_(schema) {}
  bool exists(const QualifiedName& name) const;
  void add(const Table& table) { created_.push_back(&table); }

 private:
  const Schema& schema_;
  std::vector<const Table*> created_;
};

/// A foreign key created after all tables, because its referenced table did not exist yet.
struct DeferredForeignKey {
  const Table* table;
  const ForeignKey* fk;
};

/// CREATE TABLE with its inline constraints, then its comments, indexes, partition attachment
/// and NOT VALID constraints. Foreign keys to tables that do not exist yet go to `deferred`.
void emit_table(EmitContext& ctx, const Table& table, const CreatedTables& created,
                std::vector<DeferredForeignKey>& deferred);

// emit_constraints.cpp ------------------------------------------------------------------
void write_primary_key(EmitContext& ctx, const Table& table, const PrimaryKey& pk);
void write_unique(EmitContext& ctx, const Table& table, const UniqueConstraint& unique);
/// CHECK (...) [NO INHERIT]; NOT VALID is left to emit_add_check. `table` is null for a
/// domain's check.
void write_check(EmitContext& ctx, const Subject& object, const CheckConstraint& check,
                 const Table* table = nullptr);
/// FOREIGN KEY ... without NOT VALID (left to emit_add_foreign_key).
void write_foreign_key(EmitContext& ctx, const Table& table, const ForeignKey& fk);
void write_exclusion(EmitContext& ctx, const Table& table, const ExclusionConstraint& exclusion);
/// ALTER TABLE t ADD [CONSTRAINT n] FOREIGN KEY ... [NOT VALID]; then its comment.
void emit_add_foreign_key(EmitContext& ctx, const Table& table, const ForeignKey& fk);
/// ALTER TABLE t ADD [CONSTRAINT n] CHECK (...) NOT VALID; then its comment.
void emit_add_check(EmitContext& ctx, const Table& table, const CheckConstraint& check);
/// The referenced key is the table's own primary key or a unique constraint (not an index),
/// so a self-referencing foreign key can be declared inside the same CREATE TABLE.
bool references_own_constraint(const Table& table, const ForeignKey& fk);

// emit_indexes.cpp ----------------------------------------------------------------------
/// A key part: column or (expr), COLLATE, opclass(params), and with `sortable` ASC/DESC and
/// NULLS FIRST/LAST.
void write_index_element(EmitContext& ctx, const IndexElement& element, bool sortable,
                         const SourceLoc& loc, const Subject& object, int prefix_length = 0);
/// An index's key parts in parentheses, with MySQL's prefix lengths when `table` (the
/// indexed table; null for a materialized view) needs them.
void write_index_parts(EmitContext& ctx, const Table* table, const Index& index,
                       const Subject& object);
/// CREATE INDEX on `relation` (a table or materialized view), then its comment.
void emit_index(EmitContext& ctx, const QualifiedName& relation, const Index& index);

// emit_views.cpp ------------------------------------------------------------------------
void emit_view(EmitContext& ctx, const View& view);

// emit_functions.cpp --------------------------------------------------------------------
void emit_function(EmitContext& ctx, const Function& function);

// emit_triggers.cpp (triggers and rules) ------------------------------------------------
void emit_trigger(EmitContext& ctx, const Table& table, const Trigger& trigger);
void emit_rule(EmitContext& ctx, const Table& table, const Rule& rule);

// emit_policies.cpp (row-level security) ------------------------------------------------
/// ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY, as the table asks.
void emit_row_security(EmitContext& ctx, const Table& table);
void emit_policy(EmitContext& ctx, const Table& table, const Policy& policy);

// emit_comments.cpp ---------------------------------------------------------------------
// Each writes nothing when `comment` is empty. Comments follow their object directly.
/// SQLite: the comment as "--" lines at the current place (the start of a statement or of a
/// block item); nothing in other dialects.
void write_sql_comment(EmitContext& ctx, const std::string& comment);
/// COMMENT ON <kind> name IS '...' (kind: "TABLE", "VIEW", "TYPE", "DOMAIN", "SEQUENCE", ...).
void emit_comment(EmitContext& ctx, std::string_view kind, const QualifiedName& name,
                  const std::string& comment, NameUse use = NameUse::Relation);
void emit_column_comment(EmitContext& ctx, const QualifiedName& table, const Column& column);
/// COMMENT ON CONSTRAINT name ON [DOMAIN] relation; an unnamed constraint has no name to
/// comment on and is reported.
void emit_constraint_comment(EmitContext& ctx, const QualifiedName& relation, bool on_domain,
                             const std::string& name, const std::string& comment,
                             const SourceLoc& loc);
/// COMMENT ON INDEX, TRIGGER, POLICY and RULE (the last three: name ON table).
void emit_index_comment(EmitContext& ctx, const QualifiedName& relation, const Index& index);
void emit_table_object_comment(EmitContext& ctx, std::string_view kind, const std::string& name,
                               const QualifiedName& table, const std::string& comment);
void emit_function_comment(EmitContext& ctx, const Function& function);

// Shared helpers ------------------------------------------------------------------------
/// A definition kept whole in the model, without a trailing ";" and surrounding blanks.
std::string_view statement_text(std::string_view definition);
/// ConstraintTiming: DEFERRABLE [INITIALLY DEFERRED].
void write_timing(EmitContext& ctx, const ConstraintTiming& timing, const SourceLoc& loc,
                  const Subject& object, bool foreign_key = false);

/// Pointers to `items` sorted stably by ordinal.
template <typename T>
std::vector<const T*> by_ordinal(const std::vector<T>& items) {
  std::vector<const T*> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(&item);
  std::stable_sort(out.begin(), out.end(),
                   [](const T* a, const T* b) { return a->ordinal < b->ordinal; });
  return out;
}

}  // namespace sf::detail
