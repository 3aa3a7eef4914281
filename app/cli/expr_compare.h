#pragma once
// Whether two expressions say the same thing once a database has stored and re-rendered one
// of them: casts, parentheses, white space, `public.`/`pg_catalog.` prefixes, BETWEEN written
// as two comparisons, `IN (...)` as `= ANY (ARRAY[...])` (build verification, step 2).
#include <string>

#include "schemaforge/model/expr.h"

namespace sf::cli {

/// The text with the renderings above removed: `(status)::text = ANY (ARRAY['a'::text])`
/// and `status = ANY(ARRAY['a'])` give the same string.
std::string normalise_expression(const std::string& sql);

/// Same recognised form (column, operator, values; numbers without trailing fractional
/// zeros), else the same normalised text.
bool same_expression(const Expr& a, const Expr& b);

}  // namespace sf::cli
