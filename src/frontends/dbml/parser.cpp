// A port of @dbml/parse's recursive-descent parser (src/core/parser/parser.ts): the same
// binding powers, the same "function application" lines, the same recovery points, so that
// errors land on the same lines as the reference implementation's.
#include <optional>

#include "frontends/dbml/syntax.h"
#include "schemaforge/base/strings.h"

namespace sf::dbml {

namespace {

enum class Ctx { List, Group, Block };

struct Bail {
  Node* partial;
  std::optional<Ctx> handler;
};

struct Power {
  int left = -1;  ///< -1 = none
  int right = -1;
};

Power infix_power(const std::string& op) {
  if (op == ".") return {16, 17};
  if (op == "/" || op == "%") return {11, 12};
  if (op == "+" || op == "-" || op == "-?" || op == "?-" || op == "?-?") return {9, 10};
  if (op == "=") return {2, 3};
  if (op == "==" || op == "!=") return {4, 5};
  static const char* rel[] = {"<", "<=", ">", ">=", "<>", "?>", ">?", "?<", "<?", "?>?", "?<?",
                              "?<>", "<>?", "?<>?", "->", "<-"};
  for (const char* r : rel) {
    if (op == r) return {7, 8};
  }
  return {};
}

bool is_prefix_op(const std::string& op) {
  static const char* ops[] = {"+", "-", "<", ">", "<>", "-?", "?-", "?-?", "?>", ">?", "?<",
                              "<?", "?>?", "?<?", "?<>", "<>?", "?<>?", "->", "<-", "!", "~"};
  for (const char* o : ops) {
    if (op == o) return true;
  }
  return false;
}

/// Operator tokens the parser treats as operators (punctuation has its own meaning).
bool is_operator(const Token& t) {
  if (t.kind != Tok::Op) return false;
  static const char* punct[] = {",", "(", ")", "[", "]", "{", "}", ";", ":", "*"};
  for (const char* p : punct) {
    if (t.text == p) return false;
  }
  return true;
}

class Parser {
public:
  Parser(const std::shared_ptr<const SourceFile>& file, SyntaxTree& tree, Diagnostics& diags)
      : file_(file), tree_(tree), toks_(tree.tokens), diags_(diags) {}

  void run() {
    while (!at_end()) {
      if (peek().kind == Tok::Ident &&
          (to_lower(peek().text) == "use" || to_lower(peek().text) == "reuse")) {
        diags_.report(DiagCode::DbmlImport, loc(peek()),
                      "'" + peek().text + "': imports from other DBML files are not supported; "
                      "convert one self-contained file");
        advance();
        int depth = 0;
        while (!at_end() && (depth > 0 || !peek().newline_before)) {
          if (check_op("{")) ++depth;
          if (check_op("}")) --depth;
          advance();
        }
        continue;
      }
      try {
        tree_.program.push_back(element_declaration());
      } catch (const Bail& bail) {
        if (bail.partial) tree_.program.push_back(bail.partial);
        // synchronizeProgram: skip one token
        advance();
      }
    }
  }

private:
  // ---- tokens -------------------------------------------------------------------------
  bool at_end() const { return cur_ >= toks_.size() || toks_[cur_].kind == Tok::Eof; }
  const Token& peek(size_t k = 0) const {
    return cur_ + k < toks_.size() ? toks_[cur_ + k] : toks_.back();
  }
  const Token& previous() const { return toks_[cur_ == 0 ? 0 : cur_ - 1]; }
  const Token& advance() { return at_end() ? toks_.back() : toks_[cur_++]; }
  bool check_op(std::string_view op) const { return peek().kind == Tok::Op && peek().text == op; }
  bool check_ident() const { return peek().kind == Tok::Ident; }
  /// A newline follows the previous token.
  bool newline_after_previous() const { return cur_ > 0 && peek().newline_before; }
  bool newline_between(size_t next) const { return next < toks_.size() && toks_[next].newline_before; }
  bool space_after_previous() const { return cur_ > 0 && peek().space_before && !peek().newline_before; }

  Node* make(NodeKind kind, const Token* first) {
    tree_.nodes.emplace_back();
    Node* n = &tree_.nodes.back();
    n->kind = kind;
    n->first = first;
    return n;
  }

  void error(const Token& at, std::string message) {
    diags_.report(DiagCode::DbmlSyntax, loc(at), std::move(message));
  }
  SourceLoc loc(const Token& t) const {
    SourceLoc l;
    l.file = file_;
    l.line = t.line;
    l.column = t.column;
    return l;
  }

  std::optional<Ctx> find_handler() const {
    if (lists_ == 0 && groups_ == 0 && blocks_ == 0) return std::nullopt;
    for (size_t i = cur_; i + 1 < toks_.size(); ++i) {
      const Token& t = toks_[i];
      if (t.kind != Tok::Op) continue;
      if (t.text == ",") {
        if (groups_ > 0 || lists_ > 0) {
          for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
            if (*it == Ctx::Group || *it == Ctx::List) return *it;
          }
        }
      } else if (t.text == ")") {
        if (groups_ > 0) return Ctx::Group;
      } else if (t.text == "}") {
        if (blocks_ > 0) return Ctx::Block;
      } else if (t.text == "]") {
        if (lists_ > 0) return Ctx::List;
      }
    }
    return std::nullopt;
  }
  bool can_handle(const Bail& b) const {
    return !b.handler || (!stack_.empty() && *b.handler == stack_.back());
  }
  [[noreturn]] void fail(const std::string& message, Node* partial = nullptr) {
    error(peek(), message);
    throw Bail{partial, find_handler()};
  }
  void consume_op(std::string_view op, const std::string& message, Node* partial = nullptr) {
    if (check_op(op)) {
      advance();
      return;
    }
    fail(message, partial);
  }

  struct Scope {
    Parser& p;
    Ctx c;
    Scope(Parser& parser, Ctx ctx) : p(parser), c(ctx) {
      p.stack_.push_back(c);
      (c == Ctx::List ? p.lists_ : c == Ctx::Group ? p.groups_ : p.blocks_) += 1;
    }
    ~Scope() {
      p.stack_.pop_back();
      (c == Ctx::List ? p.lists_ : c == Ctx::Group ? p.groups_ : p.blocks_) -= 1;
    }
  };

  // ---- elements ----------------------------------------------------------------------
  Node* element_declaration() {
    Node* e = make(NodeKind::Element, &peek());
    if (!check_ident()) fail("expected an element keyword (Table, Ref, Enum, ...)", e);
    e->tok = &advance();
    if (!check_op(":") && !check_op("{") && !check_op("[")) {
      try {
        e->a = normal_expression();
      } catch (const Bail& b) {
        e->a = b.partial;
        if (!can_handle(b)) throw Bail{e, b.handler};
        while (!at_end()) {
          if (is_as(peek()) || check_op(":") || check_op("{") || check_op("[")) break;
          advance();
        }
      }
    }
    if (is_as(peek())) {
      advance();
      e->has_as = true;
      if (check_op(":") || check_op("{") || check_op("[")) {
        error(peek(), "expected an alias after 'as'");
      } else {
        try {
          e->b = normal_expression();
        } catch (const Bail& b) {
          e->b = b.partial;
          if (!can_handle(b)) throw Bail{e, b.handler};
          while (!at_end() && !check_op(":") && !check_op("{") && !check_op("[")) advance();
        }
      }
    }
    if (check_op("[")) {
      try {
        e->settings = list_expression();
      } catch (const Bail& b) {
        e->settings = b.partial;
        throw Bail{e, b.handler};
      }
    }
    // discardUntil '{' or ':'
    if (at_end() || !(check_op("{") || check_op(":"))) {
      error(peek(), "expected an opening brace '{' or a colon ':'");
      advance();
      while (!at_end() && !check_op("{") && !check_op(":")) advance();
      if (at_end()) return e;
    }
    try {
      if (check_op(":")) {
        advance();
        e->colon = true;
        Node* body = expression();
        if (body->is(NodeKind::Element)) {
          error(*body->first, "an element's simple body must not be an element declaration");
        } else {
          e->body = body;
        }
      } else {
        e->body = block_expression();
      }
    } catch (const Bail& b) {
      e->body = b.partial;
      throw Bail{e, b.handler};
    }
    return e;
  }

  static bool is_as(const Token& t) { return t.kind == Tok::Ident && to_lower(t.text) == "as"; }

  /// `name: value` inside a block.
  Node* field_declaration() {
    Node* e = make(NodeKind::Element, &peek());
    e->tok = &advance();  // identifier
    advance();            // ':'
    e->colon = true;
    try {
      Node* body = expression();
      if (body->is(NodeKind::Element)) {
        error(*body->first, "a simple body cannot be an element declaration");
      } else {
        e->body = body;
      }
    } catch (const Bail& b) {
      e->body = b.partial;
      throw Bail{e, b.handler};
    }
    return e;
  }

  Node* block_expression() {
    Scope scope(*this, Ctx::Block);
    Node* blk = make(NodeKind::Block, &peek());
    try {
      consume_op("{", "expected an opening brace '{'", blk);
    } catch (const Bail& b) {
      if (!can_handle(b)) throw Bail{blk, b.handler};
      sync_block();
    }
    while (!at_end() && !check_op("}")) {
      try {
        bool field = peek().kind == Tok::Ident && peek(1).kind == Tok::Op && peek(1).text == ":";
        blk->list.push_back(field ? field_declaration() : expression());
      } catch (const Bail& b) {
        if (b.partial) blk->list.push_back(b.partial);
        if (!can_handle(b)) throw Bail{blk, b.handler};
        sync_block();
      }
    }
    try {
      consume_op("}", "expected a closing brace '}'", blk);
    } catch (const Bail& b) {
      if (!can_handle(b)) throw Bail{blk, b.handler};
      sync_block();
    }
    return blk;
  }
  void sync_block() {
    if (check_op("}")) return;
    advance();
    while (!at_end()) {
      if (check_op("}") || peek().newline_before) break;
      advance();
    }
  }

  // ---- expressions -------------------------------------------------------------------
  bool stop_application() const {
    if (at_end() || newline_after_previous()) return true;
    const Token& t = peek();
    return t.kind == Tok::Op &&
           (t.text == "}" || t.text == "]" || t.text == ")" || t.text == "," || t.text == ":");
  }

  /// A function application: callee and arguments separated by spaces, up to the line end.
  Node* expression() {
    Node* app = make(NodeKind::FuncApp, &peek());
    try {
      app->list.push_back(comma_expression());
    } catch (const Bail& b) {
      app->list.push_back(b.partial);
      throw Bail{convert(app), b.handler};
    }
    while (!stop_application()) {
      if (!space_after_previous()) {
        error(*app->list.back()->first, "expected a space before the next part");
      }
      try {
        app->list.push_back(comma_expression());
      } catch (const Bail& b) {
        app->list.push_back(b.partial);
        throw Bail{convert(app), b.handler};
      }
    }
    return convert(app);
  }

  /// @dbml/parse's `jm`: `keyword [name [as alias]] [settings] { block }` on one line is an
  /// element declaration; anything else stays a function application (a single part
  /// stands for itself).
  Node* convert(Node* app) {
    std::vector<Node*> args(app->list.begin() + (app->list.empty() ? 0 : 1), app->list.end());
    Node* callee = app->list.empty() ? nullptr : app->list.front();
    if (callee && callee->is(NodeKind::Call) && callee->b) {
      args.insert(args.begin(), callee->b);
      callee = callee->a;
    }
    auto plain = [&]() -> Node* {
      if (app->list.size() == 1) return app->list.front();
      return app;
    };
    if (!callee || !callee->is(NodeKind::Variable) || callee->tok->kind != Tok::Ident ||
        args.empty()) {
      return plain();
    }
    Node* body = args.back();
    if (!body || !body->is(NodeKind::Block)) return plain();
    args.pop_back();
    Node* settings = nullptr;
    if (!args.empty() && args.back() && args.back()->is(NodeKind::List)) {
      settings = args.back();
      args.pop_back();
    }
    Node* e = make(NodeKind::Element, callee->first);
    e->tok = callee->tok;
    e->settings = settings;
    e->body = body;
    if (args.size() == 3) {
      if (!args[1] || !args[1]->is(NodeKind::Variable) || !is_as(*args[1]->tok)) return plain();
      e->a = args[0];
      e->has_as = true;
      e->b = args[2];
      return e;
    }
    if (args.size() == 1) {
      e->a = args[0];
      return e;
    }
    if (args.empty()) return e;
    return plain();
  }

  bool stop_comma() const {
    if (at_end() || newline_after_previous()) return true;
    const Token& t = peek();
    return t.kind == Tok::Op && (t.text == "}" || t.text == "{" || t.text == "]" ||
                                 t.text == "[" || t.text == ")" || t.text == "(" || t.text == ":");
  }

  Node* dummy(const Token* at) { return make(NodeKind::Dummy, at); }

  Node* comma_expression() {
    Node* first = check_op(",") ? dummy(&previous()) : normal_expression();
    if (!check_op(",")) return first;
    Node* c = make(NodeKind::Comma, first->first);
    c->list.push_back(first);
    do {
      advance();  // ','
      if (stop_comma()) {
        c->list.push_back(dummy(&previous()));
        break;
      }
      if (check_op(",")) {
        c->list.push_back(dummy(&previous()));
        continue;
      }
      try {
        c->list.push_back(normal_expression());
      } catch (const Bail& b) {
        if (b.partial) c->list.push_back(b.partial);
        throw Bail{c, b.handler};
      }
    } while (!stop_comma() && check_op(","));
    return c;
  }

  Node* normal_expression() { return expression_bp(0); }

  Node* expression_bp(int min_power) {
    Node* left = left_expression();
    while (!at_end()) {
      const Token& t = peek();
      if (t.kind == Tok::Op && t.text == "(") {
        if (14 < min_power || (newline_between(cur_) && groups_ == 0 && lists_ == 0)) break;
        Node* call = make(NodeKind::Call, left->first);
        call->a = left;
        try {
          call->b = tuple_expression();
        } catch (const Bail& b) {
          call->b = b.partial;
          throw Bail{call, b.handler};
        }
        left = call;
      } else if (t.kind == Tok::Op && t.text == "[") {
        if (space_after_previous() || peek().newline_before) break;
        Node* idx = make(NodeKind::Index, left->first);
        idx->a = left;
        try {
          idx->b = list_expression();
        } catch (const Bail& b) {
          idx->b = b.partial;
          throw Bail{idx, b.handler};
        }
        left = idx;
      } else if (is_operator(t)) {
        Power p = infix_power(t.text);
        if (p.left < 0 || p.left <= min_power) break;
        const Token* op = &advance();
        Node* in = make(NodeKind::Infix, left->first);
        in->tok = op;
        in->a = left;
        try {
          in->b = op->text == "." ? extract_operand() : expression_bp(p.right);
        } catch (const Bail& b) {
          in->b = b.partial;
          throw Bail{in, b.handler};
        }
        left = in;
      } else {
        break;
      }
    }
    return left;
  }

  Node* left_expression() {
    if (is_operator(peek())) {
      const Token* op = &peek();
      if (!is_prefix_op(op->text)) {
        error(*op, "unexpected '" + op->text + "' in an expression");
        throw Bail{dummy(op), find_handler()};
      }
      advance();
      Node* pre = make(NodeKind::Prefix, op);
      pre->tok = op;
      try {
        pre->a = expression_bp(15);
      } catch (const Bail& b) {
        pre->a = b.partial;
        throw Bail{pre, b.handler};
      }
      return pre;
    }
    Node* operand = extract_operand();
    if (operand->is(NodeKind::Dummy)) throw Bail{dummy(&peek()), find_handler()};
    return operand;
  }

  Node* extract_operand() {
    const Token& t = peek();
    switch (t.kind) {
      case Tok::Number: case Tok::String: case Tok::MultiString: case Tok::Color: {
        Node* n = make(NodeKind::Literal, &t);
        n->tok = &advance();
        return n;
      }
      case Tok::Quoted: case Tok::Ident: {
        Node* n = make(NodeKind::Variable, &t);
        n->tok = &advance();
        return n;
      }
      case Tok::Expr: {
        Node* n = make(NodeKind::FuncExpr, &t);
        n->tok = &advance();
        return n;
      }
      case Tok::Op:
        if (t.text == "*") {
          Node* n = make(NodeKind::Wildcard, &t);
          n->tok = &advance();
          return n;
        }
        if (t.text == "[") return list_expression();
        if (t.text == "{") return block_expression();
        if (t.text == "(") return tuple_expression();
        break;
      case Tok::Eof:
        error(t, "unexpected end of file");
        return dummy(&t);
    }
    error(t, "invalid start of an operand \"" + t.text + "\"");
    return dummy(&t);
  }

  Node* tuple_expression() {
    Scope scope(*this, Ctx::Group);
    Node* tup = make(NodeKind::Tuple, &peek());
    try {
      consume_op("(", "expected an opening parenthesis '('", tup);
    } catch (const Bail& b) {
      if (!can_handle(b)) throw Bail{tup, b.handler};
      sync_tuple();
    }
    if (!at_end() && !check_op(")")) {
      try {
        tup->list.push_back(normal_expression());
      } catch (const Bail& b) {
        if (b.partial) tup->list.push_back(b.partial);
        if (!can_handle(b)) throw Bail{tup, b.handler};
        sync_tuple();
      }
    }
    while (!at_end() && !check_op(")")) {
      try {
        consume_op(",", "expected a comma ','", tup);
        tup->list.push_back(normal_expression());
      } catch (const Bail& b) {
        if (b.partial && b.partial != tup) tup->list.push_back(b.partial);
        if (!can_handle(b)) throw Bail{tup, b.handler};
        sync_tuple();
      }
    }
    try {
      consume_op(")", "expected a closing parenthesis ')'", tup);
    } catch (const Bail& b) {
      if (!can_handle(b)) throw Bail{tup, b.handler};
      sync_tuple();
    }
    if (tup->list.size() == 1) {
      Node* g = make(NodeKind::Group, tup->first);
      g->a = tup->list.front();
      g->list = tup->list;
      return g;
    }
    return tup;
  }
  void sync_tuple() {
    while (!at_end() && !check_op(")") && !check_op(",")) advance();
  }

  Node* list_expression() {
    Scope scope(*this, Ctx::List);
    Node* lst = make(NodeKind::List, &peek());
    try {
      consume_op("[", "expected an opening bracket '['", lst);
    } catch (const Bail& b) {
      if (!can_handle(b)) throw Bail{lst, b.handler};
      sync_list();
    }
    if (!at_end() && !check_op("]")) {
      try {
        lst->list.push_back(attribute());
      } catch (const Bail& b) {
        if (b.partial) lst->list.push_back(b.partial);
        if (!can_handle(b)) throw Bail{lst, b.handler};
        sync_list();
      }
    }
    while (!at_end() && !check_op("]")) {
      try {
        consume_op(",", "expected a comma ','", lst);
        lst->list.push_back(attribute());
      } catch (const Bail& b) {
        if (b.partial && b.partial != lst) lst->list.push_back(b.partial);
        if (!can_handle(b)) throw Bail{lst, b.handler};
        sync_list();
      }
    }
    try {
      consume_op("]", "expected a closing bracket ']'", lst);
    } catch (const Bail& b) {
      if (!can_handle(b)) throw Bail{lst, b.handler};
      sync_list();
    }
    return lst;
  }
  void sync_list() {
    while (!at_end() && !check_op(",") && !check_op("]")) advance();
  }

  Node* attribute() {
    Node* at = make(NodeKind::Attribute, &peek());
    if (check_op(":") || check_op("]") || check_op(",")) {
      error(peek(), "expected a setting name");
      at->a = make(NodeKind::AttrName, &peek());
    } else {
      try {
        at->a = attribute_name();
      } catch (const Bail& b) {
        at->a = b.partial;
        if (!can_handle(b)) throw Bail{at, b.handler};
        while (!at_end() && !check_op(",") && !check_op("]") && !check_op(":")) advance();
      }
    }
    if (check_op(":")) {
      advance();
      try {
        bool two_idents = peek().kind == Tok::Ident && peek(1).kind == Tok::Ident;
        at->b = two_idents ? attribute_name() : normal_expression();
      } catch (const Bail& b) {
        if (!can_handle(b)) throw;
        at->b = b.partial;
        while (!at_end() && !check_op(",") && !check_op("]")) advance();
      }
    }
    return at;
  }

  Node* attribute_name() {
    if (peek().kind != Tok::Ident) return primary_expression();
    Node* name = make(NodeKind::AttrName, &peek());
    while (!at_end() && !check_op(":") && !check_op(",") && !check_op("]")) {
      if (peek().kind != Tok::Ident) fail("expected an identifier", name);
      Node* v = make(NodeKind::Variable, &peek());
      v->tok = &advance();
      name->list.push_back(v);
    }
    return name;
  }

  Node* primary_expression() {
    const Token& t = peek();
    if (t.kind == Tok::Number || t.kind == Tok::String || t.kind == Tok::MultiString ||
        t.kind == Tok::Color) {
      Node* n = make(NodeKind::Literal, &t);
      n->tok = &advance();
      return n;
    }
    if (t.kind == Tok::Quoted || t.kind == Tok::Ident) {
      Node* n = make(NodeKind::Variable, &t);
      n->tok = &advance();
      return n;
    }
    fail("expected a name or a literal");
  }

  std::shared_ptr<const SourceFile> file_;
  SyntaxTree& tree_;
  const std::vector<Token>& toks_;
  Diagnostics& diags_;
  size_t cur_ = 0;
  std::vector<Ctx> stack_;
  int lists_ = 0, groups_ = 0, blocks_ = 0;
};

}  // namespace

void parse_syntax(const std::shared_ptr<const SourceFile>& file, SyntaxTree& tree,
                  Diagnostics& diagnostics) {
  Parser(file, tree, diagnostics).run();
}

const std::string& text_of(const Node* node) {
  static const std::string empty;
  if (!node || !node->tok) return empty;
  if (node->kind == NodeKind::Variable || node->kind == NodeKind::Literal ||
      node->kind == NodeKind::FuncExpr) {
    return node->tok->text;
  }
  return empty;
}

std::vector<std::string> dotted_names(const Node* node) {
  if (!node) return {};
  if (node->is(NodeKind::Variable)) return {node->tok->text};
  if (node->is(NodeKind::Infix) && node->tok->text == ".") {
    auto left = dotted_names(node->a);
    auto right = dotted_names(node->b);
    if (left.empty() || right.empty()) return {};
    left.insert(left.end(), right.begin(), right.end());
    return left;
  }
  return {};
}

std::string lower_words(const Node* name) {
  if (!name) return "";
  if (name->is(NodeKind::AttrName)) {
    std::string out;
    for (const Node* v : name->list) {
      if (!out.empty()) out += ' ';
      out += to_lower(v->tok->text);
    }
    return out;
  }
  return to_lower(text_of(name));
}

std::string setting_name(const Node* attribute) {
  return attribute ? lower_words(attribute->a) : "";
}

}  // namespace sf::dbml
