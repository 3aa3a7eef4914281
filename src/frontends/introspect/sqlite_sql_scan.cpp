#include "frontends/introspect/sqlite_sql_scan.h"

#include <cctype>

namespace sf::detail {

std::vector<SqlToken> scan_sql(const std::string& sql) {
  std::vector<SqlToken> tokens;
  size_t i = 0;
  auto at = [&](size_t k) { return k < sql.size() ? sql[k] : '\0'; };
  while (i < sql.size()) {
    char c = sql[i];
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    if (c == '-' && at(i + 1) == '-') { while (i < sql.size() && sql[i] != '\n') ++i; continue; }
    if (c == '/' && at(i + 1) == '*') {
      size_t close = sql.find("*/", i + 2);
      i = close == std::string::npos ? sql.size() : close + 2;
      continue;
    }
    SqlToken t;
    t.begin = i;
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
      char close = c == '[' ? ']' : c;
      ++i;
      while (i < sql.size()) {
        if (sql[i] == close) {
          if (close != ']' && at(i + 1) == close) { t.value += close; i += 2; continue; }
          ++i;
          break;
        }
        t.value += sql[i++];
      }
      t.kind = c == '\'' ? SqlToken::Kind::String : SqlToken::Kind::Quoted;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80) {
      while (i < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '_' ||
                                sql[i] == '$' || static_cast<unsigned char>(sql[i]) >= 0x80)) {
        t.value += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i++])));
      }
      t.kind = SqlToken::Kind::Word;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '.')) ++i;
      t.kind = SqlToken::Kind::Number;
    } else {
      ++i;
      t.kind = SqlToken::Kind::Punct;
      t.value = std::string(1, c);
    }
    t.end = i;
    t.text = sql.substr(t.begin, t.end - t.begin);
    if (t.kind == SqlToken::Kind::Number) t.value = t.text;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::vector<std::vector<SqlToken>> table_elements(const std::vector<SqlToken>& tokens) {
  std::vector<std::vector<SqlToken>> elements;
  int depth = 0;
  for (const auto& t : tokens) {
    bool punct = t.kind == SqlToken::Kind::Punct;
    if (punct && t.value == "(") {
      if (++depth == 1) { elements.emplace_back(); continue; }
    } else if (punct && t.value == ")") {
      if (--depth == 0) break;
    } else if (punct && t.value == "," && depth == 1) {
      elements.emplace_back();
      continue;
    }
    if (depth >= 1) elements.back().push_back(t);
  }
  return elements;
}

std::string parenthesised(const std::string& sql, const std::vector<SqlToken>& tokens, size_t open) {
  int depth = 0;
  for (size_t k = open; k < tokens.size(); ++k) {
    if (tokens[k].kind != SqlToken::Kind::Punct) continue;
    if (tokens[k].value == "(") ++depth;
    if (tokens[k].value == ")" && --depth == 0) {
      return sql.substr(tokens[open].end, tokens[k].begin - tokens[open].end);
    }
  }
  return "";
}

}  // namespace sf::detail
