#pragma once
// The Prisma schema language's syntax: blocks of lines, fields and attributes.
#include <memory>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"

namespace sf::prisma {

/// An attribute argument value: "string", 12, true, Ident, func(args), [list], Ident(args).
struct Value {
  enum class Kind { String, Number, Ident, Call, List };
  Kind kind = Kind::Ident;
  std::string text;  ///< string (unescaped), number, identifier or function name
  struct Arg;
  std::vector<Arg> args;  ///< Call arguments or List items (unnamed)
  SourceLoc loc;
};

struct Value::Arg {
  std::string name;  ///< empty for a positional argument
  Value value;
};

/// `@name(args)` or `@@name(args)`; `name` may be dotted (`db.VarChar`).
struct Attribute {
  std::string name;
  std::vector<Value::Arg> args;
  SourceLoc loc;

  const Value* arg(const std::string& named, size_t position = 0) const;
};

struct Field {
  std::string name;
  std::string type;      ///< as written, without ? or []
  bool optional = false;  ///< Type?
  bool list = false;      ///< Type[]
  std::vector<Value::Arg> type_args;  ///< Unsupported("...")
  std::vector<Attribute> attributes;
  std::string doc;  ///< /// comments before the field
  SourceLoc loc;
};

/// `model X { ... }`, `enum`, `datasource`, `generator`, `view`, `type`.
struct Block {
  std::string keyword;
  std::string name;
  std::vector<Field> fields;            ///< model/view/type fields, enum values (type empty)
  std::vector<Attribute> attributes;    ///< @@attributes
  std::vector<std::pair<std::string, Value>> settings;  ///< datasource/generator `key = value`
  std::string doc;
  SourceLoc loc;
};

/// Parses a schema.prisma file into blocks; syntax errors go to `diagnostics`.
std::vector<Block> parse_blocks(const std::shared_ptr<const SourceFile>& file,
                                Diagnostics& diagnostics);

}  // namespace sf::prisma
