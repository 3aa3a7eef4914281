#pragma once
// A small connection to SQLite, PostgreSQL or MySQL/MariaDB. The client libraries (sqlite3,
// libpq, libmariadb) are visible only inside src/db; callers see this interface.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemaforge/base/result.h"
#include "schemaforge/db/url.h"

namespace sf::db {

/// One result row: every value as text, NULL as nullopt.
using Row = std::vector<std::optional<std::string>>;

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;
};

class Connection {
public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  /// Runs a script of one or more statements. Fails (ExitCode::BadInput) with the server's
  /// message; for SQLite the message also names the line of the failing statement.
  virtual Status execute(std::string_view sql) = 0;
  /// Runs one query and returns all its rows.
  virtual Result<Rows> query(std::string_view sql) = 0;
  /// The URL this connection was opened with, without its password.
  const std::string& display_url() const { return display_url_; }

protected:
  std::string display_url_;
};

struct ConnectOptions {
  /// SQLite only: create the file when it does not exist (inspecting never creates one).
  bool create = false;
};

/// Opens a connection. Fails (ExitCode::Environment) with one line naming the URL and what
/// went wrong: a malformed URL, an unreachable server, wrong credentials, a file that is not
/// an SQLite database.
///
///   auto conn = sf::db::connect("postgres://postgres@/shop?host=/tmp/pg");
///   if (!conn) { std::cerr << conn.error().message; }
///   auto rows = (*conn)->query("SELECT 1");
Result<std::unique_ptr<Connection>> connect(const std::string& url, const ConnectOptions& options = {});

/// Quotes an identifier for `dialect` ("a""b" / `a``b`).
std::string quote_identifier(Dialect dialect, std::string_view name);
/// Quotes a string literal ('it''s'; MySQL also doubles backslashes).
std::string quote_literal(Dialect dialect, std::string_view text);

}  // namespace sf::db
