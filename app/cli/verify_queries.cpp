// Step 4 of build verification: each query pattern through the database's planner, then run
// on the seed data (rows returned and time taken). `$n` placeholders are bound to seeded
// values of the column they are compared with; what a database cannot run (PostgreSQL-only
// syntax on SQLite) is reported with the reason, not failed. A table or column the database
// lacks, or a pattern that errors when run, fails the step.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <regex>

#include "cli/verify_steps.h"

namespace sf::cli {

namespace {

const char* database_word(db::Dialect dialect) {
  switch (dialect) {
    case db::Dialect::Sqlite: return "SQLite";
    case db::Dialect::Postgres: return "PostgreSQL";
    case db::Dialect::MySql: return "MySQL";
  }
  return "";
}

// The seeded value of `column`: the pattern's own table first, then any table with it.
// Lower bounds take a row a quarter in, upper bounds three quarters, so a range is not empty.
const SeedValue* sample(const Schema& seeded, const QualifiedName& table, const std::string& column, double at) {
  auto from = [&](const Table& t) -> const SeedValue* {
    if (!t.seed_rows || t.seed_rows->rows.empty()) return nullptr;
    const auto& cols = t.seed_rows->columns;
    auto it = std::find(cols.begin(), cols.end(), column);
    if (it == cols.end()) return nullptr;
    size_t index = it - cols.begin();
    // The first non-NULL value from the chosen row on.
    size_t n = t.seed_rows->rows.size();
    for (size_t k = 0; k < n; ++k) {
      const SeedValue& v = t.seed_rows->rows[(static_cast<size_t>(at * (n - 1)) + k) % n][index];
      if (v.kind != SeedValue::Kind::Null) return &v;
    }
    return nullptr;
  };
  if (const Table* own = seeded.find_table(table)) {
    if (const SeedValue* v = from(*own)) return v;
  }
  for (const auto& t : seeded.tables) {
    if (const SeedValue* v = from(t)) return v;
  }
  return nullptr;
}

// `sql` with every $n replaced by a literal; `unbound` names those without a column beside them.
std::string bind(const std::string& sql, const Schema& seeded, const QueryDesign& query, db::Dialect dialect,
                 std::string& unbound) {
  static const std::regex column_first(R"(([A-Za-z_][A-Za-z0-9_]*)\s*(=|<>|!=|>=|<=|>|<|\bLIKE\b)\s*\$([0-9]+))",
                                       std::regex::icase);
  static const std::regex param_first(R"(\$([0-9]+)\s*(=|<>|!=|>=|<=|>|<)\s*([A-Za-z_][A-Za-z0-9_.]*))");
  std::map<std::string, std::string> values;
  auto note = [&](const std::string& number, const std::string& column, const std::string& op) {
    if (values.count(number)) return;
    double at = op[0] == '>' ? 0.25 : op[0] == '<' && op != "<>" ? 0.75 : 0.5;
    if (const SeedValue* v = sample(seeded, query.table, column, at)) values[number] = literal_for(dialect, *v);
  };
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), column_first); it != std::sregex_iterator(); ++it) {
    note((*it)[3], (*it)[1], (*it)[2]);
  }
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), param_first); it != std::sregex_iterator(); ++it) {
    std::string column = (*it)[3];
    std::string op = (*it)[2];
    // $1 < col reads as col > $1.
    note((*it)[1], column.substr(column.rfind('.') + 1), op[0] == '<' ? ">" : op[0] == '>' ? "<" : op);
  }
  static const std::regex placeholder(R"(\$([0-9]+))");
  std::string out;
  auto last = sql.cbegin();
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), placeholder); it != std::sregex_iterator(); ++it) {
    out.append(last, sql.cbegin() + it->position());
    auto found = values.find((*it)[1]);
    if (found != values.end()) {
      out += found->second;
    } else {
      out += it->str();
      if (unbound.find(it->str()) == std::string::npos) unbound += (unbound.empty() ? "" : ", ") + it->str();
    }
    last = sql.cbegin() + it->position() + it->length();
  }
  out.append(last, sql.cend());
  return out;
}

// PostgreSQL-only constructs SQLite has no form of, named in the report.
std::string postgres_only(const std::string& sql) {
  static const std::vector<std::pair<std::regex, const char*>> marks = {
      {std::regex(R"(\bdate_trunc\s*\()", std::regex::icase), "date_trunc()"},
      {std::regex(R"(\bnow\s*\(\s*\))", std::regex::icase), "now()"},
      {std::regex(R"(\binterval\s+')", std::regex::icase), "interval literals"},
      {std::regex(R"(::)"), ":: casts"},
      {std::regex(R"(\bILIKE\b)", std::regex::icase), "ILIKE"},
      {std::regex(R"(\bDISTINCT\s+ON\b)", std::regex::icase), "DISTINCT ON"},
  };
  std::string out;
  for (const auto& [pattern, name] : marks) {
    if (std::regex_search(sql, pattern)) out += (out.empty() ? "" : ", ") + std::string(name);
  }
  return out;
}

struct Plan {
  std::vector<std::string> indexes;  // in plan order, without repeats
  std::vector<std::string> scans;    // tables read without an index
};

void add_unique(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

Plan read_plan(db::Dialect dialect, const db::Rows& rows) {
  Plan plan;
  switch (dialect) {
    case db::Dialect::Sqlite: {
      // EXPLAIN QUERY PLAN: id, parent, notused, detail ("SEARCH t USING INDEX i (a=?)").
      static const std::regex index(R"(USING (?:COVERING )?INDEX (\S+))");
      static const std::regex rowid(R"((?:SEARCH|SCAN) (\S+) USING INTEGER PRIMARY KEY)");
      static const std::regex scan(R"(^SCAN (\S+)$)");
      for (const auto& row : rows.rows) {
        std::string detail = row.size() > 3 && row[3] ? *row[3] : "";
        std::smatch m;
        if (std::regex_search(detail, m, index)) add_unique(plan.indexes, m[1]);
        else if (std::regex_search(detail, m, rowid)) add_unique(plan.indexes, std::string(m[1]) + "'s primary key");
        else if (std::regex_search(detail, m, scan)) add_unique(plan.scans, m[1]);
      }
      break;
    }
    case db::Dialect::Postgres: {
      // EXPLAIN (FORMAT JSON): one text value holding the plan tree.
      static const std::regex index(R"re("Index Name": "([^"]+)")re");
      static const std::regex seq(R"re("Node Type": "Seq Scan",[^}]*?"Relation Name": "([^"]+)")re");
      std::string text = !rows.rows.empty() && !rows.rows[0].empty() && rows.rows[0][0] ? *rows.rows[0][0] : "";
      for (auto it = std::sregex_iterator(text.begin(), text.end(), index); it != std::sregex_iterator(); ++it)
        add_unique(plan.indexes, (*it)[1]);
      for (auto it = std::sregex_iterator(text.begin(), text.end(), seq); it != std::sregex_iterator(); ++it)
        add_unique(plan.scans, (*it)[1]);
      break;
    }
    case db::Dialect::MySql: {
      // EXPLAIN: the `key` column names the index; `table` with no key is a full scan.
      size_t key = 0, table = 0;
      for (size_t i = 0; i < rows.columns.size(); ++i) {
        if (rows.columns[i] == "key") key = i;
        if (rows.columns[i] == "table") table = i;
      }
      for (const auto& row : rows.rows) {
        if (key < row.size() && row[key]) add_unique(plan.indexes, *row[key]);
        else if (table < row.size() && row[table]) add_unique(plan.scans, *row[table]);
      }
      break;
    }
  }
  return plan;
}

std::string describe(const Plan& plan) {
  std::string out;
  for (const auto& index : plan.indexes) out += (out.empty() ? "index " : ", index ") + index;
  for (const auto& table : plan.scans) out += (out.empty() ? "" : "; ") + std::string("full scan of ") + table;
  return out.empty() ? "no table read" : out;
}

bool missing_object(const std::string& message) {
  static const std::regex missing(
      R"(no such (table|column)|does not exist|doesn't exist|Unknown column|Unknown table)", std::regex::icase);
  return std::regex_search(message, missing);
}

}  // namespace

VerifyStep plan_queries(Schema& schema, const Schema& seeded, db::Connection& connection) {
  VerifyStep step{"query patterns (EXPLAIN)", true, {}};
  if (!schema.design || schema.design->queries.empty()) {
    step.lines.push_back("the input has no query patterns (a design brief lists them)");
    return step;
  }
  db::Dialect dialect = connection.dialect();
  const char* db_name = database_word(dialect);
  size_t planned = 0, skipped = 0, executed = 0;
  for (auto& query : schema.design->queries) {
    std::string unbound;
    std::string sql = bind(query.sql, seeded, query, dialect, unbound);
    std::string label = "\"" + query.name + "\": ";
    if (!unbound.empty()) {
      ++skipped;
      query.verified_plan = "not run: no seeded value for " + unbound;
      step.lines.push_back(label + query.verified_plan);
      continue;
    }
    std::string explain = dialect == db::Dialect::Sqlite     ? "EXPLAIN QUERY PLAN "
                          : dialect == db::Dialect::Postgres ? "EXPLAIN (FORMAT JSON) "
                                                             : "EXPLAIN ";
    auto rows = connection.query(explain + sql);
    if (!rows) {
      std::string message = rows.error().message.substr(0, rows.error().message.find('\n'));
      std::string pg_only = postgres_only(query.sql);
      if (dialect != db::Dialect::Postgres && !pg_only.empty() && !missing_object(message)) {
        ++skipped;
        query.verified_plan = std::string("not run on ") + db_name + ": PostgreSQL-only " + pg_only;
        step.lines.push_back(label + query.verified_plan + " (" + message + ")");
        continue;
      }
      step.ok = false;
      step.lines.push_back(label + "fails: " + message);
      continue;
    }
    ++planned;
    Plan plan = read_plan(dialect, *rows);
    query.verified_plan = describe(plan) + " (" + db_name + ")";
    std::string line = label + describe(plan);
    if (!query.index.empty() && std::find(plan.indexes.begin(), plan.indexes.end(), query.index) == plan.indexes.end()) {
      line += "; the design expected " + query.index;
    }
    // Then the pattern itself, on the seeded rows: it must run, and what it returns is kept.
    auto start = std::chrono::steady_clock::now();
    auto result = connection.query(sql);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!result) {
      step.ok = false;
      step.lines.push_back(line + "; fails when run: " + result.error().message.substr(0, result.error().message.find('\n')));
      continue;
    }
    ++executed;
    query.verified_rows = static_cast<int64_t>(result->rows.size());
    char took[32];
    std::snprintf(took, sizeof took, "%.2f ms", ms);
    line += "; returned " + std::to_string(result->rows.size()) + (result->rows.size() == 1 ? " row in " : " rows in ") + took;
    step.lines.push_back(line);
  }
  step.lines.insert(step.lines.begin(), std::to_string(planned) + " of " + std::to_string(schema.design->queries.size()) +
                                            " planned, " + std::to_string(executed) + " run on the seed data" +
                                            (skipped ? ", " + std::to_string(skipped) + " not runnable here" : ""));
  return step;
}

std::string literal_for(db::Dialect dialect, const SeedValue& value) {
  switch (value.kind) {
    case SeedValue::Kind::Null: return "NULL";
    case SeedValue::Kind::Number:
    case SeedValue::Kind::Expression: return value.text;
    case SeedValue::Kind::String: return db::quote_literal(dialect, value.text);
    case SeedValue::Kind::Bool: return value.text == "true" ? "TRUE" : "FALSE";
  }
  return "NULL";
}

}  // namespace sf::cli
