#pragma once
// The throwaway servers of the realdb tier (scripts/test starts them), for the inspect tests:
// URLs, a fresh database per test, loading files with the servers' own clients.
#include <string>

namespace sf::test {

/// The value of an SF_TEST_* variable; fails the test (never skips) when it is missing.
std::string server_env(const char* name);

/// A database name unique to this process: sfi_<base>_<pid>.
std::string scratch_name(const std::string& base);

/// postgresql://USER@/DB?host=...&port=... for the throwaway PostgreSQL server.
std::string pg_url(const std::string& database);
/// mysql://root@localhost/DB?socket=... for the throwaway MariaDB server.
std::string mysql_url(const std::string& database);

/// Runs a shell command; returns its exit status and puts stdout+stderr in `output`.
int run_command(const std::string& command, std::string& output);

/// A copy of `path` without the lines that would leave the per-test database: CREATE/DROP
/// DATABASE (and, for MySQL files only, SCHEMA) statements starting in column 1, USE (MySQL) and \c / \connect (psql) lines.
std::string prepared_copy(const std::string& path, bool mysql = false);

/// The unified diff of two texts, for failure messages.
std::string text_diff(const std::string& a, const std::string& b);

}  // namespace sf::test
