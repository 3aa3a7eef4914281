// The Prisma frontend: models, relations, implicit many-to-many, maps, providers.
#include <gtest/gtest.h>

#include "schemaforge/frontends/prisma.h"

namespace sf {
namespace {

struct Parsed {
  Schema schema;
  Diagnostics diags;
};

Parsed parse(const std::string& text) {
  Parsed p;
  parse_prisma(std::make_shared<SourceFile>("schema.prisma", text), p.schema, p.diags);
  return p;
}

const char* kBlog = R"(datasource db {
  provider = "postgresql"
}

/// people
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique @db.VarChar(255)
  createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)
  role      Role     @default(USER)
  posts     Post[]
  @@map("users")
}

model Post {
  id       String @id @default(cuid())
  authorId Int    @map("author_id")
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  tags     Tag[]
  @@index([authorId])
}

model Tag {
  id    Int    @id @default(autoincrement())
  posts Post[]
}

enum Role {
  USER
  ADMIN
}
)";

TEST(PrismaFrontend, ModelsFieldsAndMaps) {
  auto p = parse(kBlog);
  ASSERT_FALSE(p.diags.has_errors());
  const Table* users = p.schema.find_table({"", "users"});
  ASSERT_NE(users, nullptr);
  EXPECT_EQ(users->orm_name, "User");
  EXPECT_EQ(users->comment, "people");
  EXPECT_TRUE(users->columns[0].type.serial);
  EXPECT_EQ(users->columns[1].type.spelling, "character varying(255)");
  EXPECT_EQ(users->columns[2].name, "created_at");
  EXPECT_EQ(users->columns[2].orm_name, "createdAt");
  EXPECT_EQ(users->columns[2].type.kind, TypeKind::TimestampTz);
  EXPECT_EQ(users->columns[3].type.kind, TypeKind::UserDefined);
  EXPECT_EQ(users->columns[3].default_value->sql, "'USER'");
  EXPECT_EQ(p.schema.annotations.project->fields[0].second, "PostgreSQL");
}

TEST(PrismaFrontend, RelationsAndDefaultActions) {
  auto p = parse(kBlog);
  const Table* post = p.schema.find_table({"", "Post"});
  ASSERT_EQ(post->foreign_keys.size(), 1u);
  EXPECT_EQ(post->foreign_keys[0].columns, std::vector<std::string>{"author_id"});
  EXPECT_EQ(post->foreign_keys[0].ref_table.name, "users");
  EXPECT_EQ(post->foreign_keys[0].on_delete, FkAction::Cascade);
  EXPECT_EQ(post->foreign_keys[0].on_update, FkAction::Cascade);  // Prisma's default
  EXPECT_EQ(post->columns[0].client_default, "cuid()");
  EXPECT_FALSE(post->columns[0].default_value.has_value());
}

TEST(PrismaFrontend, ImplicitManyToManyIsPrismasJoinTable) {
  auto p = parse(kBlog);
  const Table* join = p.schema.find_table({"", "_PostToTag"});
  ASSERT_NE(join, nullptr);
  EXPECT_EQ(join->implicit_join, ImplicitJoin::PrismaImplicit);
  EXPECT_EQ(join->columns[0].name, "A");
  EXPECT_EQ(join->columns[0].type.kind, TypeKind::Text);  // Post.id is a String
  EXPECT_EQ(join->columns[1].name, "B");
  EXPECT_EQ(join->foreign_keys[1].ref_table.name, "Tag");
  EXPECT_EQ(join->indexes[0].name, "_PostToTag_B_index");
}

TEST(PrismaFrontend, MongoDbIsRefused) {
  auto p = parse("datasource db {\n  provider = \"mongodb\"\n}\nmodel A {\n  id String @id @map(\"_id\")\n}\n");
  ASSERT_TRUE(p.diags.has_errors());
  EXPECT_EQ(p.diags.items()[0].code, DiagCode::PrismaUnsupportedProvider);
  EXPECT_EQ(p.diags.items()[0].loc.line, 2u);
}

TEST(PrismaFrontend, UnknownTypeIsReported) {
  auto p = parse("model A {\n  id Int @id\n  b  Nope\n}\n");
  ASSERT_TRUE(p.diags.has_errors());
  EXPECT_EQ(p.diags.items()[0].code, DiagCode::PrismaUnknownName);
  EXPECT_EQ(p.diags.items()[0].loc.line, 3u);
}

}  // namespace
}  // namespace sf
