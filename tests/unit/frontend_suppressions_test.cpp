// `-- schemaforge:ignore CODE reason` comments become Schema::suppressions with the lines they
// cover (docs/lint.md "Suppressions").
#include <gtest/gtest.h>

#include "frontend_helpers.h"

namespace sf {

using testing::parse_clean;

TEST(FrontendSuppressions, StatementTrailingAndInnerComments) {
  auto parsed = parse_clean(
      "CREATE TABLE a (id int PRIMARY KEY);\n"                          // 1
      "-- schemaforge:ignore L201,fk-column-name legacy table\n"        // 2
      "CREATE TABLE b (\n"                                               // 3
      "    id int PRIMARY KEY,\n"                                        // 4
      "    -- schemaforge:ignore L301 a wall-clock time\n"               // 5
      "    at timestamp,\n"                                              // 6
      "    a_id int REFERENCES a (id)  /* schemaforge:ignore L203 */\n"  // 7
      ");\n"                                                             // 8
      "-- an ordinary comment\n");                                       // 9
  const auto& s = parsed.schema.suppressions;
  ASSERT_EQ(s.size(), 3u) << parsed.problems();
  EXPECT_EQ(s[0].codes, (std::vector<std::string>{"L201", "fk-column-name"}));
  EXPECT_EQ(s[0].reason, "legacy table");
  EXPECT_EQ(s[0].loc.line, 2u);
  EXPECT_EQ(s[0].first_line, 3u);
  EXPECT_EQ(s[0].last_line, 8u);  // the whole statement, up to its `;`
  EXPECT_EQ(s[1].codes, (std::vector<std::string>{"L301"}));
  EXPECT_EQ(s[1].first_line, 6u);  // the next line with code
  EXPECT_EQ(s[1].last_line, 6u);
  EXPECT_EQ(s[2].codes, (std::vector<std::string>{"L203"}));
  EXPECT_EQ(s[2].reason, "");
  EXPECT_EQ(s[2].first_line, 7u);  // a trailing comment: its own line
  EXPECT_EQ(s[2].last_line, 7u);
}

TEST(FrontendSuppressions, MarkersInsideDataAndStringsAreNotComments) {
  auto parsed = parse_clean(
      "CREATE TABLE notes (body text);\n"
      "COPY notes (body) FROM stdin;\n"
      "-- schemaforge:ignore L101 this is a data row\n"
      "\\.\n"
      "INSERT INTO notes VALUES ('-- schemaforge:ignore L101 a string');\n");
  EXPECT_TRUE(parsed.schema.suppressions.empty());
}

TEST(FrontendSuppressions, AtTheEndOfTheFileItCoversItsOwnLine) {
  auto parsed = parse_clean("CREATE TABLE t (id int PRIMARY KEY);\n-- schemaforge:ignore L101 why\n");
  ASSERT_EQ(parsed.schema.suppressions.size(), 1u);
  EXPECT_EQ(parsed.schema.suppressions[0].first_line, 2u);
  EXPECT_EQ(parsed.schema.suppressions[0].last_line, 2u);
}

}  // namespace sf
