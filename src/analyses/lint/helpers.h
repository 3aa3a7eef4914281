#pragma once
// Small shared helpers of the lint rules: names, types, keys and indexes.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/model/schema.h"

namespace sf::detail {

/// Shell-style glob: `*` any run, `?` one character; case-sensitive.
bool glob_match(std::string_view pattern, std::string_view text);
bool any_glob(const std::vector<std::string>& patterns, std::string_view text);

/// English inflection of the last `_`-separated word ("usage_events" -> "usage_event").
std::string singular(std::string_view name);
std::string plural(std::string_view name);
bool is_plural_name(std::string_view name);
bool is_singular_name(std::string_view name);

bool is_snake_case(std::string_view name);
bool is_camel_case(std::string_view name);
bool is_pascal_case(std::string_view name);
/// Holds a character other than letters, digits, `_` and `$`, or starts with a digit.
bool has_special_characters(std::string_view name);
/// PostgreSQL's reserved key words (docs, appendix C), compared case-insensitively.
bool is_reserved_word(std::string_view name);

bool is_string_kind(TypeKind kind);   ///< text, varchar, char
bool is_integer_kind(TypeKind kind);  ///< int16/32/64
bool is_float_kind(TypeKind kind);
/// "integer", "character varying(45)": the spelling, or the kind when there is none.
std::string type_label(const Type& type);
/// Same kind, modifiers, array dimensions and user type (serial counts as its integer).
bool same_type(const Type& a, const Type& b);

/// The referenced table, or null when it is not in the schema.
const Table* referenced_table(const Schema& schema, const ForeignKey& fk);
/// The referenced columns, read from the referenced primary key when not written.
std::vector<std::string> referenced_columns(const Schema& schema, const ForeignKey& fk);

bool in_primary_key(const Table& table, std::string_view column);
bool same_column_set(std::vector<std::string> a, std::vector<std::string> b);
/// The plain-column key parts of an index; nullopt when one is an expression.
std::optional<std::vector<std::string>> index_columns(const Index& index);
/// Every column list that has an index behind it: the primary key, unique constraints,
/// exclusion constraints on plain columns and indexes, in that order (partial ones included).
std::vector<std::vector<std::string>> indexed_column_lists(const Table& table);
/// A primary key, unique constraint or non-partial unique index on exactly these columns.
bool is_unique_key(const Table& table, const std::vector<std::string>& columns);
/// Some primary key, unique constraint or non-partial unique index lies within `columns`, so
/// no two rows share values for all of them.
bool has_unique_within(const Table& table, const std::vector<std::string>& columns);
/// Some unique key (partial ones too) includes `column`.
bool column_in_some_unique(const Table& table, std::string_view column);

/// "schema.table" when qualified, else "table".
std::string table_label(const Table& table);
std::string column_label(const Table& table, std::string_view column);
const SourceLoc& loc_or(const SourceLoc& preferred, const SourceLoc& fallback);

}  // namespace sf::detail

namespace sf::detail {

/// Whether SQL text names identifier `name` outside string literals (case-insensitive for
/// unquoted words, exact inside double quotes).
bool mentions_identifier(std::string_view sql, std::string_view name);

/// Whether some CHECK of `table` (or of its column's domain) mentions `column`.
bool column_has_check(const Schema& schema, const Table& table, const Column& column);
/// Whether `column` is part of some foreign key of `table`.
bool column_in_fk(const Table& table, std::string_view column);

}  // namespace sf::detail
