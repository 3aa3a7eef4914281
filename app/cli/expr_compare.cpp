// Expression comparison for build verification: the renderings databases choose, removed.
#include "cli/expr_compare.h"

#include <regex>

namespace sf::cli {

namespace {

/// "1.50" and "1.5", "0.0" and "0": one number once a column's type has cast it.
std::string normalise_value(std::string value) {
  static const std::regex number("-?[0-9]+\\.[0-9]+");
  if (std::regex_match(value, number)) {
    while (value.back() == '0') value.pop_back();
    if (value.back() == '.') value.pop_back();
  }
  return value;
}

}  // namespace

std::string normalise_expression(const std::string& sql) {
  std::string text = sql;
  for (const char* prefix : {"public.", "pg_catalog."}) {
    for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, std::char_traits<char>::length(prefix));
  }
  static const std::regex cast(
      "::(character varying|timestamp with(out)? time zone|time with(out)? time zone|double precision|"
      "bit varying|\"[^\"]*\"|[a-z_][a-z0-9_.]*)(\\([0-9, ]*\\))?(\\[\\])*");
  text = std::regex_replace(text, cast, "");
  static const std::regex between("([A-Za-z_][A-Za-z0-9_.\"]*(\\([^()]*\\))?) BETWEEN ([^ ()]+) AND ([^ ()]+)");
  text = std::regex_replace(text, between, "$1 >= $3 AND $1 <= $4");
  std::string compact;
  for (char c : text) {
    if (c != '(' && c != ')' && c != ' ' && c != '\n' && c != '\t' && c != '\r') compact += c;
  }
  return compact;
}

bool same_expression(const Expr& a, const Expr& b) {
  if (a.form == b.form && a.form != ExprForm::Other) {
    if (a.column != b.column || normalise_value(a.value) != normalise_value(b.value) || a.list.size() != b.list.size())
      return false;
    for (size_t i = 0; i < a.list.size(); ++i) {
      if (normalise_value(a.list[i]) != normalise_value(b.list[i])) return false;
    }
    return true;
  }
  return normalise_expression(a.sql) == normalise_expression(b.sql);
}

}  // namespace sf::cli
