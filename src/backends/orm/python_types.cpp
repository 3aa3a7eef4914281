#include "backends/orm/python_types.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "schemaforge/base/strings.h"

namespace sf::orm {

const char* kRawTypeClass =
    "class _Raw(sa.types.UserDefinedType):\n"
    "    \"\"\"A column type written with its exact SQL spelling.\"\"\"\n"
    "\n"
    "    cache_ok = True\n"
    "\n"
    "    def __init__(self, spelling):\n"
    "        self.spelling = spelling\n"
    "\n"
    "    def get_col_spec(self, **kw):\n"
    "        return self.spelling\n";

std::string py_str(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string py_identifier(const std::string& name) {
  std::string out;
  for (char c : name) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "_" + out;
  static const char* keywords[] = {"False", "None", "True", "and", "as", "assert", "async", "await",
                                   "break", "class", "continue", "def", "del", "elif", "else",
                                   "except", "finally", "for", "from", "global", "if", "import",
                                   "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                                   "return", "try", "while", "with", "yield", "metadata",
                                   "registry", "query"};
  for (const char* k : keywords) {
    if (out == k) return out + "_";
  }
  return out;
}

namespace {

std::string mod(const Type& t, size_t i) {
  return i < t.modifiers.size() ? std::to_string(t.modifiers[i]) : "";
}

/// A type by its spelling; SQLite takes any plain type name but not a dotted or quoted one.
std::string raw(const std::string& spelling) {
  bool plain = true;
  for (char c : spelling) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ' ' || c == '(' ||
                      c == ')' || c == ',');
  }
  return "_Raw(" + py_str(spelling) + ")" + (plain ? "" : ".with_variant(sa.Text(), \"sqlite\")");
}

std::string scalar(const Schema& schema, const Type& t, bool in_pk_serial, Diagnostics& diags,
                   const SourceLoc& loc) {
  (void)diags;
  (void)loc;
  switch (t.kind) {
    case TypeKind::Bool: return "sa.Boolean()";
    case TypeKind::Int16: return t.serial && !in_pk_serial ? "_Raw(\"smallserial\")" : "sa.SmallInteger()";
    case TypeKind::Int32: return t.serial && !in_pk_serial ? "_Raw(\"serial\")" : "sa.Integer()";
    case TypeKind::Int64: return t.serial && !in_pk_serial ? "_Raw(\"bigserial\")" : "sa.BigInteger()";
    case TypeKind::Decimal:
      if (t.modifiers.size() == 2) return "sa.Numeric(" + mod(t, 0) + ", " + mod(t, 1) + ")";
      if (t.modifiers.size() == 1) return "sa.Numeric(" + mod(t, 0) + ")";
      return "sa.Numeric()";
    case TypeKind::Float32: return "sa.REAL()";
    case TypeKind::Float64: return "sa.Float(precision=53)";
    case TypeKind::Money: return "postgresql.MONEY().with_variant(sa.Numeric(19, 2), \"sqlite\")";
    case TypeKind::Text: return "sa.Text()";
    case TypeKind::Varchar: return t.modifiers.empty() ? "sa.String()" : "sa.String(" + mod(t, 0) + ")";
    case TypeKind::Char: return "sa.CHAR(" + (t.modifiers.empty() ? std::string("1") : mod(t, 0)) + ")";
    case TypeKind::Bytes: return "sa.LargeBinary()";
    case TypeKind::Uuid: return "postgresql.UUID().with_variant(sa.String(36), \"sqlite\")";
    case TypeKind::Date: return "sa.Date()";
    case TypeKind::Time: return t.modifiers.empty() ? "sa.Time()" : "postgresql.TIME(precision=" + mod(t, 0) + ").with_variant(sa.Time(), \"sqlite\")";
    case TypeKind::TimeTz: return "postgresql.TIME(timezone=True" + (t.modifiers.empty() ? std::string() : ", precision=" + mod(t, 0)) + ").with_variant(sa.Time(), \"sqlite\")";
    case TypeKind::Timestamp: return t.modifiers.empty() ? "sa.DateTime()" : "postgresql.TIMESTAMP(precision=" + mod(t, 0) + ").with_variant(sa.DateTime(), \"sqlite\")";
    case TypeKind::TimestampTz: return "postgresql.TIMESTAMP(timezone=True" + (t.modifiers.empty() ? std::string() : ", precision=" + mod(t, 0)) + ").with_variant(sa.DateTime(timezone=True), \"sqlite\")";
    case TypeKind::Interval: return "sa.Interval()";
    case TypeKind::Json: return "sa.JSON()";
    case TypeKind::Jsonb: return "postgresql.JSONB().with_variant(sa.JSON(), \"sqlite\")";
    case TypeKind::Inet: return "postgresql.INET().with_variant(sa.String(45), \"sqlite\")";
    case TypeKind::Cidr: return "postgresql.CIDR().with_variant(sa.String(45), \"sqlite\")";
    case TypeKind::MacAddr: return "postgresql.MACADDR().with_variant(sa.String(17), \"sqlite\")";
    case TypeKind::Bit: return "postgresql.BIT(" + (t.modifiers.empty() ? std::string("1") : mod(t, 0)) + ").with_variant(sa.String(), \"sqlite\")";
    case TypeKind::VarBit: return "postgresql.BIT(" + (t.modifiers.empty() ? std::string() : mod(t, 0) + ", ") + "varying=True).with_variant(sa.String(), \"sqlite\")";
    case TypeKind::Xml: return "_Raw(\"xml\")";
    case TypeKind::TsVector: return "postgresql.TSVECTOR().with_variant(sa.Text(), \"sqlite\")";
    case TypeKind::UserDefined: {
      const EnumType* e = schema.find_enum(t.ref);
      if (e) {
        std::string values;
        for (const auto& v : e->values) values += py_str(v) + ", ";
        return "postgresql.ENUM(" + values + "name=" + py_str(e->name.name) +
               (e->name.schema.empty() || e->name.schema == kDefaultSchema ? "" : ", schema=" + py_str(e->name.schema)) +
               ", create_type=False)";
      }
      return raw(t.spelling);
    }
    case TypeKind::Other: return raw(t.spelling);
  }
  return raw(t.spelling);
}

}  // namespace

std::string sa_type(const Schema& schema, const Table& table, const Column& column, bool in_pk_serial,
                    Diagnostics& diagnostics) {
  const Type& t = column.type;
  if (t.array_dims == 0) return scalar(schema, t, in_pk_serial, diagnostics, column.loc);
  if (t.kind == TypeKind::Other) return raw(t.spelling);
  Type element = t;
  element.array_dims = 0;
  element.serial = false;
  std::string inner = scalar(schema, element, false, diagnostics, column.loc);
  (void)table;
  return "postgresql.ARRAY(" + inner + (t.array_dims > 1 ? ", dimensions=" + std::to_string(t.array_dims) : "") +
         ").with_variant(sa.JSON(), \"sqlite\")";
}

bool portable_sql(const std::string& sql) {
  if (sql.find("::") != std::string::npos || sql.find('~') != std::string::npos ||
      sql.find('[') != std::string::npos) {
    return false;
  }
  static const char* portable[] = {"lower", "upper", "length", "abs", "coalesce", "trim",
                                   "substr", "round", "nullif", "in", "and", "or", "not"};
  for (size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] != '(' || i == 0) continue;
    size_t end = i;
    while (end > 0 && sql[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(sql[start - 1])) || sql[start - 1] == '_')) --start;
    if (start == end) continue;
    std::string name = to_lower(sql.substr(start, end - start));
    bool ok = false;
    for (const char* p : portable) ok = ok || name == p;
    if (!ok) return false;
  }
  return true;
}

std::string sa_server_default(const Column& c, bool migration) {
  if (!c.default_value) return "";
  const Expr& e = *c.default_value;
  switch (e.form) {
    case ExprForm::Null: return "";
    case ExprForm::Now:
      // the revision keeps PostgreSQL's spelling exactly; SQLite has CURRENT_TIMESTAMP
      if (migration) return "server_default=sa.text(" + py_str(e.sql) + " if _postgres() else \"CURRENT_TIMESTAMP\")";
      return "server_default=sa.func.current_timestamp()";
    case ExprForm::StringLiteral: case ExprForm::Literal: case ExprForm::BoolLiteral:
      return "server_default=sa.text(" + py_str(e.sql) + ")";
    case ExprForm::RandomUuid: case ExprForm::NextVal: case ExprForm::InList:
    case ExprForm::Comparison: case ExprForm::Other:
      // parenthesised: PostgreSQL takes it as it is, SQLite needs the parentheses
      return "server_default=sa.text(" + py_str("(" + e.sql + ")") + ")";
  }
  return "";
}

std::vector<size_t> dependency_order(const Schema& schema,
                                     std::vector<std::pair<size_t, size_t>>& late) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < schema.tables.size(); ++i) {
    index[schema.tables[i].name.effective_schema() + "." + schema.tables[i].name.name] = i;
  }
  std::vector<int> state(schema.tables.size(), 0);  // 0 new, 1 visiting, 2 done
  std::vector<size_t> order;
  std::function<void(size_t)> visit = [&](size_t i) {
    state[i] = 1;
    const Table& t = schema.tables[i];
    for (size_t f = 0; f < t.foreign_keys.size(); ++f) {
      const auto& fk = t.foreign_keys[f];
      auto it = index.find(fk.ref_table.effective_schema() + "." + fk.ref_table.name);
      if (it == index.end() || it->second == i) continue;
      if (state[it->second] == 1) {
        late.emplace_back(i, f);
        continue;
      }
      if (state[it->second] == 0) visit(it->second);
    }
    state[i] = 2;
    order.push_back(i);
  };
  for (size_t i = 0; i < schema.tables.size(); ++i) {
    if (state[i] == 0) visit(i);
  }
  return order;
}

std::string pk_name(const Table& t) {
  return t.primary_key && !t.primary_key->name.empty() ? t.primary_key->name : t.name.name + "_pkey";
}

std::string fk_name(const Table& t, const ForeignKey& fk) {
  return fk.name.empty() ? t.name.name + "_" + join(fk.columns, "_") + "_fkey" : fk.name;
}

std::string index_name(const Table& t, const Index& i) {
  if (!i.name.empty()) return i.name;
  auto base_of = [&](const Index& x) {
    std::vector<std::string> parts;
    for (const auto& e : x.elements) parts.push_back(e.expr ? "expr" : e.column);
    return t.name.name + "_" + join(parts, "_") + "_idx";
  };
  // PostgreSQL's way: a second index with the same default name gets a number (idx1, ...)
  std::string base = base_of(i);
  int before = 0;
  for (const auto& other : t.indexes) {
    if (&other == &i) break;
    if (other.name.empty() && base_of(other) == base) ++before;
  }
  return before == 0 ? base : base + std::to_string(before);
}

std::string target_column(const QualifiedName& table, const std::string& column) {
  if (table.schema.empty() || table.schema == kDefaultSchema) return table.name + "." + column;
  return table.schema + "." + table.name + "." + column;
}

std::vector<std::string> ref_columns(const Schema& schema, const ForeignKey& fk) {
  if (!fk.ref_columns.empty()) return fk.ref_columns;
  const Table* t = schema.find_table(fk.ref_table);
  if (t && t->primary_key) return t->primary_key->columns;
  return {};
}

}  // namespace sf::orm
