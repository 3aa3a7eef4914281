// Step 2 of build verification: what the database holds after the DDL, read back by
// `inspect`, against the model. Names only where the catalog keeps them exactly; a loss the
// dialect reported (SF3001/SF3002) names its object and is not counted again.
#include <algorithm>

#include "cli/verify_steps.h"

namespace sf::cli {

namespace {

struct Compare {
  const Schema& inspected;
  db::Dialect dialect;
  const Diagnostics& losses;
  VerifyStep step{"inspect and compare", true, {}};
  size_t checked = 0;

  // Without schemas (SQLite, MySQL's one database) only the bare name is compared.
  bool same(const QualifiedName& a, const QualifiedName& b) const {
    return dialect == db::Dialect::Postgres ? a.same_object(b) : a.name == b.name;
  }
  const Table* find(const QualifiedName& name) const {
    for (const auto& t : inspected.tables) {
      if (same(t.name, name)) return &t;
    }
    return nullptr;
  }
  bool reported_lost(const std::string& object) const {
    return std::any_of(losses.items().begin(), losses.items().end(), [&](const Diagnostic& d) {
      return d.message.find(object) != std::string::npos;
    });
  }
  void missing(const std::string& what) {
    step.ok = false;
    step.lines.push_back("missing after apply: " + what);
  }

  void table(const Table& source) {
    ++checked;
    std::string name = source.name.display();
    const Table* got = find(source.name);
    if (got == nullptr) {
      if (!reported_lost("table " + name)) missing("table " + name);
      return;
    }
    for (const auto& column : source.columns) {
      if (!got->find_column(column.name)) missing("column " + name + "." + column.name);
    }
    if (source.primary_key && (!got->primary_key || got->primary_key->columns != source.primary_key->columns)) {
      missing("primary key (" + join(source.primary_key->columns) + ") of " + name);
    }
    for (const auto& fk : source.foreign_keys) {
      bool found = std::any_of(got->foreign_keys.begin(), got->foreign_keys.end(), [&](const ForeignKey& g) {
        return g.columns == fk.columns && same(g.ref_table, fk.ref_table);
      });
      if (!found && !reported_lost(name)) missing("foreign key (" + join(fk.columns) + ") of " + name);
    }
    for (const auto& unique : source.uniques) {
      bool found = std::any_of(got->uniques.begin(), got->uniques.end(),
                               [&](const UniqueConstraint& g) { return g.columns == unique.columns; }) ||
                   std::any_of(got->indexes.begin(), got->indexes.end(), [&](const Index& g) {
                     return g.unique && columns_of(g) == unique.columns;
                   });
      if (!found) missing("unique key (" + join(unique.columns) + ") of " + name);
    }
    for (const auto& index : source.indexes) {
      if (index.name.empty()) continue;  // the database chose its name: nothing to match by
      bool found = std::any_of(got->indexes.begin(), got->indexes.end(),
                               [&](const Index& g) { return g.name == index.name; });
      if (!found && !reported_lost("index " + index.name)) {
        missing("index " + index.name + " on " + name);
      }
    }
  }

  static std::vector<std::string> columns_of(const Index& index) {
    std::vector<std::string> out;
    for (const auto& e : index.elements) out.push_back(e.column);
    return out;
  }
  static std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
  }
};

}  // namespace

VerifyStep compare_inspected(const Schema& source, const Schema& inspected, db::Dialect dialect,
                             const Diagnostics& losses) {
  Compare compare{inspected, dialect, losses};
  for (const auto& table : source.tables) compare.table(table);
  for (const auto& table : inspected.tables) {
    bool known = std::any_of(source.tables.begin(), source.tables.end(),
                             [&](const Table& t) { return compare.same(t.name, table.name); });
    if (!known) compare.step.lines.push_back("note: the database also holds table " + table.name.display());
  }
  compare.step.lines.insert(compare.step.lines.begin(),
                            std::to_string(compare.checked) + " tables compared (columns, keys, foreign keys, indexes)" +
                                (losses.items().empty() ? "" : "; " + std::to_string(losses.items().size()) +
                                                                    " reported loss(es) excluded"));
  return compare.step;
}

}  // namespace sf::cli
