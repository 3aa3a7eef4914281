// Migrations, query examples, data types, scaling, testing, decisions, maintenance.
#include <algorithm>
#include <map>

#include "backends/doc/sections.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string column_list(const std::vector<std::string>& columns, const std::string& alias) {
  std::vector<std::string> parts;
  for (const auto& c : columns) parts.push_back(alias + "." + c);
  return join(parts, ", ");
}

}  // namespace

void write_migrations(const DocContext& context, std::string& out) {
  const Counts& c = context.counts;
  out += "## Migration Files\n\n";
  out += "**What the initial migration does**:\n";
  out += "1. Creates " + plural(c.tables, "table") + "\n";
  out += "2. Defines " + plural(c.foreign_keys, "foreign key") + " (" +
         plural(c.relationships(), "relationship") + ")\n";
  out += "3. Creates " + plural(c.indexes, "index", "indexes") +
         " besides primary keys and unique constraints\n";
  out += "4. Adds " +
         plural(c.checks + c.uniques + c.exclusions, "CHECK, UNIQUE or exclusion constraint") +
         "\n\n";
  if (context.inputs.migrations.empty()) {
    out += "**Migration Tool**: plain SQL (" + context.inputs.database + ")\n\n";
    out += "**To apply migration** (the schema as one script, in dependency order):\n```bash\n";
    out += "schemaforge convert " +
           (context.inputs.source.empty() ? "schema.sql" : context.inputs.source) +
           " --to postgres -o schema.sql\n";
    out += "psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 --single-transaction -f schema.sql\n```\n\n";
    out +=
        "**To rollback**: the script runs in one transaction, so a failure leaves nothing behind. "
        "Versioned up/down files (Flyway, golang-migrate, Alembic, Prisma) come from "
        "`schemaforge migrate`; ";
    out += needs("migration files with their down steps");
    out += "\n";
  } else {
    for (const auto& m : context.inputs.migrations) {
      out += "### " + code(m.path) + "\n\n**Migration Tool**: " + m.tool + "\n\n";
      out += "**To apply migration**:\n```bash\n" + m.apply + "\n```\n\n";
      out += m.rollback.empty() ? "**To rollback**: irreversible (no down step).\n\n"
                                : "**To rollback**:\n```bash\n" + m.rollback + "\n```\n\n";
    }
  }
  out += "---\n\n";
}

std::vector<QueryExample> query_examples(const DocContext& context, size_t limit) {
  std::vector<QueryExample> out;
  for (const Table* table : context.tables) {
    for (const auto& index : table->indexes) {
      if (out.size() >= limit) return out;
      for (const auto& fk : table->foreign_keys) {
        // An index that begins with this key's columns in order serves "children of a parent".
        if (index.where || index.elements.size() < fk.columns.size()) continue;
        bool match = true;
        for (size_t i = 0; i < fk.columns.size(); ++i)
          match = match && index.elements[i].column == fk.columns[i];
        if (!match) continue;
        std::string t = display(table->name);
        QueryExample q;
        q.title = "Rows of " + code(t) + " for one row of " + code(display(fk.ref_table));
        std::vector<std::string> conditions;
        for (size_t i = 0; i < fk.columns.size(); ++i)
          conditions.push_back(fk.columns[i] + " = $" + std::to_string(i + 1));
        q.sql = "SELECT *\nFROM " + t + "\nWHERE " + join(conditions, "\n  AND ");
        if (index.elements.size() > fk.columns.size() &&
            !index.elements[fk.columns.size()].column.empty()) {
          const auto& next = index.elements[fk.columns.size()];
          q.sql += "\nORDER BY " + next.column + (next.order == SortOrder::Desc ? " DESC" : "");
        }
        q.sql += ";";
        q.index = index.name;
        out.push_back(q);
        break;
      }
    }
  }
  return out;
}

void write_query_examples(const DocContext& context, std::string& out) {
  out += "## Query Examples\n\n";
  out += "### Critical Path Queries\n\n";
  out += needs(
      "the brief's query patterns would give the critical-path queries; EXPLAIN ANALYZE "
      "notes come from `schemaforge verify` on a real database");
  out += "\n";
  auto examples = query_examples(context, 5);
  if (!examples.empty()) {
    out += "### Lookups the Indexes Already Serve\n\n";
    out += "Derived from indexes that begin with a foreign key's columns:\n\n";
    for (size_t i = 0; i < examples.size(); ++i) {
      out += "**Query " + std::to_string(i + 1) + ": " + examples[i].title + "**\n\n```sql\n" +
             examples[i].sql + "\n```\n\n- Index: " + code(examples[i].index) + "\n\n";
    }
  }
  // Joins along the first relationships, for orientation.
  size_t shown = 0;
  for (const auto& r : context.relationships) {
    if (r.cardinality != Cardinality::OneToMany || shown >= 3 || r.from_columns.size() != 1 ||
        r.to_columns.size() != 1) {
      continue;
    }
    if (shown == 0) out += "### Joins Along Foreign Keys\n\n";
    std::vector<std::string> on;
    for (size_t i = 0; i < r.from_columns.size(); ++i)
      on.push_back("c." + r.from_columns[i] + " = p." + r.to_columns[i]);
    out += "```sql\nSELECT p.*, c.*\nFROM " + display(r.to) + " p\nJOIN " + display(r.from) +
           " c ON " + join(on, " AND ") + "\nWHERE " + column_list(r.to_columns, "p") +
           " = $1;\n```\n\n";
    ++shown;
  }
  out += "---\n\n";
}

void write_data_types(const DocContext& context, std::string& out) {
  std::map<std::string, size_t> keys;
  size_t text = 0, varchar = 0, jsonb = 0, json = 0, tz = 0, naive = 0, arrays = 0, enums = 0,
         checks_in = 0;
  for (const Table* table : context.tables) {
    if (table->primary_key && table->primary_key->columns.size() == 1) {
      if (const Column* c = table->find_column(table->primary_key->columns[0])) {
        std::string kind = to_string(c->type.kind);
        if (c->identity)
          kind += " identity";
        else if (c->type.serial)
          kind += " serial";
        ++keys[kind];
      }
    } else if (table->primary_key) {
      ++keys["composite"];
    } else {
      ++keys["none"];
    }
    for (const auto& column : table->columns) {
      const TypeKind kind = column.type.kind;
      text += kind == TypeKind::Text;
      varchar += kind == TypeKind::Varchar;
      jsonb += kind == TypeKind::Jsonb;
      json += kind == TypeKind::Json;
      tz += kind == TypeKind::TimestampTz;
      naive += kind == TypeKind::Timestamp;
      enums +=
          kind == TypeKind::UserDefined && context.schema.find_enum(column.type.ref) != nullptr;
      arrays += column.type.array_dims > 0;
    }
    for (const auto& check : table->checks) checks_in += check.expr.form == ExprForm::InList;
  }
  out += "## Data Types Rationale\n\n";
  std::vector<std::string> key_parts;
  for (const auto& [kind, n] : keys) key_parts.push_back(kind + ": " + std::to_string(n));
  out +=
      "**UUID vs BIGINT for IDs**:\n- **Choice** (primary keys by type): " + join(key_parts, ", ") +
      "\n";
  out +=
      "- **Trade-offs**: uuid keys are 16 bytes and can be made anywhere; bigint keys are 8 bytes, "
      "ordered and guessable\n- **Reasoning**: " +
      needs("the architecture (distribution, exposure of ids) from the brief");
  out +=
      "\n**VARCHAR vs TEXT**:\n- **Choice**: " + std::to_string(text) + " text, " +
      std::to_string(varchar) +
      " varchar(n) columns\n- **Trade-offs**: varchar(n) enforces a length; text is unbounded and "
      "the same speed in PostgreSQL\n\n";
  out += "**JSONB vs Separate Columns**:\n- **Choice**: " + std::to_string(jsonb) + " jsonb, " +
         std::to_string(json) +
         " json columns\n- **Trade-offs**: JSON holds structure that changes; "
         "columns get types, constraints and plain indexes\n\n";
  out += "**TIMESTAMPTZ vs TIMESTAMP**:\n- **Choice**: " + std::to_string(tz) + " timestamptz, " +
         std::to_string(naive) +
         " timestamp without time zone\n- **Trade-offs**: timestamptz stores an "
         "instant and converts to the session's zone; timestamp stores wall-clock time with no "
         "zone\n\n";
  out += "**Arrays vs Join Tables**:\n- **Choice**: " + std::to_string(arrays) +
         " array columns, " + plural(context.counts.join_tables, "join table") +
         "\n- **Trade-offs**: arrays keep a short "
         "list in the row; join tables allow foreign keys and attributes per link\n\n";
  out += "**Enums vs CHECK lists**:\n- **Choice**: " + std::to_string(enums) +
         " columns of enum types, " + std::to_string(checks_in) +
         " CHECK (... IN (...)) lists\n- **Trade-offs**: an enum type is "
         "shared and ordered but removing a value needs a new type; a CHECK list changes with one "
         "ALTER\n\n---\n\n";
}

void write_scaling(const DocContext& context, std::string& out) {
  out += "## Scaling Considerations\n\n";
  out += "### Current Scale Estimate\n\n";
  if (!write_size_projections(context, out)) {
    out += needs(
        "the brief's scale estimates (users, rows per month, growth) would give table size "
        "projections; `schemaforge size` turns them into bytes");
  }
  std::vector<std::string> partitioned;
  for (const Table* table : context.tables) {
    if (table->partition_by) partitioned.push_back(display(table->name));
  }
  out += "\n### Partitioning\n\n";
  out += partitioned.empty() ? "No table is partitioned.\n\n"
                             : "Partitioned tables: " + join(partitioned, ", ") + ".\n\n";
  out += "### When to Optimize\n\n";
  if (write_scaling_thresholds(context, out)) {
    out += "---\n\n";
    return;
  }
  out += needs(
      "thresholds for read replicas, partitioning and sharding follow from the scale "
      "estimates and query patterns of the brief");
  out += "\n---\n\n";
}

void write_testing(const DocContext& context, std::string& out) {
  out += "## Testing Strategy\n\n### Seed Data\n\n";
  out +=
      needs("seed data comes from `schemaforge seed` (deterministic, constraint-respecting rows)");
  out += "\n### Schema Validation Tests\n\nChecked on the model now:\n\n```\n";
  size_t missing_targets = 0, fk_total = 0, naive = 0, required_no_default = 0;
  for (const Table* table : context.tables) {
    for (const auto& fk : table->foreign_keys) {
      ++fk_total;
      missing_targets += context.schema.find_table(fk.ref_table) == nullptr;
    }
    for (const auto& column : table->columns) {
      naive += column.type.kind == TypeKind::Timestamp;
      required_no_default += column.not_null && !column.default_value && !column.identity &&
                             !column.generated && !column.type.serial;
    }
  }
  out += std::string(missing_targets ? "✗ " : "✓ ") +
         "All foreign keys reference existing tables (" +
         std::to_string(fk_total - missing_targets) + " of " + std::to_string(fk_total) + ")\n";
  out += std::string(naive ? "✗ " : "✓ ") + "All timestamps are timezone-aware (" +
         std::to_string(naive) + " timestamp without time zone)\n";
  out += "• " + std::to_string(required_no_default) +
         " NOT NULL columns have no default: the application supplies them\n";
  out += "? All indexes are used by queries (needs the query patterns and `schemaforge advise`)\n";
  out += "? All CHECK constraints allow valid journey states (needs the brief's journey)\n```\n\n";
  out +=
      "### Migration Testing\n\n```\n1. Apply migration to empty database\n2. Seed data\n"
      "3. Run query tests\n4. Rollback migration\n```\n\n`schemaforge verify` runs these steps on "
      "embedded SQLite or a given PostgreSQL/MariaDB URL; ";
  out += needs("its results");
  out += "\n---\n\n";
}

void write_decisions(const DocContext& context, std::string& out) {
  out += "## Design Decisions Summary\n\n### What We Chose\n\n";
  std::map<std::string, size_t> decisions;
  for (const Table* table : context.tables) {
    for (const auto& fk : table->foreign_keys)
      ++decisions["ON DELETE " + std::string(to_string(fk.on_delete))];
  }
  IndexCoverage c = index_coverage(context.schema);
  std::vector<std::string> actions;
  for (const auto& [action, n] : decisions) actions.push_back(action + " × " + std::to_string(n));
  out += "**Referential actions**: " +
         (actions.empty() ? std::string("no foreign keys") : join(actions, ", ")) + "\n";
  out += "- **Why**: " + needs("the brief's rules for what happens to children when a parent goes");
  out += "\n**Foreign-key indexes**: " + std::to_string(c.foreign_keys_indexed) + " of " +
         std::to_string(c.foreign_keys) + " foreign keys are indexed\n\n";
  out += "Per-table decisions are listed under each table above.\n\n";
  out += "### What We DIDN'T Choose\n\n";
  out += needs("alternatives considered (and when to reconsider them) come from the design brief");
  out += "\n---\n\n";
}

void write_maintenance(const DocContext& context, std::string& out) {
  (void)context;
  out += "## Maintenance Guidelines\n\n### Adding New Tables\n\n";
  out +=
      "1. Change the schema source (" +
      (context.inputs.source.empty() ? std::string("the .sql file") : code(context.inputs.source)) +
      ") and regenerate this document with `schemaforge doc`\n";
  out += "2. Define its relationships with foreign keys and index each one\n";
  out += "3. Generate the migration with `schemaforge diff` and review its safety report\n\n";
  out +=
      "### Modifying Existing Tables\n\n**Safe changes** (no rewrite, short locks):\n"
      "- Adding nullable columns\n- Adding indexes with CREATE INDEX CONCURRENTLY\n"
      "- Adding CHECK constraints as NOT VALID, then VALIDATE\n\n"
      "**Risky changes** (rewrite or long locks):\n- Changing column types\n"
      "- Adding NOT NULL columns without a default\n- Removing or renaming columns the application "
      "reads\n\n---\n\n";
}

}  // namespace sf::detail
