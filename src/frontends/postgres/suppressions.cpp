#include "frontends/postgres/suppressions.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

constexpr std::string_view kMarker = "schemaforge:ignore";

/// Blanks lines the SQL scanner must not see: COPY ... FROM stdin data up to `\.`, and psql
/// meta-commands (`\connect`). Newlines stay, so offsets and line numbers do not move.
std::string scannable_text(const std::string& text) {
  std::string out = text;
  bool in_copy = false;
  size_t line_start = 0;
  while (line_start < out.size()) {
    size_t line_end = out.find('\n', line_start);
    if (line_end == std::string::npos) line_end = out.size();
    std::string_view line(out.data() + line_start, line_end - line_start);
    bool blank = false;
    if (in_copy) {
      blank = true;
      if (line == "\\." || line == "\\.\r") in_copy = false;
    } else if (!line.empty() && line[0] == '\\') {
      blank = true;
    } else if (starts_with_icase(line, "copy ") &&
               to_lower(line).find("from stdin") != std::string::npos) {
      in_copy = true;  // the COPY statement itself stays; its data lines follow
    }
    if (blank) {
      for (size_t i = line_start; i < line_end; ++i) out[i] = ' ';
    }
    line_start = line_end + 1;
  }
  return out;
}

struct Parsed {
  std::vector<std::string> codes;
  std::string reason;
};

/// `schemaforge:ignore L201,L403 reason` inside a comment's text; nullopt when absent.
std::optional<Parsed> parse_comment(std::string_view comment) {
  if (comment.substr(0, 2) == "--") {
    comment.remove_prefix(2);
  } else if (comment.substr(0, 2) == "/*") {
    comment.remove_prefix(2);
    if (comment.size() >= 2 && comment.substr(comment.size() - 2) == "*/") {
      comment.remove_suffix(2);
    }
  }
  std::string text = trim(comment);
  if (text.compare(0, kMarker.size(), kMarker) != 0) return std::nullopt;
  std::string_view rest = std::string_view(text).substr(kMarker.size());
  Parsed parsed;
  size_t i = 0;
  auto skip_spaces = [&] {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
  };
  for (;;) {
    skip_spaces();
    size_t start = i;
    while (i < rest.size() && rest[i] != ',' && rest[i] != ' ' && rest[i] != '\t' && rest[i] != '\n') ++i;
    if (i > start) parsed.codes.emplace_back(rest.substr(start, i - start));
    skip_spaces();
    if (i < rest.size() && rest[i] == ',') {
      ++i;
      continue;
    }
    break;
  }
  std::string reason = trim(rest.substr(i));
  while (!reason.empty() && (reason[0] == '-' || reason[0] == ':')) reason = trim(reason.substr(1));
  parsed.reason = reason;
  if (parsed.codes.empty()) parsed.codes.push_back("");  // reported as an unknown code
  return parsed;
}

struct Tok {
  size_t start;
  size_t end;
  bool comment;
  bool semicolon;
};

}  // namespace

void collect_suppressions(const std::shared_ptr<const SourceFile>& file, const std::string& sql,
                          Schema& schema) {
  const std::string& original = file->text();
  if (original.find(kMarker) == std::string::npos) return;  // the common case costs nothing
  std::string text = scannable_text(sql.size() == original.size() ? sql : original);
  PgQueryScanResult scan = pg_query_scan(text.c_str());
  std::vector<Tok> tokens;
  if (!scan.error) {
    PgQuery__ScanResult* result = pg_query__scan_result__unpack(
        nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t*>(scan.pbuf.data));
    if (result) {
      for (size_t i = 0; i < result->n_tokens; ++i) {
        const PgQuery__ScanToken* t = result->tokens[i];
        bool comment = t->token == PG_QUERY__TOKEN__SQL_COMMENT || t->token == PG_QUERY__TOKEN__C_COMMENT;
        tokens.push_back({static_cast<size_t>(t->start), static_cast<size_t>(t->end), comment,
                          t->token == PG_QUERY__TOKEN__ASCII_59});
      }
      pg_query__scan_result__free_unpacked(result, nullptr);
    }
  }
  pg_query_free_scan_result(scan);
  // A file the scanner rejects is reported by the parser; its suppressions are not read.

  auto line_of = [&](size_t offset) { return file->locate(offset).line; };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].comment) continue;
    auto parsed = parse_comment(std::string_view(original).substr(
        tokens[i].start, tokens[i].end - tokens[i].start));
    if (!parsed) continue;
    Suppression s;
    s.codes = std::move(parsed->codes);
    s.reason = std::move(parsed->reason);
    s.loc = SourceLoc::at(file, tokens[i].start);
    uint32_t line = s.loc.line;
    // The nearest code tokens before and after the comment.
    const Tok* before = nullptr;
    for (size_t j = i; j-- > 0;) {
      if (!tokens[j].comment) { before = &tokens[j]; break; }
    }
    const Tok* after = nullptr;
    size_t after_index = tokens.size();
    for (size_t j = i + 1; j < tokens.size(); ++j) {
      if (!tokens[j].comment) { after = &tokens[j]; after_index = j; break; }
    }
    if (before && line_of(before->start) == line) {
      s.first_line = s.last_line = line;  // a trailing comment
    } else if (after) {
      s.first_line = line_of(after->start);
      s.last_line = s.first_line;
      bool starts_statement = !before || before->semicolon;
      if (starts_statement) {
        size_t end = text.size();
        for (size_t j = after_index; j < tokens.size(); ++j) {
          if (tokens[j].semicolon) { end = tokens[j].start; break; }
        }
        s.last_line = line_of(end);
      }
    } else {
      s.first_line = s.last_line = line;  // nothing follows: it covers nothing but itself
    }
    schema.suppressions.push_back(std::move(s));
  }
}

}  // namespace sf::detail
