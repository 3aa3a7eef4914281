#pragma once
// Column and domain types: a logical kind plus the PostgreSQL spelling it came with.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/model/name.h"

namespace sf {

enum class TypeKind {
  Bool,
  Int16,
  Int32,
  Int64,
  Decimal,      ///< numeric(p,s)
  Float32,
  Float64,
  Money,
  Text,         ///< text
  Varchar,      ///< character varying(n)
  Char,         ///< character(n)
  Bytes,        ///< bytea
  Uuid,
  Date,
  Time,
  TimeTz,
  Timestamp,
  TimestampTz,
  Interval,
  Json,
  Jsonb,
  Inet,
  Cidr,
  MacAddr,
  Bit,
  VarBit,
  Xml,
  TsVector,
  UserDefined,  ///< an enum, domain or composite type of the schema: see `ref`
  Other,        ///< a type the model has no kind for (point, tsrange, ...): see `spelling`
};

struct Type {
  TypeKind kind = TypeKind::Other;
  /// The full PostgreSQL spelling, in format_type() style: "integer", "character varying(45)",
  /// "numeric(10,2)[]", "timestamp(3) with time zone", "public.mpaa_rating", "serial".
  /// Identifiers inside it are quoted as PostgreSQL needs them.
  std::string spelling;
  /// Type modifiers when they are plain integers: (n) for varchar/char/bit, (p,s) for numeric,
  /// (p) for time/timestamp/interval precision.
  std::vector<int64_t> modifiers;
  int array_dims = 0;
  /// serial, smallserial, bigserial: an integer with an owned sequence as its default.
  bool serial = false;
  /// The referenced type for UserDefined (and for Other types with a schema).
  QualifiedName ref;
  /// The type as a non-SQL source wrote it (DBML `varchar(255)`, `"double precision"`,
  /// Prisma `String`); empty for SQL sources. Lets DBML round trips keep the author's
  /// spelling while `spelling` stays PostgreSQL's.
  std::string source_spelling;

  std::optional<int64_t> length() const;     ///< varchar/char/bit length
  std::optional<int64_t> precision() const;  ///< numeric precision, time precision
  std::optional<int64_t> scale() const;      ///< numeric scale

  bool operator==(const Type&) const = default;
};

/// Human-readable name of a kind, also the JSON spelling ("int32", "timestamptz", ...).
const char* to_string(TypeKind kind);
std::optional<TypeKind> type_kind_from_string(const std::string& text);

}  // namespace sf
