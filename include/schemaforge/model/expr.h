#pragma once
// SQL expressions (defaults, checks, index expressions and predicates, policy expressions).
#include <string>
#include <vector>

namespace sf {

/// A form the other dialects and the analyses can understand without parsing SQL.
enum class ExprForm {
  Other,         ///< anything else: only `sql` is meaningful
  Literal,       ///< `value` holds the literal's text (unquoted for strings)
  StringLiteral, ///< `value` holds the unescaped string
  BoolLiteral,   ///< `value` is "true" or "false"
  Null,          ///< NULL
  Now,           ///< now(), CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE ... (`value` names which)
  RandomUuid,    ///< gen_random_uuid(), uuid_generate_v4()
  NextVal,       ///< nextval('seq'): `value` holds the sequence name as written
  InList,        ///< `column` IN (`list`...)
  Comparison,    ///< `column` <op in value> `list[0]`
};

struct Expr {
  /// Canonical PostgreSQL text of the expression, without enclosing parentheses. For a
  /// PostgreSQL source this is libpg_query's deparse, so it survives round trips exactly.
  std::string sql;
  ExprForm form = ExprForm::Other;
  std::string value;
  std::string column;
  std::vector<std::string> list;

  bool operator==(const Expr&) const = default;
};

}  // namespace sf
