#include "frontends/introspect/foreign_ddl.h"

#include <memory>

#include "schemaforge/frontends/postgres.h"

namespace sf::detail {

bool pg_expression_parses(const std::string& expr) {
  // A probe statement in a scratch model; only whether it parses matters.
  Schema scratch;
  Diagnostics diagnostics;
  std::string probe = "CREATE TABLE sf_probe (x integer DEFAULT (" + expr + "\n));";
  parse_postgres(std::make_shared<const SourceFile>("probe", probe), scratch, diagnostics);
  return !diagnostics.has_errors();
}

std::string backticks_to_double_quotes(const std::string& expr) {
  std::string out;
  char quote = 0;
  for (size_t i = 0; i < expr.size(); ++i) {
    char c = expr[i];
    if (quote) {
      if (c == '\\' && quote == '\'' && i + 1 < expr.size()) {
        out += c;
        out += expr[++i];
        continue;
      }
      if (c == quote) quote = 0;
      if (c == '`') {
        out += '"';
        continue;
      }
      if (c == '"' && quote == '`') {
        out += "\"\"";
        continue;
      }
      out += c;
      continue;
    }
    if (c == '\'' || c == '`') quote = c;
    out += c == '`' ? '"' : c;
  }
  return out;
}

void VerbatimExprs::add(const std::string& table, const std::string& column, Kind kind,
                        const std::string& name, const std::string& sql) {
  items_.push_back({table, column, kind, name, sql});
}

void VerbatimExprs::attach(Schema& schema) const {
  for (const auto& item : items_) {
    Table* table = schema.find_table(QualifiedName{"", item.table});
    if (!table) continue;
    Expr expr;
    expr.sql = item.sql;
    switch (item.kind) {
      case Kind::Default:
      case Kind::Generated:
        if (Column* column = table->find_column(item.column)) {
          (item.kind == Kind::Default ? column->default_value : column->generated) = expr;
        }
        break;
      case Kind::Check: {
        CheckConstraint check;
        check.name = item.name;
        check.expr = expr;
        table->checks.push_back(std::move(check));
        break;
      }
    }
  }
}

void report_not_kept(Diagnostics& diagnostics, const std::string& source, const std::string& what,
                     DiagObject object, std::string kept_as) {
  const DiagCode code = DiagCode::IntrospectNotKept;
  diagnostics.report(code, info(code).severity, SourceLoc{}, source + ": " + what,
                     std::move(object), std::move(kept_as));
}

}  // namespace sf::detail
