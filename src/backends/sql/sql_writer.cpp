#include "backends/sql/sql_writer.h"

#include <algorithm>
#include <cassert>

#include "schemaforge/backends/sql.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

constexpr int kIndentWidth = 4;

bool is_lower_ident_start(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool is_lower_ident_char(char c) { return is_lower_ident_start(c) || (c >= '0' && c <= '9'); }

bool keyword_needs_quotes(KeywordCategory category, NameUse use) {
  switch (category) {
    case KeywordCategory::Unreserved:
      return false;
    case KeywordCategory::ColName:
      return use == NameUse::TypeOrFunction;
    case KeywordCategory::TypeFunc:
      return use == NameUse::Relation;
    case KeywordCategory::Reserved:
      return true;
  }
  return true;
}

}  // namespace

std::string quote_identifier(const DialectTraits& dialect, std::string_view identifier,
                             NameUse use) {
  // Same rule as PostgreSQL's own quote_identifier(): a-z, 0-9 and _ only (so upper case,
  // spaces, quotes, $ and non-ASCII letters are quoted), not starting with a digit.
  bool safe = !identifier.empty() && is_lower_ident_start(identifier[0]);
  for (char c : identifier) {
    if (!safe) break;
    safe = is_lower_ident_char(c);
  }
  if (safe) {
    if (const Keyword* keyword = dialect.find_keyword(identifier)) {
      safe = !keyword_needs_quotes(keyword->category, use);
    }
  }
  if (safe) return std::string(identifier);
  std::string out;
  out.reserve(identifier.size() + 2);
  out += dialect.identifier_quote;
  for (char c : identifier) {
    if (c == dialect.identifier_quote) out += c;
    out += c;
  }
  out += dialect.identifier_quote;
  return out;
}

std::string quote_literal(const DialectTraits& dialect, std::string_view text) {
  bool escape = dialect.escape_string_backslashes && text.find('\\') != std::string_view::npos;
  bool doubled = escape || dialect.double_string_backslashes;
  std::string out;
  out.reserve(text.size() + 3);
  if (escape) out += 'E';
  out += '\'';
  for (char c : text) {
    if (c == '\'' || (doubled && c == '\\')) out += c;
    out += c;
  }
  out += '\'';
  return out;
}

SqlWriter::SqlWriter(const DialectTraits& dialect) : dialect_(dialect) {}

SqlWriter& SqlWriter::begin() {
  assert(!in_statement_ && "statement already open");
  in_statement_ = true;
  buf_.clear();
  space_ = false;
  blocks_.clear();
  return *this;
}

void SqlWriter::end() {
  assert(in_statement_ && blocks_.empty() && "unbalanced statement");
  buf_ += ';';
  statements_.push_back(std::move(buf_));
  buf_.clear();
  in_statement_ = false;
}

std::string SqlWriter::str() const {
  std::string out;
  for (size_t i = 0; i < statements_.size(); ++i) {
    if (i) out += "\n\n";
    out += statements_[i];
  }
  if (!out.empty()) out += '\n';
  return out;
}

void SqlWriter::word(std::string_view text) {
  if (space_) buf_ += ' ';
  buf_ += text;
  space_ = true;
}

void SqlWriter::line_break(int indent_levels) {
  buf_ += '\n';
  buf_.append(static_cast<size_t>(indent_levels * kIndentWidth), ' ');
  space_ = false;
}

SqlWriter& SqlWriter::comment_line(std::string_view text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    line.erase(std::remove(line.begin(), line.end(), '\r'), line.end());
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    buf_ += line.empty() ? "--" : "-- " + line;
    line_break(static_cast<int>(blocks_.size()));
    start = end + 1;
  }
  return *this;
}

SqlWriter& SqlWriter::kw(std::string_view keywords) {
  switch (dialect_.keyword_case) {
    case KeywordCase::Upper:
      word(keywords);
      break;
    case KeywordCase::Lower:
      word(to_lower(keywords));
      break;
  }
  return *this;
}

SqlWriter& SqlWriter::ident(std::string_view identifier, NameUse use) {
  word(quote_identifier(dialect_, identifier, use));
  return *this;
}

SqlWriter& SqlWriter::name(const QualifiedName& name, NameUse use) {
  std::string text;
  // Without schemas every name is flattened into the one database (reported in emit_sql).
  if (!name.schema.empty() && dialect_.has_schemas) {
    text = quote_identifier(dialect_, name.schema, NameUse::Relation);
    text += '.';
  }
  auto renamed = use == NameUse::Relation
                     ? renamed_tables_.find({name.effective_schema(), name.name})
                     : renamed_tables_.end();
  text += quote_identifier(dialect_, renamed == renamed_tables_.end() ? name.name : renamed->second,
                           use);
  word(text);
  return *this;
}

SqlWriter& SqlWriter::column_of(const QualifiedName& table, std::string_view column) {
  name(table);
  buf_ += '.';
  buf_ += quote_identifier(dialect_, column);
  return *this;
}

SqlWriter& SqlWriter::ident_list(const std::vector<std::string>& identifiers) {
  open();
  for (size_t i = 0; i < identifiers.size(); ++i) {
    if (i) comma();
    ident(identifiers[i]);
  }
  return close();
}

SqlWriter& SqlWriter::literal(std::string_view text) {
  word(quote_literal(dialect_, text));
  return *this;
}

SqlWriter& SqlWriter::number(int64_t value) {
  word(std::to_string(value));
  return *this;
}

SqlWriter& SqlWriter::sql(std::string_view text) {
  word(text);
  return *this;
}

SqlWriter& SqlWriter::glued(std::string_view text) {
  buf_ += text;
  space_ = true;
  return *this;
}

SqlWriter& SqlWriter::dollar_quoted(std::string_view body) {
  // $$, then $_$, $__$, ... until the tag does not occur in the body (pg_dump's choice).
  std::string tag = "$$";
  for (size_t underscores = 1; body.find(tag) != std::string_view::npos; ++underscores) {
    tag.assign(1, '$');
    tag.append(underscores, '_');
    tag.push_back('$');
  }
  std::string text = tag;
  text += body;
  text += tag;
  word(text);
  return *this;
}

SqlWriter& SqlWriter::params(const std::vector<StorageParam>& params, bool glued) {
  if (glued) {
    open_glued();
  } else {
    open();
  }
  for (size_t i = 0; i < params.size(); ++i) {
    if (i) comma();
    // A parameter name may carry a namespace: toast.autovacuum_enabled.
    std::string_view param = params[i].name;
    std::string text;
    for (size_t start = 0;;) {
      size_t dot = param.find('.', start);
      text += quote_identifier(dialect_, param.substr(start, dot - start));
      if (dot == std::string_view::npos) break;
      text += '.';
      start = dot + 1;
    }
    if (!params[i].value.empty()) {
      text += '=';
      text += params[i].value;
    }
    word(text);
  }
  return close();
}

SqlWriter& SqlWriter::open() {
  if (space_) buf_ += ' ';
  buf_ += '(';
  space_ = false;
  return *this;
}

SqlWriter& SqlWriter::open_glued() {
  buf_ += '(';
  space_ = false;
  return *this;
}

SqlWriter& SqlWriter::close() {
  buf_ += ')';
  space_ = true;
  return *this;
}

SqlWriter& SqlWriter::comma() {
  buf_ += ',';
  space_ = true;
  return *this;
}

SqlWriter& SqlWriter::begin_block() {
  blocks_.push_back(Block{});
  return *this;
}

SqlWriter& SqlWriter::item() {
  assert(!blocks_.empty());
  Block& block = blocks_.back();
  if (block.items == 0) {
    open();
  } else {
    comma();
  }
  ++block.items;
  line_break(static_cast<int>(blocks_.size()));
  return *this;
}

SqlWriter& SqlWriter::end_block() {
  assert(!blocks_.empty());
  size_t items = blocks_.back().items;
  blocks_.pop_back();
  if (items == 0) {
    open();
  } else {
    line_break(static_cast<int>(blocks_.size()));
  }
  return close();
}

SqlWriter& SqlWriter::clause() {
  line_break(static_cast<int>(blocks_.size()) + 1);
  return *this;
}

SqlWriter& SqlWriter::newline() {
  line_break(static_cast<int>(blocks_.size()));
  return *this;
}

}  // namespace sf::detail

namespace sf {

std::string quote_identifier(const std::string& identifier) {
  return detail::quote_identifier(detail::postgres_dialect(), identifier);
}

}  // namespace sf
