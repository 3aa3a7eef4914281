#include "schemaforge/db/connection.h"

#include "drivers.h"

namespace sf::db {

namespace detail {
std::string one_line(std::string_view message) {
  std::string out;
  bool space = false;
  for (char c : message) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}
}  // namespace detail

Result<std::unique_ptr<Connection>> connect(const std::string& text, const ConnectOptions& options) {
  auto url = parse_url(text);
  if (!url) return Error{ExitCode::Environment, "bad database URL: " + url.error().message};
  switch (url->dialect) {
    case Dialect::Sqlite: return detail::open_sqlite(*url, options);
    case Dialect::Postgres: return detail::open_postgres(*url);
    case Dialect::MySql: return detail::open_mysql(*url);
  }
  return Error{ExitCode::Environment, "unknown dialect"};
}

std::string quote_identifier(Dialect dialect, std::string_view name) {
  char q = dialect == Dialect::MySql ? '`' : '"';
  std::string out(1, q);
  for (char c : name) {
    if (c == q) out += q;
    out += c;
  }
  out += q;
  return out;
}

std::string quote_literal(Dialect dialect, std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    if (c == '\\' && dialect == Dialect::MySql) out += '\\';
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace sf::db
