// The MySQL/MariaDB driver: the only file that sees mysql.h (libmariadb).
#include <mysql.h>

#include "drivers.h"

namespace sf::db::detail {

namespace {

class MySqlConnection final : public Connection {
public:
  MySqlConnection(MYSQL* conn, std::string display) : conn_(conn) { display_url_ = std::move(display); }
  ~MySqlConnection() override { mysql_close(conn_); }

  Dialect dialect() const override { return Dialect::MySql; }

  Status execute(std::string_view sql) override {
    // CLIENT_MULTI_STATEMENTS is set at connect: drain every result of the script.
    if (mysql_real_query(conn_, sql.data(), sql.size()) != 0) return failure();
    while (true) {
      if (MYSQL_RES* res = mysql_store_result(conn_)) mysql_free_result(res);
      int next = mysql_next_result(conn_);
      if (next == -1) break;
      if (next > 0) return failure();
    }
    return ok_status();
  }

  Result<Rows> query(std::string_view sql) override {
    if (mysql_real_query(conn_, sql.data(), sql.size()) != 0) {
      return Error{ExitCode::Environment, one_line(mysql_error(conn_))};
    }
    MYSQL_RES* res = mysql_store_result(conn_);
    Rows rows;
    if (!res) {
      if (mysql_field_count(conn_) != 0) return Error{ExitCode::Environment, one_line(mysql_error(conn_))};
      return rows;
    }
    unsigned fields = mysql_num_fields(res);
    MYSQL_FIELD* info = mysql_fetch_fields(res);
    for (unsigned f = 0; f < fields; ++f) rows.columns.emplace_back(info[f].name);
    while (MYSQL_ROW values = mysql_fetch_row(res)) {
      unsigned long* lengths = mysql_fetch_lengths(res);
      Row row;
      for (unsigned f = 0; f < fields; ++f) {
        if (values[f]) {
          row.emplace_back(std::string(values[f], lengths[f]));
        } else {
          row.emplace_back(std::nullopt);
        }
      }
      rows.rows.push_back(std::move(row));
    }
    mysql_free_result(res);
    return rows;
  }

private:
  Error failure() { return Error{ExitCode::BadInput, one_line(mysql_error(conn_))}; }
  MYSQL* conn_;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_mysql(const Url& url) {
  MYSQL* conn = mysql_init(nullptr);
  if (!conn) return Error{ExitCode::Environment, "cannot initialise the MySQL client library"};
  unsigned timeout = 10;
  mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
  mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  // Never read the caller's ~/.my.cnf: the URL says everything.
  std::string socket = url.param("socket");
  std::string host = url.host.empty() ? "localhost" : url.host;
  unsigned port = url.port.empty() ? 0 : static_cast<unsigned>(std::stoul(url.port));
  if (!mysql_real_connect(conn, host.c_str(), url.user.empty() ? nullptr : url.user.c_str(),
                          url.has_password ? url.password.c_str() : nullptr,
                          url.database.empty() ? nullptr : url.database.c_str(), port,
                          socket.empty() ? nullptr : socket.c_str(), CLIENT_MULTI_STATEMENTS)) {
    std::string why = one_line(mysql_error(conn));
    mysql_close(conn);
    return Error{ExitCode::Environment, "cannot connect to MySQL at " + url.display() + ": " + why};
  }
  return std::unique_ptr<Connection>(std::make_unique<MySqlConnection>(conn, url.display()));
}

}  // namespace sf::db::detail
