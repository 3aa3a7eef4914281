#include "schemaforge/model/design.h"

namespace sf {

const TableDesign* DesignRecord::find_table(const QualifiedName& name) const {
  for (const auto& table_design : tables) {
    if (table_design.table.same_object(name)) return &table_design;
  }
  return nullptr;
}

TableDesign& DesignRecord::table(const QualifiedName& name) {
  for (auto& table_design : tables) {
    if (table_design.table.same_object(name)) return table_design;
  }
  tables.push_back(TableDesign{name, {}, {}});
  return tables.back();
}

}  // namespace sf
