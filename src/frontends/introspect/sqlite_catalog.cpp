// SQLite: sqlite_schema and the table_xinfo / foreign_key_list / index_list / index_xinfo
// pragmas -> PostgreSQL DDL text -> the PostgreSQL frontend. Views and triggers keep SQLite's
// text and go into the model directly.
#include <algorithm>
#include <cctype>
#include <map>

#include "frontends/introspect/catalog_script.h"
#include "frontends/introspect/foreign_ddl.h"
#include "frontends/introspect/sqlite_sql_scan.h"
#include "frontends/introspect/sqlite_types.h"

namespace sf::detail {

namespace {

using Kind = SqlToken::Kind;

bool is_word(const SqlToken& t, const char* word) { return t.kind == Kind::Word && t.value == word; }
bool is_punct(const SqlToken& t, const char* p) { return t.kind == Kind::Punct && t.value == p; }

std::string lit(const std::string& text) { return db::quote_literal(db::Dialect::Sqlite, text); }

// CHECK constraints and generated-column expressions, from the CREATE TABLE text.
struct TableText {
  struct Check {
    std::string name, sql;
  };
  std::vector<Check> checks;
  std::map<std::string, std::string> generated;  // column -> expression
  /// DEFERRABLE [INITIALLY DEFERRED] of each REFERENCES clause, in declaration order (the
  /// foreign_key_list pragma does not say).
  std::vector<std::string> fk_timing;
  bool autoincrement = false;
};

TableText read_table_text(const std::string& sql) {
  TableText out;
  auto tokens = scan_sql(sql);
  for (const auto& t : tokens) out.autoincrement = out.autoincrement || is_word(t, "AUTOINCREMENT");
  static const char* const kConstraintStarts[] = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"};
  for (const auto& element : table_elements(tokens)) {
    if (element.empty()) continue;
    bool column = std::none_of(std::begin(kConstraintStarts), std::end(kConstraintStarts),
                               [&](const char* w) { return is_word(element[0], w); });
    std::string column_name = column ? (element[0].kind == Kind::Word ? element[0].text : element[0].value) : "";
    size_t first_fk = out.fk_timing.size();
    for (size_t k = 0; k < element.size(); ++k) {
      if (is_word(element[k], "REFERENCES")) out.fk_timing.emplace_back();
      if (out.fk_timing.size() == first_fk) continue;
      if (is_word(element[k], "DEFERRABLE") && !(k > 0 && is_word(element[k - 1], "NOT"))) {
        out.fk_timing.back() = " DEFERRABLE";
      }
      if (is_word(element[k], "DEFERRED") && k > 0 && is_word(element[k - 1], "INITIALLY") &&
          !out.fk_timing.back().empty()) {
        out.fk_timing.back() = " DEFERRABLE INITIALLY DEFERRED";
      }
    }
    for (size_t k = 0; k + 1 < element.size(); ++k) {
      if (is_word(element[k], "CHECK") && is_punct(element[k + 1], "(")) {
        std::string name;
        if (k >= 2 && is_word(element[k - 2], "CONSTRAINT")) {
          name = element[k - 1].kind == Kind::Word ? element[k - 1].text : element[k - 1].value;
        }
        out.checks.push_back({name, parenthesised(sql, element, k + 1)});
      }
      if (column && is_word(element[k], "AS") && is_punct(element[k + 1], "(")) {
        out.generated[column_name] = parenthesised(sql, element, k + 1);
      }
    }
  }
  return out;
}

/// Words that are operators wherever SQLite sees them bare (a column of that name must be
/// quoted there).
bool is_operator_word(const SqlToken& t) {
  static const char* const kWords[] = {
      "AND",   "OR",      "NOT",    "IN",   "IS",    "NULL", "LIKE", "GLOB",    "REGEXP",
      "MATCH", "BETWEEN", "CASE",   "WHEN", "THEN",  "ELSE", "END",  "COLLATE", "ESCAPE",
      "CAST",  "AS",      "EXISTS", "TRUE", "FALSE", "ASC",  "DESC"};
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](const char* w) { return t.value == w; });
}

/// SQLite has no UUID function; schemas write a random one as 32 hex digits or, as
/// schemaforge's SQLite output does (dialects/sqlite.cpp), in the dashed version 4 form. Either
/// is the model's random UUID, so it converts to gen_random_uuid() and back.
bool is_random_uuid_idiom(const std::string& text) {
  std::string squeezed;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      squeezed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (squeezed.size() > 2 && squeezed.front() == '(' && squeezed.back() == ')')
    squeezed = squeezed.substr(1, squeezed.size() - 2);
  static const char* const kIdioms[] = {
      "lower(hex(randomblob(16)))",
      "lower(hex(randomblob(4))||'-'||hex(randomblob(2))||'-4'||substr(hex(randomblob(2)),2)||"
      "'-'||substr('89ab',1+(random()&3),1)||substr(hex(randomblob(2)),2)||'-'||"
      "hex(randomblob(6)))"};
  return std::any_of(std::begin(kIdioms), std::end(kIdioms),
                     [&](const char* idiom) { return squeezed == idiom; });
}

/// An expression in SQLite's text as PostgreSQL reads it: [name] and `name` quoting as
/// "name", and a bare column name PostgreSQL reserves (user, order, ...) quoted.
std::string expression_text(const std::string& text, const std::vector<std::string>& columns = {}) {
  std::string out;
  auto tokens = scan_sql(text);
  size_t last = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const SqlToken& t = tokens[k];
    std::string replacement;
    if (t.kind == Kind::Quoted && (text[t.begin] == '[' || text[t.begin] == '`')) {
      replacement = pg_ident(t.value);
    } else if (t.kind == Kind::Word && !is_operator_word(t) &&
               !(k + 1 < tokens.size() && is_punct(tokens[k + 1], "("))) {
      for (const auto& column : columns) {
        if (column.size() == t.text.size() &&
            std::equal(column.begin(), column.end(), t.text.begin(), [](char a, char b) {
              return std::tolower(static_cast<unsigned char>(a)) ==
                     std::tolower(static_cast<unsigned char>(b));
            })) {
          if (pg_ident(column) != column) replacement = pg_ident(column);
          break;
        }
      }
    }
    if (!replacement.empty()) {
      out += text.substr(last, t.begin - last) + replacement;
      last = t.end;
    }
  }
  return out + text.substr(last);
}

/// CREATE [UNIQUE] INDEX name ON table (key parts) [WHERE predicate] from SQLite's text, with
/// the names quoted for PostgreSQL; "" when the text is not of that shape.
std::string index_statement(const std::string& sql, const std::string& index,
                            const std::string& table, bool unique,
                            const std::vector<std::string>& columns) {
  auto tokens = scan_sql(sql);
  size_t on = 0;
  while (on < tokens.size() && !is_word(tokens[on], "ON")) ++on;
  size_t open = on;
  while (open < tokens.size() && !is_punct(tokens[open], "(")) ++open;
  if (open >= tokens.size()) return "";
  std::string keys = parenthesised(sql, tokens, open);
  std::string out = std::string("CREATE ") + (unique ? "UNIQUE " : "") + "INDEX " +
                    pg_ident(index) + " ON " + pg_ident(table) + " (" +
                    expression_text(keys, columns) + ")";
  int depth = 0;
  for (size_t k = open; k < tokens.size(); ++k) {
    if (is_punct(tokens[k], "(")) ++depth;
    if (is_punct(tokens[k], ")")) --depth;
    if (depth == 0 && is_word(tokens[k], "WHERE")) {
      std::string predicate = sql.substr(tokens[k].end);
      while (!predicate.empty() &&
             (predicate.back() == ';' || predicate.back() == ' ' || predicate.back() == '\n')) {
        predicate.pop_back();
      }
      out += " WHERE " + expression_text(predicate, columns);
      break;
    }
  }
  return out;
}

class SqliteReader {
public:
  SqliteReader(db::Connection& conn, Diagnostics& diagnostics) : conn_(conn), diagnostics_(diagnostics) {}

  Result<Schema> read() {
    auto objects = catalog_query(conn_, "sqlite_schema",
                                 "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE "
                                 "'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
    if (!objects) return objects.error();
    std::string tables, after;
    for (const auto& r : objects->rows) {
      if (field(r, 0) != "table") continue;
      if (auto st = table(field(r, 1), field(r, 3), tables, after); !st) return st.error();
    }
    Schema schema;
    if (!parse_ddl(conn_.display_url(), tables + after, schema, diagnostics_)) {
      return Error{ExitCode::Environment, "the catalog of " + conn_.display_url() +
                                              " did not read back into the model (a schemaforge bug)"};
    }
    verbatim_.attach(schema);
    for (const auto& r : objects->rows) {
      if (field(r, 0) == "view") add_view(schema, field(r, 1), field(r, 3));
      if (field(r, 0) == "trigger") add_trigger(schema, field(r, 1), field(r, 2), field(r, 3));
    }
    return schema;
  }

private:
  void not_kept(const std::string& what) { report_not_kept(diagnostics_, conn_.display_url(), what); }

  Status table(const std::string& name, const std::string& sql, std::string& out, std::string& after) {
    const std::string q = pg_ident(name);
    auto cols = catalog_query(conn_, "columns", "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                                                "FROM pragma_table_xinfo(" + lit(name) + ") ORDER BY cid");
    if (!cols) return cols.error();
    TableText text = read_table_text(sql);
    std::string stmt = "CREATE TABLE " + q + " (";
    std::vector<std::pair<int, std::string>> pk;
    std::vector<std::string> column_names;
    for (const auto& c : cols->rows) column_names.push_back(field(c, 1));
    std::string sep = "\n  ";
    for (const auto& c : cols->rows) {
      const std::string& column = field(c, 1);
      std::string type = sqlite_type_to_postgres(field(c, 2));
      int pk_pos = std::stoi(field(c, 5));
      bool identity = text.autoincrement && pk_pos == 1 && type == "integer";
      stmt += sep + pg_ident(column) + " " + type;
      sep = ",\n  ";
      int hidden = std::stoi(field(c, 6));
      if (hidden == 2 || hidden == 3) {
        std::string expr = expression_text(text.generated[column], column_names);
        if (hidden == 2) not_kept("VIRTUAL generated column " + name + "." + column + " is read as STORED");
        if (!expr.empty() && pg_expression_parses(expr)) {
          stmt += " GENERATED ALWAYS AS (" + expr + ") STORED";
        } else if (!expr.empty()) {
          verbatim_.add(name, column, VerbatimExprs::Kind::Generated, "", text.generated[column]);
        }
      } else if (identity) {
        stmt += " GENERATED BY DEFAULT AS IDENTITY";
      } else if (c[4]) {
        std::string expr = expression_text(field(c, 4), column_names);
        if (is_random_uuid_idiom(field(c, 4))) {
          stmt += " DEFAULT gen_random_uuid()";
        } else if (pg_expression_parses(expr)) {
          stmt += " DEFAULT " + expr;
        } else {
          verbatim_.add(name, column, VerbatimExprs::Kind::Default, "", field(c, 4));
        }
      }
      if (is_true(c, 3)) stmt += " NOT NULL";
      if (pk_pos > 0) pk.emplace_back(pk_pos, column);
    }
    std::sort(pk.begin(), pk.end());
    if (!pk.empty()) {
      stmt += sep + "PRIMARY KEY (";
      for (size_t i = 0; i < pk.size(); ++i) stmt += (i ? ", " : "") + pg_ident(pk[i].second);
      stmt += ")";
    }
    for (const auto& check : text.checks) {
      std::string expr = expression_text(check.sql, column_names);
      if (pg_expression_parses(expr)) {
        stmt += sep + (check.name.empty() ? "" : "CONSTRAINT " + pg_ident(check.name) + " ") + "CHECK (" + expr + ")";
      } else {
        verbatim_.add(name, "", VerbatimExprs::Kind::Check, check.name, check.sql);
      }
    }
    out += stmt + "\n);\n";
    if (auto st = foreign_keys(name, text, after); !st) return st;
    return indexes(name, column_names, after);
  }

  Status foreign_keys(const std::string& name, const TableText& text, std::string& after) {
    auto fks = catalog_query(conn_, "foreign keys", "SELECT id, seq, \"table\", \"from\", \"to\", on_update, "
                                                    "on_delete, match FROM pragma_foreign_key_list(" + lit(name) +
                                                    ") ORDER BY id DESC, seq");
    if (!fks) return fks.error();
    // SQLite numbers foreign keys last-declared first; id DESC restores declaration order.
    std::string current;
    std::string from, to, ref, actions;
    bool ref_columns = true;
    size_t count = 0, k = 0;
    for (size_t i = 0; i < fks->rows.size(); ++i)
      count += i == 0 || field(fks->rows[i], 0) != field(fks->rows[i - 1], 0);
    auto flush = [&] {
      if (current.empty()) return;
      // The text's REFERENCES clauses line up with the pragma's keys when they are as many.
      std::string timing = count == text.fk_timing.size() ? text.fk_timing[k] : "";
      ++k;
      after += "ALTER TABLE " + pg_ident(name) + " ADD FOREIGN KEY (" + from + ") REFERENCES " +
               ref + (ref_columns ? " (" + to + ")" : "") + actions + timing + ";\n";
    };
    for (const auto& f : fks->rows) {
      if (field(f, 0) != current) {
        flush();
        current = field(f, 0);
        from = to = "";
        ref = pg_ident(field(f, 2));
        ref_columns = f[4].has_value();
        actions = "";
        if (field(f, 6) != "NO ACTION") actions += " ON DELETE " + field(f, 6);
        if (field(f, 5) != "NO ACTION") actions += " ON UPDATE " + field(f, 5);
      }
      from += (from.empty() ? "" : ", ") + pg_ident(field(f, 3));
      if (f[4]) to += (to.empty() ? "" : ", ") + pg_ident(field(f, 4));
    }
    flush();
    return ok_status();
  }

  Status indexes(const std::string& name, const std::vector<std::string>& column_names,
                 std::string& after) {
    auto list = catalog_query(conn_, "indexes", "SELECT seq, name, \"unique\", origin, partial FROM "
                                                "pragma_index_list(" + lit(name) + ") ORDER BY seq DESC");
    if (!list) return list.error();
    for (const auto& ix : list->rows) {
      const std::string& origin = field(ix, 3);
      if (origin == "pk") continue;
      const std::string& index = field(ix, 1);
      auto parts = catalog_query(conn_, "index columns", "SELECT seqno, cid, name, \"desc\", coll, key FROM "
                                                         "pragma_index_xinfo(" + lit(index) + ") WHERE key ORDER BY seqno");
      if (!parts) return parts.error();
      std::string columns;
      bool expression = false;
      for (const auto& p : parts->rows) {
        if (!p[2]) { expression = true; continue; }
        std::string element = pg_ident(field(p, 2));
        if (field(p, 4) != "BINARY") element += " COLLATE " + pg_ident(field(p, 4));
        if (is_true(p, 3)) element += " DESC";
        columns += (columns.empty() ? "" : ", ") + element;
      }
      if (origin == "u") {  // UNIQUE in the table: SQLite names its index sqlite_autoindex_*
        after += "ALTER TABLE " + pg_ident(name) + " ADD UNIQUE (" + columns + ");\n";
        continue;
      }
      if (expression || is_true(ix, 4)) {
        auto sql = catalog_query(conn_, "index text", "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = " + lit(index));
        if (!sql) return sql.error();
        std::string text = sql->rows.empty() ? ""
                                             : index_statement(field(sql->rows[0], 0), index, name,
                                                               is_true(ix, 2), column_names);
        Schema scratch;
        Diagnostics probe;
        if (!text.empty() && parse_ddl("probe", "CREATE TABLE " + pg_ident(name) + " ();\n" + text + ";", scratch, probe)) {
          after += text + ";\n";
        } else {
          not_kept("index " + index + " (an expression or WHERE clause PostgreSQL's grammar cannot read)");
        }
        continue;
      }
      after += std::string("CREATE ") + (is_true(ix, 2) ? "UNIQUE " : "") + "INDEX " + pg_ident(index) + " ON " +
               pg_ident(name) + " (" + columns + ");\n";
    }
    return ok_status();
  }

  void add_view(Schema& schema, const std::string& name, const std::string& sql) {
    auto tokens = scan_sql(sql);
    int depth = 0;
    View view;
    view.name.name = name;
    view.query_dialect = "sqlite";
    for (const auto& t : tokens) {
      if (is_punct(t, "(")) ++depth;
      if (is_punct(t, ")")) --depth;
      if (depth == 0 && is_word(t, "AS")) {
        view.query = sql.substr(t.end);
        break;
      }
    }
    while (!view.query.empty() && (view.query.front() == ' ' || view.query.front() == '\n')) view.query.erase(0, 1);
    while (!view.query.empty() && (view.query.back() == ';' || view.query.back() == ' ' || view.query.back() == '\n')) {
      view.query.pop_back();
    }
    view.ordinal = schema.next_ordinal();
    schema.views.push_back(std::move(view));
  }

  void add_trigger(Schema& schema, const std::string& name, const std::string& table_name, const std::string& sql) {
    Table* table = schema.find_table(QualifiedName{"", table_name});
    if (!table) {
      not_kept("trigger " + name + " on view " + table_name);
      return;
    }
    Trigger trigger;
    trigger.name = name;
    trigger.definition = sql;
    trigger.definition_dialect = "sqlite";
    trigger.for_each_row = true;  // SQLite has only row triggers
    trigger.timing = "BEFORE";
    auto tokens = scan_sql(sql);
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (is_word(tokens[k], "ON")) break;
      if (is_word(tokens[k], "AFTER")) trigger.timing = "AFTER";
      if (is_word(tokens[k], "INSTEAD")) trigger.timing = "INSTEAD OF";
      for (const char* event : {"INSERT", "UPDATE", "DELETE"}) {
        if (is_word(tokens[k], event)) trigger.events.push_back(event);
      }
    }
    table->triggers.push_back(std::move(trigger));
  }

  db::Connection& conn_;
  Diagnostics& diagnostics_;
  VerbatimExprs verbatim_;
};

}  // namespace

Result<Schema> introspect_sqlite(db::Connection& connection, Diagnostics& diagnostics) {
  return SqliteReader(connection, diagnostics).read();
}

}  // namespace sf::detail
