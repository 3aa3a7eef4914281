// The DBML frontend: lexing, every construct, exact error positions.
#include <gtest/gtest.h>

#include "schemaforge/frontends/dbml.h"

namespace sf {
namespace {

struct Parsed {
  Schema schema;
  Diagnostics diags;
};

Parsed parse(const std::string& text) {
  Parsed p;
  parse_dbml(std::make_shared<SourceFile>("t.dbml", text), p.schema, p.diags);
  return p;
}

std::string first_error(const Parsed& p) {
  for (const auto& d : p.diags.items()) {
    if (d.severity == Severity::Error) {
      return std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + " " + std::string(info(d.code).code);
    }
  }
  return "";
}

TEST(DbmlFrontend, TableColumnsAndSettings) {
  auto p = parse(
      "table Core.Users as U [HeaderColor: #3498DB, Note: 'people'] {\n"
      "  id integer [PK, Increment]\n"
      "  email varchar(255) [unique, NOT NULL, note: 'login', default: 'x@y']\n"
      "  score decimal(10, 2) [default: -1.5]\n"
      "  tags \"text\"[]\n"
      "}\n");
  ASSERT_FALSE(p.diags.has_errors()) << first_error(p);
  ASSERT_EQ(p.schema.tables.size(), 1u);
  const Table& t = p.schema.tables[0];
  EXPECT_EQ(t.name.schema, "Core");
  EXPECT_EQ(t.name.name, "Users");
  EXPECT_EQ(t.alias, "U");
  EXPECT_EQ(t.header_color, "#3498DB");
  EXPECT_EQ(t.comment, "people");
  ASSERT_TRUE(t.primary_key);
  EXPECT_EQ(t.primary_key->columns, std::vector<std::string>{"id"});
  EXPECT_TRUE(t.columns[0].identity.has_value());
  EXPECT_EQ(t.columns[1].type.kind, TypeKind::Varchar);
  EXPECT_EQ(t.columns[1].type.spelling, "character varying(255)");
  EXPECT_EQ(t.columns[1].type.source_spelling, "varchar(255)");
  EXPECT_TRUE(t.columns[1].not_null);
  EXPECT_EQ(t.columns[1].default_value->form, ExprForm::StringLiteral);
  EXPECT_EQ(t.columns[1].default_value->sql, "'x@y'");
  EXPECT_EQ(t.columns[2].type.spelling, "numeric(10,2)");
  EXPECT_EQ(t.columns[2].default_value->value, "-1.5");
  EXPECT_EQ(t.columns[3].type.array_dims, 1);
  EXPECT_EQ(t.columns[3].type.spelling, "text[]");
  ASSERT_EQ(t.uniques.size(), 1u);
  ASSERT_EQ(p.schema.namespaces.size(), 1u);
}

TEST(DbmlFrontend, MultiLineStringsAndEscapes) {
  auto p = parse(
      "Table t {\n  id int\n  Note: '''\n      # Title\n        indented\n      last\\\n       joined'''\n}\n"
      "Note n { 'tab\\there \\u0041 \\'q\\'' }\n");
  ASSERT_FALSE(p.diags.has_errors()) << first_error(p);
  // as @dbml/core: a backslash joins the next line, whose spaces stay
  EXPECT_EQ(p.schema.tables[0].comment, "# Title\n  indented\nlast       joined");
  EXPECT_EQ(p.schema.annotations.notes[0].content, "tab\there A 'q'");
}

TEST(DbmlFrontend, RefsBecomeForeignKeysAndJoinTables) {
  auto p = parse(
      "Table a { id int [pk] }\nTable b { id int [pk]\n a_id int [ref: > a.id] }\n"
      "Table c { id int [pk] }\n"
      "Ref r1: c.id < b.id [delete: cascade, update: set null]\n"
      "Ref: a.id - c.id\n"
      "Ref: a.id <> b.id\n");
  ASSERT_FALSE(p.diags.has_errors()) << first_error(p);
  const Table* b = p.schema.find_table({"", "b"});
  ASSERT_EQ(b->foreign_keys.size(), 2u);
  EXPECT_EQ(b->foreign_keys[0].columns, std::vector<std::string>{"a_id"});
  EXPECT_EQ(b->foreign_keys[1].name, "r1");
  EXPECT_EQ(b->foreign_keys[1].on_delete, FkAction::Cascade);
  EXPECT_EQ(b->foreign_keys[1].on_update, FkAction::SetNull);
  const Table* c = p.schema.find_table({"", "c"});
  ASSERT_EQ(c->foreign_keys.size(), 1u);  // '-': the second endpoint holds the key
  EXPECT_TRUE(c->foreign_keys[0].one_to_one);
  const Table* join = p.schema.find_table({"", "a_b"});
  ASSERT_NE(join, nullptr);
  EXPECT_EQ(join->implicit_join, ImplicitJoin::DbmlManyToMany);
  EXPECT_EQ(join->columns[0].name, "a_id");
  EXPECT_EQ(join->columns[1].name, "b_id");
  EXPECT_EQ(join->primary_key->columns.size(), 2u);
}

TEST(DbmlFrontend, CompositeRefsIndexesChecksAndRecords) {
  auto p = parse(
      "Table m { id int\n cc char(2)\n indexes { (id, cc) [pk]\n `lower(cc)` [name: 'lc']\n cc [type: hash, unique] }\n"
      "  checks { `id > 0` [name: 'pos'] }\n  records (id, cc) { 1, 'fr'\n 2, null } }\n"
      "Table p { mid int\n mcc char(2) }\n"
      "Ref: p.(mid, mcc) > m.(id, cc)\n");
  ASSERT_FALSE(p.diags.has_errors()) << first_error(p);
  const Table* m = p.schema.find_table({"", "m"});
  EXPECT_EQ(m->primary_key->columns, (std::vector<std::string>{"id", "cc"}));
  ASSERT_EQ(m->indexes.size(), 2u);
  EXPECT_EQ(m->indexes[0].elements[0].expr->sql, "lower(cc)");
  EXPECT_EQ(m->indexes[1].method, "hash");
  EXPECT_TRUE(m->indexes[1].unique);
  EXPECT_EQ(m->checks[0].name, "pos");
  ASSERT_TRUE(m->seed_rows);
  EXPECT_EQ(m->seed_rows->rows.size(), 2u);
  EXPECT_EQ(m->seed_rows->rows[1][1].kind, SeedValue::Kind::Null);
  const Table* t = p.schema.find_table({"", "p"});
  EXPECT_EQ(t->foreign_keys[0].ref_columns, (std::vector<std::string>{"id", "cc"}));
}

TEST(DbmlFrontend, PartialsEnumsGroupsProject) {
  auto p = parse(
      "Project x { database_type: 'PostgreSQL'\n Note: 'n' }\n"
      "TablePartial ts { created_at timestamp [default: `now()`]\n id bigint }\n"
      "enum s.st { a [note: 'A']\n \"b c\" }\n"
      "Table t { id int [pk]\n ~ts\n st s.st [default: s.st.a] }\n"
      "TableGroup g [color: #abc] { t }\n");
  ASSERT_FALSE(p.diags.has_errors()) << first_error(p);
  const Table& t = p.schema.tables[0];
  ASSERT_EQ(t.columns.size(), 3u);  // the table's own id wins over the partial's
  EXPECT_EQ(t.columns[0].type.kind, TypeKind::Int32);
  EXPECT_EQ(t.columns[1].name, "created_at");
  EXPECT_EQ(t.columns[1].default_value->form, ExprForm::Now);
  EXPECT_EQ(t.columns[2].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(t.columns[2].default_value->value, "a");
  EXPECT_EQ(p.schema.enums[0].values[1], "b c");
  EXPECT_EQ(p.schema.enums[0].value_comments[0], "A");
  EXPECT_EQ(p.schema.annotations.table_groups[0].color, "#abc");
  EXPECT_EQ(p.schema.annotations.project->fields[0].second, "PostgreSQL");
}

TEST(DbmlFrontend, ErrorsCarryLineAndColumn) {
  EXPECT_EQ(first_error(parse("Table t {\n  id int\n  name 'unclosed\n}\n")), "3:8 SF4001");
  EXPECT_EQ(first_error(parse("Table t {\n  id int [pk, bogus]\n}\n")), "2:15 SF4002");
  EXPECT_EQ(first_error(parse("Table t { id int }\nRef: t.id > u.id\n")), "2:13 SF4003");
  EXPECT_EQ(first_error(parse("Table t { id int }\nTable t { id int }\n")), "2:7 SF4004");
  EXPECT_EQ(first_error(parse("use * from './x'\n")), "1:1 SF4005");
  EXPECT_EQ(first_error(parse("Table t {\n  id int\n  x 1.2.3\n}\n")), "3:5 SF4001");
}

TEST(DbmlFrontend, NothingIsAddedOnError) {
  auto p = parse("Table t { id int }\nTable u { x int [ref: > nope.id] }\n");
  EXPECT_TRUE(p.diags.has_errors());
  EXPECT_TRUE(p.schema.tables.empty());
}

}  // namespace
}  // namespace sf
