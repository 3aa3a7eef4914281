#pragma once
// Helpers to build models in C++ for the backend tests, and one rich model that uses every
// construct (also loaded into a real PostgreSQL 15 when the backends change).
#include <memory>
#include <string>
#include <vector>

#include "schemaforge/backends/sql.h"
#include "schemaforge/model/schema.h"

namespace sf::test {

inline QualifiedName qn(std::string name) { return QualifiedName{"", std::move(name)}; }
inline QualifiedName qn(std::string schema, std::string name) {
  return QualifiedName{std::move(schema), std::move(name)};
}

inline Type type(std::string spelling, TypeKind kind = TypeKind::Other) {
  Type t;
  t.kind = kind;
  t.spelling = std::move(spelling);
  return t;
}

inline Expr expr(std::string sql, ExprForm form = ExprForm::Other) {
  Expr e;
  e.sql = std::move(sql);
  e.form = form;
  return e;
}

/// An expression the frontend recognised as `f` (now, a literal...), with its value.
inline Expr form(ExprForm f, std::string sql, std::string value = "") {
  Expr e = expr(std::move(sql), f);
  e.value = std::move(value);
  return e;
}

/// The messages of the diagnostics with `code`, in report order.
inline std::vector<std::string> messages(const Diagnostics& diagnostics, DiagCode code) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics.items()) {
    if (d.code == code) out.push_back(d.message);
  }
  return out;
}

inline Column column(std::string name, std::string spelling, bool not_null = false,
                     TypeKind kind = TypeKind::Other) {
  Column c;
  c.name = std::move(name);
  c.type = type(std::move(spelling), kind);
  c.not_null = not_null;
  return c;
}

inline Column column_default(std::string name, std::string spelling, Expr default_value,
                             bool not_null = false) {
  Column c = column(std::move(name), std::move(spelling), not_null);
  c.default_value = std::move(default_value);
  return c;
}

inline Table table(QualifiedName name, std::vector<Column> columns) {
  Table t;
  t.name = std::move(name);
  t.columns = std::move(columns);
  return t;
}

inline PrimaryKey pk(std::vector<std::string> columns, std::string name = "") {
  PrimaryKey p;
  p.name = std::move(name);
  p.columns = std::move(columns);
  return p;
}

inline ForeignKey fk(std::vector<std::string> columns, QualifiedName ref,
                     std::vector<std::string> ref_columns = {}, std::string name = "") {
  ForeignKey f;
  f.name = std::move(name);
  f.columns = std::move(columns);
  f.ref_table = std::move(ref);
  f.ref_columns = std::move(ref_columns);
  return f;
}

inline CheckConstraint check(std::string sql, std::string name = "", std::string on_column = "") {
  CheckConstraint c;
  c.name = std::move(name);
  c.expr = expr(std::move(sql));
  c.column = std::move(on_column);
  return c;
}

inline IndexElement key(std::string column_name) {
  IndexElement e;
  e.column = std::move(column_name);
  return e;
}
inline IndexElement key_expr(std::string sql) {
  IndexElement e;
  e.expr = expr(std::move(sql));
  return e;
}

inline Index index(std::string name, std::vector<IndexElement> elements, bool unique = false) {
  Index i;
  i.name = std::move(name);
  i.elements = std::move(elements);
  i.unique = unique;
  return i;
}

/// emit_sql without the fixed header statement, for compact expectations.
inline std::string emit_body(const Schema& schema, Diagnostics& diagnostics) {
  std::string text = emit_sql(schema, SqlOptions{}, diagnostics);
  const std::string header = "SET check_function_bodies = false;\n\n";
  if (text.rfind(header, 0) == 0) text.erase(0, header.size());
  return text;
}
inline std::string emit_body(const Schema& schema) {
  Diagnostics diagnostics;
  return emit_body(schema, diagnostics);
}

/// A shop schema that uses every construct the SQL emitter writes, including the awkward
/// ones: quoted names, a foreign-key cycle, partitions in both styles, inheritance,
/// NOT VALID and deferrable constraints, exclusion, identity and generated columns.
inline Schema rich_model() {
  auto file = std::make_shared<const SourceFile>("shop.sql", "-- shop\n");
  SourceLoc loc;
  loc.file = file;
  loc.line = 1;
  loc.column = 1;

  Schema s;
  Namespace app;
  app.name = "app";
  app.comment = "Application objects";
  app.ordinal = s.next_ordinal();
  s.namespaces.push_back(app);
  Namespace audit;
  audit.name = "Audit Log";
  audit.ordinal = s.next_ordinal();
  s.namespaces.push_back(audit);
  Namespace public_comment;
  public_comment.name = "public";
  public_comment.comment = "standard public schema";
  s.namespace_comments.push_back(public_comment);

  Extension pgcrypto;
  pgcrypto.name = "pgcrypto";
  pgcrypto.schema = "app";
  pgcrypto.ordinal = s.next_ordinal();
  s.extensions.push_back(pgcrypto);
  Extension gist;
  gist.name = "btree_gist";
  gist.ordinal = s.next_ordinal();
  s.extensions.push_back(gist);

  EnumType status;
  status.name = qn("app", "order_status");
  status.values = {"pending", "paid", "shipped", "it's done"};
  status.comment = "Lifecycle of an order";
  status.ordinal = s.next_ordinal();
  status.loc = loc;
  s.enums.push_back(status);

  Domain email;
  email.name = qn("app", "email");
  email.base = type("text", TypeKind::Text);
  email.collation = "\"C\"";
  email.not_null = true;
  email.checks.push_back(check("VALUE ~ '^[^@]+@[^@]+$'::text", "email_format"));
  email.checks.back().comment = "one @";
  CheckConstraint short_email = check("length(VALUE) < 320", "email_length");
  short_email.not_valid = true;
  email.checks.push_back(short_email);
  email.comment = "An e-mail address";
  email.ordinal = s.next_ordinal();
  s.domains.push_back(email);

  Domain positive;
  positive.name = qn("app", "positive_amount");
  positive.base = type("numeric(12,2)", TypeKind::Decimal);
  positive.base.modifiers = {12, 2};
  positive.default_value = expr("0", ExprForm::Literal);
  positive.checks.push_back(check("VALUE >= 0::numeric"));
  positive.ordinal = s.next_ordinal();
  s.domains.push_back(positive);

  CompositeType address;
  address.name = qn("app", "address");
  address.attributes.push_back({"street", type("text", TypeKind::Text), ""});
  address.attributes.push_back({"city", type("text", TypeKind::Text), "\"C\""});
  address.attributes.push_back({"zip", type("character varying(10)", TypeKind::Varchar), ""});
  address.comment = "Postal address";
  address.ordinal = s.next_ordinal();
  s.composites.push_back(address);

  Sequence invoice_seq;
  invoice_seq.name = qn("app", "invoice_number_seq");
  invoice_seq.options.data_type = "integer";
  invoice_seq.options.increment = 10;
  invoice_seq.options.min_value = 1000;
  invoice_seq.options.max_value = 9999999;
  invoice_seq.options.start = 1000;
  invoice_seq.options.cache = 5;
  invoice_seq.options.cycle = true;
  invoice_seq.owned_by_table = qn("app", "invoices");
  invoice_seq.owned_by_column = "number";
  invoice_seq.comment = "Invoice numbers";
  invoice_seq.ordinal = s.next_ordinal();
  s.sequences.push_back(invoice_seq);

  Function touch;
  touch.name = qn("app", "touch_updated_at");
  touch.arguments = "";
  touch.returns = "trigger";
  touch.language = "plpgsql";
  touch.body = "\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n";
  touch.definition =
      "CREATE FUNCTION app.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
      "  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$";
  touch.comment = "Sets updated_at";
  touch.ordinal = s.next_ordinal();
  s.functions.push_back(touch);

  Function order_total;
  order_total.name = qn("app", "order_total");
  order_total.arguments = "o app.orders, tax numeric DEFAULT 0";
  order_total.returns = "numeric";
  order_total.language = "sql";
  order_total.definition =
      "CREATE FUNCTION app.order_total(o app.orders, tax numeric DEFAULT 0) RETURNS numeric "
      "LANGUAGE sql AS $$ SELECT o.total * (1 + tax) $$;";
  order_total.depends_on_tables = true;
  order_total.comment = "Total with tax";
  order_total.ordinal = s.next_ordinal();
  s.functions.push_back(order_total);

  // customers <-> orders form a foreign-key cycle (last_order_id / customer_id).
  Table customers = table(
      qn("app", "customers"),
      {column("id", "bigint", true, TypeKind::Int64),
       column("email", "app.email", true, TypeKind::UserDefined),
       column("Display Name", "text", false, TypeKind::Text), column("user", "text"),
       column("home", "app.address", false, TypeKind::UserDefined),
       column("last_order_id", "bigint", false, TypeKind::Int64),
       column("last_order_at", "timestamp with time zone"),
       column_default("created_at", "timestamp with time zone", expr("now()", ExprForm::Now), true),
       column("updated_at", "timestamp with time zone")});
  customers.columns[0].identity = Identity{};
  customers.columns[0].identity->always = true;
  customers.columns[0].identity->options.start = 100;
  customers.columns[2].comment = "Shown in the UI";
  customers.columns[2].collation = "\"C\"";
  customers.primary_key = pk({"id"});
  UniqueConstraint email_key;
  email_key.name = "customers_email_key";
  email_key.columns = {"email"};
  email_key.include = {"Display Name"};
  email_key.comment = "one account per address";
  customers.uniques.push_back(email_key);
  customers.foreign_keys.push_back(fk({"last_order_id", "last_order_at"}, qn("app", "orders"),
                                      {"id", "ordered_at"}, "customers_last_order_fkey"));
  customers.foreign_keys.back().on_delete = FkAction::SetNull;
  customers.foreign_keys.back().timing.deferrable = true;
  customers.foreign_keys.back().timing.initially_deferred = true;
  customers.foreign_keys.back().comment = "closes the cycle";
  customers.indexes.push_back(
      index("customers_lower_email_idx", {key_expr("lower((email)::text)")}, true));
  customers.indexes.push_back(index("", {key("created_at")}));
  customers.indexes.back().elements[0].order = SortOrder::Desc;
  customers.indexes.back().elements[0].nulls = NullsOrder::Last;
  customers.indexes.back().where = expr("updated_at IS NOT NULL");
  customers.indexes.back().with = {{"fillfactor", "70"}};
  customers.rls_enabled = true;
  customers.rls_forced = true;
  Policy own;
  own.name = "customers_self";
  own.command = "SELECT";
  own.roles = {"PUBLIC"};
  own.using_expr = expr("id = (current_setting('app.customer_id'::text))::bigint");
  own.comment = "a customer sees itself";
  customers.policies.push_back(own);
  Policy restrict_writes;
  restrict_writes.name = "customers_write";
  restrict_writes.permissive = false;
  restrict_writes.command = "UPDATE";
  restrict_writes.using_expr = expr("true");
  restrict_writes.check_expr = expr("email IS NOT NULL");
  customers.policies.push_back(restrict_writes);
  Trigger touch_customers;
  touch_customers.name = "customers_touch";
  touch_customers.timing = "BEFORE";
  touch_customers.events = {"UPDATE"};
  touch_customers.for_each_row = true;
  touch_customers.function = qn("app", "touch_updated_at");
  touch_customers.definition =
      "CREATE TRIGGER customers_touch BEFORE UPDATE ON app.customers FOR EACH ROW EXECUTE "
      "FUNCTION app.touch_updated_at()";
  touch_customers.comment = "keeps updated_at current";
  customers.triggers.push_back(touch_customers);
  customers.comment = "People who buy";
  customers.ordinal = s.next_ordinal();
  customers.loc = loc;
  s.tables.push_back(customers);

  // orders is partitioned by range; it references customers (declared before it).
  Table orders =
      table(qn("app", "orders"),
            {column("id", "bigint", true, TypeKind::Int64),
             column("customer_id", "bigint", true, TypeKind::Int64),
             column_default("status", "app.order_status",
                            expr("'pending'::app.order_status", ExprForm::Literal), true),
             column_default("total", "app.positive_amount", expr("0", ExprForm::Literal)),
             column_default("tax_rate", "numeric(5,4)", expr("0.2 * 1", ExprForm::Other)),
             column("ordered_at", "timestamp with time zone", true), column("order", "integer")});
  Column gross = column("gross", "numeric");
  gross.generated = expr("(total * ((1)::numeric + tax_rate))");
  orders.columns.push_back(gross);
  orders.primary_key = pk({"id", "ordered_at"}, "orders_pkey");
  orders.foreign_keys.push_back(fk({"customer_id"}, qn("app", "customers")));
  orders.foreign_keys.back().on_delete = FkAction::Cascade;
  orders.foreign_keys.back().on_update = FkAction::Restrict;
  orders.checks.push_back(check("\"order\" > 0", "", "order"));
  orders.checks.push_back(
      check("ordered_at > '2000-01-01 00:00:00+00'::timestamp with time zone", "orders_recent"));
  orders.checks.back().not_valid = true;
  orders.checks.back().comment = "old orders were imported";
  PartitionKey by_time;
  by_time.strategy = PartitionStrategy::Range;
  by_time.elements.push_back(key("ordered_at"));
  orders.partition_by = by_time;
  orders.indexes.push_back(index("orders_customer_idx", {key("customer_id")}));
  orders.indexes.back().include = {"status"};
  orders.indexes.back().comment = "orders of a customer";
  orders.ordinal = s.next_ordinal();
  s.tables.push_back(orders);

  // A partition declared with PARTITION OF, and one created standalone then attached.
  Table orders_2023 = table(qn("app", "orders_2023"), {});
  orders_2023.partition_of = PartitionOf{
      qn("app", "orders"),
      "FOR VALUES FROM ('2023-01-01 00:00:00+00') TO ('2024-01-01 00:00:00+00')", false};
  orders_2023.checks.push_back(check("total < 100000::numeric", "orders_2023_total_check"));
  orders_2023.ordinal = s.next_ordinal();
  s.tables.push_back(orders_2023);

  // Attaching needs the parent's CHECK constraints under the same names (as pg_dump writes).
  Table orders_2024 = table(qn("app", "orders_2024"), s.tables[1].columns);
  orders_2024.checks.push_back(check("\"order\" > 0", "orders_order_check"));
  orders_2024.checks.push_back(
      check("ordered_at > '2000-01-01 00:00:00+00'::timestamp with time zone", "orders_recent"));
  orders_2024.partition_of =
      PartitionOf{qn("app", "orders"),
                  "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')", true};
  orders_2024.ordinal = s.next_ordinal();
  s.tables.push_back(orders_2024);

  Table orders_default = table(qn("app", "orders_default"), {});
  orders_default.partition_of = PartitionOf{qn("app", "orders"), "DEFAULT", false};
  orders_default.ordinal = s.next_ordinal();
  s.tables.push_back(orders_default);

  // A self-referencing tree with a unique index that a later table references.
  Table categories =
      table(qn("app", "Categories"),
            {column("id", "integer", true, TypeKind::Int32), column("parent_id", "integer"),
             column("slug", "text", true), column("Naïve name", "text")});
  categories.primary_key = pk({"id"});
  categories.foreign_keys.push_back(fk({"parent_id"}, qn("app", "Categories"), {"id"}));
  categories.indexes.push_back(index("categories_slug_key", {key("slug")}, true));
  categories.ordinal = s.next_ordinal();
  s.tables.push_back(categories);

  // products is declared before invoices but references it: a topological move.
  Table products = table(qn("app", "products"),
                         {column("id", "uuid", true, TypeKind::Uuid),
                          column("category_slug", "text"), column("price", "numeric(10,2)", true),
                          column("tags", "text[]"), column("first_invoice", "integer")});
  products.columns[0].default_value = expr("gen_random_uuid()", ExprForm::RandomUuid);
  products.primary_key = pk({"id"});
  products.foreign_keys.push_back(fk({"category_slug"}, qn("app", "Categories"), {"slug"}));
  products.foreign_keys.back().match = FkMatch::Full;
  products.foreign_keys.push_back(
      fk({"first_invoice"}, qn("app", "invoices"), {"number"}, "products_first_invoice_fkey"));
  products.foreign_keys.back().not_valid = true;
  products.checks.push_back(check("price > (0)::numeric", "", "price"));
  products.indexes.push_back(index("products_tags_idx", {key("tags")}));
  products.indexes.back().method = "gin";
  products.unlogged = false;
  products.options = {{"fillfactor", "90"}, {"autovacuum_enabled", "true"}};
  products.ordinal = s.next_ordinal();
  s.tables.push_back(products);

  Table invoices = table(
      qn("app", "invoices"),
      {column_default("number", "integer",
                      expr("nextval('app.invoice_number_seq'::regclass)", ExprForm::NextVal), true),
       column("order_id", "bigint"), column("ordered_at", "timestamp with time zone"),
       column("valid", "tstzrange", true)});
  invoices.primary_key = pk({"number"});
  UniqueConstraint per_order;
  per_order.columns = {"order_id", "ordered_at"};
  per_order.nulls_not_distinct = true;
  per_order.timing.deferrable = true;
  per_order.timing.initially_deferred = true;
  invoices.uniques.push_back(per_order);
  invoices.foreign_keys.push_back(
      fk({"order_id", "ordered_at"}, qn("app", "orders"), {"id", "ordered_at"}));
  invoices.foreign_keys.back().on_delete = FkAction::SetNull;
  invoices.foreign_keys.back().on_delete_columns = {"order_id"};
  ExclusionConstraint no_overlap;
  no_overlap.name = "invoices_no_overlap";
  no_overlap.method = "gist";
  no_overlap.elements.push_back({key("order_id"), "="});
  no_overlap.elements.push_back({key("valid"), "&&"});
  no_overlap.where = expr("number > 0");
  invoices.exclusions.push_back(no_overlap);
  invoices.ordinal = s.next_ordinal();
  s.tables.push_back(invoices);

  // Inheritance: a child declared before its parent.
  Table special = table(qn("Audit Log", "special_events"), {column("reason", "text")});
  special.inherits = {qn("Audit Log", "events")};
  special.ordinal = s.next_ordinal();
  s.tables.push_back(special);

  Table events = table(qn("Audit Log", "events"),
                       {column("id", "bigint", true), column("at", "timestamp without time zone"),
                        column("payload", "jsonb")});
  events.columns[0].identity = Identity{};
  events.columns[0].identity->options.sequence_name = "\"Audit Log\".events_id_seq";
  events.columns[0].identity->options.increment = 2;
  events.columns[0].identity->options.cache = 10;
  CheckConstraint positive_id = check("id > 0", "events_id_check");
  positive_id.no_inherit = true;
  events.checks.push_back(positive_id);
  events.unlogged = true;
  Rule no_delete;
  no_delete.name = "events_no_delete";
  no_delete.event = "DELETE";
  no_delete.definition =
      "CREATE RULE events_no_delete AS ON DELETE TO \"Audit Log\".events DO INSTEAD NOTHING";
  no_delete.comment = "append only";
  events.rules.push_back(no_delete);
  events.comment = "Everything that happened";
  events.ordinal = s.next_ordinal();
  s.tables.push_back(events);

  View paid;
  paid.name = qn("app", "paid_orders");
  paid.column_names = {"id", "customer"};
  paid.query = "SELECT id, customer_id FROM app.orders WHERE status = 'paid'::app.order_status";
  paid.options = {{"security_barrier", "true"}};
  paid.check_option = "LOCAL";
  paid.comment = "Orders that were paid";
  paid.ordinal = s.next_ordinal();
  s.views.push_back(paid);

  View totals;
  totals.name = qn("app", "customer_totals");
  totals.materialized = true;
  totals.query = "SELECT customer_id, sum(total) AS total FROM app.orders GROUP BY customer_id";
  totals.with_data = false;
  totals.indexes.push_back(index("customer_totals_customer_idx", {key("customer_id")}, true));
  totals.comment = "Totals per customer";
  totals.ordinal = s.next_ordinal();
  s.views.push_back(totals);
  return s;
}

}  // namespace sf::test
