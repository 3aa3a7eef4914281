#include "analyses/lint/check_expr_tokens.h"

#include <cctype>
#include <charconv>
#include <set>

#include "schemaforge/base/strings.h"

namespace sf::detail {

std::optional<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  auto ident_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    if (c == '\'') {
      std::string text;
      for (++i; i < s.size(); ++i) {
        if (s[i] == '\'') {
          if (i + 1 < s.size() && s[i + 1] == '\'') { text += '\''; ++i; continue; }
          break;
        }
        text += s[i];
      }
      if (i >= s.size()) return std::nullopt;
      ++i;
      out.push_back({Tok::String, text});
    } else if (c == '"') {
      size_t end = s.find('"', i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      out.push_back({Tok::Ident, std::string(s.substr(i + 1, end - i - 1)), true});
      i = end + 1;
    } else if (std::isdigit(static_cast<unsigned char>(c)) ||
               (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      size_t start = i;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' ||
                              s[i] == 'e' || s[i] == 'E')) {
        ++i;
      }
      out.push_back({Tok::Number, std::string(s.substr(start, i - start))});
    } else if (ident_char(c)) {
      size_t start = i;
      while (i < s.size() && ident_char(s[i])) ++i;
      out.push_back({Tok::Ident, to_lower(s.substr(start, i - start))});
    } else if (c == ':' && i + 1 < s.size() && s[i + 1] == ':') {
      out.push_back({Tok::Cast, "::"});
      i += 2;
    } else if (c == '(') { out.push_back({Tok::LParen, "("}); ++i; }
    else if (c == ')') { out.push_back({Tok::RParen, ")"}); ++i; }
    else if (c == '[') { out.push_back({Tok::LBracket, "["}); ++i; }
    else if (c == ']') { out.push_back({Tok::RBracket, "]"}); ++i; }
    else if (c == ',') { out.push_back({Tok::Comma, ","}); ++i; }
    else {
      size_t start = i;
      while (i < s.size() && std::string_view("<>=!~+-*/%^|&#@").find(s[i]) != std::string_view::npos) ++i;
      if (i == start) return std::nullopt;
      out.push_back({Tok::Op, std::string(s.substr(start, i - start))});
    }
  }
  return out;
}

namespace {

bool numeric_type(const std::string& word) {
  static const char* kNumeric[] = {"integer", "int", "int2", "int4", "int8", "smallint",
                                   "bigint", "numeric", "decimal", "real", "double", "float4",
                                   "float8"};
  for (const char* n : kNumeric) {
    if (word == n) return true;
  }
  return false;
}

}  // namespace

bool parse_number(const std::string& text, double& out) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  auto [ptr, ec] = std::from_chars(begin, end, out);
  return ec == std::errc() && ptr == end;
}

std::vector<Token> simplify(std::vector<Token> t) {
  static const std::set<std::string> kTypeWords = {"varying", "precision", "with", "without",
                                                   "time", "zone"};
  std::vector<Token> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Tok::Cast) {
      out.push_back(t[i]);
      continue;
    }
    std::string type;
    size_t j = i + 1;
    if (j < t.size() && t[j].kind == Tok::Ident) type = t[j++].text;
    while (j < t.size() && t[j].kind == Tok::Ident && kTypeWords.count(t[j].text)) ++j;
    if (j < t.size() && t[j].kind == Tok::LParen) {  // modifiers
      while (j < t.size() && t[j].kind != Tok::RParen) ++j;
      ++j;
    }
    while (j + 1 < t.size() && t[j].kind == Tok::LBracket && t[j + 1].kind == Tok::RBracket) j += 2;
    if (!out.empty() && out.back().kind == Tok::String && numeric_type(type)) {
      double value = 0;
      if (parse_number(out.back().text, value)) out.back().kind = Tok::Number;
    }
    i = j - 1;
  }
  bool changed = true;
  while (changed) {
    changed = false;
    std::vector<Token> next;
    for (size_t i = 0; i < out.size(); ++i) {
      bool single = i + 2 < out.size() && out[i].kind == Tok::LParen &&
                    out[i + 2].kind == Tok::RParen &&
                    (out[i + 1].kind == Tok::Number || out[i + 1].kind == Tok::String ||
                     out[i + 1].kind == Tok::Ident);
      bool function_call = single && !next.empty() && next.back().kind == Tok::Ident &&
                           !next.back().quoted;
      // `in (x)` and `any (x)` keep their parentheses; so do function calls.
      if (single && !function_call) {
        next.push_back(out[i + 1]);
        i += 2;
        changed = true;
      } else {
        next.push_back(out[i]);
      }
    }
    out = std::move(next);
  }
  return out;
}

}  // namespace sf::detail
