// docs/diagnostics.md names every diagnostic code of diagnostics.def.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "schemaforge/base/diagnostic.h"

namespace sf {

TEST(Docs, DiagnosticsPageListsEveryCode) {
  std::ifstream in(std::string(SF_SOURCE_DIR) + "/docs/diagnostics.md");
  ASSERT_TRUE(in) << "docs/diagnostics.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& d : all_diagnostics()) {
    EXPECT_NE(text.str().find("| " + std::string(d.code) + " |"), std::string::npos)
        << d.code << " is not documented in docs/diagnostics.md";
  }
}

}  // namespace sf
