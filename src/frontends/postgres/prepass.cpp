#include "frontends/postgres/prepass.h"

#include <string_view>
#include <vector>

#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

bool is_ident_start(char c) {
  auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}

bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9') || c == '$'; }

/// A small lexer that knows just enough of PostgreSQL's (and psql's) lexical rules to tell
/// where quotes, comments and statements end. It agrees with libpg_query's scanner, which
/// runs with standard_conforming_strings on: backslashes escape only inside E'' strings.
class Prepass {
 public:
  Prepass(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics)
      : file_(file), diags_(diagnostics), in_(file->text()), out_(file->text()) {}

  std::string run() {
    at_line_start_ = true;
    // A UTF-8 byte order mark (Windows editors write one) is not SQL.
    if (in_.substr(0, 3) == "\xEF\xBB\xBF") {
      blank(0, 3);
      pos_ = 3;
    }
    while (pos_ < in_.size()) {
      char c = in_[pos_];
      if (c == '\n') {
        ++pos_;
        at_line_start_ = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
        continue;
      }
      if (at_line_start_ && c == '\\') {
        skip_meta_command();
        continue;
      }
      at_line_start_ = false;
      if (c == '-' && peek(1) == '-') {
        skip_line_comment();
      } else if (c == '/' && peek(1) == '*') {
        skip_block_comment();
      } else if (c == '\'') {
        skip_string(false);
      } else if (c == '"') {
        skip_quoted_identifier();
      } else if (c == '$' && dollar_tag_length(pos_) > 0) {
        skip_dollar_quoted();
      } else if (is_ident_start(c)) {
        read_word();
      } else if (c == ';') {
        ++pos_;
        end_statement();
      } else {
        ++pos_;
      }
    }
    return std::move(out_);
  }

 private:
  char peek(size_t ahead) const { return pos_ + ahead < in_.size() ? in_[pos_ + ahead] : '\0'; }

  void blank(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      if (out_[i] != '\n') out_[i] = ' ';
    }
  }

  size_t line_end(size_t from) const {
    size_t end = in_.find('\n', from);
    return end == std::string_view::npos ? in_.size() : end;
  }

  void skip_meta_command() {
    size_t start = pos_;
    size_t end = line_end(pos_);
    std::string command = trim(in_.substr(pos_, end - pos_));
    diags_.report(DiagCode::PsqlMetaCommand, SourceLoc::at(file_, pos_),
                  "skipped psql meta-command '" + command + "'");
    blank(pos_, end);
    pos_ = end;
    // \copy ... from stdin reads its data from the script, like COPY ... FROM stdin.
    if (copies_from_stdin(command)) skip_copy_data(start);
  }

  static bool copies_from_stdin(const std::string& command) {
    std::vector<std::string> words;
    std::string word;
    for (char c : to_lower(command) + " ") {
      if (is_ident_char(c) || c == '\\') {
        word += c;
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
    if (words.empty() || words[0] != "\\copy") return false;
    for (size_t i = 1; i + 1 < words.size(); ++i) {
      if (words[i] == "from" && words[i + 1] == "stdin") return true;
    }
    return false;
  }

  void skip_line_comment() { pos_ = line_end(pos_); }

  void skip_block_comment() {
    // PostgreSQL block comments nest.
    int depth = 0;
    while (pos_ < in_.size()) {
      if (in_[pos_] == '/' && peek(1) == '*') {
        ++depth;
        pos_ += 2;
      } else if (in_[pos_] == '*' && peek(1) == '/') {
        pos_ += 2;
        if (--depth == 0) return;
      } else {
        ++pos_;
      }
    }
  }

  void skip_string(bool backslash_escapes) {
    ++pos_;  // opening quote
    while (pos_ < in_.size()) {
      char c = in_[pos_];
      if (backslash_escapes && c == '\\') {
        pos_ += 2;
      } else if (c == '\'') {
        if (peek(1) == '\'') {
          pos_ += 2;
        } else {
          ++pos_;
          return;
        }
      } else {
        ++pos_;
      }
    }
  }

  void skip_quoted_identifier() {
    ++pos_;
    while (pos_ < in_.size()) {
      if (in_[pos_] == '"') {
        if (peek(1) == '"') {
          pos_ += 2;
          continue;
        }
        ++pos_;
        return;
      }
      ++pos_;
    }
  }

  /// Length of a `$tag$` opener at `at` (0 when there is none).
  size_t dollar_tag_length(size_t at) const {
    // `a$1$` is an identifier, not a dollar quote.
    if (at > 0 && is_ident_char(in_[at - 1])) return 0;
    size_t i = at + 1;
    if (i < in_.size() && in_[i] == '$') return 2;
    if (i >= in_.size() || !is_ident_start(in_[i])) return 0;
    while (i < in_.size() && is_ident_char(in_[i]) && in_[i] != '$') ++i;
    if (i < in_.size() && in_[i] == '$') return i - at + 1;
    return 0;
  }

  void skip_dollar_quoted() {
    size_t length = dollar_tag_length(pos_);
    std::string_view tag = in_.substr(pos_, length);
    size_t close = in_.find(tag, pos_ + length);
    pos_ = close == std::string_view::npos ? in_.size() : close + length;
  }

  void read_word() {
    size_t begin = pos_;
    while (pos_ < in_.size() && is_ident_char(in_[pos_])) ++pos_;
    std::string_view word = in_.substr(begin, pos_ - begin);
    if ((word == "E" || word == "e") && pos_ < in_.size() && in_[pos_] == '\'') {
      skip_string(true);
    }
    if (statement_words_ == 0) {
      statement_start_ = begin;
      statement_is_copy_ = to_lower(word) == "copy";
    }
    ++statement_words_;
    if (statement_is_copy_) {
      std::string lower = to_lower(word);
      if (lower == "stdin" && previous_word_ == "from") copy_from_stdin_ = true;
      previous_word_ = std::move(lower);
    }
  }

  void end_statement() {
    bool data_follows = statement_is_copy_ && copy_from_stdin_;
    size_t copy_at = statement_start_;
    statement_words_ = 0;
    statement_is_copy_ = false;
    copy_from_stdin_ = false;
    previous_word_.clear();
    if (data_follows) skip_copy_data(copy_at);
  }

  /// psql sends the lines after `COPY ... FROM stdin;` as data, up to a line holding `\.`.
  void skip_copy_data(size_t copy_at) {
    size_t line = line_end(pos_);
    if (line == in_.size()) {
      report_unterminated_copy(copy_at);
      return;
    }
    size_t begin = line + 1;
    while (begin < in_.size()) {
      size_t end = line_end(begin);
      std::string_view text = in_.substr(begin, end - begin);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      blank(begin, end);
      if (text == "\\.") {
        pos_ = end;
        return;
      }
      begin = end + 1;
    }
    pos_ = in_.size();
    report_unterminated_copy(copy_at);
  }

  void report_unterminated_copy(size_t copy_at) {
    diags_.report(DiagCode::UnterminatedCopy, SourceLoc::at(file_, copy_at),
                  "COPY ... FROM stdin data has no terminating '\\.' line");
  }

  const std::shared_ptr<const SourceFile>& file_;
  Diagnostics& diags_;
  std::string_view in_;
  std::string out_;
  size_t pos_ = 0;
  bool at_line_start_ = true;

  size_t statement_words_ = 0;
  size_t statement_start_ = 0;
  bool statement_is_copy_ = false;
  bool copy_from_stdin_ = false;
  std::string previous_word_;
};

}  // namespace

std::string psql_prepass(const std::shared_ptr<const SourceFile>& file, Diagnostics& diagnostics) {
  return Prepass(file, diagnostics).run();
}

}  // namespace sf::detail
