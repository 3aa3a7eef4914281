// Input checks before parsing, and every syntax error of a file (not only the first).
#include "frontends/postgres/transform.h"

namespace sf::detail {

std::optional<size_t> find_invalid_text(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return i;
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    uint32_t min = 0;
    uint32_t code = 0;
    if ((c & 0xE0) == 0xC0) {
      length = 2, min = 0x80, code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, min = 0x800, code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, min = 0x10000, code = c & 0x07;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    for (size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      code = (code << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
    i += length;
  }
  return std::nullopt;
}

size_t byte_offset(std::string_view text, size_t begin, int cursorpos) {
  // cursorpos counts characters from 1 (PostgreSQL's errposition), not bytes.
  size_t offset = begin;
  int characters = 1;
  while (offset < text.size() && characters < cursorpos) {
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
    ++characters;
  }
  return offset;
}

namespace {

struct Piece {
  size_t begin;
  size_t length;
};

/// Parses one statement alone; reports its error at the file position.
bool report_statement_error(const std::shared_ptr<const SourceFile>& file, const std::string& sql,
                            Piece piece, Diagnostics& diagnostics) {
  std::string statement = sql.substr(piece.begin, piece.length);
  PgQueryProtobufParseResult result = pg_query_parse_protobuf(statement.c_str());
  bool failed = result.error != nullptr;
  if (failed) {
    size_t at = result.error->cursorpos > 0
                    ? piece.begin + byte_offset(statement, 0, result.error->cursorpos)
                    : piece.begin;
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, at), result.error->message);
  }
  pg_query_free_protobuf_parse_result(result);
  return failed;
}

}  // namespace

void report_syntax_errors(const std::shared_ptr<const SourceFile>& file, const std::string& sql,
                          const PgQueryError& first_error, Diagnostics& diagnostics) {
  size_t reported = 0;
  std::string text = sql;
  PgQuerySplitResult split = pg_query_split_with_scanner(text.c_str());
  bool drop_last = false;
  if (split.error != nullptr) {
    // The scanner stops at an unterminated quote or comment: report it, then look for
    // errors in the complete statements before it.
    size_t at = byte_offset(sql, 0, split.error->cursorpos);
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, at), split.error->message);
    ++reported;
    pg_query_free_split_result(split);
    text = sql.substr(0, at);
    split = pg_query_split_with_scanner(text.c_str());
    drop_last = true;  // the statement the bad token starts or ends in
  }
  if (split.error == nullptr) {
    std::vector<Piece> pieces;
    for (int i = 0; i < split.n_stmts; ++i) {
      pieces.push_back({static_cast<size_t>(split.stmts[i]->stmt_location),
                        static_cast<size_t>(split.stmts[i]->stmt_len)});
    }
    // The scanner split drops a last statement whose parentheses never close.
    size_t covered = 0;
    if (!pieces.empty()) {
      const Piece& last = pieces.back();
      covered = last.length == 0 ? text.size() : last.begin + last.length + 1;
    }
    if (covered < text.size() && first_token(text, covered, text.size()) < text.size()) {
      pieces.push_back({covered, text.size() - covered});
    }
    if (drop_last && !pieces.empty()) {
      // Keep the last piece only when a ';' closes it before the bad token.
      const Piece& last = pieces.back();
      size_t end = last.length == 0 ? text.size() : last.begin + last.length;
      if (end >= text.size() || text[end] != ';') pieces.pop_back();
    }
    for (Piece piece : pieces) {
      if (piece.length == 0) piece.length = text.size() - piece.begin;
      if (report_statement_error(file, text, piece, diagnostics)) ++reported;
    }
  }
  pg_query_free_split_result(split);
  if (reported == 0) {
    // Statements parse alone but not together: report what the whole parse said.
    size_t at = first_error.cursorpos > 0 ? byte_offset(sql, 0, first_error.cursorpos) : 0;
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, at),
                       first_error.message ? first_error.message : "syntax error");
  }
}

}  // namespace sf::detail
