#pragma once
// `build`'s verification (docs/build.md): the model applied to a real database (embedded
// SQLite by default, or --db URL), compared, seeded, its query patterns planned, dropped.
#include <string>
#include <vector>

#include "schemaforge/base/result.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

/// One step's outcome: `ok` false fails the build (exit 4); `lines` are what the summary
/// prints under it (findings, plans, what could not be run and why).
struct VerifyStep {
  std::string name;
  bool ok = true;
  std::vector<std::string> lines = {};
};

struct VerifyOptions {
  std::string url = "sqlite::memory:";
  size_t rows_per_table = 0;  ///< 0 = 20 on SQLite, 2000 on a server (so plans mean something)
  /// Test hook: SQL run right after the DDL is applied, to damage the database on purpose
  /// and prove the later steps notice (the SF_TEST_VERIFY_AFTER_APPLY variable).
  std::string after_apply_sql;
  /// Test hook: SQL run after the seed rows are in (a value starting "-- after-seed:").
  std::string after_seed_sql;
};

struct VerifyReport {
  std::string database;  ///< "SQLite (in memory)", the URL without its password, ...
  std::vector<VerifyStep> steps;
  bool ok() const;
};

/// Runs the five steps in order; a failing step ends the run (the database may then be
/// left as it is, for a look). Sets `verified_plan` of each query pattern in `schema`.
/// Fails (exit 3) only when the database cannot be reached or is not empty.
Result<VerifyReport> verify_build(Schema& schema, const VerifyOptions& options);

}  // namespace sf::cli
