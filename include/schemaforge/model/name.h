#pragma once
// Qualified object names. Names are stored as the database sees them (already case-folded,
// unquoted); writers quote them as needed.
#include <compare>
#include <string>

namespace sf {

/// The schema (namespace) every unqualified name falls into, as in PostgreSQL's search_path.
inline constexpr const char* kDefaultSchema = "public";

struct QualifiedName {
  std::string schema;  ///< empty when the source did not qualify the name
  std::string name;

  bool empty() const { return name.empty(); }
  /// The schema, with an empty one read as kDefaultSchema.
  const std::string& effective_schema() const;
  /// Equal when names match and schemas match after reading empty as kDefaultSchema.
  bool same_object(const QualifiedName& other) const;
  /// "schema.name" or "name", unquoted: for messages and documents, not for SQL.
  std::string display() const;

  auto operator<=>(const QualifiedName&) const = default;
};

}  // namespace sf
