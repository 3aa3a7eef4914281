// SQLite 3.40: types are affinities, no schemas, sequences or ALTER TABLE ... ADD CONSTRAINT,
// comments only as "--" lines; foreign keys go inside CREATE TABLE and may point forward.
#include "backends/sql/dialect.h"

namespace sf::detail {

namespace {

constexpr Keyword kKeywords[] = {
#define SF_SQLITE_KEYWORD(word, category) {word, KeywordCategory::category},
#include "backends/sql/dialects/sqlite_keywords.def"
#undef SF_SQLITE_KEYWORD
};

static_assert(sorted_by_word(kKeywords), "sqlite_keywords.def must be sorted by word");

// The five affinities (https://sqlite.org/datatype3.html): lengths and precisions are not
// enforced, so they are not written. Timestamps are ISO-8601 text, as CURRENT_TIMESTAMP is.
constexpr TypeSpelling kTypes[] = {
    {TypeKind::Bool, "INTEGER", "", "", "", false, false},
    {TypeKind::Int16, "INTEGER", "", "", "", false, false},
    {TypeKind::Int32, "INTEGER", "", "", "", false, false},
    {TypeKind::Int64, "INTEGER", "", "", "", false, false},
    {TypeKind::Decimal, "NUMERIC", "", "", "", false, false},
    {TypeKind::Float32, "REAL", "", "", "", false, false},
    {TypeKind::Float64, "REAL", "", "", "", false, false},
    {TypeKind::Money, "NUMERIC", "", "", "", false, true},
    {TypeKind::Text, "TEXT", "", "", "", false, false},
    {TypeKind::Varchar, "TEXT", "", "", "", false, false},
    {TypeKind::Char, "TEXT", "", "", "", false, false},
    {TypeKind::Bytes, "BLOB", "", "", "", false, false},
    {TypeKind::Uuid, "TEXT", "", "", "", false, false},
    {TypeKind::Date, "TEXT", "", "", "", false, false},
    {TypeKind::Time, "TEXT", "", "", "", false, false},
    {TypeKind::TimeTz, "TEXT", "", "", "", false, false},
    {TypeKind::Timestamp, "TEXT", "", "", "", false, false},
    {TypeKind::TimestampTz, "TEXT", "", "", "", false, false},
    {TypeKind::Interval, "TEXT", "", "", "", false, true},
    {TypeKind::Json, "TEXT", "", "", "", false, false},
    {TypeKind::Jsonb, "TEXT", "", "", "", false, false},
    {TypeKind::Inet, "TEXT", "", "", "", false, true},
    {TypeKind::Cidr, "TEXT", "", "", "", false, true},
    {TypeKind::MacAddr, "TEXT", "", "", "", false, true},
    {TypeKind::Bit, "TEXT", "", "", "", false, true},
    {TypeKind::VarBit, "TEXT", "", "", "", false, true},
    {TypeKind::Xml, "TEXT", "", "", "", false, true},
    {TypeKind::TsVector, "TEXT", "", "", "", false, true},
};

DialectTraits make_sqlite() {
  DialectTraits traits;
  traits.name = "sqlite";
  traits.identifier_quote = '"';
  traits.keyword_case = KeywordCase::Upper;
  traits.keywords = kKeywords;
  traits.escape_string_backslashes = false;  // a backslash is an ordinary character
  traits.has_schemas = false;
  traits.has_extensions = false;
  traits.enum_style = EnumStyle::CheckIn;
  traits.identity_style = IdentityStyle::IntegerPrimaryKey;
  traits.comment_style = CommentStyle::SqlComment;
  traits.has_domains = false;
  traits.has_composite_types = false;
  traits.has_sequences = false;
  traits.has_generated_stored = true;
  traits.has_deferrable_constraints = false;
  traits.has_deferrable_foreign_keys = true;
  traits.has_not_valid = false;
  traits.has_exclusion_constraints = false;
  traits.has_index_include = false;
  traits.has_nulls_not_distinct = false;
  traits.has_partitioning = false;
  traits.has_inheritance = false;
  traits.has_unlogged_tables = false;
  traits.has_materialized_views = false;
  traits.has_row_level_security = false;
  traits.has_rules = false;
  traits.has_postgres_definitions = false;
  traits.has_alter_add_foreign_key = false;
  traits.has_partial_indexes = true;
  traits.has_expression_indexes = true;
  traits.has_index_methods = false;
  traits.bool_check = true;
  traits.index_names_per_database = true;
  traits.portable_expressions_only = true;
  traits.native_type_spelling = false;
  traits.types = kTypes;
  traits.now = "CURRENT_TIMESTAMP";
  traits.char_length = "length";
  // SQLite has no UUID function: a version 4 UUID in its 8-4-4-4-12 text form from random
  // bytes, with the version nibble 4 and the variant nibble one of 8, 9, a, b (random() & 3
  // stays in 0..3 for negative values too, where abs() of the smallest one overflows).
  traits.random_uuid =
      "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
      "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || "
      "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))";
  traits.json_fallback = "TEXT";
  return traits;
}

}  // namespace

const DialectTraits& sqlite_dialect() {
  static const DialectTraits traits = make_sqlite();
  return traits;
}

}  // namespace sf::detail
