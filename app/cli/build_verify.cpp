// The verification `build` ends with (docs/build.md "Verification"): up, compare, seed, plan,
// down, on one connection. Each step reports what it saw; the first failing step ends it.
#include "cli/build_verify.h"

#include <algorithm>

#include "cli/verify_steps.h"
#include "schemaforge/analyses/seed.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/frontends/introspect.h"

namespace sf::cli {

namespace {

Dialect output_dialect(db::Dialect dialect) {
  switch (dialect) {
    case db::Dialect::Sqlite: return Dialect::Sqlite;
    case db::Dialect::Postgres: return Dialect::Postgres;
    case db::Dialect::MySql: return Dialect::Mysql;
  }
  return Dialect::Postgres;
}

const char* database_name(db::Dialect dialect) {
  switch (dialect) {
    case db::Dialect::Sqlite: return "SQLite";
    case db::Dialect::Postgres: return "PostgreSQL";
    case db::Dialect::MySql: return "MySQL/MariaDB";
  }
  return "";
}

// Everything a database still holds that the model could hold: tables, views, types,
// functions, sequences ("" = nothing).
std::string leftovers(const Schema& schema) {
  std::vector<std::string> names;
  for (const auto& t : schema.tables) names.push_back("table " + t.name.display());
  for (const auto& v : schema.views) names.push_back("view " + v.name.display());
  for (const auto& e : schema.enums) names.push_back("type " + e.name.display());
  for (const auto& d : schema.domains) names.push_back("domain " + d.name.display());
  for (const auto& f : schema.functions) names.push_back("function " + f.name.display());
  for (const auto& s : schema.sequences) names.push_back("sequence " + s.name.display());
  std::string out;
  for (size_t i = 0; i < names.size() && i < 8; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > 8) out += ", and " + std::to_string(names.size() - 8) + " more";
  return out;
}

// The one-line form of a database error (SQLite's messages name the statement's line).
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

bool VerifyReport::ok() const {
  return std::all_of(steps.begin(), steps.end(), [](const VerifyStep& s) { return s.ok; });
}

Result<VerifyReport> verify_build(Schema& schema, const VerifyOptions& options) {
  auto connection = db::connect(options.url, db::ConnectOptions{.create = true});
  if (!connection) return connection.error();
  db::Connection& conn = **connection;
  VerifyReport report;
  report.database = std::string(database_name(conn.dialect())) +
                    (options.url == "sqlite::memory:" ? " (in memory)" : " at " + conn.display_url());
  {
    // Refuse a database that holds anything: step 5 proves emptiness, so it must start empty.
    Diagnostics ignored;
    auto before = introspect(conn, ignored);
    if (!before) return before.error();
    if (std::string left = leftovers(*before); !left.empty()) {
      return Error{ExitCode::Environment, conn.display_url() + " is not empty (" + left +
                                              "); build verifies into an empty database"};
    }
  }
  SqlOptions sql{output_dialect(conn.dialect()), OnUnsupported::Warn};
  const bool sqlite = conn.dialect() == db::Dialect::Sqlite;
  size_t rows = options.rows_per_table ? options.rows_per_table : sqlite ? 20 : 2000;

  // 1. up
  VerifyStep& up = report.steps.emplace_back(VerifyStep{"apply DDL (up)"});
  Diagnostics losses;
  std::string ddl = emit_sql(schema, sql, losses);
  if (auto st = conn.execute(ddl); !st) {
    up.ok = false;
    up.lines.push_back("the database rejects the DDL: " + first_line(st.error().message));
    return report;
  }
  size_t lost = losses.items().size();
  up.lines.push_back(std::to_string(schema.tables.size()) + " tables created" +
                     (lost ? "; " + std::to_string(lost) + " construct(s) the dialect cannot express (SF3001/SF3002)" : ""));
  if (!options.after_apply_sql.empty()) {
    if (auto st = conn.execute(options.after_apply_sql); !st) {
      up.ok = false;
      up.lines.push_back("test hook failed: " + first_line(st.error().message));
      return report;
    }
  }

  // 2. inspect and compare
  Diagnostics inspect_notes;
  auto inspected = introspect(conn, inspect_notes);
  if (!inspected) {
    report.steps.push_back({"inspect and compare", false, {first_line(inspected.error().message)}});
    return report;
  }
  report.steps.push_back(compare_inspected(schema, *inspected, conn.dialect(), losses));
  if (!report.steps.back().ok) return report;

  // 3. seed
  VerifyStep& seed = report.steps.emplace_back(VerifyStep{"insert seed data"});
  Schema seeded = schema;
  std::vector<SeedNote> notes;
  std::vector<QualifiedName> order = generate_seed_rows(seeded, SeedOptions{.rows_per_table = rows}, notes);
  for (const auto& note : notes) seed.lines.push_back("note: " + note.table.display() + "." + note.column + ": " + note.message);
  if (auto st = conn.execute(emit_seed_sql(seeded, order, sql)); !st) {
    seed.ok = false;
    seed.lines.push_back("the database rejects the seed rows: " + first_line(st.error().message));
    return report;
  }
  // Count what arrived: a trigger or rule that swallowed rows would show here.
  size_t tables = 0, total = 0;
  for (const auto& name : order) {
    const Table* table = seeded.find_table(name);
    if (!table->seed_rows) continue;
    std::string q = "SELECT count(*) FROM " +
                    (sqlite || name.schema.empty() ? "" : db::quote_identifier(conn.dialect(), name.schema) + ".") +
                    db::quote_identifier(conn.dialect(), name.name);
    auto counted = conn.query(q);
    size_t got = counted && !counted->rows.empty() && counted->rows[0][0] ? std::stoul(*counted->rows[0][0]) : 0;
    if (got < table->seed_rows->rows.size()) {
      seed.ok = false;
      seed.lines.push_back(name.display() + " holds " + std::to_string(got) + " of the " +
                           std::to_string(table->seed_rows->rows.size()) + " rows inserted");
    }
    ++tables;
    total += table->seed_rows->rows.size();
  }
  seed.lines.insert(seed.lines.begin(), std::to_string(total) + " rows into " + std::to_string(tables) +
                                            " tables (" + std::to_string(rows) +
                                            " a table, foreign-key order, fixed seed)");
  if (!seed.ok) return report;
  // Fresh statistics, so the planner's choice reflects the rows just inserted.
  if (conn.dialect() != db::Dialect::MySql) conn.execute("ANALYZE");
  if (!options.after_seed_sql.empty()) {
    if (auto st = conn.execute(options.after_seed_sql); !st) {
      seed.ok = false;
      seed.lines.push_back("test hook failed: " + first_line(st.error().message));
      return report;
    }
  }

  // 4. query patterns
  report.steps.push_back(plan_queries(schema, seeded, conn));
  if (!report.steps.back().ok) return report;

  // 5. down
  VerifyStep& down = report.steps.emplace_back(VerifyStep{"drop everything (down)"});
  if (auto st = conn.execute(emit_drop_sql(schema, sql)); !st) {
    down.ok = false;
    down.lines.push_back("the database rejects the down script: " + first_line(st.error().message));
    return report;
  }
  Diagnostics ignored;
  auto after = introspect(conn, ignored);
  if (!after) {
    down.ok = false;
    down.lines.push_back(first_line(after.error().message));
  } else if (std::string left = leftovers(*after); !left.empty()) {
    down.ok = false;
    down.lines.push_back("the database is not empty afterwards: " + left);
  } else {
    down.lines.push_back("the database is empty");
  }
  return report;
}

}  // namespace sf::cli
