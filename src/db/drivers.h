#pragma once
// The three drivers, each in its own file and the only place its client library is seen.
#include <memory>

#include "schemaforge/db/connection.h"

namespace sf::db::detail {

Result<std::unique_ptr<Connection>> open_sqlite(const Url& url, const ConnectOptions& options);
Result<std::unique_ptr<Connection>> open_postgres(const Url& url);
Result<std::unique_ptr<Connection>> open_mysql(const Url& url);

/// Client messages end in newlines and sometimes span lines; diagnostics are one line.
std::string one_line(std::string_view message);

}  // namespace sf::db::detail
