// Expressions for dialects other than PostgreSQL. The model keeps PostgreSQL text; another
// dialect gets it only when it is a recognised form (expr.h) or made of tokens that mean the
// same in SQLite, MySQL and MariaDB. Anything else is reported by the caller and left out,
// never guessed at.
#include <algorithm>
#include <array>
#include <cctype>

#include "backends/sql/emit.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

enum class Tok { Word, QuotedIdent, String, Number, Symbol };

struct Token {
  Tok kind;
  std::string text;  ///< unquoted for QuotedIdent and String
};

bool is_word_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

/// Splits PostgreSQL text into tokens; nullopt for what is never portable ($-quotes, [...]).
std::optional<std::vector<Token>> tokenize(std::string_view sql) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < sql.size()) {
    char c = sql[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '\'' || c == '"') {
      std::string text;
      size_t j = i + 1;
      for (;; ++j) {
        if (j >= sql.size()) return std::nullopt;
        if (sql[j] == c) {
          if (j + 1 < sql.size() && sql[j + 1] == c) {
            text += c;
            ++j;
            continue;
          }
          break;
        }
        text += sql[j];
      }
      // E'..', B'..', U&'..' and typed literals (date '...') follow a word directly.
      if (c == '\'' && !out.empty() && out.back().kind == Tok::Word && i > 0 &&
          is_word_char(sql[i - 1])) {
        return std::nullopt;
      }
      out.push_back({c == '\'' ? Tok::String : Tok::QuotedIdent, std::move(text)});
      i = j + 1;
    } else if (std::isdigit(static_cast<unsigned char>(c)) ||
               (c == '.' && i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1])))) {
      size_t j = i;
      while (j < sql.size() && (std::isdigit(static_cast<unsigned char>(sql[j])) || sql[j] == '.')) ++j;
      if (j < sql.size() && (sql[j] == 'e' || sql[j] == 'E')) {
        ++j;
        if (j < sql.size() && (sql[j] == '+' || sql[j] == '-')) ++j;
        while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j]))) ++j;
      }
      out.push_back({Tok::Number, std::string(sql.substr(i, j - i))});
      i = j;
    } else if (is_word_start(c)) {
      size_t j = i;
      while (j < sql.size() && is_word_char(sql[j])) ++j;
      out.push_back({Tok::Word, std::string(sql.substr(i, j - i))});
      i = j;
    } else {
      static constexpr std::array<std::string_view, 7> kTwo = {"::", "<>", "!=", "<=", ">=", "||", "->"};
      std::string_view two = sql.substr(i, 2);
      if (std::find(kTwo.begin(), kTwo.end(), two) != kTwo.end()) {
        out.push_back({Tok::Symbol, std::string(two)});
        i += 2;
      } else {
        out.push_back({Tok::Symbol, std::string(1, c)});
        ++i;
      }
    }
  }
  return out;
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

/// Keywords that mean the same in the three dialects.
bool is_portable_keyword(std::string_view lower) {
  return is_one_of(lower, {"and", "or", "not", "in", "is", "null", "between", "like", "true",
                           "false", "case", "when", "then", "else", "end", "current_timestamp",
                           "current_date", "current_time"});
}

/// Functions with the same meaning everywhere; length() and char_length() take the dialect's
/// name for counting characters (DialectTraits::char_length).
bool is_portable_function(std::string_view lower) {
  return is_one_of(lower, {"lower", "upper", "length", "char_length", "coalesce", "abs",
                           "nullif", "round", "now"});
}

/// Casts that change nothing the target can see: the literal or column is used as it is.
bool is_neutral_cast_word(std::string_view lower) {
  return is_one_of(lower, {"text", "character", "varying", "varchar", "bpchar", "integer", "int",
                           "int4", "int8", "bigint", "smallint", "numeric", "double", "precision",
                           "real", "boolean"});
}

class Translator {
 public:
  Translator(const DialectTraits& dialect, std::vector<Token> tokens)
      : dialect_(dialect), tokens_(std::move(tokens)) {}

  std::optional<std::string> run() {
    for (pos_ = 0; pos_ < tokens_.size(); ++pos_) {
      if (!step()) return std::nullopt;
    }
    return out_;
  }

 private:
  const Token* peek(size_t ahead = 1) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
  }

  void emit(std::string_view text, bool glue = false) {
    bool after_open = !out_.empty() && out_.back() == '(';
    bool unary = !out_.empty() && last_was_unary_;
    if (!out_.empty() && !glue && !after_open && !unary) out_ += ' ';
    out_ += text;
    last_was_unary_ = false;
  }

  /// Skips a neutral cast after "::"; false when the cast is to anything else.
  bool skip_cast() {
    bool any = false;
    while (peek() && peek()->kind == Tok::Word && is_neutral_cast_word(to_lower(peek()->text))) {
      ++pos_;
      any = true;
    }
    if (!any) return false;
    if (peek() && peek()->text == "(") {  // varchar(20)
      pos_ += 1;
      while (peek() && peek()->text != ")") {
        if (peek()->kind != Tok::Number && peek()->text != ",") return false;
        ++pos_;
      }
      if (!peek()) return false;
      ++pos_;
    }
    return !(peek() && peek()->text == "[");  // an array cast
  }

  bool step() {
    const Token& t = tokens_[pos_];
    switch (t.kind) {
      case Tok::String:
        emit(quote_literal(dialect_, t.text));
        return true;
      case Tok::Number:
        emit(t.text);
        return true;
      case Tok::QuotedIdent:
        if (peek() && (peek()->text == "(" || peek()->text == ".")) return false;
        emit(quote_identifier(dialect_, t.text));
        return true;
      case Tok::Word:
        return word(t);
      case Tok::Symbol:
        return symbol(t);
    }
    return false;
  }

  bool word(const Token& t) {
    std::string lower = to_lower(t.text);
    const Token* next = peek();
    if (next && next->text == ".") return false;  // qualified names
    if (is_portable_keyword(lower)) {
      std::string upper = lower;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      emit(upper);
      return true;
    }
    if (next && next->text == "(") {
      if (!is_portable_function(lower)) return false;
      if (lower == "now") {
        const Token* close = peek(2);
        if (!close || close->text != ")") return false;
        pos_ += 2;
        emit(dialect_.now);
        return true;
      }
      if ((lower == "length" || lower == "char_length") && !dialect_.char_length.empty())
        lower = dialect_.char_length;
      emit(lower);
      return true;
    }
    // Any other PostgreSQL keyword that cannot be a column (ANY, ARRAY, INTERVAL, ...).
    if (const Keyword* keyword = postgres_dialect().find_keyword(lower)) {
      if (keyword->category != KeywordCategory::Unreserved) return false;
    }
    emit(quote_identifier(dialect_, lower));
    return true;
  }

  bool symbol(const Token& t) {
    const std::string& s = t.text;
    if (s == "::") return skip_cast();
    if (s == "(") {
      bool call = !out_.empty() && pos_ > 0 && tokens_[pos_ - 1].kind == Tok::Word &&
                  is_portable_function(to_lower(tokens_[pos_ - 1].text));
      emit("(", call);
      return true;
    }
    if (s == ")" || s == ",") {
      emit(s, true);
      return true;
    }
    if (is_one_of(s, {"=", "<>", "!=", "<", ">", "<=", ">=", "+", "*", "/", "%"})) {
      emit(s);
      return true;
    }
    if (s == "-") {
      bool unary = out_.empty() || out_.back() == '(' || out_.back() == ',' ||
                   (pos_ > 0 && tokens_[pos_ - 1].kind == Tok::Symbol &&
                    tokens_[pos_ - 1].text != ")");
      emit("-");
      last_was_unary_ = unary;
      return true;
    }
    return false;  // ||, ~~, @>, ->, [ ], ...: PostgreSQL's own operators
  }

  const DialectTraits& dialect_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  std::string out_;
  bool last_was_unary_ = false;
};

/// PostgreSQL text for a recognised form that came without text (DBML, Prisma sources).
std::string form_text(const Expr& expr) {
  switch (expr.form) {
    case ExprForm::InList: {
      std::string text = quote_identifier(postgres_dialect(), expr.column) + " IN (";
      for (size_t i = 0; i < expr.list.size(); ++i) text += (i ? ", " : "") + expr.list[i];
      return text + ")";
    }
    case ExprForm::Comparison:
      if (expr.list.empty()) return "";
      return quote_identifier(postgres_dialect(), expr.column) + " " + expr.value + " " +
             expr.list[0];
    case ExprForm::Literal:
    case ExprForm::BoolLiteral:
      return expr.value;
    case ExprForm::Other:
    case ExprForm::StringLiteral:
    case ExprForm::Null:
    case ExprForm::Now:
    case ExprForm::RandomUuid:
    case ExprForm::NextVal:
      return "";
  }
  return "";
}

}  // namespace

std::optional<std::string> portable_expr(const DialectTraits& dialect, const Expr& expr) {
  switch (expr.form) {
    case ExprForm::Null:
      return "NULL";
    case ExprForm::StringLiteral:
      return quote_literal(dialect, expr.value);
    case ExprForm::BoolLiteral:
      if (expr.value == "true" || expr.value == "false") {
        return expr.value == "true" ? "TRUE" : "FALSE";
      }
      break;
    case ExprForm::Now: {
      std::string which = to_lower(expr.value);
      if (which == "current_date") return "CURRENT_DATE";
      if (which == "current_time") return "CURRENT_TIME";
      return std::string(dialect.now);
    }
    case ExprForm::RandomUuid:
      return std::string(dialect.random_uuid);
    case ExprForm::NextVal:
      return std::nullopt;
    case ExprForm::Literal:
    case ExprForm::InList:
    case ExprForm::Comparison:
    case ExprForm::Other:
      break;
  }
  std::string source = expr.sql.empty() ? form_text(expr) : expr.sql;
  if (source.empty()) return std::nullopt;
  auto tokens = tokenize(source);
  if (!tokens || tokens->empty()) return std::nullopt;
  return Translator(dialect, std::move(*tokens)).run();
}

bool expr_writable(EmitContext& ctx, const Expr& expr, const SourceLoc& loc, const Subject& object,
                   std::string_view what) {
  if (!ctx.dialect.portable_expressions_only || portable_expr(ctx.dialect, expr)) return true;
  std::string text = expr.sql.empty() ? std::string(what) : std::string(what) + " (" + expr.sql + ")";
  ctx.unsupported(loc, object, text);
  return false;
}

}  // namespace sf::detail
