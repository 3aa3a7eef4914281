#pragma once
// The schema IR: everything a design holds, in declaration order, with source locations.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/source.h"
#include "schemaforge/model/annotations.h"
#include "schemaforge/model/constraints.h"
#include "schemaforge/model/design.h"
#include "schemaforge/model/expr.h"
#include "schemaforge/model/name.h"
#include "schemaforge/model/suppression.h"
#include "schemaforge/model/table.h"
#include "schemaforge/model/type.h"

namespace sf {

/// CREATE SCHEMA.
struct Namespace {
  std::string name;
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

struct Extension {
  std::string name;
  std::string schema;   ///< WITH SCHEMA, empty = default
  std::string version;  ///< VERSION, empty = default
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> values;
  /// A note per value (DBML `value [note: '...']`); empty, or as long as `values`.
  std::vector<std::string> value_comments;
  /// The enum name an ORM source used when it maps to a different type (Prisma @@map).
  std::string orm_name;
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

struct Domain {
  QualifiedName name;
  Type base;
  std::string collation;
  std::optional<Expr> default_value;
  bool not_null = false;
  std::vector<CheckConstraint> checks;
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

/// CREATE TYPE name AS (attribute type, ...).
struct CompositeType {
  struct Attribute {
    std::string name;
    Type type;
    std::string collation;
  };
  QualifiedName name;
  std::vector<Attribute> attributes;
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  /// OWNED BY table.column; empty table = none.
  QualifiedName owned_by_table;
  std::string owned_by_column;
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

struct View {
  QualifiedName name;
  bool materialized = false;
  std::vector<std::string> column_names;  ///< explicit column list, if any
  std::string query;                      ///< the SELECT, canonical PostgreSQL text
  /// "" when `query` is PostgreSQL SQL; "sqlite" or "mysql" when it was read from such a
  /// database and is that database's SQL (inspect), written only to the same dialect.
  std::string query_dialect;
  std::vector<StorageParam> options;      ///< WITH (security_barrier, ...)
  std::string check_option;               ///< "", "LOCAL" or "CASCADED"
  bool with_data = true;                  ///< materialized views: WITH [NO] DATA
  std::vector<Index> indexes;             ///< materialized views can be indexed
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

enum class RoutineKind { Function, Procedure, Aggregate };

/// Functions, procedures and aggregates. Bodies are kept verbatim inside `definition`.
struct Function {
  QualifiedName name;
  RoutineKind kind = RoutineKind::Function;
  std::string arguments;   ///< the argument list as SQL text, e.g. "p_film_id integer, p_store_id integer"
  std::string returns;     ///< the return type as SQL text; empty for procedures
  std::string language;    ///< "plpgsql", "sql", ... (empty for aggregates)
  std::string body;        ///< the body text as written between its quotes
  /// The whole CREATE statement, canonical PostgreSQL text.
  std::string definition;
  /// True when the signature or return type names a table's row type, so the function can
  /// only be created after the tables.
  bool depends_on_tables = false;
  std::string comment;
  uint32_t ordinal = 0;
  SourceLoc loc;
};

struct Schema {
  std::vector<Namespace> namespaces;
  std::vector<Extension> extensions;
  std::vector<EnumType> enums;
  std::vector<Domain> domains;
  std::vector<CompositeType> composites;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<View> views;
  std::vector<Function> functions;
  /// COMMENT ON SCHEMA for schemas the source did not create (e.g. public).
  std::vector<Namespace> namespace_comments;
  /// Diagram and documentation annotations (DBML Project, TableGroups, sticky notes).
  DesignAnnotations annotations;
  /// Inline lint suppressions found in the sources' comments, in source order.
  std::vector<Suppression> suppressions;
  /// Why the schema is as it is, when the designer made it from a brief (model/design.h).
  std::optional<DesignRecord> design;

  Table* find_table(const QualifiedName& name);
  const Table* find_table(const QualifiedName& name) const;
  View* find_view(const QualifiedName& name);
  Sequence* find_sequence(const QualifiedName& name);
  EnumType* find_enum(const QualifiedName& name);
  const EnumType* find_enum(const QualifiedName& name) const;
  Domain* find_domain(const QualifiedName& name);
  CompositeType* find_composite(const QualifiedName& name);
  /// `type` with domains replaced by their base type, through domains of domains (array
  /// dimensions add up).
  Type base_type(Type type) const;
  /// The enum `type` names, if any (not through arrays).
  const EnumType* enum_of(const Type& type) const;
  /// The next ordinal for a new top-level object.
  uint32_t next_ordinal() { return ++last_ordinal_; }

private:
  uint32_t last_ordinal_ = 0;
};

}  // namespace sf
