#pragma once
// Table constraints and indexes. An empty `name` means the source left it unnamed and the
// database chooses one (PostgreSQL: table_pkey, table_col_key, table_col_fkey, ...).
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/source.h"
#include "schemaforge/model/expr.h"
#include "schemaforge/model/name.h"

namespace sf {

/// name = value pairs of WITH (...) clauses, in source order; values as SQL text.
struct StorageParam {
  std::string name;
  std::string value;
  bool operator==(const StorageParam&) const = default;
};

struct ConstraintTiming {
  bool deferrable = false;
  bool initially_deferred = false;
  bool operator==(const ConstraintTiming&) const = default;
};

struct PrimaryKey {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> include;
  ConstraintTiming timing;
  std::string comment;
  SourceLoc loc;
};

struct UniqueConstraint {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> include;
  bool nulls_not_distinct = false;
  ConstraintTiming timing;
  std::string comment;
  SourceLoc loc;
};

struct CheckConstraint {
  std::string name;
  Expr expr;
  bool no_inherit = false;
  bool not_valid = false;
  /// Declared on a column (CHECK after the column's type) rather than on the table. Kept so
  /// generated names match the database's and documents can show it beside the column.
  std::string column;
  std::string comment;
  SourceLoc loc;
};

enum class FkAction { NoAction, Restrict, Cascade, SetNull, SetDefault };
enum class FkMatch { Simple, Full, Partial };

struct ForeignKey {
  std::string name;
  std::vector<std::string> columns;
  QualifiedName ref_table;
  /// Empty when the source relied on the referenced table's primary key.
  std::vector<std::string> ref_columns;
  FkAction on_delete = FkAction::NoAction;
  FkAction on_update = FkAction::NoAction;
  /// ON DELETE SET NULL (cols) / SET DEFAULT (cols): the subset of columns it applies to.
  std::vector<std::string> on_delete_columns;
  FkMatch match = FkMatch::Simple;
  ConstraintTiming timing;
  bool not_valid = false;
  std::string comment;
  /// Declared as one-to-one (DBML `-`, a Prisma relation whose scalar field is @unique)
  /// even when no unique key on `columns` says so.
  bool one_to_one = false;
  /// The source's name for the relation when it is not a constraint name (Prisma
  /// `@relation("name")`); empty = none.
  std::string relation_name;
  /// Diagram-only settings of a DBML Ref: `color: #hex` and `inactive` (drawn dotted).
  std::string color;
  bool inactive = false;
  SourceLoc loc;
};

enum class SortOrder { Default, Asc, Desc };
enum class NullsOrder { Default, First, Last };

/// One key part of an index or exclusion constraint: a column or an expression.
struct IndexElement {
  std::string column;           ///< set for a plain column
  std::optional<Expr> expr;     ///< set for an expression
  std::string collation;        ///< COLLATE, as SQL text (quoted as needed)
  std::string opclass;          ///< operator class, as SQL text (quoted as needed)
  std::vector<StorageParam> opclass_params;
  SortOrder order = SortOrder::Default;
  NullsOrder nulls = NullsOrder::Default;
};

struct ExclusionElement {
  IndexElement element;
  std::string op;  ///< the operator, e.g. "&&" or "="
};

struct ExclusionConstraint {
  std::string name;
  std::string method = "gist";
  std::vector<ExclusionElement> elements;
  std::vector<std::string> include;
  std::optional<Expr> where;
  ConstraintTiming timing;
  std::string comment;
  SourceLoc loc;
};

struct Index {
  std::string name;
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<IndexElement> elements;
  std::vector<std::string> include;
  std::optional<Expr> where;
  std::vector<StorageParam> with;
  /// CREATE INDEX ON ONLY parent (a partitioned table's index not cascaded to partitions).
  bool only = false;
  std::string comment;
  SourceLoc loc;
};

const char* to_string(FkAction action);  ///< "NO ACTION", "CASCADE", ...

}  // namespace sf
