// The seed data generator (analyses/seed.h): parents first, keys unique, CHECK lists and
// bounds honoured, NOT NULL filled, the same rows on every run.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "analyses_model_builder.h"
#include "schemaforge/analyses/seed.h"

namespace sf {

namespace {

// orders(customer_id -> customers, status IN (...), quantity > 0), declared before customers.
Schema shop() {
  test::ModelBuilder b;
  b.table("orders");
  b.standard_table("customers");
  Table& orders = b.schema.tables[0];
  Column& id = b.column(orders, "id", TypeKind::Int64);
  id.identity = Identity{};
  orders.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", {}};
  b.column(orders, "customer_id", TypeKind::Uuid);
  b.column(orders, "status", TypeKind::Text);
  b.column(orders, "quantity", TypeKind::Int32);
  b.column(orders, "note", TypeKind::Text, false);
  b.column(orders, "code", TypeKind::Char, true, "character(2)").type.modifiers = {2};
  CheckConstraint status, quantity;
  status.expr = Expr{"status IN ('new', 'paid')", ExprForm::InList, "", "status", {"new", "paid"}};
  quantity.expr = Expr{"quantity > 0", ExprForm::Comparison, ">", "quantity", {"0"}};
  orders.checks = {status, quantity};
  UniqueConstraint code;
  code.columns = {"code"};
  orders.uniques.push_back(code);
  ForeignKey fk;
  fk.columns = {"customer_id"};
  fk.ref_table = QualifiedName{"", "customers"};
  orders.foreign_keys.push_back(fk);
  return b.schema;
}

size_t column_index(const Table& t, const std::string& name) {
  const auto& cols = t.seed_rows->columns;
  return std::find(cols.begin(), cols.end(), name) - cols.begin();
}

}  // namespace

TEST(SeedData, ParentsFirstAndReferencesResolve) {
  Schema schema = shop();
  std::vector<SeedNote> notes;
  auto order = generate_seed_rows(schema, SeedOptions{.rows_per_table = 30}, notes);
  EXPECT_TRUE(notes.empty());
  ASSERT_EQ(order.size(), 2u);
  EXPECT_EQ(order[0].name, "customers");
  const Table& customers = *schema.find_table({"", "customers"});
  const Table& orders = *schema.find_table({"", "orders"});
  std::set<std::string> ids;
  for (const auto& row : customers.seed_rows->rows) ids.insert(row[column_index(customers, "id")].text);
  EXPECT_EQ(ids.size(), 30u);  // unique keys
  for (const auto& row : orders.seed_rows->rows) {
    EXPECT_TRUE(ids.count(row[column_index(orders, "customer_id")].text));
  }
}

TEST(SeedData, ChecksUniqueAndNotNull) {
  Schema schema = shop();
  std::vector<SeedNote> notes;
  generate_seed_rows(schema, SeedOptions{.rows_per_table = 40}, notes);
  const Table& orders = *schema.find_table({"", "orders"});
  std::set<std::string> codes;
  size_t nulls = 0;
  for (const auto& row : orders.seed_rows->rows) {
    const std::string& status = row[column_index(orders, "status")].text;
    EXPECT_TRUE(status == "new" || status == "paid") << status;
    EXPECT_GT(std::stoi(row[column_index(orders, "quantity")].text), 0);
    codes.insert(row[column_index(orders, "code")].text);
    EXPECT_EQ(row[column_index(orders, "code")].text.size(), 2u);
    nulls += row[column_index(orders, "note")].kind == SeedValue::Kind::Null;
    for (size_t i = 0; i < row.size(); ++i) {
      if (orders.seed_rows->columns[i] != "note") {
        EXPECT_NE(row[i].kind, SeedValue::Kind::Null);
      }
    }
  }
  EXPECT_EQ(codes.size(), 40u);
  EXPECT_EQ(nulls, 10u);  // optional columns: NULL on every fourth row
}

TEST(SeedData, Deterministic) {
  Schema a = shop(), b = shop();
  std::vector<SeedNote> notes;
  generate_seed_rows(a, {}, notes);
  generate_seed_rows(b, {}, notes);
  for (size_t t = 0; t < a.tables.size(); ++t) EXPECT_EQ(a.tables[t].seed_rows->rows, b.tables[t].seed_rows->rows);
}

}  // namespace sf
