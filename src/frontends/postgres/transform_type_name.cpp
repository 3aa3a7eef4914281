// TypeName -> Type, spelled as PostgreSQL's format_type() spells it.
#include <array>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

struct Builtin {
  std::string_view name;  // pg_type name (what the grammar produces) or a plain name
  TypeKind kind;
  std::string_view spelling;  // format_type() spelling without modifiers
};

// The grammar turns INT, VARCHAR(n), TIMESTAMP WITH TIME ZONE ... into pg_catalog.<typname>;
// format_type() spells them back in SQL-standard form. Plain names spell as themselves.
constexpr std::array<Builtin, 28> kBuiltins = {{
    {"int2", TypeKind::Int16, "smallint"},
    {"int4", TypeKind::Int32, "integer"},
    {"int8", TypeKind::Int64, "bigint"},
    {"bool", TypeKind::Bool, "boolean"},
    {"float4", TypeKind::Float32, "real"},
    {"float8", TypeKind::Float64, "double precision"},
    {"numeric", TypeKind::Decimal, "numeric"},
    {"varchar", TypeKind::Varchar, "character varying"},
    {"bpchar", TypeKind::Char, "character"},
    {"timestamp", TypeKind::Timestamp, "timestamp"},
    {"timestamptz", TypeKind::TimestampTz, "timestamp"},
    {"time", TypeKind::Time, "time"},
    {"timetz", TypeKind::TimeTz, "time"},
    {"interval", TypeKind::Interval, "interval"},
    {"bit", TypeKind::Bit, "bit"},
    {"varbit", TypeKind::VarBit, "bit varying"},
    {"text", TypeKind::Text, "text"},
    {"uuid", TypeKind::Uuid, "uuid"},
    {"bytea", TypeKind::Bytes, "bytea"},
    {"date", TypeKind::Date, "date"},
    {"money", TypeKind::Money, "money"},
    {"json", TypeKind::Json, "json"},
    {"jsonb", TypeKind::Jsonb, "jsonb"},
    {"inet", TypeKind::Inet, "inet"},
    {"cidr", TypeKind::Cidr, "cidr"},
    {"macaddr", TypeKind::MacAddr, "macaddr"},
    {"xml", TypeKind::Xml, "xml"},
    {"tsvector", TypeKind::TsVector, "tsvector"},
}};

struct Serial {
  std::string_view name;
  TypeKind kind;
};
constexpr std::array<Serial, 6> kSerials = {{
    {"serial", TypeKind::Int32},
    {"serial4", TypeKind::Int32},
    {"bigserial", TypeKind::Int64},
    {"serial8", TypeKind::Int64},
    {"smallserial", TypeKind::Int16},
    {"serial2", TypeKind::Int16},
}};

const Builtin* find_builtin(std::string_view name) {
  for (const auto& builtin : kBuiltins) {
    if (builtin.name == name) return &builtin;
  }
  return nullptr;
}

// Interval field masks (PostgreSQL's INTERVAL_MASK bits) as intervaltypmodout() prints them.
constexpr int kMonth = 1 << 1, kYear = 1 << 2, kDay = 1 << 3, kHour = 1 << 10, kMinute = 1 << 11,
              kSecond = 1 << 12, kFullRange = 0x7FFF;

std::string_view interval_fields(int64_t mask) {
  switch (mask) {
    case kYear:
      return " year";
    case kMonth:
      return " month";
    case kDay:
      return " day";
    case kHour:
      return " hour";
    case kMinute:
      return " minute";
    case kSecond:
      return " second";
    case kYear | kMonth:
      return " year to month";
    case kDay | kHour:
      return " day to hour";
    case kDay | kHour | kMinute:
      return " day to minute";
    case kDay | kHour | kMinute | kSecond:
      return " day to second";
    case kHour | kMinute:
      return " hour to minute";
    case kHour | kMinute | kSecond:
      return " hour to second";
    case kMinute | kSecond:
      return " minute to second";
    default:
      return "";
  }
}

std::string join_modifiers(const std::vector<int64_t>& modifiers) {
  std::string out = "(";
  for (size_t i = 0; i < modifiers.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(modifiers[i]);
  }
  return out + ")";
}

/// A typmod that is not a plain integer (PostGIS `geometry(Point,4326)`), as text.
std::string modifier_text(ParseContext& ctx, const PgNode* node) {
  if (auto value = integer_value(node)) return std::to_string(*value);
  if (node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
    const auto* ref = node->column_ref;
    return quoted_name_list(ref->fields, ref->n_fields);
  }
  return expr_sql(ctx, node);
}

/// Spells a built-in type with its modifiers, in format_type() style.
std::string builtin_spelling(const Builtin& builtin, bool written_bare_bpchar, Type& type,
                             const std::vector<int64_t>& mods) {
  std::string spelling(builtin.spelling);
  switch (builtin.kind) {
    case TypeKind::Decimal:
      // numeric(p) is numeric(p,0).
      if (mods.size() == 1)
        type.modifiers = {mods[0], 0};
      else
        type.modifiers = mods;
      if (!type.modifiers.empty()) spelling += join_modifiers(type.modifiers);
      return spelling;
    case TypeKind::Char:
      if (written_bare_bpchar && mods.empty()) return "bpchar";
      [[fallthrough]];
    case TypeKind::Varchar:
    case TypeKind::Bit:
    case TypeKind::VarBit:
      type.modifiers = mods;
      if (!mods.empty()) spelling += join_modifiers(mods);
      return spelling;
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
    case TypeKind::Time:
    case TypeKind::TimeTz: {
      type.modifiers = mods;
      if (!mods.empty()) spelling += join_modifiers(mods);
      bool with_zone = builtin.kind == TypeKind::TimestampTz || builtin.kind == TypeKind::TimeTz;
      return spelling + (with_zone ? " with time zone" : " without time zone");
    }
    case TypeKind::Interval: {
      // The grammar gives (field mask[, precision]).
      if (!mods.empty()) {
        if (mods[0] != kFullRange) spelling += interval_fields(mods[0]);
        if (mods.size() >= 2) {
          type.modifiers = {mods[1]};
          spelling += '(';
          spelling += std::to_string(mods[1]);
          spelling += ')';
        }
      }
      return spelling;
    }
    case TypeKind::Bool:
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Float32:
    case TypeKind::Float64:
    case TypeKind::Money:
    case TypeKind::Text:
    case TypeKind::Bytes:
    case TypeKind::Uuid:
    case TypeKind::Date:
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::Inet:
    case TypeKind::Cidr:
    case TypeKind::MacAddr:
    case TypeKind::Xml:
    case TypeKind::TsVector:
    case TypeKind::UserDefined:
    case TypeKind::Other:
      type.modifiers = mods;
      if (!mods.empty()) spelling += join_modifiers(mods);
      return spelling;
  }
  return spelling;
}

}  // namespace

Type transform_type(ParseContext& ctx, const PgQuery__TypeName* type_name) {
  Type type;
  if (type_name == nullptr) return type;
  QualifiedName written = qualified_name(type_name->names, type_name->n_names);

  if (type_name->pct_type) {
    // table.column%TYPE: resolved by the database, kept as written.
    type.spelling = quoted_name_list(type_name->names, type_name->n_names) + "%TYPE";
    return type;
  }

  std::vector<int64_t> mods;
  bool integer_mods = true;
  for (size_t i = 0; i < type_name->n_typmods; ++i) {
    if (auto value = integer_value(type_name->typmods[i]))
      mods.push_back(*value);
    else
      integer_mods = false;
  }

  bool system = written.schema.empty() || written.schema == "pg_catalog";
  const Builtin* builtin = system ? find_builtin(written.name) : nullptr;
  if (builtin != nullptr && integer_mods) {
    type.kind = builtin->kind;
    // CHARACTER always gets a length from the grammar; only a bare bpchar has none.
    bool bare_bpchar = written.name == "bpchar";
    type.spelling = builtin_spelling(*builtin, bare_bpchar, type, mods);
  } else {
    bool serial = false;
    if (written.schema.empty() && type_name->n_typmods == 0) {
      for (const auto& candidate : kSerials) {
        if (candidate.name == written.name) {
          type.kind = candidate.kind;
          type.serial = serial = true;
        }
      }
    }
    // Other types are spelled as written; pg_catalog is always visible, so format_type()
    // never shows it.
    QualifiedName shown =
        written.schema == "pg_catalog" ? QualifiedName{"", written.name} : written;
    type.spelling = quoted_name(shown);
    if (!serial) {
      QualifiedName resolved = ctx.resolve_type(written);
      bool user_defined = ctx.schema.find_enum(resolved) || ctx.schema.find_domain(resolved) ||
                          ctx.schema.find_composite(resolved);
      if (user_defined) {
        type.kind = TypeKind::UserDefined;
        type.ref = resolved;
      } else if (!shown.schema.empty()) {
        type.ref = shown;
      }
    }
    if (type_name->n_typmods > 0) {
      if (integer_mods) type.modifiers = mods;
      std::string text = "(";
      for (size_t i = 0; i < type_name->n_typmods; ++i) {
        if (i) text += ',';
        text += modifier_text(ctx, type_name->typmods[i]);
      }
      type.spelling += text + ")";
    }
  }

  for (size_t i = 0; i < type_name->n_array_bounds; ++i) {
    auto bound = integer_value(type_name->array_bounds[i]).value_or(-1);
    type.spelling += '[';
    if (bound >= 0) type.spelling += std::to_string(bound);
    type.spelling += ']';
  }
  type.array_dims = static_cast<int>(type_name->n_array_bounds);
  return type;
}

std::string type_sql(ParseContext& ctx, const PgQuery__TypeName* type_name) {
  if (type_name == nullptr) return {};
  std::string spelling = transform_type(ctx, type_name).spelling;
  return type_name->setof ? "SETOF " + spelling : spelling;
}

std::string collation_sql(PgNode* const* items, size_t count) {
  return quoted_name_list(items, count);
}

}  // namespace sf::detail
