#include "analyses/lint/check_expr.h"

#include <cmath>
#include <map>

#include "analyses/lint/check_expr_tokens.h"

#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

Predicate unknown() { return Predicate{}; }
Predicate constant(bool value) {
  Predicate p;
  p.kind = Predicate::Kind::Const;
  p.constant = value;
  return p;
}

std::string flip(const std::string& op) {
  if (op == "<") return ">";
  if (op == ">") return "<";
  if (op == "<=") return ">=";
  if (op == ">=") return "<=";
  return op;
}

std::string negate_op(const std::string& op) {
  static const std::map<std::string, std::string> kNeg = {
      {"=", "<>"}, {"<>", "="}, {"<", ">="}, {">=", "<"}, {">", "<="}, {"<=", ">"}};
  auto it = kNeg.find(op);
  return it == kNeg.end() ? "" : it->second;
}

Predicate negate(Predicate p) {
  switch (p.kind) {
    case Predicate::Kind::And:
    case Predicate::Kind::Or:
      p.kind = p.kind == Predicate::Kind::And ? Predicate::Kind::Or : Predicate::Kind::And;
      for (auto& child : p.children) child = negate(std::move(child));
      return p;
    case Predicate::Kind::Compare:
      p.op = negate_op(p.op);
      return p.op.empty() ? unknown() : p;
    case Predicate::Kind::InList: p.negated = !p.negated; return p;
    case Predicate::Kind::IsNull: p.kind = Predicate::Kind::IsNotNull; return p;
    case Predicate::Kind::IsNotNull: p.kind = Predicate::Kind::IsNull; return p;
    case Predicate::Kind::Const: p.constant = !p.constant; return p;
    case Predicate::Kind::Unknown: return p;
  }
  return p;
}

bool is_comparison(const std::string& op) {
  return op == "=" || op == "<>" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=";
}

bool compare_literals(const Literal& a, const std::string& op, const Literal& b) {
  if (a.is_number && b.is_number) {
    if (op == "=") return a.number == b.number;
    if (op == "<>") return a.number != b.number;
    if (op == "<") return a.number < b.number;
    if (op == "<=") return a.number <= b.number;
    if (op == ">") return a.number > b.number;
    return a.number >= b.number;
  }
  if (op == "=") return a.text == b.text;
  if (op == "<>") return a.text != b.text;
  if (op == "<") return a.text < b.text;
  if (op == "<=") return a.text <= b.text;
  if (op == ">") return a.text > b.text;
  return a.text >= b.text;
}

class Parser {
public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  std::optional<Predicate> parse() {
    auto p = parse_or();
    if (!ok_ || pos_ != t_.size()) return std::nullopt;
    return p;
  }

private:
  struct Operand {
    enum class Kind { Column, Value, Other } kind = Kind::Other;
    std::string column;
    Literal value;
  };

  const Token& peek(size_t ahead = 0) const {
    static const Token kEnd;
    return pos_ + ahead < t_.size() ? t_[pos_ + ahead] : kEnd;
  }
  bool word(const char* w, size_t ahead = 0) const {
    return peek(ahead).kind == Tok::Ident && !peek(ahead).quoted && peek(ahead).text == w;
  }
  bool expect(Tok kind) {
    if (peek().kind != kind) { ok_ = false; return false; }
    ++pos_;
    return true;
  }

  Predicate parse_or() {
    Predicate left = parse_and();
    if (!word("or")) return left;
    Predicate node;
    node.kind = Predicate::Kind::Or;
    node.children.push_back(std::move(left));
    while (ok_ && word("or")) {
      ++pos_;
      node.children.push_back(parse_and());
    }
    return node;
  }

  Predicate parse_and() {
    Predicate left = parse_not();
    if (!word("and")) return left;
    Predicate node;
    node.kind = Predicate::Kind::And;
    node.children.push_back(std::move(left));
    while (ok_ && word("and")) {
      ++pos_;
      node.children.push_back(parse_not());
    }
    return node;
  }

  Predicate parse_not() {
    if (word("not")) {
      ++pos_;
      return negate(parse_not());
    }
    return parse_primary();
  }

  /// A parenthesised boolean, or an operand followed by what is said about it.
  Predicate parse_primary() {
    if (peek().kind == Tok::LParen) {
      size_t save = pos_;
      ++pos_;
      Predicate inner = parse_or();
      if (ok_ && peek().kind == Tok::RParen) {
        ++pos_;
        if (!continues_operand()) return inner;
      }
      // It was an operand such as (a + b): parse again as one.
      ok_ = true;
      pos_ = save;
    }
    if (word("true")) { ++pos_; return constant(true); }
    if (word("false")) { ++pos_; return constant(false); }
    Operand left = parse_operand();
    if (!ok_) return unknown();
    return parse_tail(left);
  }

  bool continues_operand() const {
    const Token& next = peek();
    return (next.kind == Tok::Op) || word("is") || word("in") || word("between") ||
           word("like") || word("ilike") || word("similar") ||
           (word("not") && (word("in", 1) || word("between", 1) || word("like", 1)));
  }

  Predicate parse_tail(const Operand& left) {
    if (word("is")) {
      ++pos_;
      bool negated = false;
      if (word("not")) { ++pos_; negated = true; }
      if (word("null")) {
        ++pos_;
        if (left.kind != Operand::Kind::Column) return unknown();
        Predicate p;
        p.kind = negated ? Predicate::Kind::IsNotNull : Predicate::Kind::IsNull;
        p.column = left.column;
        return p;
      }
      // IS [NOT] TRUE / DISTINCT FROM ...: not modelled.
      while (peek().kind == Tok::Ident && !word("and") && !word("or")) ++pos_;
      if (peek().kind != Tok::End && peek().kind != Tok::RParen) parse_operand();
      return unknown();
    }
    bool negated = false;
    if (word("not") && (word("in", 1) || word("between", 1) || word("like", 1) || word("ilike", 1))) {
      ++pos_;
      negated = true;
    }
    if (word("in")) {
      ++pos_;
      auto list = parse_list(Tok::LParen, Tok::RParen);
      if (!ok_ || left.kind != Operand::Kind::Column || !list) return unknown();
      Predicate p;
      p.kind = Predicate::Kind::InList;
      p.column = left.column;
      p.list = *list;
      p.negated = negated;
      return p;
    }
    if (word("between")) {
      ++pos_;
      if (word("symmetric")) { ok_ = false; return unknown(); }
      Operand low = parse_operand();
      if (!word("and")) { ok_ = false; return unknown(); }
      ++pos_;
      Operand high = parse_operand();
      if (left.kind != Operand::Kind::Column || low.kind != Operand::Kind::Value ||
          high.kind != Operand::Kind::Value) {
        return unknown();
      }
      Predicate p;
      p.kind = Predicate::Kind::And;
      p.children.push_back(compare(left, ">=", low));
      p.children.push_back(compare(left, "<=", high));
      return negated ? negate(std::move(p)) : p;
    }
    if (word("like") || word("ilike") || word("similar")) {
      ++pos_;
      if (word("to")) ++pos_;
      parse_operand();
      return unknown();
    }
    if (peek().kind != Tok::Op) return unknown();  // a bare operand (a boolean column)
    std::string op = peek().text == "!=" ? "<>" : peek().text;
    ++pos_;
    if (word("any") || word("some") || word("all")) {
      bool all = word("all");
      ++pos_;
      size_t opened = 0;
      while (peek().kind == Tok::LParen) { ++pos_; ++opened; }
      if (!word("array")) { ok_ = false; return unknown(); }
      ++pos_;
      auto list = parse_list(Tok::LBracket, Tok::RBracket);
      for (size_t i = 0; i < opened; ++i) expect(Tok::RParen);
      if (!ok_ || !list || left.kind != Operand::Kind::Column) return unknown();
      if (op == "=" && !all) {
        Predicate p;
        p.kind = Predicate::Kind::InList;
        p.column = left.column;
        p.list = *list;
        return p;
      }
      if (op == "<>" && all) {
        Predicate p;
        p.kind = Predicate::Kind::InList;
        p.column = left.column;
        p.list = *list;
        p.negated = true;
        return p;
      }
      return unknown();
    }
    Operand right = parse_operand();
    if (!ok_ || !is_comparison(op)) return unknown();
    return compare(left, op, right);
  }

  Predicate compare(const Operand& left, const std::string& op, const Operand& right) {
    using K = Operand::Kind;
    if (left.kind == K::Value && right.kind == K::Value) {
      return constant(compare_literals(left.value, op, right.value));
    }
    if (left.kind == K::Column && right.kind == K::Value) {
      Predicate p;
      p.kind = Predicate::Kind::Compare;
      p.column = left.column;
      p.op = op;
      p.value = right.value;
      return p;
    }
    if (left.kind == K::Value && right.kind == K::Column) return compare(right, flip(op), left);
    return unknown();
  }

  std::optional<std::vector<Literal>> parse_list(Tok open, Tok close) {
    if (!expect(open)) return std::nullopt;
    std::vector<Literal> items;
    bool all_values = true;
    while (ok_ && peek().kind != close) {
      Operand item = parse_operand();
      if (item.kind == Operand::Kind::Value) {
        items.push_back(item.value);
      } else {
        all_values = false;
      }
      if (peek().kind == Tok::Comma) ++pos_;
      else if (peek().kind != close) { ok_ = false; return std::nullopt; }
    }
    expect(close);
    if (!all_values) return std::nullopt;
    return items;
  }

  /// One value: a column, a literal, or anything else (calls, arithmetic) as Other.
  Operand parse_operand() {
    Operand first = parse_atom();
    while (ok_ && peek().kind == Tok::Op && !is_comparison(peek().text)) {
      ++pos_;  // arithmetic, concatenation: the value is no longer known
      parse_atom();
      first = Operand{};
    }
    return first;
  }

  Operand parse_atom() {
    Operand o;
    const Token& token = peek();
    if (token.kind == Tok::Op && token.text == "-" && peek(1).kind == Tok::Number) {
      ++pos_;
      o = parse_atom();
      o.value.number = -o.value.number;
      o.value.text = "-" + o.value.text;
      return o;
    }
    switch (token.kind) {
      case Tok::Number:
        o.kind = Operand::Kind::Value;
        o.value.is_number = parse_number(token.text, o.value.number);
        o.value.text = token.text;
        if (o.value.is_number) o.value.text = canonical(o.value.number);
        ++pos_;
        return o;
      case Tok::String:
        o.kind = Operand::Kind::Value;
        o.value.text = token.text;
        ++pos_;
        return o;
      case Tok::Ident:
        if (!token.quoted && (token.text == "true" || token.text == "false")) {
          o.kind = Operand::Kind::Value;
          o.value.text = token.text;
          ++pos_;
          return o;
        }
        if (!token.quoted && token.text == "null") { ++pos_; return o; }
        ++pos_;
        if (peek().kind == Tok::LParen) {  // a function call
          skip_group(Tok::LParen, Tok::RParen);
          return o;
        }
        if (!token.quoted && (token.text == "array") && peek().kind == Tok::LBracket) {
          skip_group(Tok::LBracket, Tok::RBracket);
          return o;
        }
        o.kind = Operand::Kind::Column;
        o.column = token.text;
        return o;
      case Tok::LParen: {
        skip_group(Tok::LParen, Tok::RParen);
        return o;
      }
      case Tok::Op:
      case Tok::RParen:
      case Tok::LBracket:
      case Tok::RBracket:
      case Tok::Comma:
      case Tok::Cast:
      case Tok::End:
        ok_ = false;
        return o;
    }
    return o;
  }

  void skip_group(Tok open, Tok close) {
    int depth = 0;
    do {
      if (peek().kind == Tok::End) { ok_ = false; return; }
      if (peek().kind == open) ++depth;
      if (peek().kind == close) --depth;
      ++pos_;
    } while (depth > 0);
  }

  static std::string canonical(double value) {
    if (std::floor(value) == value && std::fabs(value) < 1e15) {
      return std::to_string(static_cast<long long>(value));
    }
    std::string text = std::to_string(value);
    while (!text.empty() && text.back() == '0') text.pop_back();
    return text;
  }

  std::vector<Token> t_;
  size_t pos_ = 0;
  bool ok_ = true;
};

/// What a conjunction of atoms says about one column.
struct Range {
  std::optional<double> low, high;
  bool low_inclusive = true, high_inclusive = true;
  std::optional<std::set<std::string>> allowed;
  std::set<std::string> excluded;
  bool must_null = false, must_not_null = false;
  bool numeric = false;
};

bool consistent(const Range& r) {
  if (r.must_null && r.must_not_null) return false;
  if (r.low && r.high) {
    if (*r.low > *r.high) return false;
    if (*r.low == *r.high && !(r.low_inclusive && r.high_inclusive)) return false;
  }
  if (r.allowed) {
    size_t left = 0;
    for (const auto& value : *r.allowed) {
      if (r.excluded.count(value)) continue;
      double number = 0;
      if (parse_number(value, number)) {
        if (r.low && (number < *r.low || (number == *r.low && !r.low_inclusive))) continue;
        if (r.high && (number > *r.high || (number == *r.high && !r.high_inclusive))) continue;
      }
      ++left;
    }
    if (left == 0) return false;
  }
  return true;
}

bool apply_atom(const Predicate& atom, std::map<std::string, Range>& env) {
  switch (atom.kind) {
    case Predicate::Kind::Const: return atom.constant;
    case Predicate::Kind::Unknown:
    case Predicate::Kind::And:
    case Predicate::Kind::Or:
      return true;
    case Predicate::Kind::IsNull: env[atom.column].must_null = true; break;
    case Predicate::Kind::IsNotNull: env[atom.column].must_not_null = true; break;
    case Predicate::Kind::InList: {
      Range& r = env[atom.column];
      r.must_not_null = true;
      if (atom.negated) {
        for (const auto& v : atom.list) r.excluded.insert(v.text);
        break;
      }
      std::set<std::string> values;
      for (const auto& v : atom.list) values.insert(v.text);
      if (r.allowed) {
        std::set<std::string> both;
        for (const auto& v : values) {
          if (r.allowed->count(v)) both.insert(v);
        }
        r.allowed = both;
      } else {
        r.allowed = values;
      }
      break;
    }
    case Predicate::Kind::Compare: {
      Range& r = env[atom.column];
      r.must_not_null = true;
      const Literal& v = atom.value;
      if (atom.op == "=") {
        std::set<std::string> one = {v.text};
        if (r.allowed) {
          if (!r.allowed->count(v.text)) one.clear();
        }
        r.allowed = one;
      } else if (atom.op == "<>") {
        r.excluded.insert(v.text);
      } else if (v.is_number) {
        if (atom.op == ">" || atom.op == ">=") {
          bool inclusive = atom.op == ">=";
          if (!r.low || v.number > *r.low || (v.number == *r.low && !inclusive)) {
            r.low = v.number;
            r.low_inclusive = inclusive;
          }
        } else {
          bool inclusive = atom.op == "<=";
          if (!r.high || v.number < *r.high || (v.number == *r.high && !inclusive)) {
            r.high = v.number;
            r.high_inclusive = inclusive;
          }
        }
      }
      break;
    }
  }
  return consistent(env[atom.column]);
}

/// Depth-first over the disjunctions; `budget` bounds the work on pathological input.
bool search(std::vector<const Predicate*> todo, std::map<std::string, Range> env, int& budget) {
  if (--budget < 0) return true;  // give up: assume satisfiable
  while (!todo.empty()) {
    const Predicate* p = todo.back();
    todo.pop_back();
    if (p->kind == Predicate::Kind::And) {
      for (const auto& child : p->children) todo.push_back(&child);
      continue;
    }
    if (p->kind == Predicate::Kind::Or) {
      for (const auto& child : p->children) {
        auto branch = todo;
        branch.push_back(&child);
        if (search(branch, env, budget)) return true;
      }
      return false;
    }
    if (!apply_atom(*p, env)) return false;
  }
  return true;
}

void collect_columns(const Predicate& p, std::set<std::string>& out) {
  if (!p.column.empty()) out.insert(p.column);
  for (const auto& child : p.children) collect_columns(child, out);
}

}  // namespace

std::optional<Predicate> parse_predicate(std::string_view sql) {
  auto tokens = tokenize(sql);
  if (!tokens || tokens->empty()) return std::nullopt;
  return Parser(simplify(std::move(*tokens))).parse();
}

std::optional<Literal> parse_literal(std::string_view sql) {
  auto tokens = tokenize(sql);
  if (!tokens) return std::nullopt;
  auto simple = simplify(std::move(*tokens));
  bool negative = false;
  size_t i = 0;
  if (simple.size() == 2 && simple[0].kind == Tok::Op && simple[0].text == "-") {
    negative = true;
    i = 1;
  }
  if (simple.size() != i + 1) return std::nullopt;
  const Token& t = simple[i];
  Literal value;
  if (t.kind == Tok::Number) {
    if (!parse_number(t.text, value.number)) return std::nullopt;
    if (negative) value.number = -value.number;
    value.is_number = true;
    double n = value.number;
    value.text = (std::floor(n) == n && std::fabs(n) < 1e15)
                     ? std::to_string(static_cast<long long>(n))
                     : std::to_string(n);
    if (!(std::floor(n) == n)) {
      while (!value.text.empty() && value.text.back() == '0') value.text.pop_back();
    }
    return value;
  }
  if (negative) return std::nullopt;
  if (t.kind == Tok::String) {
    value.text = t.text;  // compared as a number where a range applies (see consistent())
    return value;
  }
  if (t.kind == Tok::Ident && !t.quoted && (t.text == "true" || t.text == "false")) {
    value.text = t.text;
    return value;
  }
  return std::nullopt;
}

bool satisfiable(const Predicate& predicate, const std::set<std::string>& not_null,
                 const std::string& pinned_column, const Literal* pinned) {
  std::map<std::string, Range> env;
  for (const auto& column : not_null) env[column].must_not_null = true;
  if (pinned) {
    Predicate equal;
    equal.kind = Predicate::Kind::Compare;
    equal.column = pinned_column;
    equal.op.push_back('=');  // not `= "="`: g++ 12 -O2 warns falsely (-Wrestrict, PR 105329)
    equal.value = *pinned;
    if (!apply_atom(equal, env)) return false;
    if (pinned->is_number) {
      Range& r = env[pinned_column];
      r.low = r.high = pinned->number;
    }
  }
  int budget = 4096;
  return search({&predicate}, env, budget);
}

std::set<std::string> predicate_columns(const Predicate& predicate) {
  std::set<std::string> out;
  collect_columns(predicate, out);
  return out;
}

}  // namespace sf::detail
