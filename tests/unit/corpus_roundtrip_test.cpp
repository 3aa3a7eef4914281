// parse(emit(parse(x))) == parse(x) for every golden input, example and corpus schema, and
// the emitted DDL is deterministic.
#include <gtest/gtest.h>

#include <filesystem>

#include "schemaforge/backends/sql.h"
#include "support/model_io.h"

namespace sf {

class RoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(RoundTrip, EmitThenParseGivesTheSameModel) {
  Diagnostics diagnostics;
  Schema original = test::parse_sql_file(GetParam(), diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << test::errors_of(diagnostics);

  Diagnostics emit_diagnostics;
  std::string ddl = emit_sql(original, SqlOptions{}, emit_diagnostics);
  EXPECT_FALSE(emit_diagnostics.has_errors()) << test::errors_of(emit_diagnostics);
  EXPECT_EQ(ddl, emit_sql(original, SqlOptions{}, emit_diagnostics)) << "emit is not deterministic";

  Diagnostics reparse_diagnostics;
  Schema reparsed = test::parse_sql_text("emitted.sql", ddl, reparse_diagnostics);
  ASSERT_FALSE(reparse_diagnostics.has_errors()) << test::errors_of(reparse_diagnostics) << ddl;
  EXPECT_EQ(test::comparable_json(original), test::comparable_json(reparsed));
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::filesystem::path path(info.param);
  std::string name = path.filename() == "input.sql" || path.filename() == "schema.sql"
                         ? path.parent_path().filename().string()
                         : path.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, RoundTrip, ::testing::ValuesIn(test::postgres_test_files()), case_name);

}  // namespace sf
