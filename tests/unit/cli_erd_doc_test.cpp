// The erd and doc verbs (and build's docs/) through the CLI, without a process.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "support/cli_run.h"

namespace sf {

namespace {

const std::string kExample = std::string(SF_SOURCE_DIR) + "/examples/compliance-saas/schema.sql";

using test::CliRun;
using test::run_cli;

std::filesystem::path temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("sf-cli-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  return dir;
}

}  // namespace

TEST(ErdCommand, EveryFormat) {
  for (const char* format : {"mermaid", "dot", "svg", "png", "ascii", "plantuml"}) {
    CliRun r = run_cli({"erd", kExample, "--format", format});
    EXPECT_EQ(r.code, 0) << format << ": " << r.err;
    EXPECT_FALSE(r.out.empty()) << format;
  }
  EXPECT_EQ(run_cli({"erd", kExample}).out.rfind("erDiagram\n", 0), 0u) << "mermaid is the default";
}

TEST(ErdCommand, AroundSelectsAndUnknownTableIsAnError) {
  CliRun r = run_cli({"erd", kExample, "--around", "frameworks", "--depth", "1"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"assessments\""), std::string::npos);
  EXPECT_EQ(r.out.find("\"teams\""), std::string::npos);
  CliRun bad = run_cli({"erd", kExample, "--around", "nope"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("SF9002"), std::string::npos) << bad.err;
  EXPECT_EQ(run_cli({"erd", kExample, "--depth", "2"}).code, 2) << "--depth needs --around";
  EXPECT_EQ(run_cli({"erd", kExample, "--format", "gif"}).code, 2);
}

TEST(DocCommand, WritesTheDocumentDiagramsAndSite) {
  auto dir = temp_dir("doc");
  CliRun r = run_cli({"doc", kExample, "-o", dir.string(), "--html"});
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* file : {"database-schema.md", "database-schema-essentials.md", "erd/schema.mmd",
                           "erd/schema.svg", "html/index.html", "html/tables/teams.html"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / file)) << file;
  }
  std::ifstream in(dir / "database-schema.md");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("**Source**: `schema.sql`"), std::string::npos) << "the file name only";
  EXPECT_EQ(text.str().find(SF_SOURCE_DIR), std::string::npos) << "no absolute path";
  std::filesystem::remove_all(dir);
}

TEST(BuildCommand, WritesTheDocumentToo) {
  auto dir = temp_dir("build");
  CliRun r = run_cli({"build", kExample, "-o", dir.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "docs/database-schema.md"));
  EXPECT_TRUE(std::filesystem::exists(dir / "docs/erd/schema.svg"));
  std::filesystem::remove_all(dir);
}

}  // namespace sf
