// `schemaforge convert --to sqlite|mysql` through the CLI, and --on-unsupported.
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

class CliConvertDialects : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sf_cli_dialects_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    input_ = (dir_ / "schema.sql").string();
    std::ofstream(input_) << "CREATE TABLE t (id serial PRIMARY KEY, code text CHECK (code ~ 'x'));\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string input_;
};

TEST_F(CliConvertDialects, WarnIsTheDefault) {
  CliRun o = run_cli({"convert", input_, "--to", "sqlite"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out,
            "CREATE TABLE t (\n"
            "    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
            "    code TEXT\n"
            ");\n");
  EXPECT_NE(o.err.find("warning[SF3001]: sqlite output cannot express a check (code ~ 'x')"),
            std::string::npos)
      << o.err;
}

TEST_F(CliConvertDialects, IgnorePrintsNothing) {
  CliRun o = run_cli({"convert", input_, "--to", "mysql", "--on-unsupported=ignore"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.err, "");
  EXPECT_NE(o.out.find("id INT AUTO_INCREMENT NOT NULL"), std::string::npos) << o.out;
}

TEST_F(CliConvertDialects, ErrorExitsTwoAndWritesNothing) {
  std::string output = (dir_ / "out.sql").string();
  CliRun o = run_cli({"convert", input_, "--to", "mysql", "--on-unsupported", "error",
                   "-o", output});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_FALSE(fs::exists(output));
  EXPECT_NE(o.err.find("error[SF3001]"), std::string::npos) << o.err;
}

}  // namespace
}  // namespace sf
