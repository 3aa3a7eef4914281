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

/// Keyword tables are searched by binary search; each dialect static_asserts its .def list
/// is sorted with this, so a misplaced entry fails the build rather than a lookup.
constexpr bool sorted_by_word(std::span<const Keyword> keywords) {
  for (size_t i = 1; i < keywords.size(); ++i) {
    if (!(keywords[i - 1].word < keywords[i].word)) return false;
  }
  return true;
}

enum class KeywordCase { Upper, Lower };

/// How a type kind is spelled when a Type carries no spelling of its own (models built by
/// frontends other than PostgreSQL's). Modifiers go between `prefix` and `suffix`:
/// "timestamp" + "(3)" + " with time zone".
struct TypeSpelling {
  TypeKind kind;
  std::string_view prefix;
  std::string_view suffix;
  std::string_view serial;  ///< the serial pseudo-type for this kind, if any ("serial")
  /// The spelling when the type has no modifiers ("" = prefix + suffix): MySQL needs a
  /// length or precision where PostgreSQL has none.
  std::string_view unmodified = "";
  /// Modifiers are written; false for SQLite's affinity names.
  bool modifiers = true;
  /// The spelling loses meaning (time zone, range checks): reported as SF3002.
  bool approximate = false;
};

/// How a column of an enum type is written.
enum class EnumStyle {
  NativeType,  ///< CREATE TYPE ... AS ENUM, columns name the type (PostgreSQL)
  InlineEnum,  ///< the column's type is ENUM('a', 'b') (MySQL)
  CheckIn,     ///< the column is text with CHECK (col IN ('a', 'b')) (SQLite)
};

/// How identity, serial and nextval()-defaulted columns are written.
enum class IdentityStyle {
  Identity,           ///< GENERATED ... AS IDENTITY (PostgreSQL)
  AutoIncrement,      ///< AUTO_INCREMENT on an indexed column (MySQL)
  IntegerPrimaryKey,  ///< INTEGER PRIMARY KEY AUTOINCREMENT, the rowid alias (SQLite)
};

enum class CommentStyle {
  CommentOn,  ///< COMMENT ON ... IS (PostgreSQL)
  Inline,     ///< COMMENT '...' on columns and indexes, COMMENT = '...' on tables (MySQL)
  SqlComment,  ///< "-- ..." lines above the table, column, constraint or index (SQLite, which
               ///< keeps those inside CREATE TABLE in sqlite_schema)
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
  /// Backslash is an escape character in string literals and is doubled (MySQL).
  bool double_string_backslashes = false;

  // Statements written before everything else, without terminators.
  std::span<const std::string_view> header;

  // Capabilities the emitters check; what is false is reported as SF3001.
  bool has_schemas = true;
  bool has_extensions = true;
  EnumStyle enum_style = EnumStyle::NativeType;
  IdentityStyle identity_style = IdentityStyle::Identity;
  CommentStyle comment_style = CommentStyle::CommentOn;
  bool has_domains = true;
  bool has_composite_types = true;
  bool has_sequences = true;
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
  /// Views, functions and triggers are kept as PostgreSQL text and can be written as they are.
  bool has_postgres_definitions = true;
  /// ALTER TABLE ... ADD CONSTRAINT FOREIGN KEY exists; without it every foreign key is
  /// written inside CREATE TABLE (SQLite, which accepts forward references).
  bool has_alter_add_foreign_key = true;
  /// DEFERRABLE on foreign keys even where other constraints cannot have it (SQLite).
  bool has_deferrable_foreign_keys = true;
  /// ON DELETE / ON UPDATE SET DEFAULT, and SET NULL on NOT NULL columns (InnoDB refuses
  /// both).
  bool has_fk_set_default = true;
  bool has_partial_indexes = true;
  bool has_expression_indexes = true;
  /// USING method, operator classes, COLLATE and NULLS FIRST/LAST on key parts.
  bool has_index_methods = true;
  /// Text and blob columns cannot be keys without a length: they become VARCHAR(255) /
  /// VARBINARY(255) when keyed (SF3002), and take literal defaults only in parentheses.
  bool keyed_text_needs_length = false;
  /// CREATE TABLE refuses a string default longer than its CHAR(n) / VARCHAR(n) column
  /// (MySQL, strict mode); PostgreSQL only fails when the default is used.
  bool checks_default_length = false;
  /// Booleans are integers: boolean columns get CHECK (col IN (0, 1)) (SQLite).
  bool bool_check = false;
  /// Longest identifier in characters; longer index and constraint names are cut and end in
  /// a hash of the whole name (0 = no limit).
  size_t max_identifier_length = 0;
  /// FOREIGN KEY and CHECK names are unique per database, each kind on its own (MySQL);
  /// PostgreSQL needs them unique per table only.
  bool constraint_names_per_database = false;
  /// Index names share one namespace with the tables of the database (SQLite); otherwise
  /// they are unique per schema (PostgreSQL) or per table (MySQL).
  bool index_names_per_database = false;
  /// Largest index key in bytes (InnoDB: 3072) and bytes per character (utf8mb4: 4);
  /// 0 = no limit. Keys past it get shorter string columns or index prefixes.
  int max_key_bytes = 0;
  int key_bytes_per_char = 4;
  /// A non-unique index over a longer VARCHAR indexes this many characters (0 = whole).
  int index_prefix_chars = 0;
  /// Expressions are written only when recognised or made of portable tokens
  /// (portable_expr.cpp); otherwise reported and left out.
  bool portable_expressions_only = false;

  // Spellings of the model's portable forms (portable_expr.cpp).
  std::string_view now = "CURRENT_TIMESTAMP";
  std::string_view random_uuid = "gen_random_uuid()";
  /// The function counting a string's characters, written for length() and char_length()
  /// (MySQL's length() counts bytes; SQLite has no char_length()). Empty: as written.
  std::string_view char_length = {};
  /// The type written for an array or a value the dialect has no type for.
  std::string_view json_fallback = "jsonb";
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
const DialectTraits& sqlite_dialect();
const DialectTraits& mysql_dialect();

}  // namespace sf::detail
