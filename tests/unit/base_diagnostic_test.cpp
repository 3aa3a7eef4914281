#include <gtest/gtest.h>

#include <set>

#include "schemaforge/base/diagnostic.h"

namespace sf {

TEST(Diagnostic, FormatsLocationCodeAndCaret) {
  auto file = std::make_shared<const SourceFile>("schema.sql", "CREATE TABLE t (\n  id intt\n);\n");
  Diagnostics diags;
  diags.report(DiagCode::SqlSyntax, SourceLoc::at(file, 22), "unknown type 'intt'");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_TRUE(diags.has_errors());
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            "schema.sql:2:6: error[SF2001]: unknown type 'intt'\n"
            "    id intt\n"
            "       ^\n");
}

TEST(Diagnostic, CodesAreUnique) {
  std::set<std::string_view> seen;
  for (const auto& d : all_diagnostics()) {
    EXPECT_TRUE(seen.insert(d.code).second) << "duplicate code " << d.code;
  }
}

TEST(SourceFile, LocatesLinesAndColumns) {
  SourceFile file("f", "ab\ncd\r\nef");
  EXPECT_EQ(file.locate(0).line, 1u);
  EXPECT_EQ(file.locate(4).line, 2u);
  EXPECT_EQ(file.locate(4).column, 2u);
  EXPECT_EQ(file.line_text(2), "cd");
  EXPECT_EQ(file.line_text(3), "ef");
}

}  // namespace sf

namespace sf {
TEST(Diagnostic, CaretCountsCharactersNotBytes) {
  auto file = std::make_shared<const SourceFile>("s.sql", "SELECT 'é', ;\n");
  Diagnostics diags;
  diags.report(DiagCode::SqlSyntax, SourceLoc::at(file, 13), "syntax error at or near \";\"");
  EXPECT_EQ(diags.items()[0].loc.column, 14u);  // bytes
  EXPECT_EQ(format_diagnostic(diags.items()[0]),
            "s.sql:1:14: error[SF2001]: syntax error at or near \";\"\n"
            "  SELECT 'é', ;\n"
            "               ^\n");
}
}  // namespace sf
