#pragma once
// Comparing a model with the model `inspect` reads back after emit_sql() wrote it for SQLite
// or MySQL and the output was applied to a real database (tests/realdb/
// dialect_roundtrip_test.cpp). What the dialect writes on purpose is expected: its type table
// (docs/dialects.md "What each dialect maps"), enums as CHECK ... IN or ENUM(...), a
// partition or child table as a table with its parent's columns, InnoDB's index for each
// foreign key. Every other difference is reported with the model object it is about, so a
// caller can require a loss (SF3001/SF3002) for that object (Diagnostic::object).
#include <string>
#include <vector>

#include "schemaforge/backends/sql.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf::test {

struct DialectDifference {
  /// What the difference is about, in the emitter's terms: kind, the source table's
  /// display() name, and the object's name (for an unnamed constraint or index, its key:
  /// "(a, b)" or a check's expression text), as the emitter sets Diagnostic::object.
  DiagObject object;
  /// "film.rating: type: expected enum('G','PG'), got text".
  std::string text;
  /// A column's type differs: an approximated type (SF3002) explains only this.
  bool type = false;
};

/// Every difference between `source` (the model that was emitted) and `inspected` (what the
/// database holds afterwards) that `dialect`'s own mapping does not account for. `emitted`:
/// the emitter's diagnostics, whose renamings (SF3004, Diagnostic::written_as) say under
/// which name a table or index is to be found; `inspected_notes`: inspect's diagnostics,
/// whose renamings (SF6005 with written_as) say the name it gave an object in the model.
std::vector<DialectDifference> dialect_differences(const Schema& source, const Schema& inspected,
                                                   Dialect dialect, const Diagnostics& emitted = {},
                                                   const Diagnostics& inspected_notes = {});

/// The differences that no loss in `losses` names (same DiagObject): an SF3001 explains any
/// difference of its object, an SF3002 only a column's type. Each difference is returned as
/// its text and its object.
std::vector<std::string> unexplained_differences(const std::vector<DialectDifference>& differences,
                                                 const Diagnostics& losses);

}  // namespace sf::test
