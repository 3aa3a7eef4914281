// CREATE TABLE: columns, constraints, table clauses and indexes, checked as exact text.
#include <gtest/gtest.h>

#include "schemaforge/backends/sql.h"
#include "unit/backend_fixtures.h"

namespace sf {
namespace {

using namespace sf::test;

std::string emit_table_only(const Table& t) {
  Schema s;
  s.tables.push_back(t);
  Diagnostics diagnostics;
  std::string out = emit_body(s, diagnostics);
  EXPECT_TRUE(diagnostics.items().empty()) << format_diagnostic(diagnostics.items()[0]);
  return out;
}

TEST(SqlTables, ColumnsOnePerLineWithTypeCollationDefaultAndNotNull) {
  Table t = table(qn("app", "people"),
                  {column("id", "bigint", true), column("name", "character varying(100)", true),
                   column("nick", "text"), column("born", "date")});
  t.columns[2].collation = "\"C\"";
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE app.people (\n"
            "    id bigint NOT NULL,\n"
            "    name character varying(100) NOT NULL,\n"
            "    nick text COLLATE \"C\",\n"
            "    born date\n"
            ");\n");
}

TEST(SqlTables, RecognisedDefaultsAreBareOthersParenthesised) {
  Table t = table(
      qn("d"),
      {column_default("a", "integer", expr("42", ExprForm::Literal)),
       column_default("b", "text", expr("'x'::text", ExprForm::StringLiteral)),
       column_default("c", "boolean", expr("true", ExprForm::BoolLiteral)),
       column_default("d", "text", expr("NULL::text", ExprForm::Null)),
       column_default("e", "timestamp with time zone", expr("CURRENT_TIMESTAMP", ExprForm::Now)),
       column_default("f", "uuid", expr("gen_random_uuid()", ExprForm::RandomUuid)),
       column_default("g", "bigint", expr("nextval('d_g_seq'::regclass)", ExprForm::NextVal)),
       column_default("h", "integer", expr("1 + 2")),
       column_default("i", "text", expr("lower('X'::text)"))});
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE d (\n"
            "    a integer DEFAULT 42,\n"
            "    b text DEFAULT 'x'::text,\n"
            "    c boolean DEFAULT true,\n"
            "    d text DEFAULT NULL::text,\n"
            "    e timestamp with time zone DEFAULT CURRENT_TIMESTAMP,\n"
            "    f uuid DEFAULT gen_random_uuid(),\n"
            "    g bigint DEFAULT nextval('d_g_seq'::regclass),\n"
            "    h integer DEFAULT (1 + 2),\n"
            "    i text DEFAULT (lower('X'::text))\n"
            ");\n");
}

TEST(SqlTables, DefaultsWithoutSqlTextAreRenderedFromTheirForm) {
  Expr now;
  now.form = ExprForm::Now;
  now.value = "now";
  Expr word;
  word.form = ExprForm::StringLiteral;
  word.value = "it's";
  Expr seq;
  seq.form = ExprForm::NextVal;
  seq.value = "s.t_id_seq";
  Table t = table(qn("t"), {column_default("a", "timestamp with time zone", now),
                            column_default("b", "text", word), column_default("c", "bigint", seq)});
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE t (\n"
            "    a timestamp with time zone DEFAULT now(),\n"
            "    b text DEFAULT 'it''s',\n"
            "    c bigint DEFAULT nextval('s.t_id_seq'::regclass)\n"
            ");\n");
}

TEST(SqlTables, TypesWithoutSpellingUseTheDialectsTypeMap) {
  Column ts;
  ts.name = "at";
  ts.type.kind = TypeKind::TimestampTz;
  ts.type.modifiers = {3};
  Column money;
  money.name = "price";
  money.type.kind = TypeKind::Decimal;
  money.type.modifiers = {10, 2};
  Column tags;
  tags.name = "tags";
  tags.type.kind = TypeKind::Varchar;
  tags.type.modifiers = {20};
  tags.type.array_dims = 1;
  Column id;
  id.name = "id";
  id.type.kind = TypeKind::Int64;
  id.type.serial = true;
  Column mood;
  mood.name = "mood";
  mood.type.kind = TypeKind::UserDefined;
  mood.type.ref = qn("app", "Mood");
  EXPECT_EQ(emit_table_only(table(qn("t"), {id, ts, money, tags, mood})),
            "CREATE TABLE t (\n"
            "    id bigserial,\n"
            "    at timestamp(3) with time zone,\n"
            "    price numeric(10,2),\n"
            "    tags character varying(20)[],\n"
            "    mood app.\"Mood\"\n"
            ");\n");
}

TEST(SqlTables, SerialColumnsDoNotRepeatTheirSequenceDefault) {
  Column id = column_default("id", "serial",
                             expr("nextval('t_id_seq'::regclass)", ExprForm::NextVal), true);
  id.type.serial = true;
  EXPECT_EQ(emit_table_only(table(qn("t"), {id})),
            "CREATE TABLE t (\n"
            "    id serial NOT NULL\n"
            ");\n");
}

TEST(SqlTables, GeneratedAndIdentityColumns) {
  Table t = table(qn("t"), {column("a", "bigint", true), column("b", "integer", true),
                            column("c", "integer", true), column("d", "numeric")});
  t.columns[0].identity = Identity{};
  t.columns[0].identity->always = true;
  t.columns[1].identity = Identity{};
  t.columns[1].identity->options.sequence_name = "public.t_b_seq";
  t.columns[1].identity->options.start = 10;
  t.columns[1].identity->options.increment = 5;
  t.columns[1].identity->options.min_value = 10;
  t.columns[1].identity->options.max_value = 1000;
  t.columns[1].identity->options.cache = 20;
  t.columns[1].identity->options.cycle = true;
  t.columns[2].identity = Identity{};
  t.columns[2].identity->options.data_type = "integer";  // the column's own type: implied
  t.columns[3].generated = expr("(a + b)::numeric * 2");
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE t (\n"
            "    a bigint GENERATED ALWAYS AS IDENTITY NOT NULL,\n"
            "    b integer GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME public.t_b_seq "
            "INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 START WITH 10 CACHE 20 CYCLE) NOT NULL,\n"
            "    c integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
            "    d numeric GENERATED ALWAYS AS ((a + b)::numeric * 2) STORED\n"
            ");\n");
}

TEST(SqlTables, PrimaryKeyAndUniqueConstraints) {
  Table t = table(qn("t"), {column("a", "integer", true), column("b", "integer"),
                            column("c", "text"), column("d", "text")});
  t.primary_key = pk({"a"});
  t.primary_key->include = {"c"};
  t.primary_key->timing.deferrable = true;
  UniqueConstraint u1;
  u1.name = "t_b_c_key";
  u1.columns = {"b", "c"};
  u1.nulls_not_distinct = true;
  u1.timing.initially_deferred = true;  // implies DEFERRABLE
  UniqueConstraint u2;
  u2.columns = {"d"};
  u2.include = {"a", "b"};
  t.uniques = {u1, u2};
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE t (\n"
            "    a integer NOT NULL,\n"
            "    b integer,\n"
            "    c text,\n"
            "    d text,\n"
            "    PRIMARY KEY (a) INCLUDE (c) DEFERRABLE,\n"
            "    CONSTRAINT t_b_c_key UNIQUE NULLS NOT DISTINCT (b, c) DEFERRABLE INITIALLY "
            "DEFERRED,\n"
            "    UNIQUE (d) INCLUDE (a, b)\n"
            ");\n");
}

TEST(SqlTables, ColumnChecksStayOnTheirColumnTableChecksAtTheEnd) {
  Table t = table(qn("t"), {column("price", "numeric"), column("qty", "integer"),
                            column("lo", "integer"), column("hi", "integer")});
  t.checks.push_back(check("price > (0)::numeric", "", "price"));    // unnamed, column
  t.checks.push_back(check("qty >= 0", "qty_not_negative", "qty"));  // named, column
  t.checks.push_back(check("lo <= hi"));                             // table
  CheckConstraint no_inherit = check("hi < 100", "t_hi_small");
  no_inherit.no_inherit = true;
  t.checks.push_back(no_inherit);
  t.checks.push_back(check("lo > 0", "", "missing_column"));  // no such column: table check
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE t (\n"
            "    price numeric CHECK (price > (0)::numeric),\n"
            "    qty integer CONSTRAINT qty_not_negative CHECK (qty >= 0),\n"
            "    lo integer,\n"
            "    hi integer,\n"
            "    CHECK (lo <= hi),\n"
            "    CONSTRAINT t_hi_small CHECK (hi < 100) NO INHERIT,\n"
            "    CHECK (lo > 0)\n"
            ");\n");
}

TEST(SqlTables, ForeignKeyClauses) {
  Schema s;
  Table parent = table(qn("parent"), {column("a", "integer", true), column("b", "integer", true)});
  parent.primary_key = pk({"a", "b"});
  s.tables.push_back(parent);
  Table child = table(qn("child"), {column("x", "integer"), column("y", "integer")});
  ForeignKey full = fk({"x", "y"}, qn("parent"), {"a", "b"}, "child_full_fkey");
  full.match = FkMatch::Full;
  full.on_update = FkAction::Cascade;
  full.on_delete = FkAction::SetNull;
  full.on_delete_columns = {"y"};
  full.timing.deferrable = true;
  full.timing.initially_deferred = true;
  child.foreign_keys.push_back(full);
  ForeignKey plain = fk({"x", "y"}, qn("parent"));
  plain.on_delete = FkAction::Restrict;
  plain.on_update = FkAction::NoAction;
  child.foreign_keys.push_back(plain);
  ForeignKey set_default = fk({"x", "y"}, qn("parent"), {"a", "b"});
  set_default.on_delete = FkAction::SetDefault;
  child.foreign_keys.push_back(set_default);
  s.tables.push_back(child);
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE parent (\n"
            "    a integer NOT NULL,\n"
            "    b integer NOT NULL,\n"
            "    PRIMARY KEY (a, b)\n"
            ");\n"
            "\n"
            "CREATE TABLE child (\n"
            "    x integer,\n"
            "    y integer,\n"
            "    CONSTRAINT child_full_fkey FOREIGN KEY (x, y) REFERENCES parent (a, b) MATCH FULL "
            "ON UPDATE CASCADE ON DELETE SET NULL (y) DEFERRABLE INITIALLY DEFERRED,\n"
            "    FOREIGN KEY (x, y) REFERENCES parent ON DELETE RESTRICT,\n"
            "    FOREIGN KEY (x, y) REFERENCES parent (a, b) ON DELETE SET DEFAULT\n"
            ");\n");
}

TEST(SqlTables, ExclusionConstraints) {
  Table t = table(qn("booking"), {column("room", "integer"), column("during", "tsrange"),
                                  column("note", "text"), column("cancelled", "boolean")});
  ExclusionConstraint x;
  x.name = "booking_no_overlap";
  x.elements.push_back({key("room"), "="});
  x.elements.push_back({key("during"), "&&"});
  x.include = {"note"};
  x.where = expr("NOT cancelled");
  x.timing.deferrable = true;
  t.exclusions.push_back(x);
  ExclusionConstraint unnamed;
  unnamed.method = "btree";
  IndexElement lowered = key_expr("lower(note)");
  lowered.collation = "\"C\"";
  lowered.opclass = "text_pattern_ops";
  lowered.order = SortOrder::Desc;
  unnamed.elements.push_back({lowered, "="});
  t.exclusions.push_back(unnamed);
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE booking (\n"
            "    room integer,\n"
            "    during tsrange,\n"
            "    note text,\n"
            "    cancelled boolean,\n"
            "    CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) "
            "INCLUDE (note) WHERE (NOT cancelled) DEFERRABLE,\n"
            "    EXCLUDE USING btree ((lower(note)) COLLATE \"C\" text_pattern_ops DESC WITH =)\n"
            ");\n");
}

TEST(SqlTables, TableClauses) {
  Table t = table(qn("logs"), {column("at", "date", true), column("kind", "text")});
  t.unlogged = true;
  t.options = {{"fillfactor", "70"}, {"toast.autovacuum_enabled", "false"}};
  EXPECT_EQ(emit_table_only(t),
            "CREATE UNLOGGED TABLE logs (\n"
            "    at date NOT NULL,\n"
            "    kind text\n"
            ")\n"
            "WITH (fillfactor=70, toast.autovacuum_enabled=false);\n");
}

TEST(SqlTables, PartitionKeys) {
  Table t = table(qn("logs"), {column("at", "date", true), column("kind", "text")});
  PartitionKey by;
  by.strategy = PartitionStrategy::List;
  IndexElement lowered = key_expr("lower(kind)");
  lowered.collation = "\"C\"";
  by.elements = {lowered};
  t.partition_by = by;
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE logs (\n"
            "    at date NOT NULL,\n"
            "    kind text\n"
            ")\n"
            "PARTITION BY LIST ((lower(kind)) COLLATE \"C\");\n");
  t.partition_by->strategy = PartitionStrategy::Hash;
  t.partition_by->elements = {key("at"), key("kind")};
  t.partition_by->elements[1].opclass = "text_pattern_ops";
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE logs (\n"
            "    at date NOT NULL,\n"
            "    kind text\n"
            ")\n"
            "PARTITION BY HASH (at, kind text_pattern_ops);\n");
  t.partition_by->strategy = PartitionStrategy::Range;
  t.partition_by->elements = {key("at")};
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE logs (\n"
            "    at date NOT NULL,\n"
            "    kind text\n"
            ")\n"
            "PARTITION BY RANGE (at);\n");
}

TEST(SqlTables, EmptyTable) {
  EXPECT_EQ(emit_table_only(table(qn("nothing"), {})), "CREATE TABLE nothing ();\n");
}

TEST(SqlTables, NotValidConstraintsAreAddedAfterTheTable) {
  Schema s;
  Table parent = table(qn("parent"), {column("id", "integer", true)});
  parent.primary_key = pk({"id"});
  s.tables.push_back(parent);
  Table t = table(qn("t"), {column("id", "integer"), column("parent_id", "integer")});
  CheckConstraint positive = check("id > 0", "", "id");
  positive.not_valid = true;  // NOT VALID wins over the column position
  t.checks.push_back(positive);
  CheckConstraint named = check("id < 1000", "t_id_small");
  named.not_valid = true;
  named.comment = "legacy rows";
  t.checks.push_back(named);
  ForeignKey link = fk({"parent_id"}, qn("parent"));
  link.not_valid = true;
  link.on_delete = FkAction::Cascade;
  t.foreign_keys.push_back(link);
  t.indexes.push_back(index("t_parent_idx", {key("parent_id")}));
  s.tables.push_back(t);
  EXPECT_EQ(emit_body(s),
            "CREATE TABLE parent (\n"
            "    id integer NOT NULL,\n"
            "    PRIMARY KEY (id)\n"
            ");\n"
            "\n"
            "CREATE TABLE t (\n"
            "    id integer,\n"
            "    parent_id integer\n"
            ");\n"
            "\n"
            "CREATE INDEX t_parent_idx ON t (parent_id);\n"
            "\n"
            "ALTER TABLE t\n"
            "    ADD CHECK (id > 0) NOT VALID;\n"
            "\n"
            "ALTER TABLE t\n"
            "    ADD CONSTRAINT t_id_small CHECK (id < 1000) NOT VALID;\n"
            "\n"
            "COMMENT ON CONSTRAINT t_id_small ON t IS 'legacy rows';\n"
            "\n"
            "ALTER TABLE t\n"
            "    ADD FOREIGN KEY (parent_id) REFERENCES parent ON DELETE CASCADE NOT VALID;\n");
}

TEST(SqlTables, TableCommentsFollowTheTableAndPrecedeItsIndexes) {
  Table t = table(qn("app", "t"), {column("a", "integer", true), column("b", "text")});
  t.comment = "The table";
  t.columns[1].comment = "The b";
  t.primary_key = pk({"a"}, "t_pkey");
  t.primary_key->comment = "The key";
  t.indexes.push_back(index("t_b_idx", {key("b")}));
  t.indexes.back().comment = "The index";
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE app.t (\n"
            "    a integer NOT NULL,\n"
            "    b text,\n"
            "    CONSTRAINT t_pkey PRIMARY KEY (a)\n"
            ");\n"
            "\n"
            "COMMENT ON TABLE app.t IS 'The table';\n"
            "\n"
            "COMMENT ON COLUMN app.t.b IS 'The b';\n"
            "\n"
            "COMMENT ON CONSTRAINT t_pkey ON app.t IS 'The key';\n"
            "\n"
            "CREATE INDEX t_b_idx ON app.t (b);\n"
            "\n"
            "COMMENT ON INDEX app.t_b_idx IS 'The index';\n");
}

TEST(SqlIndexes, EveryIndexClause) {
  Table t = table(qn("app", "docs"),
                  {column("id", "integer"), column("title", "text"), column("body", "text"),
                   column("tags", "text[]"), column("deleted_at", "timestamp with time zone")});
  Index unique = index("docs_title_key", {key("title")}, true);
  unique.nulls_not_distinct = true;
  unique.include = {"id"};
  t.indexes.push_back(unique);
  Index partial = index("", {key("title"), key_expr("lower(body)")});
  partial.elements[0].collation = "\"C\"";
  partial.elements[0].order = SortOrder::Asc;
  partial.elements[0].nulls = NullsOrder::First;
  partial.elements[1].order = SortOrder::Desc;
  partial.where = expr("deleted_at IS NULL");
  partial.with = {{"fillfactor", "80"}, {"deduplicate_items", "off"}};
  t.indexes.push_back(partial);
  Index gin = index("docs_tags_idx", {key("tags")});
  gin.method = "gin";
  gin.only = true;
  t.indexes.push_back(gin);
  Index trgm = index("docs_body_trgm_idx", {key("body")});
  trgm.method = "gist";
  trgm.elements[0].opclass = "gist_trgm_ops";
  trgm.elements[0].opclass_params = {{"siglen", "32"}};
  t.indexes.push_back(trgm);
  EXPECT_EQ(emit_table_only(t),
            "CREATE TABLE app.docs (\n"
            "    id integer,\n"
            "    title text,\n"
            "    body text,\n"
            "    tags text[],\n"
            "    deleted_at timestamp with time zone\n"
            ");\n"
            "\n"
            "CREATE UNIQUE INDEX docs_title_key ON app.docs (title) INCLUDE (id) NULLS NOT "
            "DISTINCT;\n"
            "\n"
            "CREATE INDEX ON app.docs (title COLLATE \"C\" ASC NULLS FIRST, (lower(body)) DESC) "
            "WITH (fillfactor=80, deduplicate_items=off) WHERE (deleted_at IS NULL);\n"
            "\n"
            "CREATE INDEX docs_tags_idx ON ONLY app.docs USING gin (tags);\n"
            "\n"
            "CREATE INDEX docs_body_trgm_idx ON app.docs USING gist (body "
            "gist_trgm_ops(siglen=32));\n");
}

}  // namespace
}  // namespace sf
