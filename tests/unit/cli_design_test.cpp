// The designer end to end through the CLI: seed 001's brief designs the seed's schema, the
// output is deterministic, and a brief is accepted wherever a schema is.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "support/cli_run.h"
#include "cli/design_brief.h"
#include "schemaforge/backends/sql.h"
#include "schemaforge/base/files.h"
#include "support/model_io.h"

namespace sf {

namespace {

const std::string kDir = std::string(SF_SOURCE_DIR) + "/examples/compliance-saas/";

using test::CliRun;
using test::run_cli;

}  // namespace

TEST(DesignCommand, ComplianceBriefDesignsTheSeedSchema) {
  CliRun designed = run_cli({"design", kDir + "brief.yaml"});
  ASSERT_EQ(designed.code, 0) << designed.err;
  Diagnostics diagnostics;
  Schema from_design = test::parse_sql_text("designed.sql", designed.out, diagnostics);
  Schema from_seed = test::parse_sql_file(kDir + "schema.sql", diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << test::errors_of(diagnostics);
  // Same tables, columns, types, keys with their actions, checks, indexes and comments.
  EXPECT_EQ(test::comparable_json(from_design), test::comparable_json(from_seed));
}

TEST(DesignCommand, SameBriefSameBytes) {
  CliRun first = run_cli({"design", kDir + "brief.yaml"});
  CliRun second = run_cli({"design", kDir + "brief.yaml"});
  ASSERT_EQ(first.code, 0);
  EXPECT_EQ(first.out, second.out);
}

TEST(DesignCommand, DesignedModelEqualsItsOwnDdl) {
  // The designer's expressions are read as the DDL frontend reads them, so parsing the
  // emitted DDL gives back the designed model.
  for (const std::string& brief : {kDir + "brief.yaml",
                                  std::string(SF_SOURCE_DIR) + "/examples/multi-tenant/brief.yaml"}) {
    auto file = read_source_file(brief);
    ASSERT_TRUE(file);
    Diagnostics diagnostics;
    Schema designed = cli::design_from_brief(*file, diagnostics);
    ASSERT_FALSE(diagnostics.has_errors()) << test::errors_of(diagnostics);
    std::string ddl = emit_sql(designed, SqlOptions{Dialect::Postgres}, diagnostics);
    Schema parsed = test::parse_sql_text("designed.sql", ddl, diagnostics);
    ASSERT_FALSE(diagnostics.has_errors()) << test::errors_of(diagnostics);
    EXPECT_EQ(test::comparable_json(parsed), test::comparable_json(designed)) << brief;
  }
}

TEST(DesignCommand, BriefIsASchemaArgument) {
  CliRun lint = run_cli({"lint", kDir + "brief.yaml"});
  EXPECT_NE(lint.code, 2) << lint.err;
  CliRun convert = run_cli({"convert", kDir + "brief.yaml", "--to", "prisma"});
  EXPECT_EQ(convert.code, 0) << convert.err;
  EXPECT_NE(convert.out.find("model assessments"), std::string::npos);
}

TEST(DesignCommand, RejectsANonBrief) {
  CliRun r = run_cli({"design", kDir + "schema.sql"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("SF1004"), std::string::npos);
}

}  // namespace sf

namespace sf {

TEST(BuildCommand, BriefToEveryArtifactWithASummary) {
  auto dir = std::filesystem::temp_directory_path() / ("sf-cli-design-build-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::ostringstream out, err;
  int code = cli::run({"build", kDir + "brief.yaml", "-o", dir.string()}, out, err);
  ASSERT_EQ(code, 0) << err.str();
  for (const char* file : {"postgres/schema.sql", "prisma/schema.prisma", "sqlalchemy/models.py",
                           "lint/report.txt", "docs/database-schema.md"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / file)) << file;
  }
  EXPECT_NE(out.str().find("designed from the brief (3 query patterns)"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("lint: 0 error(s), 2 warning(s), 6 note(s)"), std::string::npos) << out.str();
  std::ifstream document(dir / "docs/database-schema.md");
  std::stringstream text;
  text << document.rdbuf();
  EXPECT_NE(text.str().find("**What we didn't choose**"), std::string::npos);
  EXPECT_NE(text.str().find("`idx_usage_events_team_created`"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace sf
