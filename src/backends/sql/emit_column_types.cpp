// Column types for dialects that cannot take PostgreSQL's spelling: the type-mapping table of
// the dialect plus what a table cannot say without context (enums, domains, arrays, keys).
#include <cstdlib>

#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string type_label(const Type& type) {
  return type.spelling.empty() ? std::string(to_string(type.kind)) : type.spelling;
}

std::string spelled(const TypeSpelling& spelling, const Type& type) {
  if (!type.modifiers.empty() && spelling.modifiers) {
    std::string text(spelling.prefix);
    text += '(';
    for (size_t i = 0; i < type.modifiers.size(); ++i) {
      if (i) text += ',';
      text += std::to_string(type.modifiers[i]);
    }
    return text + ')' + std::string(spelling.suffix);
  }
  if (!spelling.unmodified.empty()) return std::string(spelling.unmodified);
  return std::string(spelling.prefix) + std::string(spelling.suffix);
}

/// VARCHAR(n), CHAR(n) or VARBINARY(n) with n at most `limit`; other types as they are.
std::string shortened(const std::string& text, int limit) {
  size_t open = text.find('(');
  if (open == std::string::npos || text.back() != ')') return text;
  std::string head = text.substr(0, open);
  if (head != "VARCHAR" && head != "CHAR" && head != "VARBINARY") return text;
  int length = std::atoi(text.c_str() + open + 1);
  if (length <= limit) return text;
  return head + "(" + std::to_string(limit) + ")";
}

/// The dialect's type for text with no better mapping.
std::string text_fallback(const DialectTraits& dialect) {
  const TypeSpelling* text = dialect.find_type(TypeKind::Text);
  return text ? std::string(text->prefix) : std::string("text");
}

}  // namespace

bool is_keyed_column(const Table& table, const std::string& column) {
  if (table.primary_key && contains(table.primary_key->columns, column)) return true;
  for (const auto& unique : table.uniques) {
    if (contains(unique.columns, column)) return true;
  }
  for (const auto& fk : table.foreign_keys) {
    if (contains(fk.columns, column)) return true;
  }
  for (const auto& index : table.indexes) {
    for (const auto& element : index.elements) {
      if (element.column == column) return true;
    }
  }
  return false;
}

bool is_counter_column(const Column& column) {
  return column.identity || column.type.serial ||
         (column.default_value && column.default_value->form == ExprForm::NextVal);
}

std::string write_column_type(EmitContext& ctx, const Table& table, const Column& column,
                              const Subject& object) {
  const DialectTraits& dialect = ctx.dialect;
  if (dialect.native_type_spelling) {
    write_type(ctx, column.type, column.loc, object);
    return column.type.spelling;
  }
  Type type = ctx.schema.base_type(column.type);
  std::string text;
  if (type.array_dims > 0) {
    text = dialect.json_fallback;
    ctx.unsupported(column.loc, object, "the array type " + type_label(column.type) +
                                            " (written as " + text + ")");
  } else if (const EnumType* enum_type = ctx.schema.enum_of(type)) {
    switch (dialect.enum_style) {
      case EnumStyle::NativeType:
        ctx.w.type_name(enum_type->name);
        return type_label(type);
      case EnumStyle::InlineEnum:
        text = "ENUM(";
        for (size_t i = 0; i < enum_type->values.size(); ++i) {
          if (i) text += ", ";
          text += quote_literal(dialect, enum_type->values[i]);
        }
        text += ')';
        break;
      case EnumStyle::CheckIn:
        text = text_fallback(dialect);  // write_enum_check() adds the CHECK
        break;
    }
  } else if (const TypeSpelling* spelling =
                 type.kind == TypeKind::UserDefined || type.kind == TypeKind::Other
                     ? nullptr
                     : dialect.find_type(type.kind)) {
    text = spelled(*spelling, type);
    // An unbounded numeric written with bounds (MySQL's DECIMAL(65,30): 35 integer and 30
    // fractional digits) no longer holds every value.
    bool bounded = type.kind == TypeKind::Decimal && type.modifiers.empty() &&
                   text.find('(') != std::string::npos;
    if (spelling->approximate || bounded)
      ctx.approximated(column.loc, object, type_label(type), text);
  } else {
    text = text_fallback(dialect);
    ctx.unsupported(column.loc, object,
                    "the type " + type_label(type) + " (written as " + text + ")");
  }
  // A key can change the type twice (bounded, then shortened to fit): one note with the
  // type finally written.
  std::string key_loss;
  if (dialect.keyed_text_needs_length && is_keyed_column(table, column.name)) {
    // MySQL indexes only a prefix of TEXT and BLOB columns: keys need a bounded type.
    std::string keyed;
    if (text == "LONGTEXT") keyed = "VARCHAR(255)";
    if (text == "LONGBLOB") keyed = "VARBINARY(255)";
    if (!keyed.empty()) {
      key_loss = " in a key";
      text = keyed;
    }
  }
  if (int limit = keyed_column_limit(ctx, table, column); limit > 0) {
    std::string shorter = shortened(text, limit);
    if (shorter != text) {
      key_loss = " in a key of more than " + std::to_string(dialect.max_key_bytes) + " bytes";
      text = shorter;
    }
  }
  if (!key_loss.empty()) ctx.approximated(column.loc, object, type_label(type) + key_loss, text);
  ctx.w.sql(text);
  return text;
}

void write_enum_check(EmitContext& ctx, const Column& column) {
  if (ctx.dialect.enum_style != EnumStyle::CheckIn) return;
  const EnumType* enum_type = ctx.schema.enum_of(ctx.schema.base_type(column.type));
  if (enum_type == nullptr) return;
  SqlWriter& w = ctx.w;
  w.kw("CHECK").open().ident(column.name).kw("IN").open();
  for (size_t i = 0; i < enum_type->values.size(); ++i) {
    if (i) w.comma();
    w.literal(enum_type->values[i]);
  }
  w.close().close();
}

void write_bool_check(EmitContext& ctx, const Column& column) {
  if (!ctx.dialect.bool_check) return;
  Type type = ctx.schema.base_type(column.type);
  if (type.kind != TypeKind::Bool || type.array_dims > 0) return;
  // SQLite stores any value in an INTEGER column; the check keeps it to FALSE and TRUE.
  ctx.w.kw("CHECK").open().ident(column.name).kw("IN").open().number(0).comma().number(1);
  ctx.w.close().close();
}

}  // namespace sf::detail
