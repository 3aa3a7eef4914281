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
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
      ++offset;
    ++characters;
  }
  return offset;
}

namespace {

struct Piece {
  size_t begin;
  size_t end;
  bool closed;  // ended by a ';'
};

struct ScanError {
  size_t at;
  std::string message;
};

/// Cuts `text` into statements at libpg_query's scanner tokens: a ';' ends a statement
/// unless it is inside parentheses (CREATE RULE ... DO (a; b)) or a BEGIN ATOMIC ... END
/// body. libpg_query's own scanner split drops statements that start with a misspelt
/// keyword, so it cannot find those errors. Returns the scanner's error when it stops at an
/// unterminated quote or comment.
std::optional<ScanError> scan_pieces(const std::string& text, std::vector<Piece>& pieces) {
  PgQueryScanResult result = pg_query_scan(text.c_str());
  if (result.error != nullptr) {
    ScanError error{byte_offset(text, 0, result.error->cursorpos),
                    result.error->message ? result.error->message : "syntax error"};
    pg_query_free_scan_result(result);
    return error;
  }
  PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
      nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
  pg_query_free_scan_result(result);
  if (scan == nullptr) return std::nullopt;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t start = kNone;
  int parens = 0, atomic = 0, cases = 0;
  for (size_t i = 0; i < scan->n_tokens; ++i) {
    const PgQuery__ScanToken* token = scan->tokens[i];
    if (token->token == PG_QUERY__TOKEN__SQL_COMMENT || token->token == PG_QUERY__TOKEN__C_COMMENT)
      continue;
    size_t at = static_cast<size_t>(token->start);
    if (token->token == PG_QUERY__TOKEN__ASCII_59 && parens == 0 && atomic == 0) {
      if (start != kNone) pieces.push_back({start, at, true});
      start = kNone;
      continue;
    }
    if (start == kNone) start = at;
    switch (token->token) {
      case PG_QUERY__TOKEN__ASCII_40:
        ++parens;
        break;
      case PG_QUERY__TOKEN__ASCII_41:
        parens = parens > 0 ? parens - 1 : 0;
        break;
      case PG_QUERY__TOKEN__BEGIN_P:
        if (i + 1 < scan->n_tokens && scan->tokens[i + 1]->token == PG_QUERY__TOKEN__ATOMIC)
          ++atomic;
        break;
      case PG_QUERY__TOKEN__CASE:
        if (atomic > 0) ++cases;
        break;
      case PG_QUERY__TOKEN__END_P:
        if (cases > 0)
          --cases;
        else if (atomic > 0)
          --atomic;
        break;
      default:
        break;
    }
  }
  if (start != kNone) pieces.push_back({start, text.size(), false});
  pg_query__scan_result__free_unpacked(scan, nullptr);
  return std::nullopt;
}

/// Parses one statement alone; reports its error at the file position.
bool report_statement_error(const std::shared_ptr<const SourceFile>& file, const std::string& text,
                            Piece piece, Diagnostics& diagnostics) {
  std::string statement = text.substr(piece.begin, piece.end - piece.begin);
  PgQuerySplitResult result = pg_query_split_with_parser(statement.c_str());
  bool failed = result.error != nullptr;
  if (failed) {
    size_t at = result.error->cursorpos > 0
                    ? piece.begin + byte_offset(statement, 0, result.error->cursorpos)
                    : piece.begin;
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, at), result.error->message);
  }
  pg_query_free_split_result(result);
  return failed;
}

}  // namespace

void report_syntax_errors(const std::shared_ptr<const SourceFile>& file, const std::string& sql,
                          const PgQueryError& first_error, Diagnostics& diagnostics) {
  size_t reported = 0;
  std::vector<Piece> pieces;
  std::string text = sql;
  if (auto error = scan_pieces(text, pieces)) {
    // The scanner stops at an unterminated quote or comment: report it, then look for
    // errors in the complete statements before it.
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, error->at), error->message);
    ++reported;
    text = sql.substr(0, error->at);
    pieces.clear();
    scan_pieces(text, pieces);
    // The last piece holds the bad token unless a ';' closed it before.
    if (!pieces.empty() && !pieces.back().closed) pieces.pop_back();
  }
  for (const Piece& piece : pieces) {
    if (report_statement_error(file, text, piece, diagnostics)) ++reported;
  }
  if (reported == 0) {
    // Statements parse alone but not together: report what the whole parse said.
    size_t at = first_error.cursorpos > 0 ? byte_offset(sql, 0, first_error.cursorpos) : 0;
    diagnostics.report(DiagCode::SqlSyntax, SourceLoc::at(file, at),
                       first_error.message ? first_error.message : "syntax error");
  }
}

}  // namespace sf::detail
