#pragma once
// Comparing a model read from a DDL file with the model `inspect` reads back from a database
// the file was applied to. Only what the catalog cannot tell apart is normalised; each step
// is listed in inspect_compare.cpp and docs/inspect.md ("How inspect is tested").
#include <string>

#include "schemaforge/model/schema.h"

namespace sf::test {

/// comparable_json() of `schema` after the inspect normalisations.
std::string inspect_comparable_json(Schema schema);

/// An expression's text with casts, parentheses and white space removed.
std::string normalise_expression_text(const std::string& sql);

}  // namespace sf::test
