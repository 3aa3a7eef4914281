#pragma once
// Tables and columns.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/source.h"
#include "schemaforge/model/annotations.h"
#include "schemaforge/model/constraints.h"
#include "schemaforge/model/expr.h"
#include "schemaforge/model/name.h"
#include "schemaforge/model/type.h"

namespace sf {

/// Options of a sequence or an identity column; unset fields take the database's default.
struct SequenceOptions {
  std::string data_type;  ///< "bigint", "integer", ...; empty = default
  std::optional<int64_t> increment;
  std::optional<int64_t> min_value;  ///< unset = NO MINVALUE / default
  std::optional<int64_t> max_value;
  std::optional<int64_t> start;
  std::optional<int64_t> cache;
  bool cycle = false;
  std::string sequence_name;  ///< SEQUENCE NAME of an identity column, as SQL text
  bool operator==(const SequenceOptions&) const = default;
};

struct Identity {
  bool always = false;  ///< GENERATED ALWAYS (true) or BY DEFAULT (false)
  SequenceOptions options;
};

struct Column {
  std::string name;
  Type type;
  bool not_null = false;
  std::optional<Expr> default_value;
  std::optional<Identity> identity;
  std::optional<Expr> generated;  ///< GENERATED ALWAYS AS (expr) STORED
  std::string collation;          ///< COLLATE, as SQL text (quoted as needed)
  std::string comment;
  /// The field name an ORM source used when it maps to a different column (Prisma
  /// `clerkId String @map("clerk_id")`); empty = same as `name`.
  std::string orm_name;
  /// A default computed by the ORM client, not the database (Prisma `cuid()`, `uuid()`,
  /// `nanoid()`), as written; never emitted into DDL.
  std::string client_default;
  /// Prisma `@updatedAt`: the client sets the column to the current time on every update.
  bool updated_at = false;
  /// Prisma `@ignore`: the column exists in the database but the ORM client hides it.
  bool orm_ignored = false;
  SourceLoc loc;
};

/// How a join table came to be when the source declared a many-to-many link rather than a
/// table: emitters for that source write the link again instead of the table.
enum class ImplicitJoin {
  None,
  DbmlManyToMany,  ///< DBML `Ref: a.x <> b.y`, named as dbml2sql names it (`a_b`)
  PrismaImplicit,  ///< Prisma's implicit many-to-many `_AToB(A, B)`
};

enum class PartitionStrategy { Range, List, Hash };

struct PartitionKey {
  PartitionStrategy strategy = PartitionStrategy::Range;
  std::vector<IndexElement> elements;
};

/// This table is a partition of `parent` with bound `bound_sql`
/// ("FOR VALUES FROM (...) TO (...)", "FOR VALUES IN (...)", "DEFAULT").
struct PartitionOf {
  QualifiedName parent;
  std::string bound_sql;
  /// The source declared the columns and attached the table later (pg_dump's style).
  bool attached = false;
};

struct Trigger {
  std::string name;
  std::string timing;  ///< "BEFORE", "AFTER", "INSTEAD OF"
  std::vector<std::string> events;  ///< "INSERT", "UPDATE", "DELETE", "TRUNCATE"
  bool for_each_row = false;
  QualifiedName function;
  std::optional<Expr> when;
  /// The whole CREATE TRIGGER statement, canonical PostgreSQL text.
  std::string definition;
  /// "" when `definition` is PostgreSQL SQL; "sqlite" or "mysql" when it was read from such
  /// a database and is that database's SQL (inspect), written only to the same dialect.
  std::string definition_dialect;
  std::string comment;
  SourceLoc loc;
};

struct Policy {
  std::string name;
  bool permissive = true;
  std::string command = "ALL";  ///< ALL, SELECT, INSERT, UPDATE, DELETE
  std::vector<std::string> roles;  ///< as SQL text; empty = PUBLIC
  std::optional<Expr> using_expr;
  std::optional<Expr> check_expr;
  std::string comment;
  SourceLoc loc;
};

/// CREATE RULE: kept whole, since only PostgreSQL has it.
struct Rule {
  std::string name;
  std::string event;  ///< SELECT, INSERT, UPDATE, DELETE
  std::string definition;
  std::string comment;
  SourceLoc loc;
};

struct Table {
  QualifiedName name;
  std::vector<Column> columns;  ///< declaration order
  std::optional<PrimaryKey> primary_key;
  std::vector<UniqueConstraint> uniques;
  std::vector<CheckConstraint> checks;
  std::vector<ForeignKey> foreign_keys;
  std::vector<ExclusionConstraint> exclusions;
  std::vector<Index> indexes;
  std::vector<Trigger> triggers;
  std::vector<Policy> policies;
  std::vector<Rule> rules;

  bool unlogged = false;
  std::vector<StorageParam> options;   ///< WITH (...)
  std::optional<PartitionKey> partition_by;
  std::optional<PartitionOf> partition_of;
  std::vector<QualifiedName> inherits;
  bool rls_enabled = false;
  bool rls_forced = false;

  std::string comment;
  /// Position among all top-level objects of the source, for declaration-order output.
  uint32_t ordinal = 0;
  SourceLoc loc;

  /// A short name the source gave the table for use in references (DBML `as U`).
  std::string alias;
  /// Header colour in diagrams (DBML `headercolor: #hex`), as written; empty = default.
  std::string header_color;
  /// The model name an ORM source used when it maps to a different table (Prisma
  /// `model User { ... @@map("users") }`); empty = same as `name.name`.
  std::string orm_name;
  /// Prisma `@@ignore`: the table exists in the database but the ORM client hides it.
  bool orm_ignored = false;
  /// Set when this is a join table the source declared as a many-to-many link.
  ImplicitJoin implicit_join = ImplicitJoin::None;
  /// Sample rows the source supplied (DBML `records`).
  std::optional<SeedRows> seed_rows;

  const Column* find_column(const std::string& column_name) const;
  Column* find_column(const std::string& column_name);
};

}  // namespace sf
