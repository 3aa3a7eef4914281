// `schemaforge lint` through the CLI: exit codes, --fail-on, formats, config errors, -o.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "support/cli_run.h"

namespace sf {

namespace {

namespace fs = std::filesystem;

using test::CliRun;
using test::run_cli;

class CliLint : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sf_cli_lint_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }

  fs::path dir_;
};

const char* kNoKey = "CREATE TABLE notes (body text NOT NULL);\n";
const char* kJsonColumn =
    "CREATE TABLE notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body json NOT NULL,\n"
    "  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());\n"
    "COMMENT ON TABLE notes IS 'Notes.';\n";

}  // namespace

TEST_F(CliLint, ExitOneOnAnErrorFindingByDefault) {
  std::string schema = write("schema.sql", kNoKey);
  CliRun r = run_cli({"lint", schema});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("error[L101]"), std::string::npos) << r.out;
  EXPECT_EQ(run_cli({"lint", schema, "--fail-on", "never"}).code, 0);
}

TEST_F(CliLint, FailOnDecidesWhichSeveritiesFail) {
  std::string schema = write("schema.sql", kJsonColumn);  // one warning: L304
  EXPECT_EQ(run_cli({"lint", schema}).code, 0);
  EXPECT_EQ(run_cli({"lint", schema, "--fail-on", "warning"}).code, 1);
  EXPECT_EQ(run_cli({"lint", schema, "--fail-on", "loud"}).code, 2);
}

TEST_F(CliLint, ProjectFileIsFoundBesideTheSchema) {
  std::string schema = write("schema.sql", kNoKey);
  write(".schemaforge.yaml", "lint:\n  rules:\n    L101: warning\n");
  CliRun r = run_cli({"lint", schema});
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("warning[L101]"), std::string::npos);
  EXPECT_EQ(run_cli({"lint", schema, "--no-config"}).code, 1);
}

TEST_F(CliLint, BadConfigIsBadInputWithItsPosition) {
  std::string schema = write("schema.sql", kNoKey);
  std::string config = write("custom.yaml", "lint:\n  rules:\n    L9999: off\n");
  CliRun r = run_cli({"lint", schema, "--config", config});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("custom.yaml:3:5: error[SF1007]"), std::string::npos) << r.err;
}

TEST_F(CliLint, UnparsableSchemaIsBadInput) {
  std::string schema = write("schema.sql", "CREAT TABLE x ();\n");
  EXPECT_EQ(run_cli({"lint", schema}).code, 2);
}

TEST_F(CliLint, FormatsAndOutputFile) {
  std::string schema = write("schema.sql", kNoKey);
  CliRun json = run_cli({"lint", schema, "--format", "json", "--fail-on", "never"});
  EXPECT_NE(json.out.find("\"code\": \"L101\""), std::string::npos);
  CliRun github = run_cli({"lint", schema, "--format", "github", "--fail-on", "never"});
  EXPECT_EQ(github.out.rfind("::error file=", 0), 0u) << github.out;
  std::string out = (dir_ / "report.sarif").string();
  CliRun sarif = run_cli({"lint", schema, "--format", "sarif", "-o", out});
  EXPECT_EQ(sarif.code, 1);
  EXPECT_TRUE(sarif.out.empty());
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_EQ(run_cli({"lint", schema, "--format", "xml"}).code, 2);
}

TEST_F(CliLint, ListRules) {
  CliRun r = run_cli({"lint", "--list-rules"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("L001  warning  on   unused-suppression", 0), 0u) << r.out.substr(0, 100);
  CliRun md = run_cli({"lint", "--list-rules", "--format", "markdown"});
  EXPECT_EQ(md.out.rfind("| code | name |", 0), 0u);
  EXPECT_EQ(run_cli({"lint", "--list-rules", "--format", "sarif"}).code, 2);
  EXPECT_EQ(run_cli({"lint"}).code, 2);  // no schema, no --list-rules
}

}  // namespace sf
