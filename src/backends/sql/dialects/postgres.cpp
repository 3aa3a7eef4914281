// PostgreSQL 15: the dialect every construct of the model can be written in.
#include "backends/sql/dialect.h"

namespace sf::detail {

namespace {

constexpr Keyword kKeywords[] = {
#define SF_PG_KEYWORD(word, category) {word, KeywordCategory::category},
#include "backends/sql/dialects/postgres_keywords.def"
#undef SF_PG_KEYWORD
};

static_assert(sorted_by_word(kKeywords), "postgres_keywords.def must be sorted by word");

// pg_dump turns this off so that SQL-language function bodies may name tables created later.
constexpr std::string_view kHeader[] = {"SET check_function_bodies = false"};

// format_type() spellings.
constexpr TypeSpelling kTypes[] = {
    {TypeKind::Bool, "boolean", "", ""},
    {TypeKind::Int16, "smallint", "", "smallserial"},
    {TypeKind::Int32, "integer", "", "serial"},
    {TypeKind::Int64, "bigint", "", "bigserial"},
    {TypeKind::Decimal, "numeric", "", ""},
    {TypeKind::Float32, "real", "", ""},
    {TypeKind::Float64, "double precision", "", ""},
    {TypeKind::Money, "money", "", ""},
    {TypeKind::Text, "text", "", ""},
    {TypeKind::Varchar, "character varying", "", ""},
    {TypeKind::Char, "character", "", ""},
    {TypeKind::Bytes, "bytea", "", ""},
    {TypeKind::Uuid, "uuid", "", ""},
    {TypeKind::Date, "date", "", ""},
    {TypeKind::Time, "time", " without time zone", ""},
    {TypeKind::TimeTz, "time", " with time zone", ""},
    {TypeKind::Timestamp, "timestamp", " without time zone", ""},
    {TypeKind::TimestampTz, "timestamp", " with time zone", ""},
    {TypeKind::Interval, "interval", "", ""},
    {TypeKind::Json, "json", "", ""},
    {TypeKind::Jsonb, "jsonb", "", ""},
    {TypeKind::Inet, "inet", "", ""},
    {TypeKind::Cidr, "cidr", "", ""},
    {TypeKind::MacAddr, "macaddr", "", ""},
    {TypeKind::Bit, "bit", "", ""},
    {TypeKind::VarBit, "bit varying", "", ""},
    {TypeKind::Xml, "xml", "", ""},
    {TypeKind::TsVector, "tsvector", "", ""},
};

DialectTraits make_postgres() {
  DialectTraits traits;
  traits.name = "postgres";
  traits.identifier_quote = '"';
  traits.keyword_case = KeywordCase::Upper;
  traits.keywords = kKeywords;
  traits.escape_string_backslashes = true;
  traits.header = kHeader;
  traits.native_type_spelling = true;
  traits.types = kTypes;
  return traits;  // every capability flag keeps its default: true
}

}  // namespace

const DialectTraits& postgres_dialect() {
  static const DialectTraits traits = make_postgres();
  return traits;
}

}  // namespace sf::detail
