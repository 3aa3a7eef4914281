#include "frontends/dbml/lexer.h"

#include <cstdint>

namespace sf::dbml {

namespace {

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
/// Letters, marks and '_': ASCII letters, and every byte of a multi-byte UTF-8 sequence (the
/// lexer treats non-ASCII text as letters, as @dbml/parse's \p{L}|\p{M} does for scripts).
bool is_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || is_digit(c); }
bool is_op_char(char c) {
  switch (c) {
    case '+': case '-': case '/': case '%': case '<': case '>': case '=': case '!':
    case '?': case '.': case '&': case '|': case '~':
      return true;
    default:
      return false;
  }
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class Lexer {
public:
  Lexer(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics)
      : file_(file), text_(file->text()), diags_(diagnostics) {}

  std::vector<Token> run() {
    tokens_.reserve(text_.size() / 4 + 16);  // about one token per four bytes of DBML
    while (pos_ < text_.size()) {
      start_ = pos_;
      start_line_ = line_;
      start_col_ = col_;
      char c = advance();
      switch (c) {
        case ' ': case '\t': case '\r':
          space_ = true;
          break;
        case '\n':
          newline_ = true;
          space_ = true;
          break;
        case ',': case '(': case ')': case '[': case ']': case '{': case '}': case ';':
        case ':': case '*':
          add(Tok::Op, std::string(1, c));
          break;
        case '\'':
          if (match("''")) {
            consume_until(Tok::MultiString, "'''", true, false);
          } else {
            consume_until(Tok::String, "'", false, false);
          }
          break;
        case '"':
          consume_until(Tok::Quoted, "\"", false, false);
          break;
        case '`':
          consume_until(Tok::Expr, "`", true, true);
          break;
        case '#':
          while (pos_ < text_.size() && is_ident_char(peek())) advance();
          add(Tok::Color, text_.substr(start_, pos_ - start_));
          break;
        case '/':
          if (match("/")) {
            while (pos_ < text_.size() && peek() != '\n') advance();
            space_ = true;
          } else if (match("*")) {
            while (pos_ < text_.size() && !check("*/")) advance();
            if (pos_ >= text_.size()) {
              error(start_line_, start_col_, start_, "EOF reached while parsing");
            } else {
              match("*/");
            }
            space_ = true;
          } else {
            op(c);
          }
          break;
        default:
          if (is_op_char(c)) {
            op(c);
          } else if (is_ident_start(static_cast<unsigned char>(c))) {
            while (pos_ < text_.size() && is_ident_char(peek())) advance();
            add(Tok::Ident, text_.substr(start_, pos_ - start_));
          } else if (is_digit(static_cast<unsigned char>(c))) {
            number_or_ident();
          } else {
            error(start_line_, start_col_, start_,
                  std::string("unexpected character '") + c + "'");
            space_ = true;
          }
          break;
      }
    }
    start_ = pos_;
    start_line_ = line_;
    start_col_ = col_;
    add(Tok::Eof, "");
    return std::move(tokens_);
  }

private:
  unsigned char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? static_cast<unsigned char>(text_[pos_ + ahead]) : 0;
  }
  bool check(std::string_view s) const { return text_.compare(pos_, s.size(), s) == 0; }
  bool match(std::string_view s) {
    if (!check(s)) return false;
    for (size_t i = 0; i < s.size(); ++i) advance();
    return true;
  }
  char advance() {
    char c = text_[pos_++];
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++col_;  // count characters, not continuation bytes
    }
    return c;
  }
  void add(Tok kind, std::string text) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.offset = static_cast<uint32_t>(start_);
    t.end = static_cast<uint32_t>(pos_);
    t.line = start_line_;
    t.column = start_col_;
    t.space_before = space_;
    t.newline_before = newline_;
    space_ = false;
    newline_ = false;
    tokens_.push_back(std::move(t));
  }
  void error(uint32_t line, uint32_t col, size_t offset, std::string message) {
    SourceLoc loc = SourceLoc::at(file_, offset);
    loc.line = line;
    loc.column = col;
    diags_.report(DiagCode::DbmlSyntax, loc, std::move(message));
  }

  void op(char c) {
    switch (c) {
      case '<':
        if (peek() == '=') advance();
        else if (peek() == '>') { advance(); if (peek() == '?') advance(); }
        else if (peek() == '?' || peek() == '-') advance();
        break;
      case '>':
        if (peek() == '=' || peek() == '?') advance();
        break;
      case '-':
        if (peek() == '>' || peek() == '?') advance();
        break;
      case '=': case '!':
        if (peek() == '=') advance();
        break;
      default:
        break;
    }
    add(Tok::Op, text_.substr(start_, pos_ - start_));
  }

  void consume_until(Tok kind, std::string_view stop, bool allow_newline, bool raw) {
    std::string value;
    while (pos_ < text_.size() && (allow_newline || peek() != '\n') && !check(stop)) {
      if (peek() == '\\' && !raw) {
        uint32_t esc_line = line_, esc_col = col_;
        size_t esc_off = pos_;
        advance();
        value += escaped(esc_line, esc_col, esc_off);
      } else {
        value += advance();
      }
    }
    if (pos_ >= text_.size()) {
      error(start_line_, start_col_, start_, "EOF reached while parsing");
      space_ = true;
      return;
    }
    if (peek() == '\n' && !allow_newline) {
      error(start_line_, start_col_, start_, "invalid newline inside a string or quoted name");
      space_ = true;
      return;
    }
    match(stop);
    if (kind == Tok::MultiString) value = strip_indentation(value);
    add(kind, std::move(value));
  }

  std::string escaped(uint32_t line, uint32_t col, size_t offset) {
    if (pos_ >= text_.size()) return "\\";
    char c = advance();
    switch (c) {
      case '\r': if (peek() == '\n') advance(); return "";
      case '\n': return "";
      case 't': return "\t";
      case 'n': return "\n";
      case '\\': return "\\";
      case 'r': return "\r";
      case '\'': return "'";
      case '"': return "\"";
      case '`': return "`";
      case '0': return std::string(1, '\0');
      case 'b': return "\b";
      case 'v': return "\v";
      case 'f': return "\f";
      case ' ': return "\\ ";
      case 'u': {
        std::string hex;
        for (int i = 0; i < 4; ++i) {
          if (pos_ >= text_.size() || !is_ident_char(peek())) {
            error(line, col, offset, "invalid unicode escape sequence '\\u" + hex +
                                         "'; expected '\\uHHHH' with four hexadecimal digits");
            return "\\u" + hex;
          }
          hex += advance();
        }
        uint32_t cp = 0;
        for (char h : hex) {
          cp <<= 4;
          if (h >= '0' && h <= '9') cp |= static_cast<uint32_t>(h - '0');
          else if (h >= 'a' && h <= 'f') cp |= static_cast<uint32_t>(h - 'a' + 10);
          else if (h >= 'A' && h <= 'F') cp |= static_cast<uint32_t>(h - 'A' + 10);
        }
        std::string out;
        append_utf8(out, cp);
        return out;
      }
      default:
        return std::string(1, c);
    }
  }

  /// Drops leading blank lines and the smallest indentation of the non-blank lines.
  static std::string strip_indentation(const std::string& text) {
    std::vector<std::string> lines;
    size_t begin = 0;
    for (;;) {
      size_t nl = text.find('\n', begin);
      lines.push_back(text.substr(begin, nl == std::string::npos ? std::string::npos : nl - begin));
      if (nl == std::string::npos) break;
      begin = nl + 1;
    }
    auto indent = [](const std::string& l) {
      size_t i = 0;
      while (i < l.size() && (l[i] == ' ' || l[i] == '\t' || l[i] == '\r' || l[i] == '\v' ||
                              l[i] == '\f')) ++i;
      return i;
    };
    size_t first = 0;
    while (first < lines.size() && indent(lines[first]) == lines[first].size()) ++first;
    if (first == lines.size()) {
      // all blank: JS findIndex gives -1 and slice(-1) keeps the last line
      return lines.back();
    }
    size_t min_indent = std::string::npos;
    for (size_t i = first; i < lines.size(); ++i) {
      size_t n = indent(lines[i]);
      if (n == lines[i].size()) continue;
      if (n < min_indent) min_indent = n;
    }
    std::string out;
    for (size_t i = first; i < lines.size(); ++i) {
      if (i > first) out += '\n';
      if (lines[i].size() > min_indent) out += lines[i].substr(min_indent);
    }
    return out;
  }

  void number_or_ident() {
    // mirrors @dbml/parse: digits, one '.', an exponent; letters make it an identifier
    // unless a '.' was seen (then it is an invalid number).
    int dots = 0;
    for (;;) {
      if (pos_ >= text_.size()) {
        add(Tok::Number, text_.substr(start_, pos_ - start_));
        return;
      }
      bool dot = peek() == '.';
      dots += dot ? 1 : 0;
      if (dots > 1) break;
      if (peek() == 'e' || peek() == 'E') {
        unsigned char n1 = peek(1);
        bool sign = n1 == '+' || n1 == '-';
        unsigned char d = sign ? peek(2) : n1;
        if (is_digit(d)) {
          advance();
          if (sign) advance();
          while (pos_ < text_.size() && is_digit(peek())) advance();
          if (pos_ >= text_.size() || !is_ident_char(peek())) {
            add(Tok::Number, text_.substr(start_, pos_ - start_));
            return;
          }
          break;
        }
        break;
      }
      if (!dot && !is_ident_char(peek())) {
        add(Tok::Number, text_.substr(start_, pos_ - start_));
        return;
      }
      if (!dot && !is_digit(peek())) break;
      advance();
    }
    if (dots > 0) {
      while (pos_ < text_.size() && (peek() == '.' || is_ident_char(peek()))) advance();
      error(start_line_, start_col_, start_,
            "invalid number '" + text_.substr(start_, pos_ - start_) + "'");
      space_ = true;
    } else {
      while (pos_ < text_.size() && is_ident_char(peek())) advance();
      add(Tok::Ident, text_.substr(start_, pos_ - start_));
    }
  }

  std::shared_ptr<const SourceFile> file_;
  const std::string& text_;
  Diagnostics& diags_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  size_t start_ = 0;
  uint32_t line_ = 1, col_ = 1, start_line_ = 1, start_col_ = 1;
  bool space_ = false;
  bool newline_ = false;
};

}  // namespace

std::vector<Token> lex(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics) {
  return Lexer(file, diagnostics).run();
}

}  // namespace sf::dbml
