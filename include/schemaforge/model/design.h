#pragma once
// The designer's record of why the schema is the way it is: every decision with its reason
// and the alternatives it did not take, per table, plus the query patterns with the index
// chosen for each. The design document prints it; DDL sources leave it empty.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "schemaforge/model/name.h"

namespace sf {

enum class DecisionKind {
  Structure,   ///< tables, keys, relationships, join tables
  DataType,    ///< a column's type
  Constraint,  ///< NOT NULL, UNIQUE, CHECK, referential actions, defaults
  Index,       ///< indexes and why
  Pattern,     ///< what a mixed-in pattern added
};

struct Alternative {
  std::string option;
  std::string why_not;
};

struct DesignDecision {
  DecisionKind kind = DecisionKind::Structure;
  std::string subject;  ///< the column, index or constraint it is about; empty = the table
  std::string choice;   ///< what was chosen, e.g. "uuid DEFAULT gen_random_uuid()"
  std::string reason;
  std::vector<Alternative> alternatives;
};

struct TableDesign {
  QualifiedName table;
  std::vector<std::string> journey;
  std::vector<DesignDecision> decisions;
};

struct QueryDesign {
  std::string name;
  std::string sql;
  std::string frequency;
  std::string journey_step;
  QualifiedName table;
  std::string index;   ///< the index that serves it; empty = none needed or possible
  std::string reason;
  /// What `build`'s verification saw the planner do with it ("index users_email_key
  /// (SQLite)", "not run on SQLite: ..."); empty = not verified, and the document omits it.
  std::string verified_plan = {};  // an initializer, so aggregate initializations may omit it
  /// Rows the pattern returned when `build` ran it on the seed data (fixed seed, so the same
  /// on every run); unset = not run. Timings stay in the console: the document is deterministic.
  std::optional<int64_t> verified_rows = {};
};

/// The brief's scale estimate for one table: rows today and rows added per month. The size
/// analysis (analyses/size.h) projects bytes from it.
struct TableScale {
  QualifiedName table;
  int64_t rows_now = 0;
  int64_t growth_per_month = 0;
};

struct DesignRecord {
  std::string project;
  std::string description;
  std::vector<std::pair<std::string, std::string>> journey;  ///< step, description
  std::vector<TableDesign> tables;
  std::vector<QueryDesign> queries;
  std::vector<std::string> patterns;  ///< patterns applied, in order
  std::vector<TableScale> scale;      ///< the brief's `scale`, in the brief's order

  const TableDesign* find_table(const QualifiedName& name) const;
  TableDesign& table(const QualifiedName& name);  ///< finds or appends
};

}  // namespace sf
