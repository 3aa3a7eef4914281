#pragma once
// A design brief (docs/brief.md): what the product does and needs, before any table exists.
// The brief frontend fills it from YAML; the designer (analyses/design.h) turns it into a
// Schema. Every element keeps its source location so the designer's findings point back.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/source.h"

namespace sf {

/// The kinds a brief field can have (seed 001's column-type decision tree).
enum class FieldKind {
  Id, Reference, ShortText, LongText, Integer, Decimal, Money, Boolean,
  DateTime, Date, Json, Array, Enum, Email, Url,
};

const char* to_string(FieldKind kind);  ///< the brief's spelling: "short_text", ...
std::optional<FieldKind> field_kind_from_string(const std::string& text);

struct BriefField {
  std::string name;
  FieldKind kind = FieldKind::ShortText;
  bool required = false;
  bool unique = false;
  std::optional<std::string> default_value;  ///< as written: a literal, or "now"
  std::vector<std::string> checks;           ///< SQL boolean expressions on this column
  std::vector<std::string> values;           ///< enum values
  std::optional<int64_t> max_length;         ///< short text / enum: varchar(n) when set
  std::optional<int64_t> precision;          ///< decimal
  std::optional<int64_t> scale;
  FieldKind element = FieldKind::ShortText;  ///< array element kind
  bool evolving = false;                     ///< json whose structure changes over time
  std::string to;                            ///< reference: the entity it points at
  std::string description;
  SourceLoc loc;
};

enum class IdKind { Uuid, Bigint };

struct BriefEntity {
  std::string name;  ///< the table name (plural snake_case)
  std::string purpose;
  std::vector<std::string> journey;
  std::vector<SourceLoc> journey_locs;  ///< where each journey step is named
  std::optional<IdKind> id;  ///< overrides conventions.ids (e.g. bigint for event tables)
  bool append_only = false;  ///< no updated_at: rows are never changed
  std::vector<BriefField> fields;
  SourceLoc loc;
};

/// What a belongs-to link means when the parent row is deleted.
enum class LinkRole {
  Owner,      ///< the parent owns the child: ON DELETE CASCADE, NOT NULL
  Reference,  ///< the child needs the parent: ON DELETE RESTRICT, NOT NULL
  Optional,   ///< the link may be absent: ON DELETE SET NULL, nullable
};

enum class RelationKind { BelongsTo, OneToOne, ManyToMany };

struct BriefRelationship {
  RelationKind kind = RelationKind::BelongsTo;
  std::string from;  ///< the child (belongs-to, one-to-one) or the first side (many-to-many)
  std::string to;
  LinkRole role = LinkRole::Owner;
  LinkRole to_role = LinkRole::Reference;  ///< many-to-many: the second side's link
  std::string column;                      ///< the foreign-key column; empty = `{to singular}_id`
  std::string through;                     ///< many-to-many: the join table's name
  std::vector<BriefField> attributes;      ///< many-to-many: the join table's own columns
  std::string description;
  SourceLoc loc;
};

/// One condition of a query pattern's WHERE, as the PostgreSQL frontend read it.
struct QueryPredicate {
  std::string column;
  std::string op;     ///< "=", "<", "<=", ">", ">=", "IN", "IS NULL"
  bool constant = false;  ///< compared with a literal (a partial-index candidate)
  std::string sql;    ///< the condition as canonical SQL, for a partial index predicate
  int32_t offset = -1;  ///< byte offset of the column in the query's SQL; -1 = unknown
};

struct QuerySort {
  std::string column;
  bool descending = false;
  int32_t offset = -1;  ///< byte offset of the column in the query's SQL; -1 = unknown
};

/// The shape of a query pattern's SELECT that index design needs.
struct QueryShape {
  std::string table;  ///< the first table of FROM
  std::vector<QueryPredicate> predicates;
  std::vector<QuerySort> order_by;
};

struct BriefQuery {
  std::string name;
  std::string sql;
  std::string frequency;  ///< "high", "medium", "low" or free text such as "100/s"
  std::string journey_step;
  QueryShape shape;
  SourceLoc loc;
};

struct BriefConventions {
  IdKind ids = IdKind::Uuid;
  bool timestamps = true;   ///< created_at / updated_at on every table
  bool soft_delete = false;
  std::string tenancy_key;  ///< e.g. "tenant_id"; empty = single tenant
  std::string naming = "snake_case";
};

struct BriefStack {
  std::string database = "postgres";
  std::vector<std::string> emit;  ///< formats for `build`, e.g. "prisma", "sqlalchemy"
};

/// The values `stack.emit` accepts (docs/brief.md): DDL dialects (postgres, sqlite, mysql),
/// formats (json, dbml, prisma, alembic, sqlalchemy, typescript) and migration tools
/// (golang-migrate, flyway) whose file naming `build` then uses.
const std::vector<std::string>& stack_emit_values();

struct JourneyStep {
  std::string name;
  std::string description;
  SourceLoc loc;
};

struct ScaleEstimate {
  std::string entity;
  int64_t rows_now = 0;
  int64_t growth_per_month = 0;
  SourceLoc loc;
};

/// Monthly range partitions for tables that grow without bound (analytics_events): from
/// `start` ("YYYY-MM", given in the brief so output never depends on today's date).
struct PartitionPlan {
  int start_year = 0;
  int start_month = 0;  ///< 1-12; 0 = not given
  int64_t months = 12;
  SourceLoc loc;
};

struct Brief {
  std::string project;
  std::string description;
  BriefStack stack;
  BriefConventions conventions;
  std::vector<JourneyStep> journey;
  std::vector<BriefEntity> entities;
  std::vector<BriefRelationship> relationships;
  std::vector<BriefQuery> queries;
  std::vector<ScaleEstimate> scale;
  std::vector<std::string> patterns;  ///< "multi_tenant", "rbac", "audit_log", ...
  PartitionPlan partitions;
  SourceLoc loc;

  const BriefEntity* find_entity(const std::string& entity_name) const;
};

/// `teams` -> `team`, `categories` -> `category`, `addresses` -> `address`: the English
/// plurals table names use, for foreign-key column names.
std::string singular(const std::string& plural);

/// The foreign-key column of a belongs-to or one-to-one link: `column`, else `{to}_id`.
std::string link_column(const BriefRelationship& link);

/// The columns the designer gives `entity` (id, fields, links, audit and convention columns),
/// in table order, before patterns add theirs. Used to check query patterns.
std::vector<std::string> designed_columns(const Brief& brief, const BriefEntity& entity);

}  // namespace sf
