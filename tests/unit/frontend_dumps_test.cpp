// Whole files as tools write them: a full pg_dump 15 dump (COPY data, \restrict, partitions,
// identity, RLS, ...) made from a real server, and a Rails structure.sql.
#include "frontend_helpers.h"
#include "schemaforge/base/files.h"

namespace sf {
namespace {

using testing::parse;

TEST(FrontendDumps, PgDump15FullDump) {
  auto file =
      read_source_file(std::string(SF_SOURCE_DIR) + "/tests/data/postgres/pg_dump_15_full.sql");
  ASSERT_TRUE(file) << file.error().message;
  Schema schema;
  Diagnostics diags;
  parse_postgres(*file, schema, diags);
  ASSERT_EQ(diags.count(Severity::Error) + diags.count(Severity::Warning), 0u);
  size_t meta = 0;
  for (const auto& d : diags.items()) meta += d.code == DiagCode::PsqlMetaCommand;
  EXPECT_EQ(meta, 2u);  // \restrict and \unrestrict

  EXPECT_EQ(schema.tables.size(), 9u);
  EXPECT_EQ(schema.extensions.size(), 2u);
  ASSERT_EQ(schema.namespaces.size(), 1u);
  EXPECT_EQ(schema.namespaces[0].comment, "application");

  const Table* users = schema.find_table({"app", "users"});
  ASSERT_TRUE(users);
  EXPECT_EQ(users->comment, "Users");
  EXPECT_TRUE(users->rls_enabled);
  const Column* id = users->find_column("id");
  ASSERT_TRUE(id && id->identity);
  EXPECT_TRUE(id->identity->always);
  EXPECT_EQ(id->identity->options.sequence_name, "app.users_id_seq");
  EXPECT_EQ(users->find_column("email")->type.kind, TypeKind::UserDefined);
  EXPECT_EQ(users->find_column("status")->default_value->value, "active");
  EXPECT_EQ(users->find_column("created_at")->type.spelling, "timestamp(3) with time zone");
  EXPECT_EQ(users->find_column("full_name")->generated->sql, "lower(email::text)");
  EXPECT_NE(users->find_column("Weird Name"), nullptr);
  ASSERT_EQ(users->foreign_keys.size(), 2u);
  for (const auto& fk : users->foreign_keys) {
    if (fk.name == "users_org_fk2") {
      EXPECT_TRUE(fk.not_valid);
      EXPECT_EQ(fk.match, FkMatch::Full);
      EXPECT_EQ(fk.comment, "second fk");
    } else {
      EXPECT_EQ(fk.on_delete, FkAction::SetNull);
      EXPECT_EQ(fk.on_delete_columns, std::vector<std::string>{"org_id"});
      EXPECT_TRUE(fk.timing.initially_deferred);
    }
  }
  ASSERT_EQ(users->exclusions.size(), 1u);
  ASSERT_EQ(users->policies.size(), 1u);
  EXPECT_FALSE(users->policies[0].permissive);
  EXPECT_EQ(users->policies[0].comment, "isolation");
  ASSERT_EQ(users->triggers.size(), 1u);
  EXPECT_EQ(users->triggers[0].comment, "touch");
  ASSERT_EQ(users->indexes.size(), 2u);
  EXPECT_EQ(users->indexes[0].name, "users_email");
  EXPECT_EQ(users->indexes[0].comment, "unique email");

  size_t attached = 0;
  for (const auto& t : schema.tables) attached += t.partition_of && t.partition_of->attached;
  EXPECT_EQ(attached, 4u);
  const Table* rest = schema.find_table({"app", "events_rest"});
  ASSERT_TRUE(rest && rest->partition_of);
  EXPECT_EQ(rest->partition_of->bound_sql, "DEFAULT");

  ASSERT_EQ(schema.sequences.size(), 1u);
  EXPECT_EQ(schema.sequences[0].owned_by_table, (QualifiedName{"app", "events"}));
  EXPECT_EQ(schema.sequences[0].comment, "seq");

  const View* active = schema.find_view({"app", "active"});
  ASSERT_TRUE(active);
  EXPECT_EQ(active->check_option, "CASCADED");
  EXPECT_EQ(active->comment, "active");
  const View* counts = schema.find_view({"app", "org_counts"});
  ASSERT_TRUE(counts);
  EXPECT_FALSE(counts->with_data);
  EXPECT_EQ(counts->indexes.size(), 1u);

  ASSERT_EQ(schema.functions.size(), 4u);
  size_t with_comment = 0;
  for (const auto& f : schema.functions) with_comment += !f.comment.empty();
  EXPECT_EQ(with_comment, 1u);
}

TEST(FrontendDumps, RailsStructureSql) {
  auto p = parse(
      "SET statement_timeout = 0;\n"
      "SET lock_timeout = 0;\n"
      "SET client_encoding = 'UTF8';\n"
      "SET standard_conforming_strings = on;\n"
      "SELECT pg_catalog.set_config('search_path', '', false);\n"
      "SET check_function_bodies = false;\n"
      "SET xmloption = content;\n"
      "SET client_min_messages = warning;\n"
      "SET row_security = off;\n"
      "\n"
      "SET default_tablespace = '';\n"
      "\n"
      "SET default_table_access_method = heap;\n"
      "\n"
      "--\n"
      "-- Name: ar_internal_metadata; Type: TABLE; Schema: public; Owner: -\n"
      "--\n"
      "\n"
      "CREATE TABLE public.ar_internal_metadata (\n"
      "    key character varying NOT NULL,\n"
      "    value character varying,\n"
      "    created_at timestamp(6) without time zone NOT NULL,\n"
      "    updated_at timestamp(6) without time zone NOT NULL\n"
      ");\n"
      "\n"
      "CREATE TABLE public.posts (\n"
      "    id bigint NOT NULL,\n"
      "    title character varying,\n"
      "    user_id bigint NOT NULL,\n"
      "    published boolean DEFAULT false NOT NULL\n"
      ");\n"
      "\n"
      "CREATE SEQUENCE public.posts_id_seq\n"
      "    START WITH 1\n"
      "    INCREMENT BY 1\n"
      "    NO MINVALUE\n"
      "    NO MAXVALUE\n"
      "    CACHE 1;\n"
      "\n"
      "ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;\n"
      "\n"
      "CREATE TABLE public.schema_migrations (\n"
      "    version character varying NOT NULL\n"
      ");\n"
      "\n"
      "CREATE TABLE public.users (id bigint NOT NULL, email character varying DEFAULT "
      "''::character varying NOT NULL);\n"
      "\n"
      "ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT "
      "nextval('public.posts_id_seq'::regclass);\n"
      "ALTER TABLE ONLY public.ar_internal_metadata\n"
      "    ADD CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key);\n"
      "ALTER TABLE ONLY public.posts\n"
      "    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);\n"
      "ALTER TABLE ONLY public.schema_migrations\n"
      "    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);\n"
      "ALTER TABLE ONLY public.users\n"
      "    ADD CONSTRAINT users_pkey PRIMARY KEY (id);\n"
      "CREATE INDEX index_posts_on_user_id ON public.posts USING btree (user_id);\n"
      "CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);\n"
      "ALTER TABLE ONLY public.posts\n"
      "    ADD CONSTRAINT fk_rails_5b5ddfd518 FOREIGN KEY (user_id) REFERENCES public.users(id);\n"
      "\n"
      "SET search_path TO \"$user\", public;\n"
      "\n"
      "INSERT INTO \"schema_migrations\" (version) VALUES\n"
      "('20240101000000'),\n"
      "('20240102000000');\n"
      "\n");
  EXPECT_EQ(p.diags.count(Severity::Error) + p.diags.count(Severity::Warning), 0u) << p.problems();
  EXPECT_EQ(p.schema.tables.size(), 4u);
  const Table& posts = p.table("posts", "public");
  EXPECT_EQ(posts.find_column("id")->default_value->form, ExprForm::NextVal);
  EXPECT_EQ(posts.find_column("published")->default_value->form, ExprForm::BoolLiteral);
  ASSERT_EQ(posts.foreign_keys.size(), 1u);
  EXPECT_EQ(posts.foreign_keys[0].ref_table, (QualifiedName{"public", "users"}));
  EXPECT_EQ(posts.indexes[0].method, "btree");
  EXPECT_EQ(p.table("ar_internal_metadata", "public").find_column("created_at")->type.spelling,
            "timestamp(6) without time zone");
  const Column* email = p.table("users", "public").find_column("email");
  EXPECT_EQ(email->default_value->form, ExprForm::StringLiteral);
  EXPECT_EQ(email->default_value->sql, "''::varchar");
  EXPECT_EQ(p.schema.sequences[0].owned_by_column, "id");
}

}  // namespace
}  // namespace sf
