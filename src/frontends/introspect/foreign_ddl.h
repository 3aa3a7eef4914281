#pragma once
// SQLite and MySQL catalogs are written out as PostgreSQL DDL for the PostgreSQL frontend.
// Their expressions (defaults, checks, generated columns) are kept as PostgreSQL syntax when
// PostgreSQL's grammar reads them, and attached verbatim otherwise.
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

/// True when `expr` reads as a PostgreSQL expression.
bool pg_expression_parses(const std::string& expr);

/// Rewrites MySQL's `name` quoting as "name", outside string literals.
std::string backticks_to_double_quotes(const std::string& expr);

/// Expressions left out of the DDL text, to be put into the model after it is parsed.
class VerbatimExprs {
public:
  enum class Kind { Default, Generated, Check };
  void add(const std::string& table, const std::string& column, Kind kind, const std::string& name,
           const std::string& sql);
  /// Puts each expression into the parsed model, as SQL text with no recognised form.
  void attach(Schema& schema) const;

private:
  struct Item {
    std::string table, column;
    Kind kind;
    std::string name, sql;
  };
  std::vector<Item> items_;
};

/// `what` was in the database but the model has no place for it (SF6005). An object the model
/// keeps under another name gives `object` (its database name) and `kept_as`.
void report_not_kept(Diagnostics& diagnostics, const std::string& source, const std::string& what,
                     DiagObject object = {}, std::string kept_as = {});

}  // namespace sf::detail
