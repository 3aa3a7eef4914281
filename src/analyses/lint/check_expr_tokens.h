#pragma once
// The tokens of a CHECK expression for check_expr.cpp: identifiers, literals, operators, with
// casts dropped and redundant parentheses removed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sf::detail {

enum class Tok { Ident, Number, String, Op, LParen, RParen, LBracket, RBracket, Comma, Cast, End };

struct Token {
  Tok kind = Tok::End;
  std::string text;  ///< identifiers lower-cased unless quoted; strings unescaped
  bool quoted = false;
};

/// nullopt on an unterminated string or quoted identifier, or a character SQL does not use.
std::optional<std::vector<Token>> tokenize(std::string_view sql);
/// Drops `::type` casts (turning numeric-cast strings into numbers) and parentheses around a
/// single operand, until nothing changes: `((0)::numeric)` -> `0`.
std::vector<Token> simplify(std::vector<Token> tokens);
/// The whole of `text` as a number.
bool parse_number(const std::string& text, double& out);

}  // namespace sf::detail
