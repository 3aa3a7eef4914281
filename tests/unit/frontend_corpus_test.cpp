// Every PostgreSQL file of the shared real-world corpus parses without errors or warnings,
// and a few facts about each come out right.
#include <algorithm>
#include <filesystem>

#include "frontend_helpers.h"
#include "schemaforge/base/files.h"

namespace sf {
namespace {

namespace fs = std::filesystem;

fs::path corpus_sql() { return fs::path(SF_CORPUS_DIR) / "sql"; }

struct Loaded {
  Schema schema;
  Diagnostics diags;
};

Loaded load(const std::string& name) {
  Loaded loaded;
  auto file = read_source_file((corpus_sql() / name).string());
  if (!file) {
    ADD_FAILURE() << file.error().message;
    return loaded;
  }
  parse_postgres(*file, loaded.schema, loaded.diags);
  return loaded;
}

std::string problems(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items()) {
    if (d.severity != Severity::Info) out += format_diagnostic(d);
  }
  return out;
}

TEST(FrontendCorpus, EveryPostgresFileParsesCleanly) {
  ASSERT_TRUE(fs::is_directory(corpus_sql())) << corpus_sql();
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(corpus_sql())) {
    std::string name = entry.path().filename().string();
    if (name.find("postgres") != std::string::npos || name.rfind("pagila", 0) == 0)
      names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  EXPECT_GE(names.size(), 5u);
  for (const auto& name : names) {
    Loaded loaded = load(name);
    EXPECT_EQ(loaded.diags.count(Severity::Error), 0u) << name << "\n" << problems(loaded.diags);
    EXPECT_EQ(loaded.diags.count(Severity::Warning), 0u) << name << "\n" << problems(loaded.diags);
    EXPECT_FALSE(loaded.schema.tables.empty()) << name;
  }
}

TEST(FrontendCorpus, Zabbix) {
  Loaded z = load("zabbix-6.0-schema.postgres.sql");
  EXPECT_EQ(z.schema.tables.size(), 173u);
  size_t foreign_keys = 0;
  for (const auto& t : z.schema.tables) foreign_keys += t.foreign_keys.size();
  EXPECT_GT(foreign_keys, 100u);  // all added by ALTER TABLE
  const Table* hosts = z.schema.find_table({"", "hosts"});
  ASSERT_TRUE(hosts);
  ASSERT_TRUE(hosts->primary_key);
  EXPECT_EQ(hosts->primary_key->columns, std::vector<std::string>{"hostid"});
  EXPECT_EQ(hosts->triggers.size(), 2u);
  EXPECT_EQ(z.schema.functions.size(), 2u);
}

TEST(FrontendCorpus, PagilaPartitionsAndRoutines) {
  Loaded p = load("pagila-schema.pre-pg18.sql");
  const Table* payment = p.schema.find_table({"public", "payment"});
  ASSERT_TRUE(payment);
  ASSERT_TRUE(payment->partition_by);
  EXPECT_EQ(payment->partition_by->strategy, PartitionStrategy::Range);
  size_t attached = 0;
  for (const auto& t : p.schema.tables) {
    if (t.partition_of && t.partition_of->attached && t.partition_of->parent.name == "payment")
      ++attached;
  }
  EXPECT_EQ(attached, 55u);
  const Table* jan = p.schema.find_table({"public", "payment_p2022_01"});
  ASSERT_TRUE(jan && jan->partition_of);
  EXPECT_EQ(jan->partition_of->bound_sql,
            "FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00')");
  ASSERT_EQ(p.schema.enums.size(), 1u);
  EXPECT_EQ(p.schema.enums[0].values.size(), 5u);
  EXPECT_NE(p.schema.find_domain({"public", "bıgınt"}), nullptr);
  const View* rentals = p.schema.find_view({"public", "rental_by_category"});
  ASSERT_TRUE(rentals);
  EXPECT_TRUE(rentals->materialized);
  EXPECT_FALSE(rentals->with_data);
  EXPECT_EQ(rentals->indexes.size(), 1u);
  const Table* film = p.schema.find_table({"public", "film"});
  ASSERT_TRUE(film);
  EXPECT_EQ(film->find_column("rating")->type.kind, TypeKind::UserDefined);
  EXPECT_EQ(film->find_column("release_year")->type.ref, (QualifiedName{"public", "year"}));
  bool aggregate = false, depends = false;
  for (const auto& f : p.schema.functions) {
    if (f.kind == RoutineKind::Aggregate && f.name.name == "group_concat") aggregate = true;
    if (f.name.name == "rewards_report") depends = f.depends_on_tables;
  }
  EXPECT_TRUE(aggregate);
  EXPECT_TRUE(depends);
}

TEST(FrontendCorpus, SakilaRulesAndInheritance) {
  Loaded s = load("sakila-postgres-schema.sql");
  const Table* payment = s.schema.find_table({"", "payment"});
  ASSERT_TRUE(payment);
  EXPECT_EQ(payment->rules.size(), 6u);
  EXPECT_EQ(payment->rules[0].event, "INSERT");
  size_t children = 0;
  for (const auto& t : s.schema.tables) {
    if (!t.inherits.empty() && t.inherits[0].name == "payment") ++children;
  }
  EXPECT_EQ(children, 6u);
  EXPECT_EQ(s.schema.views.size(), 7u);
  EXPECT_EQ(s.schema.sequences.size(), 13u);
  ASSERT_EQ(s.schema.namespace_comments.size(), 1u);
  EXPECT_EQ(s.schema.namespace_comments[0].comment, "Standard public schema");
}

TEST(FrontendCorpus, DataDumps) {
  Loaded northwind = load("northwind-postgres-with-data.sql");
  EXPECT_EQ(northwind.schema.tables.size(), 14u);
  Loaded chinook = load("chinook-postgres-with-data.sql");
  EXPECT_EQ(chinook.schema.tables.size(), 11u);
  size_t meta = 0;
  for (const auto& d : chinook.diags.items()) {
    if (d.code == DiagCode::PsqlMetaCommand) ++meta;
  }
  EXPECT_EQ(meta, 1u);  // \c chinook
}

}  // namespace
}  // namespace sf
