// The SQLite driver: the only file that sees sqlite3.h.
#include <sqlite3.h>

#include <cstring>

#include "drivers.h"

namespace sf::db::detail {

namespace {

class SqliteConnection final : public Connection {
public:
  SqliteConnection(sqlite3* db, std::string display) : db_(db) { display_url_ = std::move(display); }
  ~SqliteConnection() override { sqlite3_close_v2(db_); }

  Dialect dialect() const override { return Dialect::Sqlite; }

  // Statement by statement (rather than sqlite3_exec) so a failure can name its line.
  Status execute(std::string_view sql) override {
    std::string text(sql);
    const char* start = text.c_str();
    const char* tail = start;
    while (*tail) {
      sqlite3_stmt* stmt = nullptr;
      const char* next = nullptr;
      const char* here = tail;
      if (sqlite3_prepare_v2(db_, tail, -1, &stmt, &next) != SQLITE_OK) return failure(start, here);
      tail = next;
      if (!stmt) continue;  // whitespace or a comment
      int rc;
      while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      }
      sqlite3_finalize(stmt);
      if (rc != SQLITE_DONE) return failure(start, here);
    }
    return ok_status();
  }

  Result<Rows> query(std::string_view sql) override {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
      return Error{ExitCode::Environment, one_line(sqlite3_errmsg(db_))};
    }
    Rows rows;
    int n = sqlite3_column_count(stmt);
    for (int i = 0; i < n; ++i) rows.columns.emplace_back(sqlite3_column_name(stmt, i));
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      Row row;
      for (int i = 0; i < n; ++i) {
        if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
          row.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
          row.emplace_back(std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt, i))));
        }
      }
      rows.rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return Error{ExitCode::Environment, one_line(sqlite3_errmsg(db_))};
    return rows;
  }

private:
  Error failure(const char* start, const char* statement) {
    // Line of the statement's first non-blank character.
    while (*statement == ' ' || *statement == '\n' || *statement == '\t' || *statement == '\r') ++statement;
    size_t line = 1;
    for (const char* p = start; p < statement; ++p) line += *p == '\n';
    return Error{ExitCode::BadInput, "line " + std::to_string(line) + ": " + one_line(sqlite3_errmsg(db_))};
  }

  sqlite3* db_;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_sqlite(const Url& url, const ConnectOptions& options) {
  int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
  if (url.path == ":memory:") flags |= SQLITE_OPEN_MEMORY | SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(url.path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Error{ExitCode::Environment, "cannot open SQLite database " + url.display() + ": " + one_line(why)};
  }
  auto conn = std::make_unique<SqliteConnection>(db, url.display());
  // SQLite reads the header lazily: touch the schema so a non-database file fails here.
  auto probe = conn->query("SELECT count(*) FROM sqlite_schema");
  if (!probe) {
    return Error{ExitCode::Environment, "cannot open SQLite database " + url.display() + ": " + probe.error().message};
  }
  if (!conn->execute("PRAGMA foreign_keys = ON")) {
    return Error{ExitCode::Environment, "cannot configure SQLite database " + url.display()};
  }
  return std::unique_ptr<Connection>(std::move(conn));
}

}  // namespace sf::db::detail
