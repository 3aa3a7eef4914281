// realdb tier: MySQL output that applies only because of how names and keys are written
// (docs/dialects.md): constraint names unique per database, names cut to 64 characters,
// keys shortened to InnoDB's 3072 bytes, tables of two schemas side by side. Each case is
// applied to a fresh MariaDB database and what the keys promise is checked with rows.
#include <gtest/gtest.h>

#include <string>

#include "inspect_servers.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/db/connection.h"
#include "support/model_io.h"

namespace sf::test {
namespace {

/// A fresh MariaDB database holding the MySQL DDL of a PostgreSQL schema.
class MysqlDb {
 public:
  MysqlDb(const std::string& base, const std::string& postgres_sql) {
    name_ = scratch_name("names_" + base);
    auto admin = db::connect(mysql_url(""));
    if (!admin) {
      ADD_FAILURE() << admin.error().message;
      return;
    }
    (*admin)->execute("DROP DATABASE IF EXISTS `" + name_ + "`");
    auto created = (*admin)->execute("CREATE DATABASE `" + name_ + "` CHARACTER SET utf8mb4");
    if (!created) {
      ADD_FAILURE() << created.error().message;
      return;
    }
    auto conn = db::connect(mysql_url(name_));
    if (!conn) {
      ADD_FAILURE() << conn.error().message;
      return;
    }
    conn_ = std::move(*conn);
    Diagnostics parse_diagnostics;
    Schema schema = parse_sql_text(base + ".sql", postgres_sql, parse_diagnostics);
    EXPECT_FALSE(parse_diagnostics.has_errors()) << errors_of(parse_diagnostics);
    ddl_ = emit_sql(schema, SqlOptions{Dialect::Mysql}, diagnostics_);
    auto applied = conn_->execute(ddl_);
    applied_ = static_cast<bool>(applied);
    if (!applied) ADD_FAILURE() << "the DDL does not apply: " << applied.error().message << "\n" << ddl_;
  }
  ~MysqlDb() {
    conn_.reset();
    if (auto admin = db::connect(mysql_url(""))) (*admin)->execute("DROP DATABASE IF EXISTS `" + name_ + "`");
  }
  MysqlDb(const MysqlDb&) = delete;
  MysqlDb& operator=(const MysqlDb&) = delete;

  bool applied() const { return applied_; }
  /// "" on success, else the server's message.
  std::string exec(const std::string& sql) {
    auto st = conn_->execute(sql);
    return st ? "" : st.error().message;
  }
  /// The first column of every row, NULL as "NULL".
  std::vector<std::string> column(const std::string& sql) {
    std::vector<std::string> out;
    auto rows = conn_->query(sql);
    if (!rows) {
      ADD_FAILURE() << rows.error().message;
      return out;
    }
    for (const auto& row : rows->rows) out.push_back(row[0] ? *row[0] : "NULL");
    return out;
  }
  const std::string& name() const { return name_; }
  const std::string& ddl() const { return ddl_; }
  size_t count(DiagCode code) const {
    size_t n = 0;
    for (const auto& d : diagnostics_.items()) n += d.code == code;
    return n;
  }

 private:
  std::string name_;
  std::unique_ptr<db::Connection> conn_;
  std::string ddl_;
  Diagnostics diagnostics_;
  bool applied_ = false;
};

TEST(MysqlNames, ConstraintNamesSharedByTwoTablesApply) {
  MysqlDb db("constraints",
             "CREATE TABLE users (id integer PRIMARY KEY);\n"
             "CREATE TABLE orders (id integer PRIMARY KEY, user_id integer NOT NULL,\n"
             "  CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id),\n"
             "  CONSTRAINT positive CHECK (id > 0));\n"
             "CREATE TABLE invoices (id integer PRIMARY KEY, user_id integer NOT NULL,\n"
             "  CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id),\n"
             "  CONSTRAINT positive CHECK (id > 0));\n");
  ASSERT_TRUE(db.applied());
  EXPECT_EQ(db.count(DiagCode::RenamedObject), 2u);
  EXPECT_EQ(db.column("SELECT concat(table_name, '.', constraint_name) FROM "
                      "information_schema.table_constraints WHERE constraint_schema = '" +
                      db.name() + "' AND constraint_type IN ('FOREIGN KEY', 'CHECK') ORDER BY 1"),
            (std::vector<std::string>{"invoices.invoices_fk_user", "invoices.invoices_positive",
                                      "orders.fk_user", "orders.positive"}));
  // Both foreign keys and both checks work.
  EXPECT_EQ(db.exec("INSERT INTO users VALUES (1)"), "");
  EXPECT_EQ(db.exec("INSERT INTO orders VALUES (1, 1)"), "");
  EXPECT_NE(db.exec("INSERT INTO invoices VALUES (1, 2)"), "");
  EXPECT_NE(db.exec("INSERT INTO invoices VALUES (-1, 1)"), "");
}

TEST(MysqlNames, LongNamesAreCutTo64Characters) {
  // PostgreSQL names have at most 63 bytes; a table-prefixed rename or an unnamed index's
  // default name is longer.
  std::string table = "a_table_whose_name_is_long_enough_to_push_derived_names_past_64";
  std::string fk = "a_foreign_key_whose_name_is_long_enough_to_push_a_renaming_past";
  MysqlDb db("long", "CREATE TABLE parent (id integer PRIMARY KEY);\n"
                     "CREATE TABLE first (id integer PRIMARY KEY, parent_id integer,\n"
                     "  CONSTRAINT " + fk + " FOREIGN KEY (parent_id) REFERENCES parent (id));\n"
                     "CREATE TABLE " + table + " (id integer PRIMARY KEY, code varchar(20),\n"
                     "  parent_id integer, CONSTRAINT " + fk + "\n"
                     "  FOREIGN KEY (parent_id) REFERENCES parent (id));\n"
                     "CREATE INDEX ON " + table + " (code, parent_id);\n");
  ASSERT_TRUE(db.applied());
  // The second foreign key (prefixed with its table) and the unnamed index (its default name).
  EXPECT_EQ(db.count(DiagCode::RenamedObject), 2u) << db.ddl();
  std::string where = " WHERE table_schema = '" + db.name() + "' AND table_name = '" + table + "'";
  auto foreign_keys = db.column("SELECT constraint_name FROM information_schema.table_constraints" +
                                where + " AND constraint_type = 'FOREIGN KEY'");
  ASSERT_EQ(foreign_keys.size(), 1u) << db.ddl();
  EXPECT_EQ(foreign_keys[0].size(), 64u) << foreign_keys[0];
  // The index, and the one InnoDB made for the foreign key under its name.
  auto indexes = db.column("SELECT DISTINCT index_name FROM information_schema.statistics" + where +
                           " AND index_name <> 'PRIMARY'");
  ASSERT_EQ(indexes.size(), 2u) << db.ddl();
  for (const auto& name : indexes) EXPECT_EQ(name.size(), 64u) << name;
}

TEST(MysqlNames, KeysPastInnoDbLimitAreShortenedAndStillUnique) {
  MysqlDb db("keys",
             "CREATE TABLE pages (path varchar(600), locale varchar(600),\n"
             "  email varchar(1000) UNIQUE, title varchar(300), summary varchar(300),\n"
             "  abstract varchar(300), body varchar(300), PRIMARY KEY (path, locale));\n"
             "CREATE INDEX pages_text ON pages (title, summary, abstract, body);\n");
  ASSERT_TRUE(db.applied());
  EXPECT_EQ(db.column("SELECT concat(column_name, ' ', column_type) FROM information_schema.columns "
                      "WHERE table_schema = '" + db.name() + "' AND column_name IN ('path', "
                      "'locale', 'email') ORDER BY 1"),
            (std::vector<std::string>{"email varchar(768)", "locale varchar(384)",
                                      "path varchar(384)"}));
  // Uniqueness is whole-value: two emails that share their first 700 characters are distinct.
  std::string head(700, 'a');
  EXPECT_EQ(db.exec("INSERT INTO pages (path, locale, email) VALUES ('p', 'en', '" + head + "1')"), "");
  EXPECT_EQ(db.exec("INSERT INTO pages (path, locale, email) VALUES ('p', 'de', '" + head + "2')"), "");
  EXPECT_NE(db.exec("INSERT INTO pages (path, locale, email) VALUES ('q', 'en', '" + head + "1')"), "");
  EXPECT_NE(db.exec("INSERT INTO pages (path, locale) VALUES ('p', 'en')"), "");
  // A longer value is refused, not cut (strict mode, the default of both servers).
  EXPECT_NE(db.exec("INSERT INTO pages (path, locale) VALUES ('" + std::string(385, 'x') + "', 'fr')"), "");
  EXPECT_EQ(db.column("SELECT DISTINCT sub_part FROM information_schema.statistics WHERE "
                      "table_schema = '" + db.name() + "' AND index_name = 'pages_text'"),
            (std::vector<std::string>{"192"}));
}

TEST(MysqlNames, TablesOfTwoSchemasLiveSideBySide) {
  MysqlDb db("schemas",
             "CREATE SCHEMA billing;\n"
             "CREATE TABLE users (id integer PRIMARY KEY, email text);\n"
             "CREATE TABLE billing.users (id integer PRIMARY KEY, plan text);\n"
             "CREATE TABLE billing.invoices (id integer PRIMARY KEY,\n"
             "  user_id integer REFERENCES billing.users (id));\n");
  ASSERT_TRUE(db.applied());
  EXPECT_EQ(db.count(DiagCode::RenamedObject), 1u);
  EXPECT_EQ(db.exec("INSERT INTO billing_users VALUES (1, 'gold')"), "");
  EXPECT_EQ(db.exec("INSERT INTO invoices VALUES (10, 1)"), "");
  EXPECT_EQ(db.exec("INSERT INTO users VALUES (2, 'a@b')"), "");
  EXPECT_NE(db.exec("INSERT INTO invoices VALUES (11, 2)"), "") << "the reference points elsewhere";
}

}  // namespace
}  // namespace sf::test
