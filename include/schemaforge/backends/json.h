#pragma once
// The model as JSON: a documented, versioned shape (docs/model-json.md).
#include <string>

#include "schemaforge/model/schema.h"

namespace sf {

inline constexpr int kModelJsonVersion = 1;

struct JsonOptions {
  bool locations = true;  ///< include "loc": "file:line:col" on elements
  int indent = 2;
};

/// Serialises the model. Deterministic: model order, keys in a fixed order.
std::string emit_json(const Schema& schema, const JsonOptions& options = {});

}  // namespace sf
