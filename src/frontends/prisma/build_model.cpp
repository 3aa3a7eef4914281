// Prisma blocks -> the model: models become tables, relation fields foreign keys, implicit
// many-to-many relations Prisma's `_AToB` join tables, enums enums.
#include <algorithm>
#include <map>

#include "frontends/prisma/syntax.h"
#include "schemaforge/base/strings.h"
#include "schemaforge/frontends/prisma.h"

namespace sf {

namespace {

using prisma::Attribute;
using prisma::Block;
using prisma::Field;
using prisma::Value;

const char* kScalars[] = {"String", "Boolean", "Int", "BigInt", "Float", "Decimal",
                          "DateTime", "Json", "Bytes", "Unsupported"};

bool is_scalar(const std::string& type) {
  return std::find(std::begin(kScalars), std::end(kScalars), type) != std::end(kScalars);
}

const Attribute* find_attr(const std::vector<Attribute>& attrs, const std::string& name) {
  for (const auto& a : attrs) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string quote_sql_string(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

/// Field names of a `[a, b(sort: Desc)]` list, with sort orders.
std::vector<std::pair<std::string, SortOrder>> field_list(const Value* v) {
  std::vector<std::pair<std::string, SortOrder>> out;
  if (!v || v->kind != Value::Kind::List) return out;
  for (const auto& item : v->args) {
    SortOrder order = SortOrder::Default;
    if (item.value.kind == Value::Kind::Call) {
      for (const auto& a : item.value.args) {
        if (a.name == "sort") order = a.value.text == "Desc" ? SortOrder::Desc : SortOrder::Asc;
      }
    }
    out.emplace_back(item.value.text, order);
  }
  return out;
}

Type scalar_type(const Field& f, const Attribute* native, Diagnostics& diags) {
  Type t;
  t.source_spelling = f.type;
  const std::string& s = f.type;
  if (s == "String") { t.kind = TypeKind::Text; t.spelling = "text"; }
  else if (s == "Boolean") { t.kind = TypeKind::Bool; t.spelling = "boolean"; }
  else if (s == "Int") { t.kind = TypeKind::Int32; t.spelling = "integer"; }
  else if (s == "BigInt") { t.kind = TypeKind::Int64; t.spelling = "bigint"; }
  else if (s == "Float") { t.kind = TypeKind::Float64; t.spelling = "double precision"; }
  else if (s == "Decimal") { t.kind = TypeKind::Decimal; t.spelling = "numeric(65,30)"; t.modifiers = {65, 30}; }
  else if (s == "DateTime") { t.kind = TypeKind::Timestamp; t.spelling = "timestamp(3) without time zone"; t.modifiers = {3}; }
  else if (s == "Json") { t.kind = TypeKind::Jsonb; t.spelling = "jsonb"; }
  else if (s == "Bytes") { t.kind = TypeKind::Bytes; t.spelling = "bytea"; }
  else if (s == "Unsupported") {
    t.kind = TypeKind::Other;
    t.spelling = f.type_args.empty() ? "text" : f.type_args[0].value.text;
    t.source_spelling = "Unsupported(\"" + t.spelling + "\")";
  }
  if (native) {
    std::string n = native->name.substr(3);  // after "db."
    std::vector<int64_t> mods;
    std::vector<std::string> mod_text;
    for (const auto& a : native->args) {
      mods.push_back(std::strtoll(a.value.text.c_str(), nullptr, 10));
      mod_text.push_back(a.value.text);
    }
    std::string m = mod_text.empty() ? "" : "(" + join(mod_text, ",") + ")";
    struct N { const char* name; TypeKind kind; const char* spelling; bool mods; };
    static const N natives[] = {
        {"Text", TypeKind::Text, "text", false}, {"VarChar", TypeKind::Varchar, "character varying", true},
        {"Char", TypeKind::Char, "character", true}, {"Uuid", TypeKind::Uuid, "uuid", false},
        {"Integer", TypeKind::Int32, "integer", false}, {"Int", TypeKind::Int32, "integer", false},
        {"SmallInt", TypeKind::Int16, "smallint", false}, {"BigInt", TypeKind::Int64, "bigint", false},
        {"Oid", TypeKind::Other, "oid", false}, {"DoublePrecision", TypeKind::Float64, "double precision", false},
        {"Real", TypeKind::Float32, "real", false}, {"Decimal", TypeKind::Decimal, "numeric", true},
        {"Money", TypeKind::Money, "money", false}, {"Boolean", TypeKind::Bool, "boolean", false},
        {"Date", TypeKind::Date, "date", false}, {"Json", TypeKind::Json, "json", false},
        {"JsonB", TypeKind::Jsonb, "jsonb", false}, {"ByteA", TypeKind::Bytes, "bytea", false},
        {"Inet", TypeKind::Inet, "inet", false}, {"Xml", TypeKind::Xml, "xml", false},
        {"Citext", TypeKind::Other, "citext", false}, {"Bit", TypeKind::Bit, "bit", true},
        {"VarBit", TypeKind::VarBit, "bit varying", true},
    };
    bool found = false;
    for (const auto& e : natives) {
      if (n != e.name) continue;
      found = true;
      t.kind = e.kind;
      t.spelling = std::string(e.spelling) + (e.mods ? m : "");
      t.modifiers = e.mods ? mods : std::vector<int64_t>{};
    }
    if (n == "Timestamp" || n == "Timestamptz" || n == "Time" || n == "Timetz") {
      found = true;
      bool tz = n.back() == 'z';
      bool time = n.rfind("Time", 0) == 0 && n.find("stamp") == std::string::npos;
      t.kind = time ? (tz ? TypeKind::TimeTz : TypeKind::Time) : (tz ? TypeKind::TimestampTz : TypeKind::Timestamp);
      t.spelling = std::string(time ? "time" : "timestamp") + m + (tz ? " with time zone" : " without time zone");
      t.modifiers = mods;
    }
    if (!found) {
      // other providers' native types (MySQL, SQL Server): keep the spelling, lower-cased
      t.kind = t.kind == TypeKind::Other ? TypeKind::Other : t.kind;
      diags.report(DiagCode::PrismaNotKept, native->loc,
                   "native type @" + native->name + " has no PostgreSQL equivalent here; the column keeps the " +
                       f.type + " mapping (" + t.spelling + ")");
    }
    t.source_spelling += " @" + native->name + m;
  }
  if (f.list) {
    t.array_dims = 1;
    t.spelling += "[]";
  }
  return t;
}

struct ModelInfo {
  const Block* block = nullptr;
  QualifiedName table;
  std::map<std::string, std::string> columns;  ///< field name -> column name
};

class Builder {
public:
  Builder(Schema& schema, Diagnostics& diags) : schema_(schema), diags_(diags) {}

  void run(const std::vector<Block>& blocks) {
    for (const auto& b : blocks) {
      if (b.keyword == "datasource") datasource(b);
    }
    if (mongodb_) return;
    for (const auto& b : blocks) {
      if (b.keyword == "enum") enumeration(b);
      else if (b.keyword == "model") declare_model(b);
      else if (b.keyword == "view" || b.keyword == "type") {
        diags_.report(DiagCode::PrismaNotKept, b.loc,
                      b.keyword + " '" + b.name + "' is not kept (" +
                          (b.keyword == "view" ? "views come from SQL sources" : "composite types are MongoDB-only") + ")");
      } else if (b.keyword != "datasource" && b.keyword != "generator") {
        diags_.report(DiagCode::PrismaSyntax, b.loc, "unknown block '" + b.keyword + "'");
      }
    }
    for (const auto& b : blocks) {
      if (b.keyword == "model") model(b);
    }
    for (const auto& b : blocks) {
      if (b.keyword == "model") relations(b);
    }
    implicit_many_to_many(blocks);
    postgis();
  }

  /// Unsupported("geometry"/"geography") columns need PostGIS: record the extension.
  void postgis() {
    for (const auto& t : schema_.tables) {
      for (const auto& c : t.columns) {
        std::string s = to_lower(c.type.spelling);
        if (c.type.kind == TypeKind::Other &&
            (s.find("geography") != std::string::npos || s.find("geometry") != std::string::npos)) {
          for (const auto& e : schema_.extensions) {
            if (e.name == "postgis") return;
          }
          Extension e;
          e.name = "postgis";
          e.loc = c.loc;
          e.ordinal = schema_.next_ordinal();
          schema_.extensions.push_back(e);
          diags_.report(DiagCode::PrismaNotKept, Severity::Info, c.loc,
                        "column " + t.name.display() + "." + c.name + " is a PostGIS type; the schema "
                        "records the postgis extension it needs");
          return;
        }
      }
    }
  }

private:
  void datasource(const Block& b) {
    for (const auto& [key, v] : b.settings) {
      if (key == "extensions" && v.kind == Value::Kind::List) {
        for (const auto& item : v.args) {
          Extension e;
          e.name = item.value.text;
          e.loc = item.value.loc;
          e.ordinal = schema_.next_ordinal();
          schema_.extensions.push_back(e);
        }
      }
      if (key != "provider") continue;
      std::string p = v.text;
      std::string dialect = p == "postgresql" || p == "postgres" ? "PostgreSQL"
                            : p == "cockroachdb" ? "CockroachDB"
                            : p == "mysql" ? "MySQL"
                            : p == "sqlite" ? "SQLite"
                            : p == "sqlserver" ? "SQL Server"
                                               : "";
      if (p == "mongodb") {
        mongodb_ = true;
        diags_.report(DiagCode::PrismaUnsupportedProvider, v.loc,
                      "provider \"mongodb\" is a document database; schemaforge reads relational "
                      "Prisma schemas (postgresql, cockroachdb, mysql, sqlite, sqlserver)");
        return;
      }
      if (dialect.empty()) {
        diags_.report(DiagCode::PrismaInvalid, v.loc, "unknown datasource provider \"" + p + "\"");
        return;
      }
      ProjectInfo info;
      info.name = b.name;
      info.fields.emplace_back("database_type", dialect);
      schema_.annotations.project = std::move(info);
    }
  }

  void enumeration(const Block& b) {
    EnumType e;
    e.name.name = b.name;
    e.loc = b.loc;
    e.comment = b.doc;
    if (const Attribute* map = find_attr(b.attributes, "map")) {
      if (const Value* v = map->arg("name")) {
        e.orm_name = b.name;
        e.name.name = v->text;
      }
    }
    if (const Attribute* s = find_attr(b.attributes, "schema")) {
      if (const Value* v = s->arg("name")) e.name.schema = v->text;
    }
    for (const auto& f : b.fields) {
      std::string value = f.name;
      if (const Attribute* map = find_attr(f.attributes, "map")) {
        if (const Value* v = map->arg("name")) value = v->text;
      }
      e.values.push_back(value);
      e.value_comments.push_back(f.doc);
    }
    if (std::all_of(e.value_comments.begin(), e.value_comments.end(), [](auto& s) { return s.empty(); })) {
      e.value_comments.clear();
    }
    e.ordinal = schema_.next_ordinal();
    enum_names_[b.name] = e.name;
    schema_.enums.push_back(std::move(e));
  }

  void declare_model(const Block& b) {
    ModelInfo info;
    info.block = &b;
    info.table.name = b.name;
    if (const Attribute* map = find_attr(b.attributes, "map")) {
      if (const Value* v = map->arg("name")) info.table.name = v->text;
    }
    if (const Attribute* s = find_attr(b.attributes, "schema")) {
      if (const Value* v = s->arg("name")) info.table.schema = v->text;
    }
    for (const auto& f : b.fields) {
      std::string column = f.name;
      if (const Attribute* map = find_attr(f.attributes, "map")) {
        if (const Value* v = map->arg("name")) column = v->text;
      }
      info.columns[f.name] = column;
    }
    if (models_.count(b.name)) {
      diags_.report(DiagCode::PrismaInvalid, b.loc, "model '" + b.name + "' is defined twice");
      return;
    }
    models_[b.name] = info;
  }

  std::vector<std::string> columns_of(const ModelInfo& m, const std::vector<std::pair<std::string, SortOrder>>& fields,
                                      const SourceLoc& at) {
    std::vector<std::string> out;
    for (const auto& [f, order] : fields) {
      auto it = m.columns.find(f);
      if (it == m.columns.end()) {
        diags_.report(DiagCode::PrismaUnknownName, at, "model '" + m.block->name + "' has no field '" + f + "'");
        continue;
      }
      out.push_back(it->second);
    }
    return out;
  }

  void model(const Block& b) {
    const ModelInfo& m = models_[b.name];
    Table t;
    t.name = m.table;
    if (t.name.name != b.name) t.orm_name = b.name;
    t.comment = b.doc;
    t.loc = b.loc;
    t.orm_ignored = find_attr(b.attributes, "ignore") != nullptr;
    t.ordinal = schema_.next_ordinal();
    for (const auto& f : b.fields) {
      bool is_enum = enum_names_.count(f.type) > 0;
      if (!is_scalar(f.type) && !is_enum) {
        if (!models_.count(f.type)) {
          diags_.report(DiagCode::PrismaUnknownName, f.loc,
                        "type '" + f.type + "' of field '" + f.name + "' is neither a scalar, an enum nor a model");
        }
        continue;  // relation field: handled in relations()
      }
      Column c;
      c.name = m.columns.at(f.name);
      if (c.name != f.name) c.orm_name = f.name;
      c.loc = f.loc;
      c.comment = f.doc;
      const Attribute* native = nullptr;
      for (const auto& a : f.attributes) {
        if (a.name.rfind("db.", 0) == 0) native = &a;
      }
      if (is_enum) {
        c.type.kind = TypeKind::UserDefined;
        c.type.ref = enum_names_[f.type];
        c.type.spelling = quote_if_needed(c.type.ref.name) + (f.list ? "[]" : "");
        c.type.source_spelling = f.type;
        c.type.array_dims = f.list ? 1 : 0;
      } else {
        c.type = scalar_type(f, native, diags_);
      }
      c.not_null = !f.optional && !f.list;
      for (const auto& a : f.attributes) {
        if (a.name == "id") {
          PrimaryKey pk;
          pk.columns = {c.name};
          if (const Value* v = a.arg("map", 99)) pk.name = v->text;
          pk.loc = a.loc;
          t.primary_key = std::move(pk);
        } else if (a.name == "unique") {
          UniqueConstraint u;
          u.columns = {c.name};
          if (const Value* v = a.arg("map", 99)) u.name = v->text;
          u.loc = a.loc;
          t.uniques.push_back(std::move(u));
        } else if (a.name == "default") {
          default_value(c, f, a);
        } else if (a.name == "updatedAt") {
          c.updated_at = true;
        } else if (a.name == "ignore") {
          c.orm_ignored = true;
        } else if (a.name == "map" || a.name == "relation" || a.name.rfind("db.", 0) == 0) {
        } else {
          diags_.report(DiagCode::PrismaInvalid, a.loc, "unknown field attribute @" + a.name);
        }
      }
      t.columns.push_back(std::move(c));
    }
    for (const auto& a : b.attributes) {
      if (a.name == "id") {
        PrimaryKey pk;
        pk.columns = columns_of(m, field_list(a.arg("fields")), a.loc);
        if (const Value* v = a.arg("map", 99)) pk.name = v->text;
        pk.loc = a.loc;
        t.primary_key = std::move(pk);
      } else if (a.name == "unique") {
        UniqueConstraint u;
        u.columns = columns_of(m, field_list(a.arg("fields")), a.loc);
        if (const Value* v = a.arg("map", 99)) u.name = v->text;
        u.loc = a.loc;
        t.uniques.push_back(std::move(u));
      } else if (a.name == "index") {
        Index index;
        auto fields = field_list(a.arg("fields"));
        auto cols = columns_of(m, fields, a.loc);
        for (size_t i = 0; i < cols.size(); ++i) {
          IndexElement e;
          e.column = cols[i];
          e.order = fields[i].second;
          index.elements.push_back(std::move(e));
        }
        if (const Value* v = a.arg("map", 99)) index.name = v->text;
        if (const Value* v = a.arg("name", 99); v && index.name.empty()) index.name = v->text;
        if (const Value* v = a.arg("type", 99)) index.method = to_lower(v->text);
        index.loc = a.loc;
        t.indexes.push_back(std::move(index));
      } else if (a.name == "map" || a.name == "schema" || a.name == "ignore") {
      } else if (a.name == "fulltext") {
        diags_.report(DiagCode::PrismaNotKept, a.loc, "@@fulltext (MySQL full-text index) is not kept");
      } else {
        diags_.report(DiagCode::PrismaInvalid, a.loc, "unknown block attribute @@" + a.name);
      }
    }
    schema_.tables.push_back(std::move(t));
  }

  static std::string quote_if_needed(const std::string& name) {
    bool plain = !name.empty() && (std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_');
    for (char ch : name) plain = plain && (std::islower(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch)) || ch == '_');
    return plain ? name : "\"" + name + "\"";
  }

  void default_value(Column& c, const Field& f, const Attribute& a) {
    const Value* v = a.arg("value");
    if (!v) {
      diags_.report(DiagCode::PrismaInvalid, a.loc, "@default needs a value");
      return;
    }
    Expr e;
    switch (v->kind) {
      case Value::Kind::String:
        e.form = ExprForm::StringLiteral;
        e.value = v->text;
        e.sql = quote_sql_string(v->text);
        break;
      case Value::Kind::Number:
        e.form = ExprForm::Literal;
        e.value = v->text;
        e.sql = v->text;
        break;
      case Value::Kind::Ident:
        if (v->text == "true" || v->text == "false") {
          e.form = ExprForm::BoolLiteral;
          e.value = v->text;
          e.sql = v->text;
        } else {
          // an enum value
          e.form = ExprForm::StringLiteral;
          e.value = v->text;
          e.sql = quote_sql_string(v->text);
        }
        break;
      case Value::Kind::List: {
        std::vector<std::string> items;
        for (const auto& item : v->args) items.push_back(item.value.text);
        e.sql = "'{" + join(items, ",") + "}'";
        break;
      }
      case Value::Kind::Call:
        if (v->text == "autoincrement") {
          c.type.serial = true;
          c.type.spelling = c.type.kind == TypeKind::Int64 ? "bigserial"
                            : c.type.kind == TypeKind::Int16 ? "smallserial" : "serial";
          return;
        }
        if (v->text == "now") {
          e.form = ExprForm::Now;
          e.value = "current_timestamp";
          e.sql = "CURRENT_TIMESTAMP";
          break;
        }
        if (v->text == "dbgenerated") {
          const Value* inner = v->args.empty() ? nullptr : &v->args[0].value;
          e.sql = inner ? inner->text : "";
          std::string lower = to_lower(e.sql);
          if (lower == "gen_random_uuid()" || lower == "uuid_generate_v4()") {
            e.form = ExprForm::RandomUuid;
            e.value = lower;
          }
          if (e.sql.empty()) return;
          break;
        }
        if (v->text == "uuid" || v->text == "cuid" || v->text == "nanoid" || v->text == "ulid") {
          std::string args;
          for (const auto& x : v->args) args += (args.empty() ? "" : ",") + x.value.text;
          c.client_default = v->text + "(" + args + ")";
          return;
        }
        if (v->text == "sequence") {
          diags_.report(DiagCode::PrismaNotKept, a.loc, "@default(sequence()) is CockroachDB-only; kept as a serial column");
          c.type.serial = true;
          c.type.spelling = c.type.kind == TypeKind::Int64 ? "bigserial" : "serial";
          return;
        }
        diags_.report(DiagCode::PrismaInvalid, a.loc, "unknown default function " + v->text + "()");
        return;
    }
    (void)f;
    c.default_value = std::move(e);
  }

  static std::optional<FkAction> action(const Value* v) {
    if (!v) return std::nullopt;
    if (v->text == "Cascade") return FkAction::Cascade;
    if (v->text == "Restrict") return FkAction::Restrict;
    if (v->text == "NoAction") return FkAction::NoAction;
    if (v->text == "SetNull") return FkAction::SetNull;
    if (v->text == "SetDefault") return FkAction::SetDefault;
    return std::nullopt;
  }

  void relations(const Block& b) {
    const ModelInfo& m = models_[b.name];
    Table* t = schema_.find_table(m.table);
    for (const auto& f : b.fields) {
      if (is_scalar(f.type) || enum_names_.count(f.type) || !models_.count(f.type)) continue;
      const Attribute* rel = find_attr(f.attributes, "relation");
      const Value* fields = rel ? rel->arg("fields", 99) : nullptr;
      if (!fields) continue;  // the other side of a relation, or an implicit many-to-many
      const ModelInfo& target = models_[f.type];
      ForeignKey fk;
      fk.columns = columns_of(m, field_list(fields), rel->loc);
      fk.ref_table = target.table;
      fk.ref_columns = columns_of(target, field_list(rel->arg("references", 99)), rel->loc);
      if (const Value* v = rel->arg("name")) fk.relation_name = v->text;
      if (const Value* v = rel->arg("map", 99)) fk.name = v->text;
      // Prisma's defaults: onDelete Restrict (SetNull when optional), onUpdate Cascade.
      bool optional = f.optional;
      fk.on_delete = action(rel->arg("onDelete", 99)).value_or(optional ? FkAction::SetNull : FkAction::Restrict);
      fk.on_update = action(rel->arg("onUpdate", 99)).value_or(FkAction::Cascade);
      fk.loc = rel->loc;
      // 1:1 when the scalar fields are unique
      for (const auto& u : t->uniques) fk.one_to_one = fk.one_to_one || u.columns == fk.columns;
      if (t->primary_key && t->primary_key->columns == fk.columns) fk.one_to_one = true;
      t->foreign_keys.push_back(std::move(fk));
    }
  }

  /// Lists on both sides with no `fields:` anywhere: Prisma's implicit `_AToB` table.
  void implicit_many_to_many(const std::vector<Block>& blocks) {
    std::map<std::string, bool> done;
    for (const auto& b : blocks) {
      if (b.keyword != "model") continue;
      for (const auto& f : b.fields) {
        if (!f.list || !models_.count(f.type)) continue;
        const Attribute* rel = find_attr(f.attributes, "relation");
        std::string relation_name;
        if (rel) {
          if (const Value* v = rel->arg("name")) relation_name = v->text;
        }
        // the opposite field: a list of this model with the same relation name
        const Block* other = models_[f.type].block;
        const Field* back = nullptr;
        for (const auto& g : other->fields) {
          if (g.type != b.name || &g == &f) continue;
          const Attribute* r2 = find_attr(g.attributes, "relation");
          std::string n2;
          if (r2) {
            if (const Value* v = r2->arg("name")) n2 = v->text;
          }
          if (n2 == relation_name) back = &g;
        }
        if (!back || !back->list) continue;
        std::string a = std::min(b.name, f.type), bb = std::max(b.name, f.type);
        std::string name = "_" + (relation_name.empty() ? a + "To" + bb : relation_name);
        if (done[name]) continue;
        done[name] = true;
        add_join(name, a, bb, relation_name);
      }
    }
  }

  void add_join(const std::string& name, const std::string& a, const std::string& b,
                const std::string& relation_name) {
    Table join;
    join.name.name = name;
    join.name.schema = models_[a].table.schema;
    join.implicit_join = ImplicitJoin::PrismaImplicit;
    join.ordinal = schema_.next_ordinal();
    PrimaryKey pk;
    pk.name = name + "_AB_pkey";
    for (const auto& [column, model] : {std::pair<std::string, std::string>{"A", a}, {"B", b}}) {
      const Table* target = schema_.find_table(models_[model].table);
      if (!target || !target->primary_key || target->primary_key->columns.size() != 1) {
        diags_.report(DiagCode::PrismaInvalid, models_[model].block->loc,
                      "implicit many-to-many needs a single-field @id on '" + model + "'");
        return;
      }
      const Column* id = target->find_column(target->primary_key->columns[0]);
      Column c;
      c.name = column;
      c.type = id->type;
      if (c.type.serial) {
        c.type.serial = false;
        c.type.spelling = c.type.kind == TypeKind::Int64 ? "bigint" : "integer";
      }
      c.not_null = true;
      join.columns.push_back(c);
      pk.columns.push_back(column);
      ForeignKey fk;
      fk.name = name + "_" + column + "_fkey";
      fk.columns = {column};
      fk.ref_table = target->name;
      fk.ref_columns = {id->name};
      fk.on_delete = FkAction::Cascade;
      fk.on_update = FkAction::Cascade;
      fk.relation_name = relation_name;
      join.foreign_keys.push_back(std::move(fk));
    }
    join.primary_key = std::move(pk);
    Index index;
    index.name = name + "_B_index";
    IndexElement e;
    e.column = "B";
    index.elements.push_back(std::move(e));
    join.indexes.push_back(std::move(index));
    schema_.tables.push_back(std::move(join));
  }

  Schema& schema_;
  Diagnostics& diags_;
  bool mongodb_ = false;
  std::map<std::string, ModelInfo> models_;
  std::map<std::string, QualifiedName> enum_names_;
};

}  // namespace

void parse_prisma(const std::shared_ptr<const SourceFile>& file, Schema& schema,
                  Diagnostics& diagnostics) {
  Diagnostics local;
  auto blocks = prisma::parse_blocks(file, local);
  Schema result;
  if (!local.has_errors()) Builder(result, local).run(blocks);
  diagnostics.append(local);
  if (local.has_errors()) return;
  for (auto& e : result.enums) schema.enums.push_back(std::move(e));
  for (auto& t : result.tables) schema.tables.push_back(std::move(t));
  for (auto& x : result.extensions) schema.extensions.push_back(std::move(x));
  if (result.annotations.project) schema.annotations.project = std::move(result.annotations.project);
  for (const auto& t : schema.tables) {
    const std::string& ns = t.name.schema;
    if (ns.empty() || ns == kDefaultSchema) continue;
    bool known = false;
    for (const auto& n : schema.namespaces) known = known || n.name == ns;
    if (!known) schema.namespaces.push_back(Namespace{ns, "", 0, {}});
  }
}

}  // namespace sf
