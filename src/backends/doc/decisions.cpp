// The design choices a table shows, each stated as a fact with its usual trade-off.
#include <algorithm>

#include "backends/doc/facts.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::string key_sentence(const Table& table, const Column& column) {
  std::string name = code(column.name);
  std::string how = column.identity        ? " generated as an identity"
                    : column.type.serial   ? " from a serial sequence"
                    : column.default_value ? " with default " + code(column.default_value->sql)
                                           : " supplied by the application";
  switch (column.type.kind) {
    case TypeKind::Uuid:
      return "Primary key " + name + " is a uuid" + how +
             ": keys can be made anywhere and are not guessable; 16 bytes each, inserted in "
             "random index order.";
    case TypeKind::Int64:
      return "Primary key " + name + " is a bigint" + how +
             ": 8 bytes, inserted in order; values are sequential and so guessable.";
    case TypeKind::Int32:
    case TypeKind::Int16:
      return "Primary key " + name + " is a " + column.type.spelling + how +
             ": small and ordered, with a ceiling (2,147,483,647 for integer) to watch.";
    case TypeKind::Text:
    case TypeKind::Varchar:
    case TypeKind::Char:
      return "Primary key " + name + " is a natural key (" + column.type.spelling +
             "): readable, but changing a value means updating every reference to it.";
    case TypeKind::Bool:
    case TypeKind::Decimal:
    case TypeKind::Float32:
    case TypeKind::Float64:
    case TypeKind::Money:
    case TypeKind::Bytes:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::TimeTz:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
    case TypeKind::Interval:
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::Inet:
    case TypeKind::Cidr:
    case TypeKind::MacAddr:
    case TypeKind::Bit:
    case TypeKind::VarBit:
    case TypeKind::Xml:
    case TypeKind::TsVector:
    case TypeKind::UserDefined:
    case TypeKind::Other:
      break;
  }
  (void)table;
  return "Primary key " + name + " is of type " + column.type.spelling + how + ".";
}

}  // namespace

std::vector<std::string> table_decisions(const Schema& schema, const Table& table) {
  std::vector<std::string> out;
  if (!table.primary_key) {
    if (!table.partition_of) {
      out.push_back(
          "No primary key: rows cannot be addressed one by one, and logical replication "
          "and most ORMs expect one.");
    }
  } else if (table.primary_key->columns.size() == 1) {
    if (const Column* column = table.find_column(table.primary_key->columns[0])) {
      out.push_back(key_sentence(table, *column));
    }
  } else {
    out.push_back("Composite primary key (" + join(table.primary_key->columns, ", ") + ")" +
                  (is_join_table(table) ? ": each pair is linked at most once."
                                        : ": the combination identifies a row."));
  }

  std::vector<std::string> nullable, json, arrays, naive_times, enums;
  for (const auto& column : table.columns) {
    bool in_pk = table.primary_key &&
                 std::find(table.primary_key->columns.begin(), table.primary_key->columns.end(),
                           column.name) != table.primary_key->columns.end();
    if (!column.not_null && !in_pk) nullable.push_back(column.name);
    if (column.type.kind == TypeKind::Jsonb) json.push_back(code(column.name) + " (jsonb)");
    if (column.type.kind == TypeKind::Json)
      json.push_back(code(column.name) + " (json, stored as text)");
    if (column.type.array_dims > 0)
      arrays.push_back(code(column.name) + " (" + column.type.spelling + ")");
    if (column.type.kind == TypeKind::Timestamp) naive_times.push_back(column.name);
    if (column.type.kind == TypeKind::UserDefined) {
      if (const EnumType* e = schema.find_enum(column.type.ref)) {
        enums.push_back(code(column.name) + " uses the enum " + code(display(e->name)) + " (" +
                        join(e->values, ", ") + ")");
      }
    }
  }
  if (nullable.empty()) {
    out.push_back("Every column is NOT NULL.");
  } else {
    out.push_back("Nullable (optional): " + join(nullable, ", ") +
                  ". Why each may be missing comes from the brief's journey.");
  }
  for (const auto& check : table.checks) {
    if (check.expr.form == ExprForm::InList && !check.expr.column.empty()) {
      out.push_back(code(check.expr.column) + " is limited to " +
                    std::to_string(check.expr.list.size()) + " values (" +
                    join(check.expr.list, ", ") + ") by a CHECK constraint.");
    }
  }
  for (const auto& e : enums) out.push_back(e + ".");
  if (!json.empty()) {
    out.push_back(join(json, ", ") +
                  ": structure can change without a migration, at the cost of "
                  "typed columns and constraints inside it.");
  }
  if (!arrays.empty()) {
    out.push_back(join(arrays, ", ") +
                  ": a small list kept in the row; a join table would allow "
                  "foreign keys and one row per item.");
  }
  if (!naive_times.empty()) {
    out.push_back(join(naive_times, ", ") + (naive_times.size() > 1 ? " are" : " is") +
                  " timestamp without time zone: the values carry no zone; timestamptz avoids "
                  "mistakes across zones.");
  }
  if (table.partition_by) {
    std::string strategy;
    switch (table.partition_by->strategy) {
      case PartitionStrategy::Range:
        strategy = "RANGE";
        break;
      case PartitionStrategy::List:
        strategy = "LIST";
        break;
      case PartitionStrategy::Hash:
        strategy = "HASH";
        break;
    }
    std::vector<std::string> keys;
    for (const auto& element : table.partition_by->elements) {
      keys.push_back(element.column.empty() && element.expr ? element.expr->sql : element.column);
    }
    out.push_back("Partitioned by " + strategy + " (" + join(keys, ", ") +
                  "): old partitions can be detached or dropped whole.");
  }
  if (table.partition_of) {
    out.push_back("A partition of " + code(display(table.partition_of->parent)) + ": " +
                  table.partition_of->bound_sql + ".");
  }
  if (!table.inherits.empty()) {
    std::vector<std::string> parents;
    for (const auto& parent : table.inherits) parents.push_back(display(parent));
    out.push_back("Inherits from " + join(parents, ", ") + " (table inheritance).");
  }
  if (table.unlogged) {
    out.push_back("UNLOGGED: faster writes, but emptied after a crash and not replicated.");
  }
  if (table.rls_enabled) {
    std::vector<std::string> names;
    for (const auto& policy : table.policies) names.push_back(policy.name);
    out.push_back(std::string("Row-level security is enabled") +
                  (table.rls_forced ? " and forced" : "") + " with " +
                  plural(table.policies.size(), "policy", "policies") +
                  (names.empty() ? "" : " (" + join(names, ", ") + ")") + ".");
  }
  for (const auto& trigger : table.triggers) {
    out.push_back("Trigger " + code(trigger.name) + ": " + trigger.timing + " " +
                  join(trigger.events, " OR ") + " runs " + display(trigger.function) + "().");
  }
  bool created = table.find_column("created_at") != nullptr;
  bool updated = table.find_column("updated_at") != nullptr;
  if (created && updated)
    out.push_back("Has created_at and updated_at audit columns.");
  else if (created)
    out.push_back("Has created_at but no updated_at.");
  return out;
}

}  // namespace sf::detail
