#include "schemaforge/model/name.h"

namespace sf {

const std::string& QualifiedName::effective_schema() const {
  static const std::string kDefault = kDefaultSchema;
  return schema.empty() ? kDefault : schema;
}

bool QualifiedName::same_object(const QualifiedName& other) const {
  return name == other.name && effective_schema() == other.effective_schema();
}

std::string QualifiedName::display() const { return schema.empty() ? name : schema + "." + name; }

}  // namespace sf
