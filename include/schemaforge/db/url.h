#pragma once
// Database URLs: which server or file a connection goes to.
#include <string>
#include <utility>
#include <vector>

#include "schemaforge/base/result.h"

namespace sf::db {

enum class Dialect { Sqlite, Postgres, MySql };

const char* to_string(Dialect dialect);  ///< "sqlite", "postgres", "mysql"

/// A parsed URL. Accepted forms:
///   sqlite:PATH, sqlite:///ABS/PATH, sqlite::memory:
///   postgres://USER:PASS@HOST:PORT/DB?host=/socket/dir&sslmode=...   (also postgresql://)
///   mysql://USER:PASS@HOST:PORT/DB?socket=/path/mysql.sock             (also mariadb://)
/// Every part after the scheme is optional for the servers; percent-escapes are decoded.
struct Url {
  Dialect dialect = Dialect::Sqlite;
  std::string path;      ///< sqlite: the file, or ":memory:"
  std::string user;
  std::string password;
  bool has_password = false;
  std::string host;
  std::string port;
  std::string database;
  std::vector<std::pair<std::string, std::string>> params;  ///< query parameters, in order

  /// The value of query parameter `key`, or "" when absent.
  std::string param(const std::string& key) const;
  /// The URL for messages: the password is never shown.
  std::string display() const;
};

/// True when `text` starts with a scheme this module knows (sqlite:, postgres://, ...) or any
/// other `scheme://`, so a schema argument is read as a URL rather than a file name.
bool looks_like_url(const std::string& text);

/// Parses a URL. Fails (exit 3) with a message naming what is wrong.
Result<Url> parse_url(const std::string& text);

}  // namespace sf::db
