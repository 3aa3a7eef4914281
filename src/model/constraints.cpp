#include "schemaforge/model/constraints.h"

namespace sf {

const char* to_string(FkAction action) {
  switch (action) {
    case FkAction::NoAction: return "NO ACTION";
    case FkAction::Restrict: return "RESTRICT";
    case FkAction::Cascade: return "CASCADE";
    case FkAction::SetNull: return "SET NULL";
    case FkAction::SetDefault: return "SET DEFAULT";
  }
  return "NO ACTION";
}

}  // namespace sf
