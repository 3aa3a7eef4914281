// The seed data generator (include/schemaforge/analyses/seed.h). Every table gets the same
// number of rows and row i of a child references row i of each parent: composite keys that
// share a column (tenant_id, ...) then agree without a solver, and unique keys stay unique.
#include "schemaforge/analyses/seed.h"

#include <algorithm>
#include <map>
#include <optional>

namespace sf {

namespace {

// splitmix64: a fixed, portable mixer, so the same seed gives the same bytes everywhere.
uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t hash_text(uint64_t h, const std::string& text) {
  for (unsigned char c : text) h = mix(h ^ c);
  return h;
}

std::string hex(uint64_t value, int digits) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(digits, '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4) out[i] = kDigits[value & 15];
  return out;
}

std::string two(int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Days since 1970-01-01 to y-m-d (Howard Hinnant's civil_from_days).
std::string civil_date(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  int64_t y = yoe + era * 400 + (m <= 2);
  return std::to_string(y) + "-" + two(m) + "-" + two(d);
}

constexpr int64_t kEpochDay = 20819;  // 2027-01-01: inside the example's first partition

SeedValue number(std::string text) { return {SeedValue::Kind::Number, std::move(text)}; }
SeedValue string(std::string text) { return {SeedValue::Kind::String, std::move(text)}; }

struct Generator {
  Schema& schema;
  const SeedOptions& options;
  std::vector<SeedNote>& notes;
  std::map<QualifiedName, const Table*> done;  // tables whose rows exist already

  bool is_deleted_at(const std::string& name) const {
    return name == "deleted_at" || (name.size() > 11 && name.ends_with("_deleted_at"));
  }

  // The values a CHECK on `column` allows, when the check is a list (enum-like).
  std::optional<std::vector<std::string>> allowed_list(const Table& table, const Column& column) const {
    for (const auto& check : table.checks) {
      if (check.expr.form == ExprForm::InList && check.expr.column == column.name) return check.expr.list;
    }
    if (column.type.kind == TypeKind::UserDefined) {
      if (const EnumType* e = schema.find_enum(column.type.ref); e && !e->values.empty()) return e->values;
    }
    return std::nullopt;
  }

  // Lower and upper bounds a CHECK (column op value) puts on a number.
  void bounds(const Table& table, const Column& column, std::optional<double>& low, std::optional<double>& high) const {
    for (const auto& check : table.checks) {
      const Expr& e = check.expr;
      if (e.form != ExprForm::Comparison || e.column != column.name || e.list.empty()) continue;
      double bound = 0;
      try {
        bound = std::stod(e.list[0]);
      } catch (...) {
        continue;
      }
      if (e.value == ">") low = bound + 1;
      if (e.value == ">=") low = bound;
      if (e.value == "<") high = bound - 1;
      if (e.value == "<=") high = bound;
    }
  }

  std::optional<SeedValue> integer(const Table& table, const Column& column, int64_t row, int64_t max) const {
    std::optional<double> low, high;
    bounds(table, column, low, high);
    int64_t lo = low ? static_cast<int64_t>(*low) : 1;
    int64_t hi = high ? static_cast<int64_t>(*high) : max;
    if (hi < lo) return std::nullopt;
    return number(std::to_string(lo + row % (hi - lo + 1)));
  }

  // A value of `type` for row `row` of `table`.`column`; nullopt = cannot make one.
  std::optional<SeedValue> value(const Table& table, const Column& column, const Type& type, int64_t row) {
    if (auto list = allowed_list(table, column)) return string((*list)[row % list->size()]);
    uint64_t h = hash_text(hash_text(options.seed, table.name.display()), column.name) ^ mix(row);
    if (type.array_dims > 0) return string("{}");
    switch (type.kind) {
      case TypeKind::Bool:
        return SeedValue{SeedValue::Kind::Bool, row % 2 ? "true" : "false"};
      case TypeKind::Int16:
        return integer(table, column, row, 32000);
      case TypeKind::Int32:
      case TypeKind::Int64:
        return integer(table, column, row, 2000000000);
      case TypeKind::Decimal:
      case TypeKind::Money:
      case TypeKind::Float32:
      case TypeKind::Float64: {
        int64_t max = 1000000;
        if (auto p = type.precision()) {
          int64_t digits = *p - type.scale().value_or(0);
          max = 1;
          for (int64_t i = 0; i < digits && max < 1000000; ++i) max *= 10;
          max -= 1;
        }
        auto whole = integer(table, column, row, std::max<int64_t>(max, 0));
        if (!whole) return std::nullopt;
        if (type.scale().value_or(2) > 0 && max > 1) whole->text += ".50";
        return whole;
      }
      case TypeKind::Text:
      case TypeKind::Varchar:
      case TypeKind::Char: {
        std::string text;
        if (column.name.find("email") != std::string::npos) {
          text = "user" + std::to_string(row + 1) + "@example.com";
        } else if (column.name.find("url") != std::string::npos) {
          text = "https://example.com/" + std::to_string(row + 1);
        } else {
          text = column.name + "-" + std::to_string(row + 1);
        }
        if (auto length = type.length(); length && static_cast<int64_t>(text.size()) > *length) {
          // Short codes (char(2), varchar(3)): letters that still differ row by row.
          text.clear();
          for (int64_t i = 0, n = row; i < *length; ++i, n /= 26) text.insert(text.begin(), char('a' + n % 26));
        }
        return string(text);
      }
      case TypeKind::Uuid:
        return string(hex(h >> 32, 8) + "-" + hex(h >> 16, 4) + "-4" + hex(h, 3) + "-8" + hex(mix(h), 3) + "-" +
                      hex(mix(h + 1), 12));
      case TypeKind::Date:
        return string(civil_date(kEpochDay + row));
      case TypeKind::Timestamp:
      case TypeKind::TimestampTz: {
        // One row an hour from 2027-01-01, columns a minute apart in declaration order, so
        // later columns (expires_at after created_at) come later.
        int64_t minutes = row * 60 + (&column - table.columns.data());
        std::string text = civil_date(kEpochDay + minutes / 1440) + " " + two(minutes % 1440 / 60) + ":" +
                           two(minutes % 60) + ":00";
        return string(text);  // no offset: MySQL DATETIME takes none, PostgreSQL reads it in its zone
      }
      case TypeKind::Time:
      case TypeKind::TimeTz:
        return string(two(row % 24) + ":" + two(row % 60) + ":00");
      case TypeKind::Interval:
        return string(std::to_string(row + 1) + " hours");
      case TypeKind::Json:
      case TypeKind::Jsonb:
        return string("{}");
      case TypeKind::Inet:
      case TypeKind::Cidr:
        return string("10." + std::to_string(row / 65536 % 256) + "." + std::to_string(row / 256 % 256) + "." +
                      std::to_string(row % 256) + (type.kind == TypeKind::Cidr ? "/32" : ""));
      case TypeKind::MacAddr:
        return string("08:00:2b:" + two(row / 10000 % 100) + ":" + two(row / 100 % 100) + ":" + two(row % 100));
      case TypeKind::Bit:
      case TypeKind::VarBit:
        return string(std::string(type.length().value_or(1), '0'));
      case TypeKind::Bytes:
        return string("");
      case TypeKind::UserDefined:
        if (const Domain* d = schema.find_domain(type.ref)) return value(table, column, d->base, row);
        return std::nullopt;
      case TypeKind::Xml:
      case TypeKind::TsVector:
      case TypeKind::Other:
        return std::nullopt;
    }
    return std::nullopt;
  }

  // True when a foreign key of any table points at `table`.`column`.
  bool referenced(const Table& table, const std::string& column) const {
    for (const auto& other : schema.tables) {
      for (const auto& fk : other.foreign_keys) {
        if (!fk.ref_table.same_object(table.name)) continue;
        const std::vector<std::string>& cols =
            !fk.ref_columns.empty() ? fk.ref_columns
                                    : (table.primary_key ? table.primary_key->columns : std::vector<std::string>{});
        if (std::find(cols.begin(), cols.end(), column) != cols.end()) return true;
      }
    }
    return false;
  }

  const ForeignKey* foreign_key_of(const Table& table, const std::string& column) const {
    for (const auto& fk : table.foreign_keys) {
      if (std::find(fk.columns.begin(), fk.columns.end(), column) != fk.columns.end()) return &fk;
    }
    return nullptr;
  }

  void fill(Table& table) {
    SeedRows rows;
    int64_t n = static_cast<int64_t>(options.rows_per_table);
    rows.rows.resize(n);
    std::vector<const Column*> foreign;
    for (const auto& column : table.columns) {
      if (column.generated) continue;
      // Identity and serial values are the database's to give (an audit trigger may already
      // have taken the first ones) unless a foreign key needs to know them, or the key is
      // composite (SQLite generates values only for a single-column INTEGER PRIMARY KEY).
      bool sole_key = table.primary_key && table.primary_key->columns == std::vector<std::string>{column.name};
      if ((column.identity || column.type.serial) && sole_key && !referenced(table, column.name)) continue;
      if (foreign_key_of(table, column.name)) {
        foreign.push_back(&column);
        continue;
      }
      bool nullable = !column.not_null && !(table.primary_key && std::count(table.primary_key->columns.begin(),
                                                                            table.primary_key->columns.end(),
                                                                            column.name));
      std::vector<SeedValue> values;
      for (int64_t row = 0; row < n; ++row) {
        // Soft-deleted rows are the exception; other optional columns are mostly filled.
        bool null = nullable && (is_deleted_at(column.name) ? row % 10 != 9 : row % 4 == 3);
        if (null) {
          values.push_back({});
          continue;
        }
        auto v = (column.identity || column.type.serial) ? std::optional<SeedValue>(number(std::to_string(row + 1)))
                                                         : value(table, column, column.type, row);
        if (!v) break;
        values.push_back(std::move(*v));
      }
      if (static_cast<int64_t>(values.size()) < n) {
        // Left to the database: its default, or NULL.
        if (column.not_null && !column.default_value) {
          notes.push_back({table.name, column.name, "no value of type " + column.type.spelling + " can be generated"});
        }
        continue;
      }
      rows.columns.push_back(column.name);
      for (int64_t row = 0; row < n; ++row) rows.rows[row].push_back(std::move(values[row]));
    }
    table.seed_rows = std::move(rows);
    // Foreign keys last, so a self-reference can read the row's own key.
    for (const Column* column : foreign) {
      const ForeignKey& fk = *foreign_key_of(table, column->name);
      size_t part = std::find(fk.columns.begin(), fk.columns.end(), column->name) - fk.columns.begin();
      const Table* parent = schema.find_table(fk.ref_table);
      std::string ref;
      if (parent && part < fk.ref_columns.size()) ref = fk.ref_columns[part];
      if (parent && ref.empty() && parent->primary_key && part < parent->primary_key->columns.size())
        ref = parent->primary_key->columns[part];
      bool self = parent == &table;
      bool ready = parent && (self || done.count(parent->name)) && parent->seed_rows;
      auto at = ready ? std::find(parent->seed_rows->columns.begin(), parent->seed_rows->columns.end(), ref)
                      : std::vector<std::string>::const_iterator();
      if (ready && at == parent->seed_rows->columns.end()) ready = false;
      // A self-reference or a reference back along a cycle stays NULL where it may.
      if (!ready || (self && !column->not_null)) {
        if (column->not_null) notes.push_back({table.name, column->name, "references a table that has no rows yet"});
        if (!column->not_null) {
          table.seed_rows->columns.push_back(column->name);
          for (auto& row : table.seed_rows->rows) row.push_back({});
        }
        continue;
      }
      size_t index = at - parent->seed_rows->columns.begin();
      std::vector<SeedValue> values;
      for (int64_t row = 0; row < n; ++row) {
        values.push_back(parent->seed_rows->rows[row % parent->seed_rows->rows.size()][index]);
      }
      table.seed_rows->columns.push_back(column->name);
      for (int64_t row = 0; row < n; ++row) table.seed_rows->rows[row].push_back(std::move(values[row]));
    }
    done[table.name] = &table;
  }
};

// Parents before children: repeatedly take the first table (in model order) whose parents
// all have rows; on a cycle, take the first remaining table (its back reference stays NULL).
std::vector<Table*> insertion_order(Schema& schema) {
  std::vector<Table*> pending, order;
  for (auto& table : schema.tables) {
    if (!table.partition_of) pending.push_back(&table);
  }
  while (!pending.empty()) {
    auto ready = std::find_if(pending.begin(), pending.end(), [&](Table* table) {
      return std::all_of(table->foreign_keys.begin(), table->foreign_keys.end(), [&](const ForeignKey& fk) {
        const Table* parent = schema.find_table(fk.ref_table);
        return parent == nullptr || parent == table ||
               std::find(pending.begin(), pending.end(), parent) == pending.end();
      });
    });
    if (ready == pending.end()) ready = pending.begin();
    order.push_back(*ready);
    pending.erase(ready);
  }
  return order;
}

}  // namespace

std::vector<QualifiedName> generate_seed_rows(Schema& schema, const SeedOptions& options,
                                              std::vector<SeedNote>& notes) {
  Generator generator{schema, options, notes, {}};
  std::vector<QualifiedName> order;
  for (Table* table : insertion_order(schema)) {
    generator.fill(*table);
    order.push_back(table->name);
  }
  return order;
}

}  // namespace sf
