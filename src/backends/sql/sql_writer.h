#pragma once
// The one SQL writer (STYLE.md #12, after Atlas's sqlx.Builder): it owns identifier and
// literal quoting, keyword casing, spacing, indentation and statement layout. Emitters call
// it token by token and never build SQL text by hand.
//
// Spacing: every word-like token (keyword, identifier, literal, verbatim SQL) is separated
// from the previous one by one space, except after "(" and at the start of a line.
// Layout: statements are separated by one blank line and end with ";"; a block holds one
// element per line, indented by four spaces; a clause continues a statement on its own
// indented line.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "backends/sql/dialect.h"
#include "schemaforge/model/constraints.h"
#include "schemaforge/model/name.h"

namespace sf::detail {

/// Where an identifier stands, which decides the keywords it may be written as bare.
enum class NameUse {
  Relation,        ///< tables, columns, schemas, indexes, constraints, ...: a ColId
  TypeOrFunction,  ///< a type or function name: col_name keywords must be quoted too
};

/// The identifier as the dialect needs it: bare when it is lower-case-identifier-shaped and
/// not a keyword of a category that `use` forbids, otherwise quoted with quotes doubled.
std::string quote_identifier(const DialectTraits& dialect, std::string_view identifier,
                             NameUse use = NameUse::Relation);
/// A string literal: 'it''s'; E'a\\b' when the text holds a backslash.
std::string quote_literal(const DialectTraits& dialect, std::string_view text);

class SqlWriter {
 public:
  explicit SqlWriter(const DialectTraits& dialect);

  // Statements.
  SqlWriter& begin();  ///< starts a statement
  void end();          ///< terminates it with ";"
  /// All statements, separated by blank lines, ending with a newline ("" when none).
  std::string str() const;
  const std::vector<std::string>& statements() const { return statements_; }

  /// Tables written under another name in a dialect without schemas (a clash after
  /// flattening, a name past the length limit): (effective schema, name) -> written name.
  void rename_tables(std::map<std::pair<std::string, std::string>, std::string> renamed) {
    renamed_tables_ = std::move(renamed);
  }

  // Tokens.
  /// "-- text" lines (one per line of `text`), then a new line at the current indent: at the
  /// start of a statement or right after item(), so the comment stands above what follows.
  SqlWriter& comment_line(std::string_view text);
  SqlWriter& kw(std::string_view keywords);  ///< upper-case keywords, cased by the dialect
  SqlWriter& ident(std::string_view identifier, NameUse use = NameUse::Relation);
  SqlWriter& name(const QualifiedName& name, NameUse use = NameUse::Relation);
  SqlWriter& type_name(const QualifiedName& name) {
    return this->name(name, NameUse::TypeOrFunction);
  }
  SqlWriter& function_name(const QualifiedName& name) {
    return this->name(name, NameUse::TypeOrFunction);
  }
  /// table.column (COMMENT ON COLUMN, OWNED BY).
  SqlWriter& column_of(const QualifiedName& table, std::string_view column);
  /// "(a, b)".
  SqlWriter& ident_list(const std::vector<std::string>& identifiers);
  SqlWriter& literal(std::string_view text);
  SqlWriter& number(int64_t value);
  /// SQL text taken from the model as it is (expressions, type spellings, bounds, bodies).
  SqlWriter& sql(std::string_view text);
  /// SQL text glued to the previous token, without a space: "::regclass", "[]".
  SqlWriter& glued(std::string_view text);
  /// A dollar-quoted body: $$...$$, or $_$...$_$ when the body holds "$$".
  SqlWriter& dollar_quoted(std::string_view body);
  /// "(name=value, flag)": WITH (...) options and operator-class parameters.
  SqlWriter& params(const std::vector<StorageParam>& params, bool glued = false);

  SqlWriter& open();        ///< "(" after a space
  SqlWriter& open_glued();  ///< "(" right after the previous token: f(...)
  SqlWriter& close();       ///< ")"
  SqlWriter& comma();       ///< ","

  // Layout.
  SqlWriter& begin_block();  ///< a parenthesised block, one element per line
  SqlWriter& item();         ///< starts the next element of the innermost block
  SqlWriter& end_block();    ///< closes it; an empty block is written "()"
  SqlWriter& clause();       ///< continues the statement on a new line, indented once more
  SqlWriter& newline();      ///< continues the statement on a new line at the block's indent

 private:
  void word(std::string_view text);
  void line_break(int indent_levels);

  const DialectTraits& dialect_;
  std::vector<std::string> statements_;
  std::string buf_;
  bool in_statement_ = false;
  bool space_ = false;  ///< the next word needs a separating space
  struct Block {
    size_t items = 0;
  };
  std::vector<Block> blocks_;
  std::map<std::pair<std::string, std::string>, std::string> renamed_tables_;
};

}  // namespace sf::detail
