#pragma once
// Just enough of SQL boolean expressions to tell when a CHECK can never pass or rejects its
// column's own default: comparisons with literals, IN lists, = ANY (ARRAY[...]), BETWEEN,
// IS [NOT] NULL, AND, OR, NOT. Anything else is "unknown" and assumed satisfiable, so the
// rules built on it only report what they can prove.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sf::detail {

struct Literal {
  bool is_number = false;
  double number = 0;
  std::string text;  ///< canonical text: strings unquoted, numbers as written
  bool operator<(const Literal& other) const { return text < other.text; }
};

struct Predicate {
  enum class Kind { And, Or, Compare, InList, IsNull, IsNotNull, Const, Unknown };
  Kind kind = Kind::Unknown;
  std::vector<Predicate> children;  ///< And, Or
  std::string column;               ///< Compare, InList, IsNull, IsNotNull
  std::string op;                   ///< Compare: = <> < <= > >=
  Literal value;                    ///< Compare
  std::vector<Literal> list;        ///< InList
  bool negated = false;             ///< InList: NOT IN
  bool constant = true;             ///< Const
};

/// Parses a CHECK expression (canonical PostgreSQL text); nullopt when it is not understood.
std::optional<Predicate> parse_predicate(std::string_view sql);
/// Parses a literal default such as `'pending'::character varying`, `0`, `-1.5`, `true`.
std::optional<Literal> parse_literal(std::string_view sql);

/// Whether some values make `predicate` TRUE, given columns known to be NOT NULL, and
/// optionally one column pinned to a value (for a default). Unknown parts count as TRUE.
bool satisfiable(const Predicate& predicate, const std::set<std::string>& not_null,
                 const std::string& pinned_column = "", const Literal* pinned = nullptr);

/// The columns a predicate compares (Unknown parts not included).
std::set<std::string> predicate_columns(const Predicate& predicate);

}  // namespace sf::detail
