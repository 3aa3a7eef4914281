// MySQL/MariaDB: information_schema -> PostgreSQL DDL text -> the PostgreSQL frontend. Views
// and triggers keep MySQL's text and go into the model directly.
#include <cctype>
#include <map>
#include <set>

#include "frontends/introspect/catalog_script.h"
#include "frontends/introspect/foreign_ddl.h"
#include "frontends/introspect/mysql_types.h"
#include "frontends/introspect/sqlite_sql_scan.h"

namespace sf::detail {

namespace {

std::string lit(const std::string& text) { return db::quote_literal(db::Dialect::MySql, text); }

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// MariaDB writes defaults as SQL (quoted strings, NULL, current_timestamp()); MySQL 8 writes
// the bare value. Either becomes a PostgreSQL expression.
std::string default_sql(const std::string& value, const std::string& pg_type, bool mariadb) {
  std::string low = lower(value);
  if (low.rfind("current_timestamp", 0) == 0) {
    std::string args = value.substr(17);
    return args == "()" || args.empty() ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP" + args;
  }
  // MariaDB's names for CURRENT_DATE, CURRENT_TIME and (uuid()).
  if (low == "curdate()" || low == "current_date()") return "CURRENT_DATE";
  if (low.rfind("curtime(", 0) == 0 || low.rfind("current_time(", 0) == 0) return "CURRENT_TIME";
  if (low == "uuid()") return "gen_random_uuid()";
  if (pg_type == "boolean" && (value == "0" || value == "1" || value == "b'0'" || value == "b'1'")) {
    return value.find('1') != std::string::npos ? "true" : "false";
  }
  bool textual = pg_type.rfind("character", 0) == 0 || pg_type == "text" || pg_type.empty() ||
                 pg_type == "date" || pg_type.rfind("time", 0) == 0;
  if (!mariadb && textual) return sql_string(value);
  if (!value.empty() && value.front() == '\'') {
    // MariaDB's 'it\'s' escapes become PostgreSQL's 'it''s'.
    std::string out = "'";
    for (size_t i = 1; i + 1 < value.size(); ++i) {
      if (value[i] == '\\' && i + 2 < value.size()) { out += value[++i] == '\'' ? "''" : std::string(1, value[i]); continue; }
      out += value[i];
    }
    return out + "'";
  }
  return backticks_to_double_quotes(value);
}

/// `text` without "`db`." qualifiers outside string literals.
std::string unqualified(const std::string& text, const std::string& db) {
  std::string prefix = "`";
  for (char c : db) prefix += c == '`' ? std::string("``") : std::string(1, c);
  prefix += "`.";
  std::string out;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      out += c;
      if (c == '\\' && i + 1 < text.size())
        out += text[++i];
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '`' && text.compare(i, prefix.size(), prefix) == 0) {
      i += prefix.size() - 1;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    if (c == '`') {  // a quoted name: copied whole
      size_t end = i + 1;
      while (end < text.size() &&
             !(text[end] == '`' && (end + 1 >= text.size() || text[end + 1] != '`'))) {
        end += text[end] == '`' ? 2 : 1;
      }
      out += text.substr(i, end + 1 - i);
      i = end;
      continue;
    }
    out += c;
  }
  return out;
}

std::vector<std::string> enum_values(const std::string& column_type) {
  std::vector<std::string> values;
  for (const auto& t : scan_sql(column_type)) {
    if (t.kind == SqlToken::Kind::String) values.push_back(t.value);
  }
  return values;
}

class MySqlReader {
public:
  MySqlReader(db::Connection& conn, Diagnostics& diagnostics) : conn_(conn), diagnostics_(diagnostics) {}

  Result<Schema> read() {
    auto who = catalog_query(conn_, "the database name", "SELECT DATABASE(), VERSION()");
    if (!who) return who.error();
    if (!who->rows.at(0)[0]) {
      return Error{ExitCode::Environment, conn_.display_url() + " names no database; add it to the URL (mysql://host/DB)"};
    }
    db_ = field(who->rows[0], 0);
    mariadb_ = lower(field(who->rows[0], 1)).find("mariadb") != std::string::npos;
    std::string script;
    for (auto step : {&MySqlReader::tables, &MySqlReader::keys, &MySqlReader::foreign_keys, &MySqlReader::checks}) {
      if (auto st = (this->*step)(); !st) return st.error();
    }
    Schema schema;
    if (!parse_ddl("mysql:" + db_, types_ + tables_ + after_ + comments_, schema, diagnostics_)) {
      return Error{ExitCode::Environment, "the catalog of " + conn_.display_url() +
                                              " did not read back into the model (a schemaforge bug)"};
    }
    verbatim_.attach(schema);
    if (auto st = views(schema); !st) return st.error();
    if (auto st = triggers(schema); !st) return st.error();
    return schema;
  }

private:
  void not_kept(const std::string& what) { report_not_kept(diagnostics_, conn_.display_url(), what); }

  /// MariaDB's JSON is LONGTEXT with a column CHECK (json_valid(col)) named after the column:
  /// such columns are read as json, without the check.
  Status json_columns() {
    if (!mariadb_) return ok_status();
    auto rows = catalog_query(conn_, "JSON columns",
                              "SELECT TABLE_NAME, CONSTRAINT_NAME FROM "
                              "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = " +
                                  lit(db_) +
                                  " AND LEVEL = 'Column' AND CHECK_CLAUSE = CONCAT('json_valid(`', "
                                  "CONSTRAINT_NAME, '`)')");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) json_columns_.insert({field(r, 0), field(r, 1)});
    return ok_status();
  }

  Status tables() {
    if (auto st = json_columns(); !st) return st;
    auto rows = catalog_query(conn_, "tables", "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
                              "WHERE TABLE_SCHEMA = " + lit(db_) + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    if (!rows) return rows.error();
    auto cols = catalog_query(conn_, "columns", "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, "
                              "COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT FROM "
                              "information_schema.COLUMNS WHERE TABLE_SCHEMA = " + lit(db_) +
                              " ORDER BY TABLE_NAME, ORDINAL_POSITION");
    if (!cols) return cols.error();
    std::map<std::string, std::vector<db::Row>> by_table;
    for (auto& c : cols->rows) by_table[field(c, 0)].push_back(c);
    for (const auto& r : rows->rows) {
      const std::string& name = field(r, 0);
      std::string q = pg_ident(name);
      table_names_.insert(name);
      std::string stmt = "CREATE TABLE " + q + " (";
      std::string sep = "\n  ";
      for (const auto& c : by_table[name]) {
        const std::string& column = field(c, 1);
        std::string note;
        std::string type = mysql_type_to_postgres(field(c, 2), field(c, 3), note);
        if (json_columns_.count({name, column})) {
          if (lower(field(c, 2)) == "longtext")
            type = "json";
          else
            json_columns_.erase({name, column});  // a check of the user's own: kept
        }
        if (!note.empty()) not_kept(name + "." + column + ": " + note);
        if (type.empty()) {  // enum: a type of its own, named after the table and column
          std::string enum_name = pg_ident(name + "_" + column);
          types_ += "CREATE TYPE " + enum_name + " AS ENUM (";
          std::string open;
          for (const auto& v : enum_values(field(c, 3))) {
            types_ += open + sql_string(v);
            open = ", ";
          }
          types_ += ");\n";
          type = enum_name;
        }
        std::string extra = lower(field(c, 6));
        bool counter = extra.find("auto_increment") != std::string::npos;
        if (counter && type == "numeric(20,0)") {  // identity needs an integer type
          type = "bigint";
          not_kept(name + "." + column + ": BIGINT UNSIGNED AUTO_INCREMENT is read as bigint");
        }
        stmt += sep + pg_ident(column) + " " + type;
        sep = ",\n  ";
        if (extra.find("generated") != std::string::npos) {
          if (extra.find("virtual") != std::string::npos) not_kept("VIRTUAL generated column " + name + "." + column + " is read as STORED");
          std::string expr = backticks_to_double_quotes(field(c, 7));
          if (pg_expression_parses(expr)) {
            stmt += " GENERATED ALWAYS AS (" + expr + ") STORED";
          } else {
            verbatim_.add(name, column, VerbatimExprs::Kind::Generated, "", field(c, 7));
          }
        } else if (counter) {
          stmt += " GENERATED BY DEFAULT AS IDENTITY";
        } else if (c[5] && !(mariadb_ && field(c, 5) == "NULL")) {
          std::string expr = default_sql(field(c, 5), type, mariadb_);
          if (pg_expression_parses(expr)) {
            stmt += " DEFAULT " + expr;
          } else {
            verbatim_.add(name, column, VerbatimExprs::Kind::Default, "", field(c, 5));
          }
        }
        if (extra.find("on update") != std::string::npos) {
          not_kept(name + "." + column + ": ON UPDATE " + field(c, 6).substr(extra.find("on update") + 10));
        }
        if (field(c, 4) == "NO") stmt += " NOT NULL";
        if (!field(c, 8).empty()) comments_ += "COMMENT ON COLUMN " + q + "." + pg_ident(column) + " IS " + sql_string(field(c, 8)) + ";\n";
      }
      tables_ += stmt + "\n);\n";
      if (!field(r, 1).empty()) comments_ += "COMMENT ON TABLE " + q + " IS " + sql_string(field(r, 1)) + ";\n";
    }
    return ok_status();
  }

  Status keys() {
    auto rows = catalog_query(conn_, "indexes", "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, "
                              "SUB_PART, INDEX_TYPE, INDEX_COMMENT FROM information_schema.STATISTICS WHERE "
                              "TABLE_SCHEMA = " + lit(db_) + " ORDER BY TABLE_NAME, INDEX_NAME = 'PRIMARY' DESC, "
                              "INDEX_NAME, SEQ_IN_INDEX");
    if (!rows) return rows.error();
    struct Key {
      std::string table, name, type, comment;
      bool unique = false;
      std::string columns;
    };
    std::vector<Key> keys;
    for (const auto& r : rows->rows) {
      if (!table_names_.count(field(r, 0))) continue;
      if (keys.empty() || keys.back().table != field(r, 0) || keys.back().name != field(r, 1)) {
        keys.push_back({field(r, 0), field(r, 1), field(r, 6), field(r, 7), field(r, 2) == "0", ""});
      }
      Key& key = keys.back();
      std::string element = r[3] ? pg_ident(field(r, 3)) : "";
      if (element.empty()) {
        not_kept("index " + key.name + " on " + key.table + " has an expression part");
        continue;
      }
      if (r[5]) not_kept("index " + key.name + " on " + key.table + ": prefix length " + field(r, 5) + " of " + field(r, 3));
      if (field(r, 4) == "D") element += " DESC";
      key.columns += (key.columns.empty() ? "" : ", ") + element;
    }
    for (const auto& key : keys) {
      std::string table = pg_ident(key.table);
      if (key.type == "FULLTEXT" || key.type == "SPATIAL") {
        not_kept(key.type + " index " + key.name + " on " + key.table);
        continue;
      }
      if (key.columns.empty()) continue;
      // MySQL index names are per table, PostgreSQL's per schema: a repeated name is
      // prefixed with its table.
      std::string name = key.name;
      if (key.name != "PRIMARY" && !index_names_.insert(name).second) {
        name = key.table + "_" + key.name;
        index_names_.insert(name);
        // Named by its database name, with the model's, so a reader (the dialect round trip)
        // can find it again.
        report_not_kept(diagnostics_, conn_.display_url(),
                        "index " + key.name + " on " + key.table + " is renamed " + name +
                            " (another table has an index of that name)",
                        DiagObject{"index", key.table, key.name}, name);
      }
      if (key.name == "PRIMARY") {
        after_ += "ALTER TABLE " + table + " ADD PRIMARY KEY (" + key.columns + ");\n";
      } else if (key.unique) {
        after_ += "ALTER TABLE " + table + " ADD CONSTRAINT " + pg_ident(name) + " UNIQUE (" + key.columns + ");\n";
      } else {
        std::string method = key.type == "HASH" ? " USING hash" : "";
        after_ += "CREATE INDEX " + pg_ident(name) + " ON " + table + method + " (" + key.columns + ");\n";
        if (!key.comment.empty()) comments_ += "COMMENT ON INDEX " + pg_ident(name) + " IS " + sql_string(key.comment) + ";\n";
      }
    }
    return ok_status();
  }

  Status foreign_keys() {
    auto rows = catalog_query(conn_, "foreign keys", "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, "
                              "k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
                              "r.UPDATE_RULE, r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k JOIN "
                              "information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = "
                              "k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = "
                              "k.TABLE_NAME WHERE k.TABLE_SCHEMA = " + lit(db_) + " AND k.REFERENCED_TABLE_NAME IS "
                              "NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION");
    if (!rows) return rows.error();
    std::string key, from, to, tail;
    auto flush = [&] {
      if (!key.empty()) after_ += "ALTER TABLE " + key + " FOREIGN KEY (" + from + ") REFERENCES " + tail.substr(0, tail.find('\x01')) + " (" + to + ")" + tail.substr(tail.find('\x01') + 1) + ";\n";
    };
    for (const auto& r : rows->rows) {
      std::string this_key = pg_ident(field(r, 0)) + " ADD CONSTRAINT " + pg_ident(field(r, 1));
      if (this_key != key) {
        flush();
        key = this_key;
        from = to = "";
        std::string ref = field(r, 3) == db_ ? pg_ident(field(r, 4)) : pg_ident(field(r, 3)) + "." + pg_ident(field(r, 4));
        std::string actions;
        if (field(r, 7) != "NO ACTION" && field(r, 7) != "RESTRICT") actions += " ON DELETE " + field(r, 7);
        if (field(r, 7) == "RESTRICT") actions += " ON DELETE RESTRICT";
        if (field(r, 6) != "NO ACTION" && field(r, 6) != "RESTRICT") actions += " ON UPDATE " + field(r, 6);
        if (field(r, 6) == "RESTRICT") actions += " ON UPDATE RESTRICT";
        tail = ref + '\x01' + actions;
      }
      from += (from.empty() ? "" : ", ") + pg_ident(field(r, 2));
      to += (to.empty() ? "" : ", ") + pg_ident(field(r, 5));
    }
    flush();
    return ok_status();
  }

  Status checks() {
    // MariaDB lists the table; MySQL 8 does not, so it is joined from TABLE_CONSTRAINTS.
    std::string sql = mariadb_
        ? "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS "
          "WHERE CONSTRAINT_SCHEMA = " + lit(db_) + " ORDER BY TABLE_NAME, CONSTRAINT_NAME"
        : "SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table' FROM information_schema.CHECK_CONSTRAINTS c "
          "JOIN information_schema.TABLE_CONSTRAINTS t ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND "
          "t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_TYPE = 'CHECK' WHERE c.CONSTRAINT_SCHEMA = " +
          lit(db_) + " ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME";
    auto rows = catalog_query(conn_, "check constraints", sql);
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      if (!table_names_.count(field(r, 0))) continue;
      if (field(r, 3) == "Column" && json_columns_.count({field(r, 0), field(r, 1)})) continue;
      std::string expr = backticks_to_double_quotes(field(r, 2));
      // A column-level CHECK is named after its column by MariaDB; that name is not the user's.
      std::string name = field(r, 3) == "Column" ? "" : field(r, 1);
      if (pg_expression_parses(expr)) {
        after_ += "ALTER TABLE " + pg_ident(field(r, 0)) + " ADD " +
                  (name.empty() ? "" : "CONSTRAINT " + pg_ident(name) + " ") + "CHECK (" + expr + ");\n";
      } else {
        verbatim_.add(field(r, 0), "", VerbatimExprs::Kind::Check, name, field(r, 2));
      }
    }
    return ok_status();
  }

  Status views(Schema& schema) {
    auto rows = catalog_query(conn_, "views", "SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION FROM "
                              "information_schema.VIEWS WHERE TABLE_SCHEMA = " + lit(db_) + " ORDER BY TABLE_NAME");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      View view;
      view.name.name = field(r, 0);
      // MySQL's text: it stays MySQL SQL, without the database's own name before each table
      // and column (`db`.`t`.`c`), so it can be created in another database.
      view.query = unqualified(field(r, 1), db_);
      view.query_dialect = "mysql";
      if (field(r, 2) == "LOCAL" || field(r, 2) == "CASCADED") view.check_option = field(r, 2);
      view.ordinal = schema.next_ordinal();
      schema.views.push_back(std::move(view));
    }
    return ok_status();
  }

  Status triggers(Schema& schema) {
    auto rows = catalog_query(conn_, "triggers", "SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, "
                              "ACTION_TIMING, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE "
                              "TRIGGER_SCHEMA = " + lit(db_) + " ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER, TRIGGER_NAME");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      Table* table = schema.find_table(QualifiedName{"", field(r, 2)});
      if (!table) continue;
      Trigger trigger;
      trigger.name = field(r, 0);
      trigger.timing = field(r, 3);
      trigger.events = {field(r, 1)};
      trigger.for_each_row = true;
      trigger.definition = "CREATE TRIGGER " +
                           db::quote_identifier(db::Dialect::MySql, trigger.name) + " " +
                           trigger.timing + " " + field(r, 1) + " ON " +
                           db::quote_identifier(db::Dialect::MySql, field(r, 2)) +
                           " FOR EACH ROW " + unqualified(field(r, 4), db_);
      trigger.definition_dialect = "mysql";
      table->triggers.push_back(std::move(trigger));
    }
    return ok_status();
  }

  db::Connection& conn_;
  Diagnostics& diagnostics_;
  std::string db_;
  bool mariadb_ = true;
  std::set<std::string> table_names_;
  std::set<std::string> index_names_;
  std::set<std::pair<std::string, std::string>> json_columns_;  // (table, column)
  std::string types_, tables_, after_, comments_;
  VerbatimExprs verbatim_;
};

}  // namespace

Result<Schema> introspect_mysql(db::Connection& connection, Diagnostics& diagnostics) {
  return MySqlReader(connection, diagnostics).read();
}

}  // namespace sf::detail
