// The PostgreSQL driver: the only file that sees libpq-fe.h.
#include <libpq-fe.h>

#include "drivers.h"

namespace sf::db::detail {

namespace {

class PostgresConnection final : public Connection {
public:
  PostgresConnection(PGconn* conn, std::string display) : conn_(conn) { display_url_ = std::move(display); }
  ~PostgresConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::Postgres; }

  Status execute(std::string_view sql) override {
    // PQexec runs a multi-statement script in one implicit transaction.
    PGresult* res = PQexec(conn_, std::string(sql).c_str());
    ExecStatusType status = PQresultStatus(res);
    bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    std::string message = ok ? "" : one_line(PQresultErrorMessage(res));
    PQclear(res);
    if (!ok) return Error{ExitCode::BadInput, message};
    return ok_status();
  }

  Result<Rows> query(std::string_view sql) override {
    PGresult* res = PQexec(conn_, std::string(sql).c_str());
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
      std::string message = one_line(PQresultErrorMessage(res));
      PQclear(res);
      return Error{ExitCode::Environment, message};
    }
    Rows rows;
    int fields = PQnfields(res);
    int tuples = PQntuples(res);
    for (int f = 0; f < fields; ++f) rows.columns.emplace_back(PQfname(res, f));
    rows.rows.reserve(static_cast<size_t>(tuples));
    for (int t = 0; t < tuples; ++t) {
      Row row;
      for (int f = 0; f < fields; ++f) {
        if (PQgetisnull(res, t, f)) {
          row.emplace_back(std::nullopt);
        } else {
          row.emplace_back(std::string(PQgetvalue(res, t, f), static_cast<size_t>(PQgetlength(res, t, f))));
        }
      }
      rows.rows.push_back(std::move(row));
    }
    PQclear(res);
    return rows;
  }

private:
  PGconn* conn_;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_postgres(const Url& url) {
  // Keyword/value parameters from our own parse, so every URL form gets one error style.
  std::vector<std::pair<std::string, std::string>> params;
  auto add = [&](const std::string& key, const std::string& value) {
    if (!value.empty()) params.emplace_back(key, value);
  };
  add("host", url.host);
  add("port", url.port);
  add("user", url.user);
  if (url.has_password) params.emplace_back("password", url.password);
  add("dbname", url.database);
  bool timeout = false;
  for (const auto& [key, value] : url.params) {
    params.emplace_back(key, value);
    timeout = timeout || key == "connect_timeout";
  }
  if (!timeout) params.emplace_back("connect_timeout", "10");
  params.emplace_back("client_encoding", "UTF8");
  params.emplace_back("application_name", "schemaforge");
  std::vector<const char*> keys, values;
  for (const auto& [key, value] : params) {
    keys.push_back(key.c_str());
    values.push_back(value.c_str());
  }
  keys.push_back(nullptr);
  values.push_back(nullptr);
  PGconn* conn = PQconnectdbParams(keys.data(), values.data(), 0);
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string why = conn ? one_line(PQerrorMessage(conn)) : "out of memory";
    PQfinish(conn);
    return Error{ExitCode::Environment, "cannot connect to PostgreSQL at " + url.display() + ": " + why};
  }
  auto result = std::make_unique<PostgresConnection>(conn, url.display());
  // Quiet NOTICEs; the introspection queries set their own search_path.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<Connection>(std::move(result));
}

}  // namespace sf::db::detail
