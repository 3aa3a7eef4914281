// `build`'s verification through the CLI (docs/build.md): both example briefs and the
// example DDL pass on embedded SQLite, the document gets the planner's choices, and a
// database damaged after the DDL was applied fails the build.
#include <gtest/gtest.h>

#include <regex>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"

namespace sf {

namespace {

const std::string kExamples = std::string(SF_SOURCE_DIR) + "/examples/";

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

// A fresh output directory per call, removed with the fixture.
class BuildVerify : public ::testing::Test {
protected:
  void TearDown() override {
    unsetenv("SF_TEST_VERIFY_AFTER_APPLY");
    for (const auto& dir : dirs_) std::filesystem::remove_all(dir);
  }
  CliRun build(const std::string& input, std::vector<std::string> extra = {}) {
    std::string dir = (std::filesystem::temp_directory_path() /
                       ("sf_build_verify_" + std::to_string(getpid()) + "_" + std::to_string(dirs_.size())))
                          .string();
    dirs_.push_back(dir);
    std::vector<std::string> args = {"build", input, "-o", dir};
    args.insert(args.end(), extra.begin(), extra.end());
    std::ostringstream out, err;
    int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
  }
  std::string read(const std::string& relative) {
    std::ifstream in(dirs_.back() + "/" + relative);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::vector<std::string> dirs_;
};

void expect_passed(const CliRun& run) {
  EXPECT_EQ(run.code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("verify on SQLite (in memory): passed"), std::string::npos) << run.out;
  for (const char* step : {"1. apply DDL (up): ok", "2. inspect and compare: ok", "3. insert seed data: ok",
                           "4. query patterns (EXPLAIN): ok", "5. drop everything (down): ok",
                           "the database is empty"}) {
    EXPECT_NE(run.out.find(step), std::string::npos) << step << "\n" << run.out;
  }
}

}  // namespace

TEST_F(BuildVerify, ComplianceBriefPassesOnSqlite) {
  CliRun run = build(kExamples + "compliance-saas/brief.yaml");
  expect_passed(run);
  // Every pattern was planned (or said why not), and the document shows it.
  EXPECT_NE(run.out.find("\"a user's assessments, newest first\": index "), std::string::npos) << run.out;
  std::string document = read("docs/database-schema.md");
  EXPECT_NE(document.find("Planner's choice (build verification)"), std::string::npos);
  EXPECT_NE(document.find("-- planner's choice (build verification): index idx_assessments_user_created (SQLite)"),
            std::string::npos);
  // Each planned pattern also ran on the seed data: rows and time in the summary, rows (never
  // a time) in the document.
  EXPECT_NE(run.out.find(" run on the seed data"), std::string::npos) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\"a user's assessments, newest first\": index [^\n]*; returned [0-9]+ rows? in [0-9.]+ ms")))
      << run.out;
  EXPECT_TRUE(std::regex_search(document, std::regex("-- run on the seed data \\(build verification\\): [0-9]+ rows?\n")));
  EXPECT_EQ(document.find(" ms\n"), std::string::npos);
}

TEST_F(BuildVerify, AQueryThatErrorsWhenRunFailsTheQueryStep) {
  // After seeding, `assessments` becomes a view whose filter raises an error for every row
  // (malformed JSON): EXPLAIN plans it without evaluating anything, running it fails.
  setenv("SF_TEST_VERIFY_AFTER_APPLY",
         "-- after-seed: ALTER TABLE assessments RENAME TO assessments_data; "
         "CREATE VIEW assessments AS SELECT * FROM assessments_data WHERE json('not json') IS NOT NULL",
         1);
  CliRun run = build(kExamples + "compliance-saas/brief.yaml");
  EXPECT_EQ(run.code, 1) << run.out;
  EXPECT_NE(run.out.find("4. query patterns (EXPLAIN): FAILED"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("fails when run: "), std::string::npos) << run.out;
}

TEST_F(BuildVerify, MultiTenantBriefPassesOnSqlite) {
  CliRun run = build(kExamples + "multi-tenant/brief.yaml");
  expect_passed(run);
  EXPECT_NE(run.out.find("\"sign in by email\": index "), std::string::npos) << run.out;
}

TEST_F(BuildVerify, ComplianceDdlPassesOnSqlite) {
  CliRun run = build(kExamples + "compliance-saas/schema.sql");
  expect_passed(run);
  EXPECT_NE(run.out.find("the input has no query patterns"), std::string::npos) << run.out;
}

TEST_F(BuildVerify, SameInputSameDocument) {
  ASSERT_EQ(build(kExamples + "multi-tenant/brief.yaml").code, 0);
  std::string first = read("docs/database-schema.md");
  ASSERT_NE(first.find("Planner's choice"), std::string::npos);
  ASSERT_EQ(build(kExamples + "multi-tenant/brief.yaml").code, 0);
  EXPECT_EQ(first, read("docs/database-schema.md"));
}

TEST_F(BuildVerify, AnIndexLostAfterApplyFailsTheBuild) {
  setenv("SF_TEST_VERIFY_AFTER_APPLY", "DROP INDEX idx_users_team_id", 1);
  CliRun run = build(kExamples + "compliance-saas/schema.sql");
  EXPECT_EQ(run.code, 1) << run.out;
  EXPECT_NE(run.out.find("verify on SQLite (in memory): FAILED"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("2. inspect and compare: FAILED"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("missing after apply: index idx_users_team_id on users"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("verification failed"), std::string::npos) << run.err;
}

TEST_F(BuildVerify, ACheckChangedAfterApplyFailsTheBuild) {
  // usage_events again, with `quantity >= 0` where the model says `quantity > 0`.
  setenv("SF_TEST_VERIFY_AFTER_APPLY",
         "DROP TABLE usage_events; CREATE TABLE usage_events (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
         "team_id TEXT NOT NULL, user_id TEXT, event_type TEXT NOT NULL, quantity INTEGER DEFAULT 1 NOT NULL, "
         "created_at TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL, "
         "CHECK (event_type IN ('assessment_run', 'document_uploaded')), CHECK (quantity >= 0), "
         "FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE, "
         "FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL); "
         "CREATE INDEX idx_usage_events_user_id ON usage_events (user_id); "
         "CREATE INDEX idx_usage_events_team_created ON usage_events (team_id, created_at)",
         1);
  CliRun run = build(kExamples + "compliance-saas/schema.sql");
  EXPECT_EQ(run.code, 1) << run.out;
  EXPECT_NE(run.out.find("2. inspect and compare: FAILED"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("missing after apply: CHECK (quantity > 0) of usage_events"), std::string::npos) << run.out;
  // The other CHECK of the table came back the same and is not reported.
  EXPECT_EQ(run.out.find("CHECK (event_type"), std::string::npos) << run.out;
}

TEST_F(BuildVerify, ALeftoverTableFailsTheDownStep) {
  setenv("SF_TEST_VERIFY_AFTER_APPLY", "CREATE TABLE stray (x integer)", 1);
  CliRun run = build(kExamples + "compliance-saas/schema.sql");
  EXPECT_EQ(run.code, 1) << run.out;
  EXPECT_NE(run.out.find("note: the database also holds table stray"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("5. drop everything (down): FAILED"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("the database is not empty afterwards: table stray"), std::string::npos) << run.out;
}

TEST_F(BuildVerify, AQueryOnATableGoneFailsTheQueryStep) {
  // A table dropped behind the design's back after the comparison: the pattern's EXPLAIN
  // must fail, not be reported as "not runnable".
  setenv("SF_TEST_VERIFY_AFTER_APPLY", "-- after-seed: DROP TABLE assessment_frameworks; DROP TABLE assessments", 1);
  CliRun run = build(kExamples + "compliance-saas/brief.yaml");
  EXPECT_EQ(run.code, 1) << run.out;
  EXPECT_NE(run.out.find("4. query patterns (EXPLAIN): FAILED"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("fails: "), std::string::npos) << run.out;
}

TEST_F(BuildVerify, NoVerifySkipsIt) {
  CliRun run = build(kExamples + "compliance-saas/schema.sql", {"--no-verify"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.out.find("verify on"), std::string::npos);
}

}  // namespace sf
