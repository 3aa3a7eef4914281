// INSERT statements for seed rows (analyses/seed.h generates them for build verification).
#include "backends/sql/emit.h"

namespace sf {

namespace {
constexpr size_t kRowsPerStatement = 500;  // keeps statements far below every server's limit

void write_value(detail::SqlWriter& w, const SeedValue& value) {
  switch (value.kind) {
    case SeedValue::Kind::Null:
      w.kw("NULL");
      return;
    case SeedValue::Kind::Number:
    case SeedValue::Kind::Expression:
      w.sql(value.text);
      return;
    case SeedValue::Kind::String:
      w.literal(value.text);
      return;
    case SeedValue::Kind::Bool:
      // TRUE/FALSE: SQLite (3.23+) and MySQL read them as 1/0.
      w.kw(value.text == "true" ? "TRUE" : "FALSE");
      return;
  }
}
}  // namespace

std::string emit_seed_sql(const Schema& schema, const std::vector<QualifiedName>& order, const SqlOptions& options) {
  using namespace detail;
  const DialectTraits& dialect = dialect_traits(options.dialect);
  SqlWriter w(dialect);
  Diagnostics ignored;  // renamings are emit_sql's to report
  EmitContext ctx{schema, dialect, w, ignored, OnUnsupported::Ignore};
  plan_names(ctx);  // the tables' names as emit_sql writes them
  for (const auto& name : order) {
    const Table* table = schema.find_table(name);
    if (table == nullptr || !table->seed_rows || table->seed_rows->rows.empty()) continue;
    const SeedRows& seed = *table->seed_rows;
    bool overriding = false;
    for (const auto& column : seed.columns) {
      const Column* c = table->find_column(column);
      if (c && c->identity && c->identity->always && dialect.identity_style == IdentityStyle::Identity) overriding = true;
    }
    for (size_t start = 0; start < seed.rows.size(); start += kRowsPerStatement) {
      w.begin().kw("INSERT INTO").name(table->name).ident_list(seed.columns);
      if (overriding) w.kw("OVERRIDING SYSTEM VALUE");
      w.clause().kw("VALUES");
      size_t end = std::min(seed.rows.size(), start + kRowsPerStatement);
      for (size_t row = start; row < end; ++row) {
        if (row > start) w.comma();
        w.newline().open();
        for (size_t i = 0; i < seed.rows[row].size(); ++i) {
          if (i) w.comma();
          write_value(w, seed.rows[row][i]);
        }
        w.close();
      }
      w.end();
    }
  }
  return w.str();
}

}  // namespace sf
