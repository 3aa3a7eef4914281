// `build`'s artifact list (docs/build.md "Artifacts"): the brief's stack decides the DDL
// dialects, the migration naming and the ORM files; the SQLite DDL as written applies to a
// real SQLite; the initial migration's up then down leaves the database empty; what another
// dialect or an ORM file loses is counted in the summary and listed in a file, not printed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/build_artifacts.h"
#include "cli/cli.h"
#include "schemaforge/backends/migrations.h"
#include "schemaforge/db/connection.h"

namespace sf {

namespace {

namespace fs = std::filesystem;

const std::string kExamples = std::string(SF_SOURCE_DIR) + "/examples/";
const std::string kExampleStack = "stack:\n  database: postgres\n  emit: [prisma, sqlalchemy, typescript]\n";

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class BuildArtifactsTest : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sf_build_artifacts_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// The example brief `name` with its stack section replaced by `stack` (empty: no stack).
  std::string brief_with_stack(const std::string& name, const std::string& stack) {
    std::string text = read_file(kExamples + name + "/brief.yaml");
    size_t at = text.find(kExampleStack);
    EXPECT_NE(at, std::string::npos) << "the example's stack changed";
    text.replace(at, kExampleStack.size(), stack);
    fs::path path = dir_ / (name + ".yaml");
    std::ofstream(path) << text;
    return path.string();
  }
  CliRun build(const std::string& input, std::vector<std::string> extra = {"--no-verify"}) {
    std::vector<std::string> args = {"build", input, "-o", (dir_ / "out").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    std::ostringstream out, err;
    int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
  }
  /// Every file written under out/, relative, docs/ left out (cli_erd_doc_test covers it).
  std::set<std::string> written() {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir_ / "out")) {
      if (!entry.is_regular_file()) continue;
      std::string relative = fs::relative(entry.path(), dir_ / "out").generic_string();
      if (!relative.starts_with("docs/")) files.insert(relative);
    }
    return files;
  }
  std::string out_file(const std::string& relative) { return read_file(dir_ / "out" / relative); }

  fs::path dir_;
};

std::unique_ptr<db::Connection> memory_sqlite() {
  auto connection = db::connect("sqlite::memory:");
  EXPECT_TRUE(connection.ok()) << connection.error().message;
  return std::move(*connection);
}

/// Objects in an SQLite database, its own sqlite_* tables left out.
int64_t sqlite_objects(db::Connection& connection, const std::string& type) {
  auto rows = connection.query("SELECT count(*) FROM sqlite_master WHERE type = '" + type +
                               "' AND name NOT LIKE 'sqlite_%'");
  EXPECT_TRUE(rows.ok()) << rows.error().message;
  return rows ? std::stoll(*rows->rows.at(0).at(0)) : -1;
}

}  // namespace

TEST(BuildTargets, WithoutABriefEverythingIsWritten) {
  cli::BuildTargets targets = cli::build_targets("schema.sql", std::nullopt);
  EXPECT_EQ(targets.primary, Dialect::Postgres);
  EXPECT_EQ(targets.dialects, (std::vector<Dialect>{Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql}));
  EXPECT_EQ(targets.migrations, std::vector<MigrationNaming>{MigrationNaming::Plain});
  EXPECT_EQ(targets.formats,
            (std::vector<std::string>{"dbml", "prisma", "alembic", "sqlalchemy", "typescript"}));
  // A database URL's kind is the primary.
  EXPECT_EQ(cli::build_targets("mysql://root@localhost/shop", std::nullopt).primary, Dialect::Mysql);
  EXPECT_EQ(cli::build_targets("sqlite:shop.db", std::nullopt).primary, Dialect::Sqlite);
}

TEST(BuildTargets, TheStackNarrowsWhatIsWritten) {
  BriefStack stack;  // a brief without stack.emit: everything
  EXPECT_EQ(cli::build_targets("b.yaml", stack).formats.size(), 5u);
  stack.emit = {"typescript", "prisma"};  // names no dialect: all three DDLs, brief order ignored
  cli::BuildTargets targets = cli::build_targets("b.yaml", stack);
  EXPECT_EQ(targets.dialects.size(), 3u);
  EXPECT_EQ(targets.formats, (std::vector<std::string>{"prisma", "typescript"}));
  EXPECT_EQ(targets.migrations, std::vector<MigrationNaming>{MigrationNaming::Plain});
  stack.database = "mysql";
  stack.emit = {"sqlite", "flyway", "golang-migrate"};  // the primary always, plus those named
  targets = cli::build_targets("b.yaml", stack);
  EXPECT_EQ(targets.primary, Dialect::Mysql);
  EXPECT_EQ(targets.dialects, (std::vector<Dialect>{Dialect::Sqlite, Dialect::Mysql}));
  EXPECT_TRUE(targets.formats.empty());
  EXPECT_EQ(targets.migrations,
            (std::vector<MigrationNaming>{MigrationNaming::GolangMigrate, MigrationNaming::Flyway}));
}

TEST(MigrationFiles, EachToolsNaming) {
  auto names = [](MigrationNaming naming, int version) {
    auto files = migration_files(naming, version, "initial", "UP", "DOWN");
    EXPECT_EQ(files.at(0).contents, "UP");
    EXPECT_EQ(files.at(1).contents, "DOWN");
    return files.at(0).name + " " + files.at(1).name;
  };
  EXPECT_EQ(names(MigrationNaming::Plain, 1), "0001_initial.up.sql 0001_initial.down.sql");
  EXPECT_EQ(names(MigrationNaming::GolangMigrate, 1), "000001_initial.up.sql 000001_initial.down.sql");
  EXPECT_EQ(names(MigrationNaming::Flyway, 12), "V12__initial.sql U12__initial.sql");
}

TEST_F(BuildArtifactsTest, ANarrowedStackWritesOnlyWhatItNames) {
  std::string brief = brief_with_stack(
      "compliance-saas", "stack:\n  database: postgres\n  emit: [sqlite, prisma, typescript, flyway]\n");
  CliRun run = build(brief);
  ASSERT_EQ(run.code, 0) << run.out << run.err;
  EXPECT_EQ(written(), (std::set<std::string>{"schema.json", "postgres/schema.sql", "sqlite/schema.sql",
                                              "sqlite/losses.txt", "migrations/V1__initial.sql",
                                              "migrations/U1__initial.sql", "prisma/schema.prisma", "prisma/losses.txt",
                                              "typescript/types.ts", "lint/report.txt"}));
  EXPECT_TRUE(fs::exists(dir_ / "out/docs/database-schema.md"));
  // The up migration is the primary's DDL; the undo is its drop script.
  EXPECT_EQ(out_file("migrations/V1__initial.sql"), out_file("postgres/schema.sql"));
  EXPECT_NE(out_file("migrations/U1__initial.sql").find("DROP TABLE IF EXISTS"), std::string::npos);
}

TEST_F(BuildArtifactsTest, WithoutStackEmitEverythingIsWritten) {
  CliRun run = build(brief_with_stack("compliance-saas", ""));
  ASSERT_EQ(run.code, 0) << run.out << run.err;
  std::set<std::string> files = written();
  for (const char* file : {"schema.json", "postgres/schema.sql", "sqlite/schema.sql", "mysql/schema.sql",
                           "migrations/0001_initial.up.sql", "migrations/0001_initial.down.sql",
                           "dbml/schema.dbml", "prisma/schema.prisma", "alembic/versions/0001_initial.py",
                           "sqlalchemy/models.py", "typescript/types.ts", "lint/report.txt"}) {
    EXPECT_EQ(files.count(file), 1u) << file;
  }
  // Alembic's revision has its way back too.
  EXPECT_NE(out_file("alembic/versions/0001_initial.py").find("def downgrade():"), std::string::npos);
}

TEST_F(BuildArtifactsTest, LossesAreCountedAndListedNotPrinted) {
  CliRun run = build(kExamples + "multi-tenant/brief.yaml");
  ASSERT_EQ(run.code, 0) << run.out << run.err;
  std::string losses = out_file("mysql/losses.txt");
  size_t listed = 0;
  for (size_t at = losses.find("[SF300"); at != std::string::npos; at = losses.find("[SF300", at + 1)) ++listed;
  EXPECT_GT(listed, 0u);
  // The summary's count is the file's count; the console has none of them.
  std::string line = run.out.substr(run.out.find("/mysql/schema.sql ("));
  line = line.substr(0, line.find('\n'));
  size_t features = std::stoul(line.substr(line.find("; ") + 2));
  size_t types = std::stoul(line.substr(line.find("expressible, ") + 13));
  EXPECT_EQ(features + types, listed) << line;
  EXPECT_NE(line.find("see mysql/losses.txt"), std::string::npos) << line;
  EXPECT_EQ(run.err.find("SF3001"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("SF3002"), std::string::npos) << run.err;
  // The ORM files' losses likewise (Prisma has no triggers).
  EXPECT_NE(out_file("prisma/losses.txt").find("Prisma cannot express trigger"), std::string::npos);
  EXPECT_NE(run.out.find("/prisma/schema.prisma ("), std::string::npos);
  EXPECT_NE(run.out.find("see prisma/losses.txt)"), std::string::npos) << run.out;
}

TEST_F(BuildArtifactsTest, TheWrittenSqliteDdlAppliesToSqlite) {
  for (const char* example : {"compliance-saas", "multi-tenant"}) {
    CliRun run = build(kExamples + example + "/brief.yaml");
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    std::string ddl = out_file("sqlite/schema.sql");
    auto connection = memory_sqlite();
    auto applied = connection->execute(ddl);
    ASSERT_TRUE(applied.ok()) << example << ": " << applied.error().message;
    size_t creates = 0;
    for (size_t at = ddl.find("CREATE TABLE"); at != std::string::npos; at = ddl.find("CREATE TABLE", at + 1)) {
      ++creates;
    }
    EXPECT_GT(creates, 5u);
    EXPECT_EQ(sqlite_objects(*connection, "table"), static_cast<int64_t>(creates)) << example;
  }
}

TEST_F(BuildArtifactsTest, MigrationUpThenDownLeavesSqliteEmpty) {
  for (const char* example : {"compliance-saas", "multi-tenant"}) {
    std::string brief = brief_with_stack(example, "stack:\n  database: sqlite\n  emit: [golang-migrate]\n");
    CliRun run = build(brief);
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    std::string up = out_file("migrations/000001_initial.up.sql");
    EXPECT_EQ(up, out_file("sqlite/schema.sql"));
    auto connection = memory_sqlite();
    auto applied = connection->execute(up);
    ASSERT_TRUE(applied.ok()) << example << ": " << applied.error().message;
    EXPECT_GT(sqlite_objects(*connection, "table"), 5);
    auto dropped = connection->execute(out_file("migrations/000001_initial.down.sql"));
    ASSERT_TRUE(dropped.ok()) << example << ": " << dropped.error().message;
    auto left = connection->query("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    ASSERT_TRUE(left.ok());
    EXPECT_TRUE(left->rows.empty()) << example << ": " << *left->rows.at(0).at(1) << " is left";
  }
}

}  // namespace sf
