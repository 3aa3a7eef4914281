#pragma once
// A SQL dialect is data first (STYLE.md #4): a traits struct with flags, a keyword table and a
// type-mapping table. The emitters read the flags; a feature a dialect cannot say is reported
// through EmitContext::unsupported (SF3001), never dropped. A new dialect is one file under
// dialects/ defining its traits, plus one case in dialect_traits().
#include <span>
#include <string_view>

#include "schemaforge/backends/sql.h"
#include "schemaforge/model/type.h"

namespace sf::detail {

/// Grammar category of a keyword (PostgreSQL's kwlist.h categories).
enum class KeywordCategory {
  Unreserved,  ///< usable anywhere as an identifier
  ColName,     ///< a column or relation name, but not a function or type name
  TypeFunc,    ///< a function or type name, but not a column or relation name
  Reserved,    ///< never a bare identifier
};

struct Keyword {
  std::string_view word;  ///< lower case
  KeywordCategory category;
};

enum class KeywordCase { Upper, Lower };

/// How a type kind is spelled when a Type carries no spelling of its own (models built by
/// frontends other than PostgreSQL's). Modifiers go between `prefix` and `suffix`:
/// "timestamp" + "(3)" + " with time zone".
struct TypeSpelling {
  TypeKind kind;
  std::string_view prefix;
  std::string_view suffix;
  std::string_view serial;  ///< the serial pseudo-type for this kind, if any ("serial")
};

struct DialectTraits {
  std::string_view name;

  // Lexical rules.
  char identifier_quote = '"';
  KeywordCase keyword_case = KeywordCase::Upper;
  /// Sorted by word; an identifier equal to a keyword of a quoted category is quoted.
  std::span<const Keyword> keywords;
  /// Backslashes in string literals need the E'' form so the text does not depend on
  /// standard_conforming_strings.
  bool escape_string_backslashes = true;

  // Statements written before everything else, without terminators.
  std::span<const std::string_view> header;

  // Capabilities the emitters check; what is false is reported as SF3001.
  bool has_schemas = true;
  bool has_extensions = true;
  bool has_enum_types = true;
  bool has_domains = true;
  bool has_composite_types = true;
  bool has_sequences = true;
  bool has_identity = true;
  bool has_generated_stored = true;
  bool has_deferrable_constraints = true;
  bool has_not_valid = true;
  bool has_exclusion_constraints = true;
  bool has_index_include = true;
  bool has_nulls_not_distinct = true;
  bool has_partitioning = true;
  bool has_inheritance = true;
  bool has_unlogged_tables = true;
  bool has_materialized_views = true;
  bool has_row_level_security = true;
  bool has_rules = true;
  bool has_comment_on = true;
  /// Type.spelling is in this dialect's own syntax and may be written as it is.
  bool native_type_spelling = true;

  std::span<const TypeSpelling> types;

  /// The keyword entry for a lower-case word, or nullptr.
  const Keyword* find_keyword(std::string_view word) const;
  const TypeSpelling* find_type(TypeKind kind) const;
};

/// The traits of a dialect (covered switch: a new Dialect must be listed).
const DialectTraits& dialect_traits(Dialect dialect);

// One accessor per dialect file under dialects/.
const DialectTraits& postgres_dialect();

}  // namespace sf::detail
