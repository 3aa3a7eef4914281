// MySQL 8.0 and MariaDB 10.11: one output that loads on both. Backtick quoting, inline
// ENUM(...), AUTO_INCREMENT, inline COMMENT '...'; no schemas (a schema is a database),
// sequences, partial or functional indexes (MariaDB has no functional key parts).
#include "backends/sql/dialect.h"

namespace sf::detail {

namespace {

constexpr Keyword kKeywords[] = {
#define SF_MYSQL_KEYWORD(word, category) {word, KeywordCategory::category},
#include "backends/sql/dialects/mysql_keywords.def"
#undef SF_MYSQL_KEYWORD
};

static_assert(sorted_by_word(kKeywords), "mysql_keywords.def must be sorted by word");

// PostgreSQL's unbounded text and numeric need a size here: LONGTEXT, DECIMAL(65,30).
// DATETIME(6) keeps PostgreSQL's microseconds; it has no time zone (approximate).
constexpr TypeSpelling kTypes[] = {
    {TypeKind::Bool, "BOOLEAN", "", "", "", false, false},
    {TypeKind::Int16, "SMALLINT", "", "", "", false, false},
    {TypeKind::Int32, "INT", "", "", "", false, false},
    {TypeKind::Int64, "BIGINT", "", "", "", false, false},
    {TypeKind::Decimal, "DECIMAL", "", "", "DECIMAL(65,30)", true, false},
    {TypeKind::Float32, "FLOAT", "", "", "", false, false},
    {TypeKind::Float64, "DOUBLE", "", "", "", false, false},
    {TypeKind::Money, "DECIMAL(19,4)", "", "", "", false, true},
    {TypeKind::Text, "LONGTEXT", "", "", "", false, false},
    {TypeKind::Varchar, "VARCHAR", "", "", "LONGTEXT", true, false},
    {TypeKind::Char, "CHAR", "", "", "", true, false},
    {TypeKind::Bytes, "LONGBLOB", "", "", "", false, false},
    {TypeKind::Uuid, "CHAR(36)", "", "", "", false, false},
    {TypeKind::Date, "DATE", "", "", "", false, false},
    {TypeKind::Time, "TIME", "", "", "TIME(6)", true, false},
    {TypeKind::TimeTz, "TIME", "", "", "TIME(6)", true, true},
    {TypeKind::Timestamp, "DATETIME", "", "", "DATETIME(6)", true, false},
    {TypeKind::TimestampTz, "DATETIME", "", "", "DATETIME(6)", true, true},
    {TypeKind::Interval, "VARCHAR(64)", "", "", "", false, true},
    {TypeKind::Json, "JSON", "", "", "", false, false},
    {TypeKind::Jsonb, "JSON", "", "", "", false, false},
    {TypeKind::Inet, "VARCHAR(45)", "", "", "", false, true},
    {TypeKind::Cidr, "VARCHAR(49)", "", "", "", false, true},
    {TypeKind::MacAddr, "VARCHAR(17)", "", "", "", false, true},
    {TypeKind::Bit, "BIT", "", "", "", true, false},
    {TypeKind::VarBit, "LONGTEXT", "", "", "", false, true},
    {TypeKind::Xml, "LONGTEXT", "", "", "", false, true},
    {TypeKind::TsVector, "LONGTEXT", "", "", "", false, true},
};

DialectTraits make_mysql() {
  DialectTraits traits;
  traits.name = "mysql";
  traits.identifier_quote = '`';
  traits.keyword_case = KeywordCase::Upper;
  traits.keywords = kKeywords;
  traits.escape_string_backslashes = false;
  traits.double_string_backslashes = true;  // default sql_mode reads \ as an escape
  traits.has_schemas = false;
  traits.has_extensions = false;
  traits.enum_style = EnumStyle::InlineEnum;
  traits.identity_style = IdentityStyle::AutoIncrement;
  traits.comment_style = CommentStyle::Inline;
  traits.has_domains = false;
  traits.has_composite_types = false;
  traits.has_sequences = false;
  traits.has_generated_stored = true;
  traits.has_deferrable_constraints = false;
  traits.has_deferrable_foreign_keys = false;
  traits.has_not_valid = false;
  traits.has_exclusion_constraints = false;
  traits.has_index_include = false;
  traits.has_nulls_not_distinct = false;
  traits.has_partitioning = false;  // MySQL partitions differ in kind: not mapped
  traits.has_inheritance = false;
  traits.has_unlogged_tables = false;
  traits.has_materialized_views = false;
  traits.has_row_level_security = false;
  traits.has_rules = false;
  traits.has_postgres_definitions = false;
  traits.has_alter_add_foreign_key = true;
  traits.has_fk_set_default = false;
  traits.has_partial_indexes = false;
  traits.has_expression_indexes = false;
  traits.has_index_methods = false;
  traits.keyed_text_needs_length = true;
  traits.checks_default_length = true;
  traits.max_identifier_length = 64;
  traits.constraint_names_per_database = true;
  traits.max_key_bytes = 3072;  // InnoDB with the DYNAMIC row format, the default of both
  traits.key_bytes_per_char = 4;  // utf8mb4
  traits.index_prefix_chars = 255;
  traits.portable_expressions_only = true;
  traits.native_type_spelling = false;
  traits.types = kTypes;
  traits.now = "CURRENT_TIMESTAMP";
  traits.char_length = "char_length";
  traits.random_uuid = "(uuid())";
  traits.json_fallback = "JSON";
  return traits;
}

}  // namespace

const DialectTraits& mysql_dialect() {
  static const DialectTraits traits = make_mysql();
  return traits;
}

}  // namespace sf::detail
