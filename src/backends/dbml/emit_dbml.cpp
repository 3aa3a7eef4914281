#include "schemaforge/backends/dbml.h"

#include <cctype>
#include <sstream>

#include "schemaforge/base/strings.h"

namespace sf {

namespace {

bool plain_identifier(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  static const char* reserved[] = {"note", "indexes", "checks", "records", "ref", "table",
                                   "enum", "project", "tablegroup", "tablepartial", "as",
                                   "true", "false", "null", "use", "reuse"};
  std::string lower = to_lower(s);
  for (const char* r : reserved) {
    if (lower == r) return false;
  }
  return true;
}

std::string escape(const std::string& s, char quote) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c == quote) out += '\\';
        out += c;
    }
  }
  return out;
}

std::string name(const std::string& s) {
  return plain_identifier(s) ? s : "\"" + escape(s, '"') + "\"";
}

std::string qualified(const QualifiedName& q) {
  if (q.schema.empty()) return name(q.name);
  return name(q.schema) + "." + name(q.name);
}

/// open + s + close, appended (g++ 12 -O3 misreads "lit" + std::string as an overlapping copy).
std::string wrap(const char* open, const std::string& s, const char* close) {
  std::string out(open);
  out.append(s);
  out.append(close);
  return out;
}

std::string str(const std::string& s) { return wrap("'", escape(s, '\''), "'"); }

std::string expr(const std::string& sql) {
  std::string out;
  for (char c : sql) out += c == '`' ? '\'' : c;  // a backtick cannot appear inside `...`
  return "`" + out + "`";
}

std::string mods(const Type& t) {
  if (t.modifiers.empty()) return "";
  std::string out = "(";
  for (size_t i = 0; i < t.modifiers.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(t.modifiers[i]);
  }
  return out + ")";
}

/// A DBML type for a model type: short PostgreSQL names, quoted when they hold spaces.
std::string type_text(const Type& t) {
  std::string base;
  switch (t.kind) {
    case TypeKind::Bool: base = "boolean"; break;
    case TypeKind::Int16: base = t.serial ? "smallserial" : "smallint"; break;
    case TypeKind::Int32: base = t.serial ? "serial" : "integer"; break;
    case TypeKind::Int64: base = t.serial ? "bigserial" : "bigint"; break;
    case TypeKind::Decimal: base = "decimal" + mods(t); break;
    case TypeKind::Float32: base = "real"; break;
    case TypeKind::Float64: base = "float8"; break;
    case TypeKind::Money: base = "money"; break;
    case TypeKind::Text: base = "text"; break;
    case TypeKind::Varchar: base = "varchar" + mods(t); break;
    case TypeKind::Char: base = "char" + mods(t); break;
    case TypeKind::Bytes: base = "bytea"; break;
    case TypeKind::Uuid: base = "uuid"; break;
    case TypeKind::Date: base = "date"; break;
    case TypeKind::Time: base = "time" + mods(t); break;
    case TypeKind::TimeTz: base = "timetz" + mods(t); break;
    case TypeKind::Timestamp: base = "timestamp" + mods(t); break;
    case TypeKind::TimestampTz: base = "timestamptz" + mods(t); break;
    case TypeKind::Interval: base = "interval"; break;
    case TypeKind::Json: base = "json"; break;
    case TypeKind::Jsonb: base = "jsonb"; break;
    case TypeKind::Inet: base = "inet"; break;
    case TypeKind::Cidr: base = "cidr"; break;
    case TypeKind::MacAddr: base = "macaddr"; break;
    case TypeKind::Bit: base = "bit" + mods(t); break;
    case TypeKind::VarBit: base = "varbit" + mods(t); break;
    case TypeKind::Xml: base = "xml"; break;
    case TypeKind::TsVector: base = "tsvector"; break;
    case TypeKind::UserDefined:
      base = qualified(t.ref);
      break;
    case TypeKind::Other: {
      base = t.spelling;
      for (int i = 0; i < t.array_dims && ends_with(base, "[]"); ++i) base = base.substr(0, base.size() - 2);
      bool simple = true;
      size_t paren = base.find('(');
      std::string head = paren == std::string::npos ? base : base.substr(0, paren);
      for (char c : head) simple = simple && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
      if (!simple || head.empty()) base = "\"" + escape(base, '"') + "\"";
      break;
    }
  }
  for (int i = 0; i < t.array_dims; ++i) base += "[]";
  return base;
}

std::string default_text(const Expr& e) {
  switch (e.form) {
    case ExprForm::Literal: {
      bool numeric = !e.value.empty();
      for (char c : e.value) numeric = numeric && (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+');
      return numeric ? e.value : str(e.value);
    }
    case ExprForm::StringLiteral: return str(e.value);
    case ExprForm::BoolLiteral: return e.value;
    case ExprForm::Null: return "null";
    case ExprForm::Now: case ExprForm::RandomUuid: case ExprForm::NextVal:
    case ExprForm::InList: case ExprForm::Comparison: case ExprForm::Other:
      return expr(e.sql);
  }
  return expr(e.sql);
}

std::string action(FkAction a) {
  switch (a) {
    case FkAction::NoAction: return "no action";
    case FkAction::Restrict: return "restrict";
    case FkAction::Cascade: return "cascade";
    case FkAction::SetNull: return "set null";
    case FkAction::SetDefault: return "set default";
  }
  return "no action";
}

std::string endpoint(const QualifiedName& table, const std::vector<std::string>& columns) {
  std::string out = qualified(table) + ".";
  if (columns.size() == 1) return out + name(columns[0]);
  out += "(";
  for (size_t i = 0; i < columns.size(); ++i) out += (i ? ", " : "") + name(columns[i]);
  return out + ")";
}

std::string seed_value(const SeedValue& v) {
  switch (v.kind) {
    case SeedValue::Kind::Null: return "null";
    case SeedValue::Kind::Number: return v.text;
    case SeedValue::Kind::String: return str(v.text);
    case SeedValue::Kind::Bool: return v.text;
    case SeedValue::Kind::Expression: return expr(v.text);
  }
  return "null";
}

class Writer {
public:
  Writer(const Schema& schema, Diagnostics& diags) : schema_(schema), diags_(diags) {}

  std::string run() {
    report_unsupported();
    if (schema_.annotations.project) project(*schema_.annotations.project);
    for (const auto& e : schema_.enums) enumeration(e);
    for (const auto& t : schema_.tables) {
      if (t.implicit_join != ImplicitJoin::DbmlManyToMany) table(t);
    }
    refs();
    for (const auto& g : schema_.annotations.table_groups) group(g);
    for (const auto& n : schema_.annotations.notes) sticky(n);
    return out_.str();
  }

private:
  void lose(const SourceLoc& loc, const std::string& what) {
    diags_.report(DiagCode::UnsupportedFeature, loc, "DBML cannot express " + what + "; it is left out");
  }

  void report_unsupported() {
    for (const auto& v : schema_.views) lose(v.loc, std::string(v.materialized ? "materialized " : "") + "view " + v.name.display());
    for (const auto& f : schema_.functions) lose(f.loc, "function " + f.name.display());
    for (const auto& s : schema_.sequences) lose(s.loc, "sequence " + s.name.display());
    for (const auto& d : schema_.domains) lose(d.loc, "domain " + d.name.display());
    for (const auto& c : schema_.composites) lose(c.loc, "composite type " + c.name.display());
    for (const auto& e : schema_.extensions) lose(e.loc, "extension " + e.name);
  }

  void project(const ProjectInfo& p) {
    out_ << "Project" << (p.name.empty() ? "" : " " + name(p.name)) << " {\n";
    for (const auto& [k, v] : p.fields) out_ << "  " << (plain_identifier(k) ? k : name(k)) << ": " << str(v) << "\n";
    if (!p.note.empty()) out_ << "  Note: " << str(p.note) << "\n";
    out_ << "}\n\n";
  }

  void enumeration(const EnumType& e) {
    out_ << "Enum " << qualified(e.name) << " {\n";
    for (size_t i = 0; i < e.values.size(); ++i) {
      out_ << "  " << name(e.values[i]);
      if (i < e.value_comments.size() && !e.value_comments[i].empty()) {
        out_ << " [note: " << str(e.value_comments[i]) << "]";
      }
      out_ << "\n";
    }
    out_ << "}\n\n";
    if (!e.comment.empty()) lose(e.loc, "a note on enum " + e.name.display());
  }

  void table(const Table& t) {
    out_ << "Table " << qualified(t.name);
    if (!t.alias.empty()) out_ << " as " << name(t.alias);
    std::vector<std::string> settings;
    if (!t.header_color.empty()) settings.push_back("headercolor: " + t.header_color);
    if (!t.comment.empty()) settings.push_back("note: " + str(t.comment));
    if (!settings.empty()) out_ << " [" << join(settings, ", ") << "]";
    out_ << " {\n";
    bool single_pk = t.primary_key && t.primary_key->columns.size() == 1 && t.primary_key->name.empty() &&
                     t.primary_key->comment.empty();
    for (const auto& c : t.columns) {
      std::vector<std::string> s;
      if (single_pk && t.primary_key->columns[0] == c.name) s.push_back("pk");
      if (c.identity) s.push_back("increment");
      if (c.not_null) s.push_back("not null");
      for (const auto& u : t.uniques) {
        if (u.columns.size() == 1 && u.columns[0] == c.name && u.name.empty()) s.push_back("unique");
      }
      if (c.default_value) s.push_back("default: " + default_text(*c.default_value));
      for (const auto& ch : t.checks) {
        if (ch.column == c.name && ch.name.empty()) s.push_back("check: " + expr(ch.expr.sql));
      }
      if (!c.comment.empty()) s.push_back("note: " + str(c.comment));
      out_ << "  " << name(c.name) << " " << type_text(c.type);
      if (!s.empty()) out_ << " [" << join(s, ", ") << "]";
      out_ << "\n";
      if (c.generated) lose(c.loc, "the generated column " + t.name.display() + "." + c.name);
      if (!c.collation.empty()) lose(c.loc, "the collation of " + t.name.display() + "." + c.name);
      if (c.identity && c.identity->always) lose(c.loc, "GENERATED ALWAYS on " + t.name.display() + "." + c.name + " (written as increment)");
    }
    std::vector<std::string> index_lines;
    if (t.primary_key && !single_pk) {
      std::vector<std::string> s = {"pk"};
      if (!t.primary_key->name.empty()) s.push_back("name: " + str(t.primary_key->name));
      if (!t.primary_key->comment.empty()) s.push_back("note: " + str(t.primary_key->comment));
      index_lines.push_back(tuple(t.primary_key->columns) + " [" + join(s, ", ") + "]");
    }
    for (const auto& u : t.uniques) {
      if (u.columns.size() == 1 && u.name.empty()) continue;
      std::vector<std::string> s = {"unique"};
      if (!u.name.empty()) s.push_back("name: " + str(u.name));
      index_lines.push_back(tuple(u.columns) + " [" + join(s, ", ") + "]");
    }
    for (const auto& i : t.indexes) {
      std::vector<std::string> parts;
      for (const auto& e : i.elements) {
        parts.push_back(e.expr ? expr(e.expr->sql) : name(e.column));
        if (e.order != SortOrder::Default || e.nulls != NullsOrder::Default || !e.opclass.empty() ||
            !e.collation.empty()) {
          lose(i.loc, "the sort order, opclass or collation of index " + (i.name.empty() ? t.name.display() : i.name));
        }
      }
      std::string line = parts.size() == 1 && !i.elements[0].expr ? parts[0] : "(" + join(parts, ", ") + ")";
      std::vector<std::string> s;
      if (i.unique) s.push_back("unique");
      if (i.method == "hash") s.push_back("type: hash");
      else if (i.method != "btree") lose(i.loc, "the " + i.method + " method of index " + (i.name.empty() ? t.name.display() : i.name) + " (written as btree)");
      if (!i.name.empty()) s.push_back("name: " + str(i.name));
      if (!i.comment.empty()) s.push_back("note: " + str(i.comment));
      if (i.where) lose(i.loc, "the WHERE clause of partial index " + (i.name.empty() ? t.name.display() : i.name));
      if (!i.include.empty()) lose(i.loc, "the INCLUDE columns of index " + (i.name.empty() ? t.name.display() : i.name));
      index_lines.push_back(line + (s.empty() ? "" : " [" + join(s, ", ") + "]"));
    }
    if (!index_lines.empty()) {
      out_ << "\n  indexes {\n";
      for (const auto& l : index_lines) out_ << "    " << l << "\n";
      out_ << "  }\n";
    }
    std::vector<std::string> check_lines;
    for (const auto& ch : t.checks) {
      if (!ch.column.empty() && ch.name.empty()) continue;
      check_lines.push_back(expr(ch.expr.sql) + (ch.name.empty() ? "" : " [name: " + str(ch.name) + "]"));
    }
    if (!check_lines.empty()) {
      out_ << "\n  checks {\n";
      for (const auto& l : check_lines) out_ << "    " << l << "\n";
      out_ << "  }\n";
    }
    if (t.seed_rows && !t.seed_rows->rows.empty()) {
      out_ << "\n  records " << tuple(t.seed_rows->columns) << " {\n";
      for (const auto& row : t.seed_rows->rows) {
        std::vector<std::string> values;
        for (const auto& v : row) values.push_back(seed_value(v));
        out_ << "    " << join(values, ", ") << "\n";
      }
      out_ << "  }\n";
    }
    out_ << "}\n\n";
    for (const auto& x : t.exclusions) lose(x.loc, "exclusion constraint " + x.name + " on " + t.name.display());
    for (const auto& tr : t.triggers) lose(tr.loc, "trigger " + tr.name + " on " + t.name.display());
    for (const auto& p : t.policies) lose(p.loc, "policy " + p.name + " on " + t.name.display());
    for (const auto& r : t.rules) lose(r.loc, "rule " + r.name + " on " + t.name.display());
    if (t.partition_by || t.partition_of) lose(t.loc, "the partitioning of " + t.name.display());
  }

  static std::string tuple(const std::vector<std::string>& columns) {
    std::vector<std::string> parts;
    for (const auto& c : columns) parts.push_back(name(c));
    return "(" + join(parts, ", ") + ")";
  }

  void refs() {
    bool any = false;
    for (const auto& t : schema_.tables) {
      if (t.implicit_join == ImplicitJoin::DbmlManyToMany && t.foreign_keys.size() == 2) {
        const auto& a = t.foreign_keys[0];
        const auto& b = t.foreign_keys[1];
        out_ << "Ref" << (a.relation_name.empty() ? "" : wrap(" ", name(a.relation_name), "")) << ": "
             << endpoint(a.ref_table, a.ref_columns) << " <> " << endpoint(b.ref_table, b.ref_columns)
             << settings(a) << "\n";
        any = true;
        continue;
      }
      for (const auto& fk : t.foreign_keys) {
        std::vector<std::string> ref_columns = fk.ref_columns;
        if (ref_columns.empty()) {
          const Table* target = schema_.find_table(fk.ref_table);
          if (target && target->primary_key) ref_columns = target->primary_key->columns;
        }
        out_ << "Ref" << (fk.name.empty() ? "" : wrap(" ", name(fk.name), "")) << ": ";
        if (fk.one_to_one) {
          out_ << endpoint(fk.ref_table, ref_columns) << " - " << endpoint(t.name, fk.columns);
        } else {
          out_ << endpoint(t.name, fk.columns) << " > " << endpoint(fk.ref_table, ref_columns);
        }
        out_ << settings(fk) << "\n";
        if (fk.timing.deferrable) lose(fk.loc, "DEFERRABLE on foreign key " + (fk.name.empty() ? t.name.display() : fk.name));
        if (fk.match != FkMatch::Simple) lose(fk.loc, "MATCH FULL/PARTIAL on foreign key " + (fk.name.empty() ? t.name.display() : fk.name));
        any = true;
      }
    }
    if (any) out_ << "\n";
  }

  static std::string settings(const ForeignKey& fk) {
    std::vector<std::string> s;
    if (fk.on_delete != FkAction::NoAction) s.push_back("delete: " + action(fk.on_delete));
    if (fk.on_update != FkAction::NoAction) s.push_back("update: " + action(fk.on_update));
    if (!fk.color.empty()) s.push_back("color: " + fk.color);
    if (fk.inactive) s.push_back("inactive");
    return s.empty() ? "" : " [" + join(s, ", ") + "]";
  }

  void group(const TableGroup& g) {
    out_ << "TableGroup " << name(g.name);
    std::vector<std::string> s;
    if (!g.color.empty()) s.push_back("color: " + g.color);
    if (!g.note.empty()) s.push_back("note: " + str(g.note));
    if (!s.empty()) out_ << " [" << join(s, ", ") << "]";
    out_ << " {\n";
    for (const auto& t : g.tables) out_ << "  " << qualified(t) << "\n";
    out_ << "}\n\n";
  }

  void sticky(const StickyNote& n) {
    out_ << "Note " << name(n.name);
    if (!n.color.empty()) out_ << " [color: " << n.color << "]";
    out_ << " {\n  " << str(n.content) << "\n}\n\n";
  }

  const Schema& schema_;
  Diagnostics& diags_;
  std::ostringstream out_;
};

}  // namespace

std::string emit_dbml(const Schema& schema, Diagnostics& diagnostics) {
  std::string text = Writer(schema, diagnostics).run();
  while (ends_with(text, "\n\n")) text.pop_back();
  return text;
}

}  // namespace sf
