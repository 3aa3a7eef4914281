// A small hand-written lexer and parser for the Prisma schema language (line-oriented:
// one field, enum value, setting or block attribute per line).
#include <cctype>

#include "frontends/prisma/syntax.h"

namespace sf::prisma {

const Value* Attribute::arg(const std::string& named, size_t position) const {
  for (const auto& a : args) {
    if (!a.name.empty() && a.name == named) return &a.value;
  }
  size_t index = 0;
  for (const auto& a : args) {
    if (!a.name.empty()) continue;
    if (index++ == position) return &a.value;
  }
  return nullptr;
}

namespace {

enum class T { Ident, String, Number, Sym, Newline, DocComment, Eof };

struct Tok {
  T kind = T::Eof;
  std::string text;
  size_t offset = 0;
};

class Parser {
public:
  Parser(const std::shared_ptr<const SourceFile>& file, Diagnostics& diags)
      : file_(file), diags_(diags) {
    lex();
  }

  std::vector<Block> run() {
    std::vector<Block> blocks;
    std::string doc;
    while (peek().kind != T::Eof) {
      if (peek().kind == T::Newline) {
        next();
        continue;
      }
      if (peek().kind == T::DocComment) {
        doc += (doc.empty() ? "" : "\n") + next().text;
        continue;
      }
      if (peek().kind != T::Ident) {
        error(peek(), "expected a block: model, enum, datasource, generator, view or type");
        skip_line();
        continue;
      }
      Block b;
      b.loc = loc(peek());
      b.keyword = next().text;
      b.doc = doc;
      doc.clear();
      if (peek().kind != T::Ident) {
        error(peek(), "expected a name after '" + b.keyword + "'");
        skip_block();
        continue;
      }
      b.name = next().text;
      if (!sym("{")) {
        error(peek(), "expected '{'");
        skip_block();
        continue;
      }
      next();
      body(b);
      blocks.push_back(std::move(b));
    }
    return blocks;
  }

private:
  // ---- lexer --------------------------------------------------------------------------
  void lex() {
    const std::string& s = file_->text();
    size_t i = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '\n') {
        toks_.push_back({T::Newline, "\n", i});
        ++i;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
      } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
        size_t end = s.find('\n', i);
        if (end == std::string::npos) end = s.size();
        if (i + 2 < s.size() && s[i + 2] == '/') {
          std::string text = s.substr(i + 3, end - i - 3);
          size_t a = text.find_first_not_of(" \t\r");
          size_t b = text.find_last_not_of(" \t\r");
          toks_.push_back({T::DocComment, a == std::string::npos ? "" : text.substr(a, b - a + 1), i});
        }
        i = end;
      } else if (c == '"') {
        size_t start = i++;
        std::string value;
        bool closed = false;
        while (i < s.size() && s[i] != '\n') {
          if (s[i] == '\\' && i + 1 < s.size()) {
            char e = s[i + 1];
            value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            i += 2;
            continue;
          }
          if (s[i] == '"') {
            closed = true;
            ++i;
            break;
          }
          value += s[i++];
        }
        if (!closed) {
          diags_.report(DiagCode::PrismaSyntax, SourceLoc::at(file_, start), "unterminated string");
        }
        toks_.push_back({T::String, value, start});
      } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                 (c == '-' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
        size_t start = i++;
        while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
        toks_.push_back({T::Number, s.substr(start, i - start), start});
      } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
        size_t start = i;
        while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '-')) ++i;
        toks_.push_back({T::Ident, s.substr(start, i - start), start});
      } else if (c == '@' && i + 1 < s.size() && s[i + 1] == '@') {
        toks_.push_back({T::Sym, "@@", i});
        i += 2;
      } else if (std::string("{}()[]=:,?@.").find(c) != std::string::npos) {
        toks_.push_back({T::Sym, std::string(1, c), i});
        ++i;
      } else {
        diags_.report(DiagCode::PrismaSyntax, SourceLoc::at(file_, i),
                      std::string("unexpected character '") + c + "'");
        ++i;
      }
    }
    toks_.push_back({T::Eof, "", s.size()});
  }

  // ---- parser -------------------------------------------------------------------------
  const Tok& peek(size_t k = 0) const { return toks_[std::min(pos_ + k, toks_.size() - 1)]; }
  const Tok& next() { return toks_[pos_ < toks_.size() - 1 ? pos_++ : pos_]; }
  bool sym(const char* s) const { return peek().kind == T::Sym && peek().text == s; }
  SourceLoc loc(const Tok& t) const { return SourceLoc::at(file_, t.offset); }
  void error(const Tok& t, std::string message) {
    diags_.report(DiagCode::PrismaSyntax, loc(t), std::move(message));
  }
  void skip_line() {
    while (peek().kind != T::Newline && peek().kind != T::Eof) next();
  }
  void skip_block() {
    int depth = 0;
    while (peek().kind != T::Eof) {
      if (sym("{")) ++depth;
      if (sym("}") && --depth <= 0) {
        next();
        return;
      }
      next();
    }
  }

  void body(Block& b) {
    std::string doc;
    while (true) {
      const Tok& t = peek();
      if (t.kind == T::Eof) {
        error(t, "missing '}' for " + b.keyword + " '" + b.name + "'");
        return;
      }
      if (t.kind == T::Newline) {
        next();
        continue;
      }
      if (t.kind == T::DocComment) {
        doc += (doc.empty() ? "" : "\n") + next().text;
        continue;
      }
      if (sym("}")) {
        next();
        return;
      }
      if (sym("@@")) {
        next();
        b.attributes.push_back(attribute(t));
        end_of_line();
        doc.clear();
        continue;
      }
      if (t.kind != T::Ident) {
        error(t, "expected a field, a value or a block attribute");
        skip_line();
        continue;
      }
      if (b.keyword == "datasource" || b.keyword == "generator") {
        std::string key = next().text;
        if (!sym("=")) {
          error(peek(), "expected '=' after '" + key + "'");
          skip_line();
          continue;
        }
        next();
        b.settings.emplace_back(key, value());
        end_of_line();
        continue;
      }
      Field f;
      f.loc = loc(t);
      f.name = next().text;
      f.doc = doc;
      doc.clear();
      if (b.keyword != "enum") {
        if (peek().kind != T::Ident) {
          error(peek(), "expected a type for field '" + f.name + "'");
          skip_line();
          continue;
        }
        f.type = next().text;
        if (sym("(")) f.type_args = arguments();
        if (sym("[")) {
          next();
          if (!sym("]")) error(peek(), "expected ']'");
          else next();
          f.list = true;
        }
        if (sym("?")) {
          next();
          f.optional = true;
        }
      }
      while (sym("@")) {
        const Tok& at = next();
        f.attributes.push_back(attribute(at));
      }
      end_of_line();
      b.fields.push_back(std::move(f));
    }
  }

  void end_of_line() {
    if (peek().kind == T::Newline || peek().kind == T::Eof || sym("}")) return;
    error(peek(), "unexpected '" + peek().text + "' at the end of the line");
    skip_line();
  }

  Attribute attribute(const Tok& at) {
    Attribute a;
    a.loc = loc(at);
    if (peek().kind != T::Ident) {
      error(peek(), "expected an attribute name");
      return a;
    }
    a.name = next().text;
    while (sym(".") && peek(1).kind == T::Ident) {
      next();
      a.name += "." + next().text;
    }
    if (sym("(")) a.args = arguments();
    return a;
  }

  std::vector<Value::Arg> arguments() {
    std::vector<Value::Arg> out;
    next();  // (
    while (!sym(")")) {
      if (peek().kind == T::Eof || peek().kind == T::Newline) {
        error(peek(), "expected ')'");
        return out;
      }
      Value::Arg arg;
      if (peek().kind == T::Ident && peek(1).kind == T::Sym && peek(1).text == ":") {
        arg.name = next().text;
        next();
      }
      arg.value = value();
      out.push_back(std::move(arg));
      if (sym(",")) next();
      else if (!sym(")")) {
        error(peek(), "expected ',' or ')'");
        return out;
      }
    }
    next();  // )
    return out;
  }

  Value value() {
    Value v;
    const Tok& t = peek();
    v.loc = loc(t);
    if (t.kind == T::String) {
      v.kind = Value::Kind::String;
      v.text = next().text;
    } else if (t.kind == T::Number) {
      v.kind = Value::Kind::Number;
      v.text = next().text;
    } else if (t.kind == T::Ident) {
      v.kind = Value::Kind::Ident;
      v.text = next().text;
      while (sym(".") && peek(1).kind == T::Ident) {
        next();
        v.text += "." + next().text;
      }
      if (sym("(")) {
        v.kind = Value::Kind::Call;
        v.args = arguments();
      }
    } else if (sym("[")) {
      next();
      v.kind = Value::Kind::List;
      while (!sym("]")) {
        if (peek().kind == T::Eof || peek().kind == T::Newline) {
          error(peek(), "expected ']'");
          return v;
        }
        Value::Arg item;
        item.value = value();
        v.args.push_back(std::move(item));
        if (sym(",")) next();
        else if (!sym("]")) {
          error(peek(), "expected ',' or ']'");
          return v;
        }
      }
      next();
    } else {
      error(t, "expected a value");
      if (t.kind != T::Newline && t.kind != T::Eof) next();
    }
    return v;
  }

  std::shared_ptr<const SourceFile> file_;
  Diagnostics& diags_;
  std::vector<Tok> toks_;
  size_t pos_ = 0;
};

}  // namespace

std::vector<Block> parse_blocks(const std::shared_ptr<const SourceFile>& file,
                                Diagnostics& diagnostics) {
  return Parser(file, diagnostics).run();
}

}  // namespace sf::prisma
