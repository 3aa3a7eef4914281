// Step 2 of build verification: what the database holds after the DDL, read back by
// `inspect`, against the model. Names only where the catalog keeps them exactly; CHECKs by
// their expression (cli/expr_compare.h). A loss the dialect reported (SF3001/SF3002) is not
// counted again: the loss must name the same object and sit at its source location.
#include <algorithm>

#include "cli/expr_compare.h"
#include "cli/verify_steps.h"

namespace sf::cli {

namespace {

struct Compare {
  const Schema& inspected;
  db::Dialect dialect;
  const Diagnostics& losses;
  VerifyStep step{"inspect and compare", true, {}};
  size_t checked = 0;
  size_t checks_compared = 0;

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
  /// The object a loss names: the text after the last " of " of "<dialect> output cannot
  /// express <what> of <object>" ("table users", "index x on users").
  static std::string lost_object(const Diagnostic& d) {
    size_t at = d.message.rfind(" of ");
    return at == std::string::npos ? std::string() : d.message.substr(at + 4);
  }
  static bool same_place(const SourceLoc& a, const SourceLoc& b) {
    return a.file == b.file && a.line == b.line && a.column == b.column;
  }
  /// A loss reported for exactly this object: its name, and its place when the model knows it.
  bool reported_lost(const std::string& object, const SourceLoc& loc) const {
    return std::any_of(losses.items().begin(), losses.items().end(), [&](const Diagnostic& d) {
      return lost_object(d) == object && (!loc.known() || same_place(d.loc, loc));
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
      if (!reported_lost("table " + name, source.loc)) missing("table " + name);
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
      if (!found && !reported_lost("table " + name, fk.loc)) missing("foreign key (" + join(fk.columns) + ") of " + name);
    }
    for (const auto& unique : source.uniques) {
      bool found = std::any_of(got->uniques.begin(), got->uniques.end(),
                               [&](const UniqueConstraint& g) { return g.columns == unique.columns; }) ||
                   std::any_of(got->indexes.begin(), got->indexes.end(), [&](const Index& g) {
                     return g.unique && columns_of(g) == unique.columns;
                   });
      if (!found) missing("unique key (" + join(unique.columns) + ") of " + name);
    }
    checks(source, *got, name);
    for (const auto& index : source.indexes) {
      if (index.name.empty()) continue;  // the database chose its name: nothing to match by
      bool found = std::any_of(got->indexes.begin(), got->indexes.end(),
                               [&](const Index& g) { return g.name == index.name; });
      if (!found && !reported_lost("index " + index.name + " on " + name, index.loc)) {
        missing("index " + index.name + " on " + name);
      }
    }
  }

  void checks(const Table& source, const Table& got, const std::string& name) {
    for (const auto& check : source.checks) {
      ++checks_compared;
      bool found = std::any_of(got.checks.begin(), got.checks.end(),
                               [&](const CheckConstraint& g) { return same_expression(g.expr, check.expr); });
      if (found) continue;
      if (reported_lost("table " + name, check.loc)) {
        --checks_compared;
        continue;
      }
      missing("CHECK (" + check.expr.sql + ") of " + name + (check.name.empty() ? "" : " (" + check.name + ")") +
              ", or changed");
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
                            std::to_string(compare.checked) + " tables compared (columns, keys, foreign keys, indexes, " +
                                std::to_string(compare.checks_compared) + " CHECKs)" +
                                (losses.items().empty() ? "" : "; " + std::to_string(losses.items().size()) +
                                                                    " reported loss(es) excluded"));
  return compare.step;
}

}  // namespace sf::cli
