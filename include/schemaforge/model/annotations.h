#pragma once
// What a design carries beyond the database itself: diagram groupings, free-standing notes,
// project metadata and sample rows. DBML and Prisma sources fill these; DDL cannot hold them.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "schemaforge/base/source.h"
#include "schemaforge/model/name.h"

namespace sf {

/// A named group of tables drawn together (DBML `TableGroup`).
struct TableGroup {
  std::string name;
  std::vector<QualifiedName> tables;  ///< in source order
  std::string note;
  std::string color;  ///< "#rrggbb" or "#rgb" as written; empty = none
  SourceLoc loc;
};

/// A note that belongs to no table or column (DBML sticky `Note name { '...' }`).
struct StickyNote {
  std::string name;
  std::string content;
  std::string color;  ///< "#rrggbb", "none" or empty
  SourceLoc loc;
};

/// Project-level metadata (DBML `Project`, Prisma `datasource`/`generator`).
struct ProjectInfo {
  std::string name;
  std::string note;
  /// Free-form key/value fields in source order, e.g. {"database_type", "PostgreSQL"}.
  std::vector<std::pair<std::string, std::string>> fields;
};

/// Diagram and documentation annotations of a whole design.
struct DesignAnnotations {
  std::optional<ProjectInfo> project;
  std::vector<TableGroup> table_groups;
  std::vector<StickyNote> notes;

  bool empty() const { return !project && table_groups.empty() && notes.empty(); }
};

/// One value of a sample row. `kind` keeps how it was written so emitters can quote it.
struct SeedValue {
  enum class Kind { Null, Number, String, Bool, Expression };
  Kind kind = Kind::Null;
  std::string text;  ///< the number's text, the unescaped string, "true"/"false", the SQL text
  bool operator==(const SeedValue&) const = default;
};

/// Sample rows for a table (DBML `records`): column names and one value list per row.
struct SeedRows {
  std::vector<std::string> columns;
  std::vector<std::vector<SeedValue>> rows;
  SourceLoc loc;
};

}  // namespace sf
