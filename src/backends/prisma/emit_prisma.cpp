#include "schemaforge/backends/prisma.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "schemaforge/base/strings.h"
#include "schemaforge/model/relationships.h"

namespace sf {

namespace {

std::string identifier(const std::string& s) {
  std::string out;
  for (char c : s) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
  if (out.empty() || !std::isalpha(static_cast<unsigned char>(out[0]))) out = "x" + out;
  return out;
}

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    out += c;
  }
  return out + "\"";
}

/// A list field's name: the model's name, lower-cased first, made plural.
std::string plural_field(const std::string& model) {
  std::string s = model;
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return ends_with(s, "s") ? s : s + "s";
}

std::string lower_first(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

struct Line {
  std::string name, type, attrs;  ///< a field; attrs empty when none
  std::string raw;                ///< a block attribute or comment line, written as is
  std::vector<std::string> docs;
};

class Writer {
public:
  Writer(const Schema& schema, Diagnostics& diags) : s_(schema), d_(diags) {}

  std::string run() {
    names();
    std::set<std::string> schemas;
    for (const auto& t : s_.tables) schemas.insert(t.name.effective_schema());
    for (const auto& e : s_.enums) schemas.insert(e.name.effective_schema());
    multi_schema_ = schemas.size() > 1 || (schemas.size() == 1 && *schemas.begin() != kDefaultSchema);
    out_ << "datasource db {\n  provider = \"postgresql\"\n";
    if (multi_schema_) {
      std::vector<std::string> q;
      for (const auto& n : schemas) q.push_back(quote(n));
      out_ << "  schemas  = [" << join(q, ", ") << "]\n";
    }
    out_ << "}\n";
    for (const auto& v : s_.views) lose(v.loc, "view " + v.name.display());
    for (const auto& f : s_.functions) lose(f.loc, "function " + f.name.display());
    for (const auto& q : s_.sequences) lose(q.loc, "sequence " + q.name.display());
    for (const auto& dm : s_.domains) lose(dm.loc, "domain " + dm.name.display());
    for (const auto& x : s_.extensions) lose(x.loc, "extension " + x.name + " (needs the postgresqlExtensions preview feature)");
    relations();
    for (const auto& t : s_.tables) {
      if (t.implicit_join == ImplicitJoin::PrismaImplicit && implicit_ok(t)) continue;
      model(t);
    }
    for (const auto& e : s_.enums) enumeration(e);
    return out_.str();
  }

private:
  void lose(const SourceLoc& loc, const std::string& what) {
    d_.report(DiagCode::UnsupportedFeature, loc, "Prisma cannot express " + what + "; it is left out");
  }

  // ---- names -----------------------------------------------------------------------------
  void names() {
    std::set<std::string> used;
    for (const auto& e : s_.enums) {
      std::string n = identifier(e.orm_name.empty() ? e.name.name : e.orm_name);
      while (used.count(n)) n += "_";
      used.insert(n);
      enum_names_[e.name.effective_schema() + "." + e.name.name] = n;
    }
    for (const auto& t : s_.tables) {
      std::string n = identifier(t.orm_name.empty() ? t.name.name : t.orm_name);
      while (used.count(n)) n += "_";
      used.insert(n);
      model_names_[key(t.name)] = n;
      std::set<std::string> fields;
      for (const auto& c : t.columns) {
        std::string f = identifier(c.orm_name.empty() ? c.name : c.orm_name);
        while (fields.count(f)) f += "_";
        fields.insert(f);
        field_names_[key(t.name) + "." + c.name] = f;
      }
      taken_[key(t.name)] = fields;
    }
  }
  static std::string key(const QualifiedName& q) { return q.effective_schema() + "." + q.name; }
  std::string field(const Table& t, const std::string& column) { return field_names_[key(t.name) + "." + column]; }
  std::string fresh(const std::string& table_key, std::string wanted) {
    auto& taken = taken_[table_key];
    wanted = identifier(wanted);
    std::string n = wanted;
    for (int i = 2; taken.count(n); ++i) n = wanted + std::to_string(i);
    taken.insert(n);
    return n;
  }

  bool implicit_ok(const Table& t) {
    if (t.foreign_keys.size() != 2 || t.columns.size() != 2) return false;
    return s_.find_table(t.foreign_keys[0].ref_table) && s_.find_table(t.foreign_keys[1].ref_table);
  }

  static bool unique_columns(const Table& t, const std::vector<std::string>& cols) {
    auto same = [&](std::vector<std::string> a) {
      std::vector<std::string> b = cols;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      return a == b;
    };
    if (t.primary_key && same(t.primary_key->columns)) return true;
    for (const auto& u : t.uniques) if (same(u.columns)) return true;
    for (const auto& i : t.indexes) {
      if (!i.unique || i.where) continue;
      std::vector<std::string> c;
      bool plain = true;
      for (const auto& e : i.elements) {
        plain = plain && !e.expr;
        c.push_back(e.column);
      }
      if (plain && same(c)) return true;
    }
    return false;
  }

  /// Prisma maps only models with a primary key or a required unique key (else @@ignore).
  /// ... and whose key columns all have a Prisma type (Unsupported ones do not count).
  bool has_key(const Table& t) {
    auto usable = [&](const std::vector<std::string>& columns, bool pk) {
      for (const auto& c : columns) {
        const Column* col = t.find_column(c);
        if (!col || (!pk && !col->not_null) || prisma_type(t, *col).rfind("Unsupported(", 0) == 0) return false;
      }
      return true;
    };
    if (t.primary_key && usable(t.primary_key->columns, true)) return true;
    for (const auto& u : t.uniques) {
      if (usable(u.columns, false)) return true;
    }
    return false;
  }
  bool ignored(const Table& t) { return t.orm_ignored || !has_key(t); }

  /// The Prisma type (scalar and native) of a column, without reporting anything.
  std::string prisma_type(const Table& t, const Column& c) {
    quiet_ = true;
    Column plain = c;
    plain.type.serial = false;
    if (plain.type.kind == TypeKind::Int32 || plain.type.kind == TypeKind::Int64 || plain.type.kind == TypeKind::Int16) {
      plain.type.spelling = "";
    }
    auto [type, native] = type_of(t, plain);
    quiet_ = false;
    return type + " " + native;
  }

  // ---- relation fields ------------------------------------------------------------------------
  void relations() {
    // how many relations link each unordered pair of models: more than one needs names
    std::map<std::string, int> pair_count;
    auto pair_key = [](const std::string& a, const std::string& b) { return std::min(a, b) + "|" + std::max(a, b); };
    for (const auto& t : s_.tables) {
      if (t.implicit_join == ImplicitJoin::PrismaImplicit && implicit_ok(t)) {
        pair_count[pair_key(key(t.foreign_keys[0].ref_table), key(t.foreign_keys[1].ref_table))]++;
        continue;
      }
      for (const auto& fk : t.foreign_keys) pair_count[pair_key(key(t.name), key(fk.ref_table))]++;
    }
    int counter = 0;
    for (const auto& t : s_.tables) {
      if (t.implicit_join == ImplicitJoin::PrismaImplicit && implicit_ok(t)) {
        const Table* a = s_.find_table(t.foreign_keys[0].ref_table);
        const Table* b = s_.find_table(t.foreign_keys[1].ref_table);
        std::string rel = t.foreign_keys[0].relation_name;
        bool named = !rel.empty() || pair_count[pair_key(key(a->name), key(b->name))] > 1 || a == b;
        if (named && rel.empty()) rel = t.name.name.substr(t.name.name[0] == '_' ? 1 : 0);
        std::string attr = named ? "@relation(" + quote(rel) + ")" : "";
        extra_[key(a->name)].push_back({fresh(key(a->name), plural_field(model_names_[key(b->name)])),
                                        model_names_[key(b->name)] + "[]", attr, "", {}});
        extra_[key(b->name)].push_back({fresh(key(b->name), plural_field(model_names_[key(a->name)])),
                                        model_names_[key(a->name)] + "[]", attr, "", {}});
        continue;
      }
      for (const auto& fk : t.foreign_keys) {
        const Table* target = s_.find_table(fk.ref_table);
        std::string where = "foreign key " + (fk.name.empty() ? t.name.display() + "(" + join(fk.columns, ", ") + ")" : fk.name);
        if (!target) {
          lose(fk.loc, where + " to a table outside the schema");
          continue;
        }
        std::vector<std::string> ref_columns = fk.ref_columns;
        if (ref_columns.empty() && target->primary_key) ref_columns = target->primary_key->columns;
        if (!unique_columns(*target, ref_columns)) {
          lose(fk.loc, where + " (Prisma relations must reference unique columns)");
          continue;
        }
        bool same_types = fk.columns.size() == ref_columns.size();
        for (size_t k = 0; same_types && k < fk.columns.size(); ++k) {
          const Column* a = t.find_column(fk.columns[k]);
          const Column* b = target->find_column(ref_columns[k]);
          same_types = a && b && prisma_type(t, *a) == prisma_type(*target, *b);
        }
        if (!same_types) {
          lose(fk.loc, where + " (Prisma relations need the same type on both sides)");
          continue;
        }
        ++counter;
        bool optional = false;
        for (const auto& c : fk.columns) {
          const Column* col = t.find_column(c);
          optional = optional || (col && !required(t, *col));
        }
        bool one = unique_columns(t, fk.columns);
        bool self = target == &t;
        bool named = self || pair_count[pair_key(key(t.name), key(target->name))] > 1;
        std::string rel = fk.relation_name;
        if (named && rel.empty()) rel = model_names_[key(t.name)] + "_" + join(fk.columns, "_") + "To" + model_names_[key(target->name)];
        // forward field
        std::string base = fk.columns.size() == 1 ? field(t, fk.columns[0]) : lower_first(model_names_[key(target->name)]);
        for (const char* suffix : {"_id", "Id", "_ID"}) {
          if (fk.columns.size() == 1 && ends_with(base, suffix) && base.size() > std::string(suffix).size()) {
            base = base.substr(0, base.size() - std::string(suffix).size());
            break;
          }
        }
        if (base == field(t, fk.columns[0])) base = lower_first(model_names_[key(target->name)]);
        std::vector<std::string> args;
        if (!rel.empty()) args.push_back(quote(rel));
        std::vector<std::string> fs, rs;
        for (const auto& c : fk.columns) fs.push_back(field(t, c));
        for (const auto& c : ref_columns) rs.push_back(field(*target, c));
        args.push_back("fields: [" + join(fs, ", ") + "]");
        args.push_back("references: [" + join(rs, ", ") + "]");
        FkAction default_delete = optional ? FkAction::SetNull : FkAction::Restrict;
        if (fk.on_delete != default_delete) args.push_back("onDelete: " + action(fk.on_delete));
        if (fk.on_update != FkAction::Cascade) args.push_back("onUpdate: " + action(fk.on_update));
        std::string default_name = t.name.name + "_" + join(fk.columns, "_") + "_fkey";
        std::string fk_name = fk.name;
        if (fk_name.empty()) {
          // PostgreSQL numbers a second key with the same default name: _fkey1, ...
          fk_name = default_name;
          for (int n = 1; fk_names_[key(t.name)].count(fk_name); ++n) fk_name = default_name + std::to_string(n);
        }
        fk_names_[key(t.name)].insert(fk_name);
        if (fk_name != default_name) args.push_back("map: " + quote(fk_name));
        std::string fwd_attrs = "@relation(" + join(args, ", ") + ")";
        if (ignored(*target) && !ignored(t)) fwd_attrs += " @ignore";
        extra_[key(t.name)].push_back({fresh(key(t.name), base), model_names_[key(target->name)] + (optional ? "?" : ""),
                                       fwd_attrs, "", {}});
        // back-relation field
        std::string back_type = model_names_[key(t.name)] + (one ? "?" : "[]");
        std::string back_name = one ? lower_first(model_names_[key(t.name)]) : plural_field(model_names_[key(t.name)]);
        std::string back_attrs = rel.empty() ? "" : "@relation(" + quote(rel) + ")";
        if (ignored(t) && !ignored(*target)) back_attrs += std::string(back_attrs.empty() ? "" : " ") + "@ignore";
        extra_[key(target->name)].push_back({fresh(key(target->name), back_name), back_type, back_attrs, "", {}});
        if (fk.timing.deferrable) lose(fk.loc, "DEFERRABLE on " + where);
      }
    }
  }

  static std::string action(FkAction a) {
    switch (a) {
      case FkAction::NoAction: return "NoAction";
      case FkAction::Restrict: return "Restrict";
      case FkAction::Cascade: return "Cascade";
      case FkAction::SetNull: return "SetNull";
      case FkAction::SetDefault: return "SetDefault";
    }
    return "NoAction";
  }

  // ---- scalar types -------------------------------------------------------------------------
  std::pair<std::string, std::string> type_of(const Table& t, const Column& c) {
    const Type& ty = c.type;
    auto mod = [&](size_t i) { return i < ty.modifiers.size() ? std::to_string(ty.modifiers[i]) : std::string(); };
    std::string base, native;
    switch (ty.kind) {
      case TypeKind::Bool: base = "Boolean"; break;
      case TypeKind::Int16: base = "Int"; native = "@db.SmallInt"; break;
      case TypeKind::Int32: base = "Int"; break;
      case TypeKind::Int64: base = "BigInt"; break;
      case TypeKind::Decimal:
        base = "Decimal";
        if (ty.modifiers.size() == 2) native = "@db.Decimal(" + mod(0) + ", " + mod(1) + ")";
        else if (ty.modifiers.size() == 1) native = "@db.Decimal(" + mod(0) + ", 0)";
        break;
      case TypeKind::Float32: base = "Float"; native = "@db.Real"; break;
      case TypeKind::Float64: base = "Float"; break;
      case TypeKind::Money: base = "Decimal"; native = "@db.Money"; break;
      case TypeKind::Text: base = "String"; break;
      case TypeKind::Varchar: base = "String"; native = ty.modifiers.empty() ? "@db.VarChar" : "@db.VarChar(" + mod(0) + ")"; break;
      case TypeKind::Char: base = "String"; native = "@db.Char(" + (ty.modifiers.empty() ? std::string("1") : mod(0)) + ")"; break;
      case TypeKind::Bytes: base = "Bytes"; break;
      case TypeKind::Uuid: base = "String"; native = "@db.Uuid"; break;
      case TypeKind::Date: base = "DateTime"; native = "@db.Date"; break;
      case TypeKind::Time: base = "DateTime"; native = ty.modifiers.empty() ? "@db.Time(6)" : "@db.Time(" + mod(0) + ")"; break;
      case TypeKind::TimeTz: base = "DateTime"; native = ty.modifiers.empty() ? "@db.Timetz(6)" : "@db.Timetz(" + mod(0) + ")"; break;
      case TypeKind::Timestamp:
        base = "DateTime";
        if (!(ty.modifiers.size() == 1 && ty.modifiers[0] == 3)) native = ty.modifiers.empty() ? "@db.Timestamp(6)" : "@db.Timestamp(" + mod(0) + ")";
        break;
      case TypeKind::TimestampTz: base = "DateTime"; native = ty.modifiers.empty() ? "@db.Timestamptz(6)" : "@db.Timestamptz(" + mod(0) + ")"; break;
      case TypeKind::Json: base = "Json"; native = "@db.Json"; break;
      case TypeKind::Jsonb: base = "Json"; break;
      case TypeKind::Inet: base = "String"; native = "@db.Inet"; break;
      case TypeKind::Bit: base = "String"; native = "@db.Bit(" + (ty.modifiers.empty() ? std::string("1") : mod(0)) + ")"; break;
      case TypeKind::VarBit: base = "String"; native = ty.modifiers.empty() ? "@db.VarBit" : "@db.VarBit(" + mod(0) + ")"; break;
      case TypeKind::Xml: base = "String"; native = "@db.Xml"; break;
      case TypeKind::UserDefined: {
        auto it = enum_names_.find(ty.ref.effective_schema() + "." + ty.ref.name);
        if (it != enum_names_.end()) {
          base = it->second;
        } else {
          base = "Unsupported(" + quote(ty.spelling) + ")";
        }
        break;
      }
      case TypeKind::Interval: case TypeKind::Cidr: case TypeKind::MacAddr: case TypeKind::TsVector:
      case TypeKind::Other: {
        std::string spelling = ty.spelling;
        if (ty.array_dims > 0) {
          if (!quiet_) d_.report(DiagCode::ApproximatedType, c.loc, "Prisma has no list of " + spelling + " for " + t.name.display() + "." + c.name + "; written as Unsupported");
          return {"Unsupported(" + quote(spelling) + ")", ""};
        }
        base = "Unsupported(" + quote(spelling) + ")";
        break;
      }
    }
    if (ty.array_dims > 1 && !quiet_) {
      d_.report(DiagCode::ApproximatedType, c.loc, "Prisma lists have one dimension; " + t.name.display() + "." + c.name + " is written as a one-dimensional list");
    }
    if (ty.array_dims > 0) base += "[]";
    return {base, native};
  }

  static bool required(const Table& t, const Column& c) {
    if (c.not_null) return true;
    if (!t.primary_key) return false;
    const auto& pk = t.primary_key->columns;
    return std::find(pk.begin(), pk.end(), c.name) != pk.end();
  }

  std::string default_attr(const Column& c, bool unsupported) {
    if (!c.client_default.empty()) return "@default(" + c.client_default + ")";
    bool integer = c.type.array_dims == 0 && (c.type.kind == TypeKind::Int16 || c.type.kind == TypeKind::Int32 ||
                                              c.type.kind == TypeKind::Int64);
    if (c.type.serial || c.identity) {
      if (integer && !unsupported) return "@default(autoincrement())";
      d_.report(DiagCode::UnsupportedFeature, c.loc,
                "Prisma cannot express the auto-increment of " + c.name + " (autoincrement() needs Int or BigInt)");
    }
    if (!c.default_value) return "";
    const Expr& e = *c.default_value;
    if (unsupported) return e.form == ExprForm::Null ? "" : "@default(dbgenerated(" + quote(e.sql) + "))";
    switch (e.form) {
      case ExprForm::Now:
        if (c.type.array_dims == 0 && (c.type.kind == TypeKind::Timestamp || c.type.kind == TypeKind::TimestampTz ||
                                       c.type.kind == TypeKind::Date)) {
          return "@default(now())";
        }
        break;
      case ExprForm::StringLiteral:
        if (c.type.kind == TypeKind::UserDefined && c.type.array_dims == 0) return "@default(" + identifier(e.value) + ")";
        if (c.type.array_dims == 0 &&
            (c.type.kind == TypeKind::Text || c.type.kind == TypeKind::Varchar || c.type.kind == TypeKind::Char)) {
          return "@default(" + quote(e.value) + ")";
        }
        break;
      case ExprForm::Literal: {
        bool whole = !e.value.empty() && e.value.find_first_not_of("-0123456789") == std::string::npos;
        bool fractional = c.type.kind == TypeKind::Decimal || c.type.kind == TypeKind::Float32 ||
                          c.type.kind == TypeKind::Float64;
        if (c.type.array_dims == 0 && ((integer && whole) || fractional)) return "@default(" + e.value + ")";
        break;
      }
      case ExprForm::BoolLiteral:
        if (c.type.kind == TypeKind::Bool) return "@default(" + e.value + ")";
        break;
      case ExprForm::Null: return "";
      case ExprForm::RandomUuid: case ExprForm::NextVal: case ExprForm::InList:
      case ExprForm::Comparison: case ExprForm::Other:
        break;
    }
    return "@default(dbgenerated(" + quote(e.sql) + "))";
  }

  // ---- blocks --------------------------------------------------------------------------------
  void model(const Table& t) {
    std::string tk = key(t.name);
    std::vector<Line> lines;
    bool single_pk = t.primary_key && t.primary_key->columns.size() == 1;
    for (const auto& c : t.columns) {
      Line l;
      l.name = field(t, c.name);
      auto [type, native] = type_of(t, c);
      bool list = ends_with(type, "[]");
      bool req = required(t, c);
      l.type = type + (!req && !list ? "?" : "");
      if (!req && list) {
        d_.report(DiagCode::ApproximatedType, c.loc, "Prisma lists cannot be optional; " + t.name.display() + "." + c.name + " is written as a required list");
      }
      std::vector<std::string> a;
      if (single_pk && t.primary_key->columns[0] == c.name) {
        std::string default_name = t.name.name + "_pkey";
        a.push_back(!t.primary_key->name.empty() && t.primary_key->name != default_name ? "@id(map: " + quote(t.primary_key->name) + ")" : "@id");
      }
      std::string def = default_attr(c, starts_with_icase(type, "Unsupported("));
      if (!def.empty()) a.push_back(def);
      if (c.updated_at) a.push_back("@updatedAt");
      for (const auto& u : t.uniques) {
        if (u.columns.size() == 1 && u.columns[0] == c.name) {
          std::string default_name = t.name.name + "_" + c.name + "_key";
          a.push_back(!u.name.empty() && u.name != default_name ? "@unique(map: " + quote(u.name) + ")" : "@unique");
        }
      }
      if (l.name != c.name) a.push_back("@map(" + quote(c.name) + ")");
      if (!native.empty()) a.push_back(native);
      if (c.orm_ignored) a.push_back("@ignore");
      l.attrs = join(a, " ");
      if (!c.comment.empty()) l.docs = split_lines(c.comment);
      if (c.generated) lose(c.loc, "the generated column " + t.name.display() + "." + c.name);
      lines.push_back(std::move(l));
    }
    for (const auto& l : extra_[tk]) lines.push_back(l);
    std::vector<std::string> block;
    if (t.primary_key && !single_pk) {
      std::vector<std::string> f;
      for (const auto& c : t.primary_key->columns) f.push_back(field(t, c));
      std::string default_name = t.name.name + "_pkey";
      block.push_back("@@id([" + join(f, ", ") + "]" +
                      (!t.primary_key->name.empty() && t.primary_key->name != default_name ? ", map: " + quote(t.primary_key->name) : "") + ")");
    }
    for (const auto& u : t.uniques) {
      if (u.columns.size() == 1) continue;
      std::vector<std::string> f;
      for (const auto& c : u.columns) f.push_back(field(t, c));
      std::string default_name = t.name.name + "_" + join(u.columns, "_") + "_key";
      block.push_back("@@unique([" + join(f, ", ") + "]" + (!u.name.empty() && u.name != default_name ? ", map: " + quote(u.name) : "") + ")");
    }
    std::set<std::string> used_index_names;
    for (const auto& i : t.indexes) {
      if (!i.name.empty()) used_index_names.insert(i.name);
    }
    for (const auto& i : t.indexes) {
      std::string where = "index " + (i.name.empty() ? "on " + t.name.display() : i.name);
      bool expression = false;
      std::vector<std::string> f;
      for (const auto& e : i.elements) {
        if (e.expr) { expression = true; break; }
        f.push_back(field(t, e.column) + (e.order == SortOrder::Desc ? "(sort: Desc)" : ""));
      }
      if (expression) { lose(i.loc, "the expression " + where); continue; }
      if (i.where) { lose(i.loc, "the partial " + where); continue; }
      std::vector<std::string> args = {"[" + join(f, ", ") + "]"};
      std::vector<std::string> cols;
      for (const auto& e : i.elements) cols.push_back(e.column);
      // an unnamed index gets PostgreSQL's name for it (table_cols_idx, then idx1, ...), not
      // Prisma's _key, which a unique constraint on the same columns may already hold
      std::string index_name = i.name;
      if (index_name.empty()) {
        std::string base = t.name.name + "_" + join(cols, "_") + "_idx";
        index_name = base;
        for (int n = 1; used_index_names.count(index_name); ++n) index_name = base + std::to_string(n);
      }
      bool default_name = i.name.empty() && index_name == t.name.name + "_" + join(cols, "_") + "_idx";
      used_index_names.insert(index_name);
      if (!default_name || i.unique) args.push_back("map: " + quote(index_name));
      if (i.unique && i.method != "btree") {
        lose(i.loc, "the " + i.method + " method of unique " + where + " (Prisma's @@unique takes no type)");
      } else if (i.method == "hash") args.push_back("type: Hash");
      else if (i.method == "gin") args.push_back("type: Gin");
      else if (i.method == "gist") args.push_back("type: Gist");
      else if (i.method == "brin") args.push_back("type: Brin");
      else if (i.method != "btree" && !i.unique) lose(i.loc, "the " + i.method + " method of " + where);
      if (!i.include.empty()) lose(i.loc, "the INCLUDE columns of " + where);
      block.push_back(std::string(i.unique ? "@@unique(" : "@@index(") + join(args, ", ") + ")");
    }
    for (const auto& ch : t.checks) lose(ch.loc, "check constraint " + (ch.name.empty() ? "on " + t.name.display() : ch.name) + " (" + ch.expr.sql + ")");
    for (const auto& x : t.exclusions) lose(x.loc, "exclusion constraint " + x.name);
    for (const auto& tr : t.triggers) lose(tr.loc, "trigger " + tr.name + " on " + t.name.display());
    for (const auto& p : t.policies) lose(p.loc, "policy " + p.name + " on " + t.name.display());
    bool keyed = has_key(t);
    if (model_names_[tk] != t.name.name) block.push_back("@@map(" + quote(t.name.name) + ")");
    if (multi_schema_) block.push_back("@@schema(" + quote(t.name.effective_schema()) + ")");
    if (!keyed || t.orm_ignored) {
      if (!keyed) {
        d_.report(DiagCode::UnsupportedFeature, t.loc, "table " + t.name.display() +
                  " has no primary or required unique key; Prisma needs one, so the model is marked @@ignore");
      }
      block.push_back("@@ignore");
    }
    out_ << "\n";
    for (const auto& doc : split_lines(t.comment)) out_ << "/// " << doc << "\n";
    out_ << "model " << model_names_[tk] << " {\n";
    write_fields(lines);
    if (!block.empty()) {
      if (!lines.empty()) out_ << "\n";
      for (const auto& b : block) out_ << "  " << b << "\n";
    }
    out_ << "}\n";
  }

  static std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    size_t start = 0;
    while (true) {
      size_t nl = s.find('\n', start);
      std::string line = s.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
      out.push_back(line);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    return out;
  }

  /// Prisma's formatter aligns names, types and attributes in columns; doc comments break
  /// nothing (they are on their own lines).
  void write_fields(const std::vector<Line>& lines) {
    size_t wn = 0, wt = 0;
    for (const auto& l : lines) {
      wn = std::max(wn, l.name.size());
      wt = std::max(wt, l.type.size());
    }
    bool any_attrs = false;
    for (const auto& l : lines) any_attrs = any_attrs || !l.attrs.empty();
    for (const auto& l : lines) {
      for (const auto& doc : l.docs) out_ << "  /// " << doc << "\n";
      std::string line = "  " + l.name + std::string(wn - l.name.size() + 1, ' ') + l.type;
      if (!l.attrs.empty()) line += std::string(wt - l.type.size() + 1, ' ') + l.attrs;
      (void)any_attrs;
      out_ << line << "\n";
    }
  }

  void enumeration(const EnumType& e) {
    out_ << "\n";
    for (const auto& doc : split_lines(e.comment)) out_ << "/// " << doc << "\n";
    std::string name = enum_names_[e.name.effective_schema() + "." + e.name.name];
    out_ << "enum " << name << " {\n";
    std::vector<Line> lines;
    std::set<std::string> used;
    for (size_t i = 0; i < e.values.size(); ++i) {
      Line l;
      l.name = identifier(e.values[i]);
      while (used.count(l.name)) l.name += "_";
      used.insert(l.name);
      if (l.name != e.values[i]) l.type = "@map(" + quote(e.values[i]) + ")";
      if (i < e.value_comments.size() && !e.value_comments[i].empty()) l.docs = split_lines(e.value_comments[i]);
      lines.push_back(l);
    }
    size_t wn = 0;
    for (const auto& l : lines) if (!l.type.empty()) wn = std::max(wn, l.name.size());
    for (const auto& l : lines) {
      for (const auto& doc : l.docs) out_ << "  /// " << doc << "\n";
      out_ << "  " << l.name;
      if (!l.type.empty()) out_ << std::string(wn - l.name.size() + 1, ' ') << l.type;
      out_ << "\n";
    }
    std::vector<std::string> block;
    if (name != e.name.name) block.push_back("@@map(" + quote(e.name.name) + ")");
    if (multi_schema_) block.push_back("@@schema(" + quote(e.name.effective_schema()) + ")");
    if (!block.empty()) {
      out_ << "\n";
      for (const auto& b : block) out_ << "  " << b << "\n";
    }
    out_ << "}\n";
  }

  const Schema& s_;
  Diagnostics& d_;
  std::ostringstream out_;
  bool multi_schema_ = false;
  bool quiet_ = false;  ///< type_of without reporting (used to compare types)
  std::map<std::string, std::string> enum_names_, model_names_, field_names_;
  std::map<std::string, std::set<std::string>> taken_;
  std::map<std::string, std::vector<Line>> extra_;
  std::map<std::string, std::set<std::string>> fk_names_;
};

}  // namespace

std::string emit_prisma(const Schema& schema, Diagnostics& diagnostics) {
  return Writer(schema, diagnostics).run();
}

}  // namespace sf
