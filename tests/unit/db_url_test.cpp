// Database URLs (docs/inspect.md "URLs").
#include <gtest/gtest.h>

#include "schemaforge/db/url.h"

namespace sf::db {
namespace {

TEST(DbUrl, Sqlite) {
  EXPECT_EQ(parse_url("sqlite:app.db")->path, "app.db");
  EXPECT_EQ(parse_url("sqlite:///tmp/x.db")->path, "/tmp/x.db");
  EXPECT_EQ(parse_url("sqlite::memory:")->path, ":memory:");
  EXPECT_FALSE(parse_url("sqlite:"));
}

TEST(DbUrl, PostgresWithSocketDirectory) {
  auto url = parse_url("postgresql://postgres@/shop?host=/tmp/pg%20dir&port=30083");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->dialect, Dialect::Postgres);
  EXPECT_EQ(url->user, "postgres");
  EXPECT_EQ(url->host, "");
  EXPECT_EQ(url->database, "shop");
  EXPECT_EQ(url->param("host"), "/tmp/pg dir");
  EXPECT_EQ(url->param("port"), "30083");
}

TEST(DbUrl, PasswordIsDecodedAndNeverShown) {
  auto url = parse_url("postgres://me:p%40ss@db.example.com:6543/app");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->password, "p@ss");
  EXPECT_EQ(url->host, "db.example.com");
  EXPECT_EQ(url->port, "6543");
  EXPECT_EQ(url->display(), "postgres://me:***@db.example.com:6543/app");
}

TEST(DbUrl, MySqlSocketAndIpv6) {
  auto url = parse_url("mariadb://root@localhost/shop?socket=/run/mysqld/mysqld.sock");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->dialect, Dialect::MySql);
  EXPECT_EQ(url->param("socket"), "/run/mysqld/mysqld.sock");
  auto v6 = parse_url("mysql://u@[::1]:3307/db");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->port, "3307");
}

TEST(DbUrl, Errors) {
  EXPECT_FALSE(parse_url("oracle://x/y"));
  EXPECT_FALSE(parse_url("postgres://h:5x/db"));
  EXPECT_FALSE(parse_url("postgres://u%zz@h/db"));
  EXPECT_FALSE(parse_url("postgres://h/db?novalue"));
  EXPECT_TRUE(looks_like_url("oracle://x/y"));
  EXPECT_TRUE(looks_like_url("sqlite:x.db"));
  EXPECT_FALSE(looks_like_url("schema.sql"));
  EXPECT_FALSE(looks_like_url("dir/file://x.sql"));
}

}  // namespace
}  // namespace sf::db
