#pragma once
// The steps of build verification that need more than a few lines (cli/build_verify.h).
#include <string>
#include <vector>

#include "cli/build_verify.h"
#include "schemaforge/base/diagnostic.h"
#include "schemaforge/db/connection.h"
#include "schemaforge/model/schema.h"

namespace sf::cli {

/// Step 2: every table, column, primary key, foreign key, unique key, index and CHECK (by its
/// normalised expression) of `source` is in `inspected`, except what the dialect reported it
/// could not write (`losses`: the same object at the same source location).
VerifyStep compare_inspected(const Schema& source, const Schema& inspected, db::Dialect dialect,
                             const Diagnostics& losses);

/// Step 4: each query pattern, its `$n` bound to seeded values, through the database's
/// EXPLAIN; sets `verified_plan`. `seeded` holds the rows that were inserted.
VerifyStep plan_queries(Schema& schema, const Schema& seeded, db::Connection& connection);

/// Text of a seeded value as a literal of `dialect`.
std::string literal_for(db::Dialect dialect, const SeedValue& value);

}  // namespace sf::cli
