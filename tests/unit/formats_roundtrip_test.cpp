// DBML and Prisma out and back in: a second round gives the same text (a fixed point), the
// ORM writers are deterministic, and losses are reported as SF3001.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "schemaforge/backends/dbml.h"
#include "schemaforge/backends/orm.h"
#include "schemaforge/backends/prisma.h"
#include "schemaforge/frontends/dbml.h"
#include "schemaforge/frontends/prisma.h"

namespace sf {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Schema read(const std::string& name, const std::string& text) {
  Schema schema;
  Diagnostics diags;
  auto file = std::make_shared<SourceFile>(name, text);
  if (name.size() > 5 && name.substr(name.size() - 5) == ".dbml") parse_dbml(file, schema, diags);
  else parse_prisma(file, schema, diags);
  EXPECT_FALSE(diags.has_errors()) << name << ": " << (diags.items().empty() ? "" : format_diagnostic(diags.items()[0]));
  return schema;
}

const std::string kGolden = std::string(SF_SOURCE_DIR) + "/tests/golden/";

TEST(FormatsRoundTrip, DbmlReachesAFixedPoint) {
  for (const char* input : {"dbml_constructs/input.dbml", "prisma_blog/schema.prisma"}) {
    Schema first = read(input, slurp(kGolden + input));
    Diagnostics d;
    std::string once = emit_dbml(first, d);
    std::string twice = emit_dbml(read("again.dbml", once), d);
    EXPECT_EQ(once, twice) << input;
  }
}

TEST(FormatsRoundTrip, PrismaReachesAFixedPoint) {
  for (const char* input : {"dbml_constructs/input.dbml", "prisma_blog/schema.prisma"}) {
    Schema first = read(input, slurp(kGolden + input));
    Diagnostics d;
    std::string once = emit_prisma(first, d);
    std::string twice = emit_prisma(read("again.prisma", once), d);
    EXPECT_EQ(once, twice) << input;
  }
}

TEST(FormatsRoundTrip, DbmlKeepsWhatItSaid) {
  Schema s = read("x.dbml", slurp(kGolden + "dbml_constructs/input.dbml"));
  Diagnostics d;
  Schema back = read("back.dbml", emit_dbml(s, d));
  ASSERT_EQ(back.tables.size(), s.tables.size());
  for (size_t i = 0; i < s.tables.size(); ++i) {
    const Table* t = back.find_table(s.tables[i].name);
    ASSERT_NE(t, nullptr) << s.tables[i].name.display();
    EXPECT_EQ(t->columns.size(), s.tables[i].columns.size());
    EXPECT_EQ(t->foreign_keys.size(), s.tables[i].foreign_keys.size());
    EXPECT_EQ(t->indexes.size(), s.tables[i].indexes.size());
    EXPECT_EQ(t->checks.size(), s.tables[i].checks.size());
    EXPECT_EQ(t->comment, s.tables[i].comment);
    EXPECT_EQ(t->seed_rows.has_value(), s.tables[i].seed_rows.has_value());
  }
  EXPECT_EQ(back.annotations.table_groups.size(), 2u);
  EXPECT_EQ(back.annotations.notes.size(), 1u);
  EXPECT_EQ(back.enums[0].values, s.enums[0].values);
}

TEST(FormatsRoundTrip, OrmWritersAreDeterministic) {
  Schema s = read("x.prisma", slurp(kGolden + "prisma_blog/schema.prisma"));
  Diagnostics d;
  EXPECT_EQ(emit_alembic(s, d), emit_alembic(s, d));
  EXPECT_EQ(emit_sqlalchemy(s, d), emit_sqlalchemy(s, d));
  EXPECT_EQ(emit_typescript(s, d), emit_typescript(s, d));
  EXPECT_NE(emit_typescript(s, d).find("export interface User {"), std::string::npos);
  EXPECT_NE(emit_typescript(s, d).find("export enum Role {"), std::string::npos);
}

TEST(FormatsRoundTrip, LossesAreReported) {
  Schema s = read("x.dbml", "Table t {\n  id int [pk]\n  v int [check: `v > 0`]\n}\n");
  s.tables[0].indexes.push_back(Index{});
  s.tables[0].indexes.back().elements.push_back(IndexElement{});
  s.tables[0].indexes.back().elements.back().column = "v";
  s.tables[0].indexes.back().method = "gin";
  Expr where;
  where.sql = "v > 1";
  s.tables[0].indexes.back().where = where;
  View view;
  view.name.name = "vv";
  s.views.push_back(view);
  for (auto* emit : {&emit_dbml, &emit_prisma, &emit_alembic}) {
    Diagnostics d;
    (*emit)(s, d);
    bool reported = false;
    for (const auto& x : d.items()) reported = reported || x.code == DiagCode::UnsupportedFeature;
    EXPECT_TRUE(reported);
  }
}

}  // namespace
}  // namespace sf
