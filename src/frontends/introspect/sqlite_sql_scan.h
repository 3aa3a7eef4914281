#pragma once
// SQLite keeps CHECK constraints, generated-column expressions, view queries and trigger
// headers only in the CREATE text of sqlite_schema. This splits that text into tokens so
// the readers can pick those pieces out; SQLite has already validated the text.
#include <string>
#include <vector>

namespace sf::detail {

struct SqlToken {
  enum class Kind { Word, Quoted, String, Number, Punct };
  Kind kind = Kind::Punct;
  std::string text;   ///< as written
  std::string value;  ///< a word upper-cased, a quoted identifier unquoted
  size_t begin = 0, end = 0;
};

std::vector<SqlToken> scan_sql(const std::string& sql);

/// A CREATE TABLE's definitions: each column or table constraint as its tokens.
std::vector<std::vector<SqlToken>> table_elements(const std::vector<SqlToken>& tokens);

/// The text between the parenthesis at tokens[open] and its partner, without them.
std::string parenthesised(const std::string& sql, const std::vector<SqlToken>& tokens, size_t open);

}  // namespace sf::detail
