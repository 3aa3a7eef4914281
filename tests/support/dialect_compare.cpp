#include "support/dialect_compare.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <tuple>

#include "support/inspect_compare.h"

namespace sf::test {

namespace {

std::string join(const std::vector<std::string>& parts, const std::string& separator = ", ") {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string key_of(const std::vector<std::string>& columns) { return "(" + join(columns) + ")"; }

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// --- expressions -------------------------------------------------------------------------

/// Lower case outside string literals, without identifier quotes.
std::string fold_case(const std::string& text) {
  std::string out;
  bool in_string = false;
  for (char c : text) {
    if (c == '\'') in_string = !in_string;
    if (!in_string && c == '"') continue;
    out += in_string ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

/// Expression text as both sides can be compared: PostgreSQL's rendering choices removed
/// (casts, parentheses, white space: inspect_compare), case and identifier quotes folded, and
/// the dialect's spelling of the same thing read back: SQLite's TRUE/FALSE are 1/0,
/// char_length() is length(), IN lists and = ANY (ARRAY[...]) are the same list.
std::string canon_sql(const std::string& sql, Dialect dialect) {
  std::string text = fold_case(sql);
  if (dialect == Dialect::Sqlite) {
    text = std::regex_replace(text, std::regex("\\btrue\\b"), "1");
    text = std::regex_replace(text, std::regex("\\bfalse\\b"), "0");
  }
  // Both count characters: SQLite has only length(), MySQL's length() counts bytes.
  text = std::regex_replace(text, std::regex("\\bchar_length\\("), "length(");
  text = normalise_expression_text(text);
  // = ANY (ARRAY[a, b]) is IN (a, b) (parentheses are gone by now).
  text = std::regex_replace(text, std::regex("=anyarray\\[([^\\]]*)\\]"), "in$1");
  return text;
}

/// A number or a time without the trailing zeros of its fraction (MySQL's DATETIME(6) reads
/// '12:00:00' back as '12:00:00.000000').
std::string canon_literal(const std::string& value) {
  std::string v = value;
  if (std::regex_match(v, std::regex("-?[0-9]+\\.[0-9]+|[0-9: -]*[0-9]\\.[0-9]+"))) {
    while (v.back() == '0') v.pop_back();
    if (v.back() == '.') v.pop_back();
  }
  return v;
}

bool is_time_kind(TypeKind kind) {
  return kind == TypeKind::Date || kind == TypeKind::Timestamp || kind == TypeKind::TimestampTz;
}

/// A default, check or predicate in a form both models share. `kind`: the column's type kind
/// for defaults ('now' means the current time only in a date or time column).
std::string canon_expr(const Expr& expr, Dialect dialect, TypeKind kind = TypeKind::Other) {
  switch (expr.form) {
    case ExprForm::Null:
      return "";
    case ExprForm::Literal:
    case ExprForm::StringLiteral:
      if (is_time_kind(kind) && (expr.value == "now" || expr.value == "today")) {
        return kind == TypeKind::Date || expr.value == "today" ? "now:date" : "now:timestamp";
      }
      return "literal:" + canon_literal(expr.value);
    case ExprForm::BoolLiteral:
      if (dialect == Dialect::Sqlite)
        return std::string("literal:") + (expr.value == "true" ? "1" : "0");
      return "bool:" + expr.value;
    case ExprForm::Now: {
      std::string which = lower(expr.value);
      if (which.find("date") != std::string::npos) return "now:date";
      if (which == "current_time" || which == "localtime") return "now:time";
      return "now:timestamp";
    }
    case ExprForm::RandomUuid:
      return "random uuid";
    case ExprForm::NextVal:
      return "nextval";
    case ExprForm::InList: {
      std::vector<std::string> values;
      for (const auto& v : expr.list) values.push_back(canon_literal(v));
      return "in:" + lower(expr.column) + ":" + join(values, ",");
    }
    case ExprForm::Comparison:
    case ExprForm::Other:
      break;
  }
  std::string text = canon_sql(expr.sql, dialect);
  // The dialects' random UUIDs, read back (docs/dialects.md).
  if (text == "lower(hex(randomblob(16)))" || text == "lowerhexrandomblob16" || text == "uuid")
    return "random uuid";
  if (text == "current_timestamp" || text.rfind("current_timestamp", 0) == 0)
    return "now:timestamp";
  return text;
}

// --- types -------------------------------------------------------------------------------

std::string type_text(TypeKind kind, const std::vector<int64_t>& modifiers, int array_dims = 0) {
  std::string out = to_string(kind);
  if (!modifiers.empty()) {
    out += "(";
    for (size_t i = 0; i < modifiers.size(); ++i)
      out += (i ? "," : "") + std::to_string(modifiers[i]);
    out += ")";
  }
  for (int i = 0; i < array_dims; ++i) out += "[]";
  return out;
}

std::string enum_text(const EnumType& type) {
  std::vector<std::string> values;
  for (const auto& v : type.values) values.push_back("'" + v + "'");
  return "enum(" + join(values, ",") + ")";
}

/// A type read back from the database, as the inspector spelled it.
std::string inspected_type(const Schema& schema, const Type& type) {
  if (const EnumType* e = schema.enum_of(type)) return enum_text(*e);
  if (type.kind == TypeKind::UserDefined || type.kind == TypeKind::Other) return type.spelling;
  return type_text(type.kind, type.modifiers, type.array_dims);
}

/// The type a source column reads back as when the dialect keeps what it means: SQLite's
/// five affinities; MySQL's types with their defaults spelled out (time precision 6, CHAR
/// of 1, numeric(p) = numeric(p,0)), UUID as CHAR(36), jsonb as JSON, unbounded varchar as
/// LONGTEXT, enums as ENUM. Anything else reads back differently and needs a loss.
std::string expected_type(const Schema& schema, const Type& source, Dialect dialect) {
  Type type = schema.base_type(source);
  if (type.array_dims > 0) return inspected_type(schema, type);
  const EnumType* e = schema.enum_of(type);
  if (dialect == Dialect::Sqlite) {
    if (e) return "text";
    switch (type.kind) {
      case TypeKind::Bool:
      case TypeKind::Int16:
      case TypeKind::Int32:
      case TypeKind::Int64:
        return "int32";
      case TypeKind::Decimal:
      case TypeKind::Money:
        return "decimal";
      case TypeKind::Float32:
      case TypeKind::Float64:
        return "float64";
      case TypeKind::Bytes:
        return "bytes";
      case TypeKind::UserDefined:
      case TypeKind::Other:
        return inspected_type(schema, type);
      default:
        return "text";
    }
  }
  if (e) return enum_text(*e);
  const auto& m = type.modifiers;
  switch (type.kind) {
    case TypeKind::Decimal:
      if (m.size() == 1) return type_text(TypeKind::Decimal, {m[0], 0});
      break;
    case TypeKind::Varchar:
      if (m.empty()) return "text";
      break;
    case TypeKind::Char:
      if (m.empty()) return "char(1)";
      break;
    case TypeKind::Uuid:
      return "char(36)";
    case TypeKind::Time:
    case TypeKind::Timestamp:
      if (m.empty()) return type_text(type.kind, {6});
      break;
    case TypeKind::Jsonb:
      return "json";
    default:
      break;
  }
  return inspected_type(schema, type);
}

// --- tables ------------------------------------------------------------------------------

bool is_counter(const Column& column) {
  return column.identity || column.type.serial ||
         (column.default_value && column.default_value->form == ExprForm::NextVal);
}

std::string fk_action(FkAction action, Dialect dialect) {
  // InnoDB's NO ACTION is RESTRICT: both check at once.
  if (dialect == Dialect::Mysql && action == FkAction::NoAction) action = FkAction::Restrict;
  return to_string(action);
}

std::string element_text(const IndexElement& element, Dialect dialect) {
  std::string out = element.column.empty() && element.expr
                        ? "(" + canon_sql(element.expr->sql, dialect) + ")"
                        : element.column;
  if (element.order == SortOrder::Desc) out += " DESC";
  return out;
}

std::string elements_text(const std::vector<IndexElement>& elements, Dialect dialect) {
  std::vector<std::string> parts;
  for (const auto& e : elements) parts.push_back(element_text(e, dialect));
  return "(" + join(parts) + ")";
}

/// The name the emitter gives an unnamed index (emit_indexes.cpp): PostgreSQL's choice, made
/// of the table's name as written.
std::string default_index_name(const std::string& table, const Index& index) {
  std::string name = table;
  for (const auto& element : index.elements)
    name += "_" + (element.column.empty() ? std::string("expr") : element.column);
  return name + (index.unique ? "_key" : "_idx");
}

/// The index's key as the emitter names an unnamed index in Diagnostic::object.
std::string index_key(const Index& index) {
  std::vector<std::string> parts;
  for (const auto& e : index.elements)
    parts.push_back(e.column.empty() && e.expr ? e.expr->sql : e.column);
  return key_of(parts);
}

/// A unique index MySQL keeps as a unique key (information_schema cannot tell them apart).
bool mysql_unique_key(const Index& index) {
  if (!index.unique || index.where) return false;
  return std::all_of(index.elements.begin(), index.elements.end(), [](const IndexElement& e) {
    return !e.column.empty() && e.order != SortOrder::Desc;
  });
}

/// The names the emitter wrote differently from the model (SF3004), and the names inspect
/// gave a database object the model could not keep under its own (SF6005), by DiagObject.
class Renames {
 public:
  Renames(const Diagnostics& emitted, const Diagnostics& inspected) {
    for (const auto& d : emitted.items()) {
      if (d.code == DiagCode::RenamedObject && !d.written_as.empty())
        written_[{d.object.kind, d.object.table, d.object.name}] = d.written_as;
    }
    for (const auto& d : inspected.items()) {
      if (d.code == DiagCode::IntrospectNotKept && !d.written_as.empty())
        read_[{d.object.kind, d.object.table, d.object.name}] = d.written_as;
    }
  }
  /// The name `object` is written under: its rename, else `own`.
  std::string of(const std::string& kind, const std::string& table, const std::string& name,
                 const std::string& own) const {
    auto it = written_.find({kind, table, name});
    return it == written_.end() ? own : it->second;
  }
  /// The name inspect reads the object written as `name` (on `table`, as written) under.
  std::string read_as(const std::string& kind, const std::string& table,
                      const std::string& name) const {
    auto it = read_.find({kind, table, name});
    return it == read_.end() ? name : it->second;
  }

 private:
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, std::string> written_;
  std::map<Key, std::string> read_;
};

class Comparer {
 public:
  Comparer(const Schema& source, const Schema& inspected, Dialect dialect, const Renames& renames)
      : source_(source), inspected_(inspected), dialect_(dialect), renames_(renames) {}

  std::vector<DialectDifference> run() {
    std::set<std::string> seen;
    for (const auto& table : source_.tables) {
      std::string written = written_table(table.name);
      seen.insert(written);
      const Table* back = inspected_.find_table(QualifiedName{"", written});
      if (!back) {
        add({"table", "", table.name.display()}, table.name.display() + ": table missing");
        continue;
      }
      compare_table(table, *back);
    }
    for (const auto& table : inspected_.tables) {
      if (!seen.count(table.name.name))
        add({"table", "", table.name.display()}, table.name.display() + ": unexpected table");
    }
    for (const auto& view : source_.views) {
      bool found = std::any_of(inspected_.views.begin(), inspected_.views.end(),
                               [&](const View& v) { return v.name.name == view.name.name; });
      std::string kind = view.materialized ? "materialized view" : "view";
      if (!found)
        add({kind, "", view.name.display()}, view.name.display() + ": " + kind + " missing");
    }
    return std::move(out_);
  }

 private:
  /// A source table's name in the dialect's one database (schemas flattened, SF3004).
  std::string written_table(const QualifiedName& name) const {
    const Table* table = source_.find_table(name);
    const QualifiedName& own = table ? table->name : name;
    return renames_.of("table", "", own.display(), own.name);
  }

  void add(DiagObject object, std::string text, bool type = false) {
    out_.push_back({std::move(object), std::move(text), type});
  }

  /// The columns the dialect writes: without partitions and inheritance, the parents'
  /// columns come first (emit_tables.cpp written_columns).
  std::vector<const Column*> written_columns(const Table& table, int depth = 0) {
    std::vector<const Column*> columns;
    std::vector<QualifiedName> parents = table.inherits;
    if (table.partition_of) parents.push_back(table.partition_of->parent);
    if (depth < 16) {
      for (const auto& parent_name : parents) {
        const Table* parent = source_.find_table(parent_name);
        if (!parent) continue;
        for (const Column* column : written_columns(*parent, depth + 1)) {
          bool seen = std::any_of(columns.begin(), columns.end(),
                                  [&](const Column* c) { return c->name == column->name; });
          if (!seen && !table.find_column(column->name)) columns.push_back(column);
        }
      }
    }
    for (const auto& column : table.columns) columns.push_back(&column);
    return columns;
  }

  void compare_table(const Table& table, const Table& back) {
    const std::string t = table.name.display();
    DiagObject table_object{"table", "", t};
    if (table.partition_of)
      add(table_object, t + ": expected a partition of " + table.partition_of->parent.display() +
                            ", got a table of its own");
    if (table.partition_by)
      add(table_object, t + ": expected a partitioned table, got a plain table");
    if (!table.inherits.empty())
      add(table_object, t + ": expected INHERITS, got a table with the parents' columns");
    if (table.unlogged && !back.unlogged) add(table_object, t + ": expected UNLOGGED");

    std::vector<const Column*> columns = written_columns(table);
    for (const auto& column : back.columns) {
      bool expected = std::any_of(columns.begin(), columns.end(),
                                  [&](const Column* c) { return c->name == column.name; });
      if (!expected) add({"column", t, column.name}, t + ": unexpected column " + column.name);
    }
    for (const Column* column : columns) {
      const Column* got = back.find_column(column->name);
      DiagObject object{"column", t, column->name};
      if (!got) {
        add(object, t + "." + column->name + ": column missing");
        continue;
      }
      compare_column(table, back, *column, *got, object);
    }
    compare_keys(table, back);
    compare_checks(table, back, columns);
    compare_foreign_keys(table, back);
    compare_indexes(table, back);
    for (const auto& trigger : table.triggers) {
      bool found = std::any_of(back.triggers.begin(), back.triggers.end(),
                               [&](const Trigger& g) { return g.name == trigger.name; });
      if (!found) add({"trigger", t, trigger.name}, t + ": trigger " + trigger.name + " missing");
    }
    for (const auto& g : back.triggers) {
      bool expected = std::any_of(table.triggers.begin(), table.triggers.end(),
                                  [&](const Trigger& trigger) { return g.name == trigger.name; });
      if (!expected) add({"trigger", t, g.name}, t + ": unexpected trigger " + g.name);
    }
  }

  void compare_column(const Table& table, const Table& back, const Column& column,
                      const Column& got, const DiagObject& object) {
    std::string where = object.table + "." + column.name + ": ";
    bool in_pk = table.primary_key && contains(table.primary_key->columns, column.name);
    bool not_null = column.not_null || in_pk || column.type.serial || column.identity.has_value();
    bool got_not_null =
        got.not_null || (back.primary_key && contains(back.primary_key->columns, got.name));
    if (not_null != got_not_null) {
      add(object, where + "expected " + (not_null ? "NOT NULL" : "nullable") + ", got " +
                      (got_not_null ? "NOT NULL" : "nullable"));
    }
    std::string type = expected_type(source_, column.type, dialect_);
    std::string got_type = inspected_type(inspected_, got.type);
    if (type != got_type)
      add(object,
          where + "type: expected " + type + " (from " + column.type.spelling + "), got " +
              got_type,
          true);

    bool counter = is_counter(column);
    if (counter != got.identity.has_value()) {
      add(object, where + (counter ? "expected a counter (identity, serial or nextval()), got none"
                                   : "unexpected counter"));
    }
    std::string def = counter || !column.default_value
                          ? ""
                          : canon_expr(*column.default_value, dialect_, column.type.kind);
    std::string got_def =
        !got.default_value ? "" : canon_expr(*got.default_value, dialect_, got.type.kind);
    if (def != got_def) {
      add(object, where + "default: expected " + (def.empty() ? "none" : def) + ", got " +
                      (got_def.empty() ? "none" : got_def));
    }
    std::string gen = column.generated ? canon_sql(column.generated->sql, dialect_) : "";
    std::string got_gen = got.generated ? canon_sql(got.generated->sql, dialect_) : "";
    if (gen != got_gen)
      add(object, where + "generated: expected " + (gen.empty() ? "none" : gen) + ", got " +
                      (got_gen.empty() ? "none" : got_gen));
  }

  void compare_keys(const Table& table, const Table& back) {
    const std::string t = table.name.display();
    if (table.primary_key) {
      DiagObject object{"primary key", t,
                        table.primary_key->name.empty() ? key_of(table.primary_key->columns)
                                                        : table.primary_key->name};
      if (!back.primary_key) {
        add(object, t + ": primary key " + key_of(table.primary_key->columns) + " missing");
      } else if (back.primary_key->columns != table.primary_key->columns) {
        add(object, t + ": primary key: expected " + key_of(table.primary_key->columns) + ", got " +
                        key_of(back.primary_key->columns));
      }
    } else if (back.primary_key) {
      add({"primary key", t, key_of(back.primary_key->columns)},
          t + ": unexpected primary key " + key_of(back.primary_key->columns));
    }
    // Unique keys: constraints, and in MySQL also unique indexes (one kind of object there).
    struct Key {
      std::vector<std::string> columns;
      DiagObject object;
    };
    std::vector<Key> expected;
    for (const auto& u : table.uniques)
      expected.push_back({u.columns, {"unique", t, u.name.empty() ? key_of(u.columns) : u.name}});
    if (dialect_ == Dialect::Mysql) {
      for (const auto& index : table.indexes) {
        if (!mysql_unique_key(index)) continue;
        std::vector<std::string> columns;
        for (const auto& e : index.elements) columns.push_back(e.column);
        expected.push_back(
            {columns, {"index", t, index.name.empty() ? index_key(index) : index.name}});
      }
    }
    std::vector<std::vector<std::string>> got;
    for (const auto& u : back.uniques) got.push_back(u.columns);
    for (const auto& key : expected) {
      auto it = std::find(got.begin(), got.end(), key.columns);
      if (it == got.end()) {
        add(key.object, t + ": unique key " + key_of(key.columns) + " missing");
      } else {
        got.erase(it);
      }
    }
    for (const auto& columns : got)
      add({"unique", t, key_of(columns)}, t + ": unexpected unique key " + key_of(columns));
  }

  void compare_checks(const Table& table, const Table& back,
                      const std::vector<const Column*>& columns) {
    const std::string t = table.name.display();
    struct Check {
      std::string text;
      DiagObject object;
    };
    std::vector<Check> expected;
    for (const auto& c : table.checks) {
      expected.push_back(
          {canon_expr(c.expr, dialect_), {"check", t, c.name.empty() ? c.expr.sql : c.name}});
    }
    if (dialect_ == Dialect::Sqlite) {
      // Enums are written as TEXT CHECK (col IN (...)), booleans as INTEGER CHECK (col IN (0, 1)).
      for (const Column* column : columns) {
        Type type = source_.base_type(column->type);
        if (const EnumType* e = source_.enum_of(type)) {
          expected.push_back({"in:" + lower(column->name) + ":" + join(e->values, ","),
                              {"column", t, column->name}});
        } else if (type.kind == TypeKind::Bool && type.array_dims == 0) {
          expected.push_back({"in:" + lower(column->name) + ":0,1", {"column", t, column->name}});
        }
      }
    }
    std::vector<std::pair<std::string, std::string>> got;  // canonical text, name
    for (const auto& c : back.checks)
      got.emplace_back(canon_expr(c.expr, dialect_), c.name.empty() ? c.expr.sql : c.name);
    for (const auto& check : expected) {
      auto it = std::find_if(got.begin(), got.end(),
                             [&](const auto& g) { return g.first == check.text; });
      if (it == got.end()) {
        add(check.object, t + ": check " + check.text + " missing");
      } else {
        got.erase(it);
      }
    }
    for (const auto& [text, name] : got) add({"check", t, name}, t + ": unexpected check " + text);
  }

  void compare_foreign_keys(const Table& table, const Table& back) {
    const std::string t = table.name.display();
    std::vector<const ForeignKey*> got;
    for (const auto& fk : back.foreign_keys) got.push_back(&fk);
    for (const auto& fk : table.foreign_keys) {
      DiagObject object{"foreign key", t, fk.name.empty() ? key_of(fk.columns) : fk.name};
      std::vector<std::string> ref_columns = fk.ref_columns;
      const Table* target = source_.find_table(fk.ref_table);
      if (ref_columns.empty() && target && target->primary_key)
        ref_columns = target->primary_key->columns;
      std::string ref_table = written_table(fk.ref_table);
      std::string shape = key_of(fk.columns) + " -> " + ref_table + key_of(ref_columns);
      auto it = std::find_if(got.begin(), got.end(), [&](const ForeignKey* g) {
        std::vector<std::string> g_ref = g->ref_columns;
        const Table* g_target = inspected_.find_table(g->ref_table);
        if (g_ref.empty() && g_target && g_target->primary_key)
          g_ref = g_target->primary_key->columns;
        return g->columns == fk.columns && g->ref_table.name == ref_table && g_ref == ref_columns;
      });
      if (it == got.end()) {
        add(object, t + ": foreign key " + shape + " missing");
        continue;
      }
      const ForeignKey& g = **it;
      got.erase(it);
      auto compare = [&](const char* what, const std::string& a, const std::string& b) {
        if (a != b)
          add(object,
              t + ": foreign key " + shape + ": " + what + ": expected " + a + ", got " + b);
      };
      compare("ON DELETE", fk_action(fk.on_delete, dialect_), fk_action(g.on_delete, dialect_));
      compare("ON UPDATE", fk_action(fk.on_update, dialect_), fk_action(g.on_update, dialect_));
      compare("MATCH", fk.match == FkMatch::Simple ? "SIMPLE" : "FULL/PARTIAL",
              g.match == FkMatch::Simple ? "SIMPLE" : "FULL/PARTIAL");
      auto timing = [](const ConstraintTiming& c) {
        return std::string(c.deferrable ? "DEFERRABLE" : "NOT DEFERRABLE") +
               (c.initially_deferred ? " INITIALLY DEFERRED" : "");
      };
      compare("timing", timing(fk.timing), timing(g.timing));
    }
    for (const ForeignKey* g : got) {
      add({"foreign key", t, g->name.empty() ? key_of(g->columns) : g->name},
          t + ": unexpected foreign key " + key_of(g->columns) + " -> " + g->ref_table.name);
    }
  }

  void compare_indexes(const Table& table, const Table& back) {
    const std::string t = table.name.display();
    std::vector<const Index*> got;
    for (const auto& index : back.indexes) got.push_back(&index);
    for (const auto& index : table.indexes) {
      if (dialect_ == Dialect::Mysql && mysql_unique_key(index))
        continue;  // compared as a unique key
      DiagObject object{"index", t, index.name.empty() ? index_key(index) : index.name};
      // Found under its rename (SF3004, named by its model name: an unnamed one by the name it
      // has in PostgreSQL), else its own or default name.
      std::string own = index.name.empty()
                            ? default_index_name(written_table(table.name), index)
                            : index.name;
      std::string model_name =
          index.name.empty() ? default_index_name(table.name.name, index) : index.name;
      std::string name = renames_.read_as("index", written_table(table.name),
                                          renames_.of("index", t, model_name, own));
      auto it =
          std::find_if(got.begin(), got.end(), [&](const Index* g) { return g->name == name; });
      std::string shape = (index.unique ? "unique index " : "index ") + name + " " +
                          elements_text(index.elements, dialect_);
      if (it == got.end()) {
        add(object, t + ": " + shape + " missing");
        continue;
      }
      const Index& g = **it;
      got.erase(it);
      auto compare = [&](const char* what, const std::string& a, const std::string& b) {
        if (a != b) add(object, t + ": " + shape + ": " + what + ": expected " + a + ", got " + b);
      };
      compare("unique", index.unique ? "yes" : "no", g.unique ? "yes" : "no");
      compare("key parts", elements_text(index.elements, dialect_),
              elements_text(g.elements, dialect_));
      compare("predicate", index.where ? canon_expr(*index.where, dialect_) : "none",
              g.where ? canon_expr(*g.where, dialect_) : "none");
      compare("method", index.method.empty() ? "btree" : index.method,
              g.method.empty() ? "btree" : g.method);
    }
    for (const Index* g : got) {
      // InnoDB indexes every foreign key that no index leads with.
      bool fk_index = dialect_ == Dialect::Mysql && !g->unique &&
                      std::any_of(back.foreign_keys.begin(), back.foreign_keys.end(),
                                  [&](const ForeignKey& fk) {
                                    if (fk.columns.size() != g->elements.size()) return false;
                                    for (size_t i = 0; i < fk.columns.size(); ++i) {
                                      if (g->elements[i].column != fk.columns[i]) return false;
                                    }
                                    return true;
                                  });
      if (fk_index) continue;
      add({"index", t, g->name},
          t + ": unexpected index " + g->name + " " + elements_text(g->elements, dialect_));
    }
  }

  const Schema& source_;
  const Schema& inspected_;
  Dialect dialect_;
  const Renames& renames_;
  std::vector<DialectDifference> out_;
};

}  // namespace

std::vector<DialectDifference> dialect_differences(const Schema& source, const Schema& inspected,
                                                   Dialect dialect, const Diagnostics& emitted,
                                                   const Diagnostics& inspected_notes) {
  Renames renames(emitted, inspected_notes);
  return Comparer(source, inspected, dialect, renames).run();
}

std::vector<std::string> unexplained_differences(const std::vector<DialectDifference>& differences,
                                                 const Diagnostics& losses) {
  std::vector<std::string> out;
  for (const auto& d : differences) {
    bool explained =
        std::any_of(losses.items().begin(), losses.items().end(), [&](const Diagnostic& loss) {
          // An approximated type (SF3002) explains only the column's type.
          return (loss.code == DiagCode::UnsupportedFeature ||
                  (loss.code == DiagCode::ApproximatedType && d.type)) &&
                 loss.object == d.object;
        });
    if (!explained)
      out.push_back(d.text + "   [" + d.object.kind + " " +
                    (d.object.table.empty() ? "" : d.object.table + " / ") + d.object.name + "]");
  }
  return out;
}

}  // namespace sf::test
