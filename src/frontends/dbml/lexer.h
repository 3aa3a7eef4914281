#pragma once
// DBML tokens, as @dbml/parse's lexer makes them (docs/dbml.md "Lexical rules").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"

namespace sf::dbml {

enum class Tok {
  Ident,        ///< name or keyword; `text` as written
  Quoted,       ///< "quoted name"; `text` unescaped
  String,       ///< 'string'; `text` unescaped
  MultiString,  ///< '''multi-line'''; `text` unescaped, indentation stripped
  Expr,         ///< `backtick expression`; `text` raw
  Number,       ///< 12, 1.5, -3e4 (sign is a separate token); `text` as written
  Color,        ///< #abc / #aabbcc; `text` with the '#'
  Op,           ///< < > <> - . ~ : , ( ) [ ] { } * and any other operator character
  Eof,
};

struct Token {
  Tok kind = Tok::Eof;
  std::string text;
  uint32_t offset = 0;  ///< byte offset of the first character
  uint32_t end = 0;     ///< byte offset after the last character
  uint32_t line = 1;    ///< 1-based
  uint32_t column = 1;  ///< 1-based, bytes
  bool space_before = false;    ///< whitespace or a comment separates it from the previous token
  bool newline_before = false;  ///< a line break separates it from the previous token

  bool is_op(std::string_view op) const { return kind == Tok::Op && text == op; }
};

/// Splits `file` into tokens (comments and newlines dropped; `newline_before` keeps lines). Lexical errors are
/// reported to `diagnostics` and the lexer goes on, as @dbml/parse's does.
std::vector<Token> lex(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics);

}  // namespace sf::dbml
