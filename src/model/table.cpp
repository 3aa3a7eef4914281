#include "schemaforge/model/table.h"

namespace sf {

const Column* Table::find_column(const std::string& column_name) const {
  for (const auto& column : columns) {
    if (column.name == column_name) return &column;
  }
  return nullptr;
}

Column* Table::find_column(const std::string& column_name) {
  return const_cast<Column*>(static_cast<const Table*>(this)->find_column(column_name));
}

}  // namespace sf
