// The model as JSON (docs/model-json.md): shape, key order, omitted defaults, locations.
#include <gtest/gtest.h>

#include "schemaforge/backends/json.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

TEST(Json, EmptySchemaHasEveryTopLevelKeyInOrder) {
  EXPECT_EQ(emit_json(Schema{}),
            "{\n"
            "  \"format\": \"schemaforge-model\",\n"
            "  \"version\": 1,\n"
            "  \"namespaces\": [],\n"
            "  \"namespace_comments\": [],\n"
            "  \"extensions\": [],\n"
            "  \"enums\": [],\n"
            "  \"domains\": [],\n"
            "  \"composites\": [],\n"
            "  \"sequences\": [],\n"
            "  \"tables\": [],\n"
            "  \"views\": [],\n"
            "  \"functions\": [],\n"
            "  \"relationships\": []\n"
            "}\n");
  EXPECT_EQ(kModelJsonVersion, 1);
}

Schema small_model(const std::shared_ptr<const SourceFile>& file) {
  Schema s;
  Table authors = table(qn("app", "authors"), {column("id", "integer", true, TypeKind::Int32)});
  authors.primary_key = pk({"id"});
  authors.ordinal = 1;
  authors.loc = SourceLoc::at(file, 0);
  authors.columns[0].loc = SourceLoc::at(file, 30);
  s.tables.push_back(authors);
  Table books =
      table(qn("app", "books"),
            {column("id", "integer", true, TypeKind::Int32),
             column("author_id", "integer", false, TypeKind::Int32),
             column_default("title", "character varying(200)",
                            expr("'untitled'::character varying", ExprForm::StringLiteral))});
  books.columns[2].type.kind = TypeKind::Varchar;
  books.columns[2].type.modifiers = {200};
  books.columns[2].default_value->value = "untitled";
  books.primary_key = pk({"id"}, "books_pkey");
  books.foreign_keys.push_back(fk({"author_id"}, qn("app", "authors"), {"id"}));
  books.foreign_keys.back().on_delete = FkAction::SetNull;
  books.indexes.push_back(index("books_title_idx", {key("title")}));
  books.indexes.push_back(index("", {key_expr("lower((title)::text)")}));
  books.indexes.back().method = "gin";
  books.indexes.back().elements[0].order = SortOrder::Desc;
  books.comment = "Books";
  books.ordinal = 2;
  books.loc = SourceLoc::at(file, 52);
  s.tables.push_back(books);
  return s;
}

const char* kSmallModelWithoutLocations = R"json({
  "format": "schemaforge-model",
  "version": 1,
  "namespaces": [],
  "namespace_comments": [],
  "extensions": [],
  "enums": [],
  "domains": [],
  "composites": [],
  "sequences": [],
  "tables": [
    {
      "schema": "app",
      "name": "authors",
      "columns": [
        {
          "name": "id",
          "type": {
            "kind": "int32",
            "spelling": "integer"
          },
          "not_null": true
        }
      ],
      "primary_key": {
        "columns": [
          "id"
        ]
      },
      "ordinal": 1
    },
    {
      "schema": "app",
      "name": "books",
      "columns": [
        {
          "name": "id",
          "type": {
            "kind": "int32",
            "spelling": "integer"
          },
          "not_null": true
        },
        {
          "name": "author_id",
          "type": {
            "kind": "int32",
            "spelling": "integer"
          }
        },
        {
          "name": "title",
          "type": {
            "kind": "varchar",
            "spelling": "character varying(200)",
            "modifiers": [
              200
            ]
          },
          "default_value": {
            "sql": "'untitled'::character varying",
            "form": "string_literal",
            "value": "untitled"
          }
        }
      ],
      "primary_key": {
        "name": "books_pkey",
        "columns": [
          "id"
        ]
      },
      "foreign_keys": [
        {
          "columns": [
            "author_id"
          ],
          "ref_table": {
            "schema": "app",
            "name": "authors"
          },
          "ref_columns": [
            "id"
          ],
          "on_delete": "set_null"
        }
      ],
      "indexes": [
        {
          "name": "books_title_idx",
          "elements": [
            {
              "column": "title"
            }
          ]
        },
        {
          "method": "gin",
          "elements": [
            {
              "expr": {
                "sql": "lower((title)::text)"
              },
              "order": "desc"
            }
          ]
        }
      ],
      "comment": "Books",
      "ordinal": 2
    }
  ],
  "views": [],
  "functions": [],
  "relationships": [
    {
      "derived": true,
      "cardinality": "one_to_many",
      "from": {
        "schema": "app",
        "name": "books"
      },
      "to": {
        "schema": "app",
        "name": "authors"
      },
      "from_columns": [
        "author_id"
      ],
      "to_columns": [
        "id"
      ],
      "optional": true,
      "on_delete": "set_null"
    }
  ]
}
)json";

TEST(Json, ElementsHaveFixedKeyOrderAndOmitDefaults) {
  auto file = std::make_shared<const SourceFile>("db/schema.sql", std::string(80, '\n'));
  JsonOptions options;
  options.locations = false;
  EXPECT_EQ(emit_json(small_model(file), options), kSmallModelWithoutLocations);
}

TEST(Json, LocationsAreFileLineColumnWithThePathAsGiven) {
  auto file =
      std::make_shared<const SourceFile>("db/schema.sql",
                                         "CREATE TABLE app.authors (\n  id integer NOT NULL\n"
                                         ");\nCREATE TABLE app.books ();\n");
  std::string json = emit_json(small_model(file));
  EXPECT_NE(json.find("      \"ordinal\": 1,\n      \"loc\": \"db/schema.sql:1:1\"\n"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("          \"not_null\": true,\n          \"loc\": \"db/schema.sql:2:4\"\n"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"loc\": \"db/schema.sql:4:1\""), std::string::npos) << json;
  // Elements without a known location (the primary key here) get no "loc".
  EXPECT_EQ(json.find("\"columns\": [\n          \"id\"\n        ],\n        \"loc\""),
            std::string::npos);
}

TEST(Json, CompactOutputWithNegativeIndent) {
  JsonOptions options;
  options.indent = -1;
  EXPECT_EQ(emit_json(Schema{}, options),
            "{\"format\":\"schemaforge-model\",\"version\":1,\"namespaces\":[],"
            "\"namespace_comments\":[],\"extensions\":[],\"enums\":[],\"domains\":[],"
            "\"composites\":[],\"sequences\":[],\"tables\":[],\"views\":[],\"functions\":[],"
            "\"relationships\":[]}\n");
}

TEST(Json, EnumsAreLowerCaseStrings) {
  Schema s;
  Table t = table(qn("t"), {column("a", "timestamp with time zone", false, TypeKind::TimestampTz)});
  t.columns[0].identity = Identity{};
  t.columns[0].identity->always = true;
  t.columns[0].default_value = expr("now()", ExprForm::Now);
  PartitionKey by;
  by.strategy = PartitionStrategy::Hash;
  by.elements = {key("a")};
  by.elements[0].nulls = NullsOrder::First;
  t.partition_by = by;
  ForeignKey f = fk({"a"}, qn("u"));
  f.match = FkMatch::Full;
  f.on_update = FkAction::Cascade;
  f.on_delete = FkAction::SetDefault;
  t.foreign_keys.push_back(f);
  s.tables.push_back(t);
  Function proc;
  proc.name = qn("p");
  proc.kind = RoutineKind::Procedure;
  s.functions.push_back(proc);
  JsonOptions options;
  options.indent = -1;
  std::string json = emit_json(s, options);
  for (const char* fragment :
       {"\"kind\":\"timestamptz\"", "\"form\":\"now\"", "\"identity\":{\"always\":true}",
        "\"partition_by\":{\"strategy\":\"hash\",\"elements\":[{\"column\":\"a\",\"nulls\":"
        "\"first\"}]}",
        "\"on_delete\":\"set_default\",\"on_update\":\"cascade\",\"match\":\"full\"",
        "\"kind\":\"procedure\""}) {
    EXPECT_NE(json.find(fragment), std::string::npos) << fragment << "\n" << json;
  }
}

TEST(Json, ManyToManyRelationshipsNameTheirJoinTable) {
  Schema s;
  Table a = table(qn("students"), {column("id", "integer", true)});
  a.primary_key = pk({"id"});
  Table b = table(qn("courses"), {column("id", "integer", true)});
  b.primary_key = pk({"id"});
  Table join = table(qn("enrolments"),
                     {column("student_id", "integer", true), column("course_id", "integer", true)});
  join.primary_key = pk({"student_id", "course_id"});
  join.foreign_keys.push_back(fk({"student_id"}, qn("students"), {}, "enrolments_student_fkey"));
  join.foreign_keys.push_back(fk({"course_id"}, qn("courses")));
  join.foreign_keys[0].on_delete = FkAction::Cascade;
  s.tables = {a, b, join};
  JsonOptions options;
  options.indent = -1;
  std::string json = emit_json(s, options);
  EXPECT_NE(
      json.find("\"relationships\":[{\"derived\":true,\"cardinality\":\"many_to_many\","
                "\"from\":{\"name\":\"students\"},\"to\":{\"name\":\"courses\"},"
                "\"through\":{\"name\":\"enrolments\"},\"from_columns\":[\"student_id\"],"
                "\"to_columns\":[\"course_id\"],\"constraint_name\":\"enrolments_student_fkey\","
                "\"on_delete\":\"cascade\"}]}"),
      std::string::npos)
      << json;
}

TEST(Json, EveryConstructOfTheRichModelIsPresent) {
  std::string json = emit_json(rich_model());
  for (const char* key : {"\"namespace_comments\"",
                          "\"extensions\"",
                          "\"values\"",
                          "\"base\"",
                          "\"attributes\"",
                          "\"owned_by\"",
                          "\"identity\"",
                          "\"generated\"",
                          "\"uniques\"",
                          "\"checks\"",
                          "\"exclusions\"",
                          "\"op\"",
                          "\"triggers\"",
                          "\"policies\"",
                          "\"using_expr\"",
                          "\"check_expr\"",
                          "\"rules\"",
                          "\"unlogged\"",
                          "\"options\"",
                          "\"partition_by\"",
                          "\"partition_of\"",
                          "\"attached\"",
                          "\"inherits\"",
                          "\"rls_enabled\"",
                          "\"rls_forced\"",
                          "\"materialized\"",
                          "\"column_names\"",
                          "\"check_option\"",
                          "\"with_data\": false",
                          "\"depends_on_tables\"",
                          "\"on_delete_columns\"",
                          "\"nulls_not_distinct\"",
                          "\"timing\"",
                          "\"initially_deferred\"",
                          "\"not_valid\"",
                          "\"no_inherit\"",
                          "\"sequence_name\"",
                          "\"include\"",
                          "\"where\"",
                          "\"with\"",
                          "\"definition\""}) {
    EXPECT_NE(json.find(key), std::string::npos) << key;
  }
}

TEST(Json, DeterministicAndEndsWithNewline) {
  std::string first = emit_json(rich_model());
  EXPECT_EQ(first, emit_json(rich_model()));
  EXPECT_EQ(first.back(), '\n');
  EXPECT_EQ(first.find('\n'), 1u);
}

TEST(Json, InvalidUtf8IsReplacedNotThrown) {
  Schema s;
  Table t = table(qn("t"), {column("a", "integer")});
  t.comment = "caf\xe9";  // Latin-1
  s.tables.push_back(t);
  std::string json;
  EXPECT_NO_THROW(json = emit_json(s));
  EXPECT_NE(json.find("caf\xef\xbf\xbd"), std::string::npos);
}

}  // namespace
}  // namespace sf
