#pragma once
// The DBML syntax tree: the generic shape @dbml/parse builds before it knows what an element
// means (element declarations, function applications, lists of settings, ...).
#include <deque>
#include <string>
#include <vector>

#include "frontends/dbml/lexer.h"

namespace sf::dbml {

enum class NodeKind {
  Element,      ///< KEYWORD [name] [as alias] [settings] ( ":" body | "{" body "}" )
  Block,        ///< { ... }: `list` holds the lines
  FuncApp,      ///< expressions separated by spaces on one line: `list` = callee, args...
  Comma,        ///< a, b, c (record rows): `list`
  Tuple,        ///< (a, b): `list`
  Group,        ///< (a): `a`
  List,         ///< [setting, ...]: `list` of Attribute
  Attribute,    ///< name [: value]: `a` = AttrName or primary, `b` = value
  AttrName,     ///< identifiers separated by spaces (`not null`): `list` of Variable
  Call,         ///< callee(args) with no space: `a` = callee, `b` = Tuple or Group
  Index,        ///< expr[...] with no space (array types): `a` = expr, `b` = List
  Infix,        ///< a op b (`.`, `<`, `>`, `-`, `<>`, ...): `tok` = op
  Prefix,       ///< op a (`~partial`, `> users.id`, `-1`): `tok` = op
  Postfix,
  Literal,      ///< number, string, color: `tok`
  Variable,     ///< identifier or "quoted": `tok`
  FuncExpr,     ///< `expression`: `tok`
  Wildcard,     ///< *
  Dummy,        ///< an empty slot (missing operand, empty record value)
};

struct Node {
  NodeKind kind = NodeKind::Dummy;
  const Token* tok = nullptr;  ///< the node's own token (op, literal, keyword of an element)
  const Token* first = nullptr;  ///< where the node starts, for diagnostics
  Node* a = nullptr;
  Node* b = nullptr;
  std::vector<Node*> list;
  // Element only:
  Node* settings = nullptr;  ///< List
  Node* body = nullptr;      ///< Block, or the simple body after ':'
  bool colon = false;        ///< the body came after ':'
  bool has_as = false;

  bool is(NodeKind k) const { return kind == k; }
};

struct SyntaxTree {
  std::deque<Node> nodes;  ///< owns every node (stable addresses)
  std::vector<Token> tokens;
  std::vector<Node*> program;  ///< top-level elements
};

/// Parses tokens into `tree.program`; syntax errors go to `diagnostics`, and the parser
/// recovers as @dbml/parse does so later errors are reported too.
void parse_syntax(const std::shared_ptr<const SourceFile>& file, SyntaxTree& tree,
                  Diagnostics& diagnostics);

/// The text of a Variable/Literal node, or "" for anything else.
const std::string& text_of(const Node* node);
/// Names of a dotted path (`a.b.c` -> {a, b, c}); empty when it is not one.
std::vector<std::string> dotted_names(const Node* node);
/// Lower-cased words of an AttrName or Variable ("set null", "cascade").
std::string lower_words(const Node* name);
/// Lower-cased setting name of an Attribute ("not null", "primary key", "ref").
std::string setting_name(const Node* attribute);

}  // namespace sf::dbml
