// The binder: injects partials, resolves names (tables, aliases, columns, enums), turns
// relationships into foreign keys and join tables, and attaches records and groups.
#include <algorithm>
#include <set>

#include "frontends/dbml/interpret.h"
#include "schemaforge/base/strings.h"

namespace sf::dbml {

namespace {

std::string quote_sql_string(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

Expr default_expr(const DraftDefault& d) {
  Expr e;
  switch (d.kind) {
    case DraftDefault::Kind::Number:
      e.form = ExprForm::Literal;
      e.value = d.value;
      e.sql = d.value;
      break;
    case DraftDefault::Kind::String:
    case DraftDefault::Kind::EnumValue:
      e.form = ExprForm::StringLiteral;
      e.value = d.value;
      e.sql = quote_sql_string(d.value);
      break;
    case DraftDefault::Kind::Bool:
      e.form = ExprForm::BoolLiteral;
      e.value = d.value;
      e.sql = d.value;
      break;
    case DraftDefault::Kind::Null:
      e.form = ExprForm::Null;
      e.sql = "NULL";
      break;
    case DraftDefault::Kind::Expression: {
      e.sql = d.value;
      std::string lower = to_lower(trim(d.value));
      if (lower == "now()" || lower == "current_timestamp" || lower == "current_date" ||
          lower == "current_time" || lower == "localtimestamp" || lower == "localtime" ||
          lower == "current_timestamp()" || lower == "getdate()") {
        e.form = ExprForm::Now;
        e.value = lower;
      } else if (lower == "gen_random_uuid()" || lower == "uuid_generate_v4()") {
        e.form = ExprForm::RandomUuid;
        e.value = lower;
      } else {
        e.form = ExprForm::Other;
      }
      break;
    }
  }
  return e;
}

std::string effective(const std::string& schema) { return schema.empty() ? kDefaultSchema : schema; }

}  // namespace

const DraftTable* Interpreter::find_draft(const std::string& schema, const std::string& name) const {
  auto it = drafts_by_name_.find(effective(schema) + "." + name);
  if (it != drafts_by_name_.end()) return it->second;
  if (schema.empty()) {
    auto alias = drafts_by_alias_.find(name);
    if (alias != drafts_by_alias_.end()) return alias->second;
  }
  return nullptr;
}

Table* Interpreter::table_named(const std::string& schema, const std::string& name) {
  auto it = tables_by_name_.find(effective(schema) + "." + name);
  return it == tables_by_name_.end() ? nullptr : &schema_.tables[it->second];
}

void Interpreter::add_table(Table table) {
  tables_by_name_[effective(table.name.schema) + "." + table.name.name] = schema_.tables.size();
  schema_.tables.push_back(std::move(table));
}

void Interpreter::inject_partials(DraftTable& t) {
  if (t.injections.empty()) return;
  // Columns in order: own columns with each partial's columns spliced in where injected.
  std::vector<std::pair<DraftColumn, int>> merged;  // column, priority (own = max)
  size_t own = 0;
  int priority = 0;
  auto push = [&](const DraftColumn& c, int prio) {
    for (auto& [existing, existing_prio] : merged) {
      if (existing.name == c.name) {
        if (prio >= existing_prio) {
          existing = c;
          existing_prio = prio;
        }
        return;
      }
    }
    merged.emplace_back(c, prio);
  };
  const int kOwn = 1 << 20;
  for (const auto& inj : t.injections) {
    while (own < inj.position && own < t.columns.size()) push(t.columns[own++], kOwn);
    const DraftTable* p = nullptr;
    for (const auto& candidate : drafts_.partials) {
      if (candidate.name == inj.name) p = &candidate;
    }
    if (!p) {
      error(DiagCode::DbmlUnknownName, inj.node, "TablePartial '" + inj.name + "' does not exist");
      continue;
    }
    ++priority;
    for (const auto& c : p->columns) push(c, priority);
    for (const auto& index : p->indexes) t.indexes.push_back(index);
    for (auto check : p->checks) {
      // as @dbml/core does: a named check from a partial is named per table
      if (!check.name.empty()) check.name = t.name + "." + check.name;
      t.checks.push_back(std::move(check));
    }
    if (p->has_note && !t.has_note) t.note = p->note;
    if (p->has_header_color && !t.has_header_color) t.header_color = p->header_color;
  }
  while (own < t.columns.size()) push(t.columns[own++], kOwn);
  // The own settings win over partials; among partials the last one wins.
  std::string note = t.note, color = t.header_color;
  bool own_note = t.has_note, own_color = t.has_header_color;
  for (const auto& inj : t.injections) {
    for (const auto& candidate : drafts_.partials) {
      if (candidate.name != inj.name) continue;
      if (!own_note && candidate.has_note) note = candidate.note;
      if (!own_color && candidate.has_header_color) color = candidate.header_color;
    }
  }
  t.note = note;
  t.header_color = color;
  t.has_note = !note.empty() || own_note;
  t.columns.clear();
  for (auto& [c, prio] : merged) t.columns.push_back(std::move(c));
}

Table Interpreter::build_table(const DraftTable& d) {
  Table t;
  t.name.schema = d.schema;
  t.name.name = d.name;
  t.alias = d.alias;
  t.header_color = d.header_color;
  t.comment = d.note;
  t.ordinal = d.ordinal;
  t.loc = loc(d.node);
  std::vector<std::string> pk_columns;
  for (const auto& dc : d.columns) {
    Column c;
    c.name = dc.name;
    c.type = dc.type;
    c.loc = loc(dc.node);
    if (!dc.type_schema.empty() || !c.type.ref.empty() || c.type.kind == TypeKind::Other ||
        c.type.kind == TypeKind::UserDefined) {
      QualifiedName enum_name{dc.type_schema, dc.type.source_spelling};
      // an enum of this file?
      std::string base = dc.type.source_spelling;
      size_t cut = base.find_first_of("([");
      if (cut != std::string::npos) base = base.substr(0, cut);
      enum_name.name = base;
      if (const EnumType* e = schema_.find_enum(enum_name)) {
        c.type.kind = TypeKind::UserDefined;
        c.type.ref = QualifiedName{dc.type_schema, e->name.name};
        c.type.spelling = e->name.schema.empty() ? e->name.name
                                                 : e->name.schema + "." + e->name.name;
        if (c.type.array_dims > 0) {
          for (int i = 0; i < c.type.array_dims; ++i) c.type.spelling += "[]";
        }
      } else if (!dc.type_schema.empty()) {
        c.type.ref = QualifiedName{dc.type_schema, base};
        c.type.spelling = dc.type_schema + "." + c.type.spelling;
        c.type.source_spelling = dc.type_schema + "." + c.type.source_spelling;
      }
    }
    c.not_null = dc.not_null;
    c.comment = dc.note;
    if (dc.default_value) c.default_value = default_expr(*dc.default_value);
    if (dc.increment && !c.type.serial) c.identity = Identity{};
    if (dc.pk) pk_columns.push_back(dc.name);
    if (dc.unique) {
      UniqueConstraint u;
      u.columns = {dc.name};
      u.loc = c.loc;
      t.uniques.push_back(std::move(u));
    }
    for (const auto& check : dc.checks) {
      CheckConstraint cc;
      cc.expr.sql = check;
      cc.column = dc.name;
      cc.loc = c.loc;
      t.checks.push_back(std::move(cc));
    }
    t.columns.push_back(std::move(c));
  }
  if (!pk_columns.empty()) {
    PrimaryKey pk;
    pk.columns = pk_columns;
    pk.loc = t.loc;
    t.primary_key = std::move(pk);
  }
  for (const auto& check : d.checks) {
    CheckConstraint cc;
    cc.name = check.name;
    cc.expr.sql = check.expression;
    cc.loc = loc(check.node);
    t.checks.push_back(std::move(cc));
  }
  for (const auto& di : d.indexes) {
    for (const auto& part : di.parts) {
      if (!part.expression && !t.find_column(part.value)) {
        error(DiagCode::DbmlUnknownName, di.node,
              "no column named '" + part.value + "' in table '" + t.name.display() + "'");
      }
    }
    if (di.pk) {
      if (!pk_columns.empty()) {
        error(DiagCode::DbmlDuplicate, di.node,
              "table '" + t.name.display() + "' already has a primary key from column settings");
        continue;
      }
      PrimaryKey pk;
      pk.name = di.name;
      pk.comment = di.note;
      pk.loc = loc(di.node);
      for (const auto& part : di.parts) pk.columns.push_back(part.value);
      t.primary_key = std::move(pk);
      pk_columns = t.primary_key->columns;
      continue;
    }
    Index index;
    index.name = di.name;
    index.unique = di.unique;
    index.method = di.type.empty() ? "btree" : di.type;
    index.comment = di.note;
    index.loc = loc(di.node);
    for (const auto& part : di.parts) {
      IndexElement e;
      if (part.expression) {
        Expr expr;
        expr.sql = part.value;
        e.expr = std::move(expr);
      } else {
        e.column = part.value;
      }
      index.elements.push_back(std::move(e));
    }
    t.indexes.push_back(std::move(index));
  }
  if (d.records) {
    SeedRows rows = *d.records;
    if (rows.columns.empty()) {
      for (const auto& c : t.columns) rows.columns.push_back(c.name);
      for (const auto& row : rows.rows) {
        if (row.size() != rows.columns.size()) {
          error(DiagCode::DbmlInvalid, d.records_node,
                "a record row has " + std::to_string(row.size()) + " values for " +
                    std::to_string(rows.columns.size()) + " columns");
          break;
        }
      }
    }
    for (const auto& name : rows.columns) {
      if (!t.find_column(name)) {
        error(DiagCode::DbmlUnknownName, d.records_node,
              "no column named '" + name + "' in table '" + t.name.display() + "'");
      }
    }
    t.seed_rows = std::move(rows);
  }
  return t;
}

bool Interpreter::resolve_endpoint(Endpoint& ep, const char* what) {
  const DraftTable* d = find_draft(ep.schema, ep.table);
  if (!d) {
    error(DiagCode::DbmlUnknownName, ep.node,
          std::string(what) + ": table '" + (ep.schema.empty() ? "" : ep.schema + ".") + ep.table +
              "' does not exist");
    return false;
  }
  ep.schema = d->schema;
  ep.table = d->name;
  const Table* t = table_named(d->schema, d->name);
  bool ok = true;
  for (const auto& column : ep.columns) {
    if (!t || !t->find_column(column)) {
      error(DiagCode::DbmlUnknownName, ep.node,
            std::string(what) + ": column '" + column + "' does not exist in table '" +
                (d->schema.empty() ? "" : d->schema + ".") + d->name + "'");
      ok = false;
    }
  }
  return ok;
}

void Interpreter::add_ref(const DraftRef& r) {
  // Which side holds the foreign key.
  const Endpoint* fk_side = &r.left;
  const Endpoint* pk_side = &r.right;
  if (r.op == "<" || (r.op == "-" && !r.is_inline)) std::swap(fk_side, pk_side);
  Table* holder = table_named(fk_side->schema, fk_side->table);
  if (!holder) return;
  ForeignKey fk;
  fk.name = r.name;
  fk.columns = fk_side->columns;
  fk.ref_table = QualifiedName{pk_side->schema, pk_side->table};
  fk.ref_columns = pk_side->columns;
  fk.on_delete = r.on_delete.value_or(FkAction::NoAction);
  fk.on_update = r.on_update.value_or(FkAction::NoAction);
  fk.one_to_one = r.op == "-";
  fk.color = r.color;
  fk.inactive = r.inactive;
  fk.loc = loc(r.node);
  holder->foreign_keys.push_back(std::move(fk));
}

void Interpreter::add_join_table(const DraftRef& r) {
  const Table* a = table_named(r.left.schema, r.left.table);
  const Table* b = table_named(r.right.schema, r.right.table);
  if (!a || !b) return;
  Table join;
  join.name.schema = r.left.schema;
  // dbml2sql's naming: a_b, then a_b(1), a_b(2), ... while the name is taken.
  std::string base = r.left.table + "_" + r.right.table;
  join.name.name = base;
  for (int n = 1; table_named(join.name.schema, join.name.name); ++n) {
    join.name.name = base + "(" + std::to_string(n) + ")";
  }
  join.implicit_join = ImplicitJoin::DbmlManyToMany;
  join.loc = loc(r.node);
  join.ordinal = schema_.next_ordinal();
  PrimaryKey pk;
  auto add_side = [&](const Table& side, const Endpoint& ep, bool first) {
    ForeignKey fk;
    for (const auto& col : ep.columns) {
      Column c;
      const Column* source = side.find_column(col);
      c.name = side.name.name + "_" + col;
      if (!first && join.find_column(c.name)) c.name += "_2";
      c.type = source->type;
      if (c.type.serial) {
        c.type.serial = false;
        c.type.spelling = c.type.kind == TypeKind::Int64   ? "bigint"
                          : c.type.kind == TypeKind::Int16 ? "smallint"
                                                           : "integer";
      }
      c.not_null = true;
      c.loc = join.loc;
      fk.columns.push_back(c.name);
      pk.columns.push_back(c.name);
      join.columns.push_back(std::move(c));
    }
    fk.ref_table = side.name;
    fk.ref_columns = ep.columns;
    fk.on_delete = r.on_delete.value_or(FkAction::NoAction);
    fk.on_update = r.on_update.value_or(FkAction::NoAction);
    fk.color = r.color;
    fk.inactive = r.inactive;
    if (first) fk.relation_name = r.name;
    fk.loc = join.loc;
    join.foreign_keys.push_back(std::move(fk));
  };
  add_side(*a, r.left, true);
  add_side(*b, r.right, false);
  join.primary_key = std::move(pk);
  add_table(std::move(join));
}

void Interpreter::bind() {
  // Partials: index columns and bare inline-ref columns must exist inside the partial itself.
  for (const auto& p : drafts_.partials) {
    for (const auto& c : p.columns) {
      for (const auto& r : c.inline_refs) {
        if (!r.right.table.empty()) continue;
        bool found = false;
        for (const auto& other : p.columns) found = found || other.name == r.right.columns[0];
        if (!found) {
          error(DiagCode::DbmlUnknownName, c.node,
                "column '" + r.right.columns[0] + "' does not exist in TablePartial '" + p.name + "'");
        } else if (r.right.columns[0] == c.name) {
          error(DiagCode::DbmlInvalid, c.node, "both endpoints of the relationship are the same");
        }
      }
    }
    for (const auto& index : p.indexes) {
      for (const auto& part : index.parts) {
        bool found = part.expression;
        for (const auto& c : p.columns) found = found || c.name == part.value;
        if (!found) {
          error(DiagCode::DbmlUnknownName, index.node,
                "no column named '" + part.value + "' in TablePartial '" + p.name + "'");
        }
      }
    }
  }
  // Duplicate tables (names and aliases); the first definition is the one names find.
  for (const auto& a : drafts_.tables) {
    std::string key = effective(a.schema) + "." + a.name;
    if (!drafts_by_name_.emplace(key, &a).second) {
      error(DiagCode::DbmlDuplicate, a.node->a,
            "table '" + a.name + "' already exists in schema '" + effective(a.schema) + "'");
    }
  }
  for (const auto& a : drafts_.tables) {
    if (a.alias.empty()) continue;
    bool clash = drafts_by_alias_.count(a.alias) > 0;
    auto same_name = drafts_by_name_.find(std::string(kDefaultSchema) + "." + a.alias);
    clash = clash || (same_name != drafts_by_name_.end() && same_name->second != &a && same_name->second->schema.empty());
    if (clash) {
      error(DiagCode::DbmlDuplicate, a.node->b, "alias '" + a.alias + "' is already used");
    } else {
      drafts_by_alias_.emplace(a.alias, &a);
    }
  }
  for (auto& d : drafts_.tables) {
    inject_partials(d);
    if (table_named(d.schema, d.name)) continue;
    add_table(build_table(d));
  }
  // Top-level records.
  for (const auto& r : drafts_.records) {
    const DraftTable* d = find_draft(r.schema, r.table);
    Table* t = d ? table_named(d->schema, d->name) : nullptr;
    if (!t) {
      error(DiagCode::DbmlUnknownName, r.node->a, "records: table '" + r.table + "' does not exist");
      continue;
    }
    if (t->seed_rows) {
      error(DiagCode::DbmlDuplicate, r.node, "table '" + t->name.display() + "' already has records");
      continue;
    }
    for (const auto& name : r.rows.columns) {
      if (!t->find_column(name)) {
        error(DiagCode::DbmlUnknownName, r.node->a,
              "no column named '" + name + "' in table '" + t->name.display() + "'");
      }
    }
    t->seed_rows = r.rows;
  }
  // Relationships: inline ones first take their left side from the column.
  std::vector<DraftRef> refs;
  auto collect_inline = [&](const DraftTable& d) {
    for (const auto& c : d.columns) {
      for (const auto& inline_ref : c.inline_refs) {
        DraftRef r = inline_ref;
        if (r.right.table.empty()) {
          r.right.schema = d.schema;
          r.right.table = d.name;
        }
        r.left.schema = d.schema;
        r.left.table = d.name;
        r.left.columns = {c.name};
        r.left.node = c.node;
        refs.push_back(std::move(r));
      }
    }
  };
  for (const auto& d : drafts_.tables) collect_inline(d);
  for (const auto& r : drafts_.refs) refs.push_back(r);
  std::vector<std::pair<std::string, const Node*>> keys;
  for (auto& r : refs) {
    bool ok = resolve_endpoint(r.right, "Ref");
    if (!r.is_inline) ok = resolve_endpoint(r.left, "Ref") && ok;
    if (!ok) continue;
    auto key_of = [](const Endpoint& e) {
      std::vector<std::string> cols = e.columns;
      std::sort(cols.begin(), cols.end());
      return effective(e.schema) + "." + e.table + ".(" + join(cols, ",") + ")";
    };
    std::string lk = key_of(r.left), rk = key_of(r.right);
    if (lk == rk) {
      error(DiagCode::DbmlInvalid, r.is_inline ? r.left.node : r.node,
            "both endpoints of the relationship are the same");
      continue;
    }
    std::string key = std::min(lk, rk) + "|" + std::max(lk, rk);
    bool duplicate = false;
    for (const auto& [existing, node] : keys) {
      if (existing == key) {
        error(DiagCode::DbmlDuplicate, node, "references with the same endpoints exist");
        error(DiagCode::DbmlDuplicate, r.is_inline ? r.left.node : r.node,
              "references with the same endpoints exist");
        duplicate = true;
      }
    }
    if (duplicate) continue;
    keys.emplace_back(key, r.is_inline ? r.left.node : r.node);
    if (r.op == "<>") {
      if (r.is_inline) std::swap(r.left, r.right);  // @dbml/core orders inline ends target first
      add_join_table(r);
    } else {
      add_ref(r);
    }
  }
  // Table groups.
  std::set<std::string> grouped;
  for (size_t g = 0; g < groups_.size(); ++g) {
    TableGroup& group = groups_[g];
    std::vector<const Node*> lines;
    for (const Node* line : group_nodes_[g]->body->list) {
      if (line && line->is(NodeKind::Element)) continue;
      if (!dotted_names(line).empty()) lines.push_back(line);
    }
    std::vector<QualifiedName> resolved;
    for (size_t i = 0; i < group.tables.size(); ++i) {
      const DraftTable* d = find_draft(group.tables[i].schema, group.tables[i].name);
      const Node* at = i < lines.size() ? lines[i] : group_nodes_[g];
      if (!d) {
        error(DiagCode::DbmlUnknownName, at,
              "TableGroup '" + group.name + "': table '" + group.tables[i].display() +
                  "' does not exist");
        continue;
      }
      std::string key = effective(d->schema) + "." + d->name;
      if (!grouped.insert(key).second) {
        error(DiagCode::DbmlDuplicate, at,
              "table '" + d->name + "' already appears in a TableGroup");
        continue;
      }
      resolved.push_back(QualifiedName{d->schema, d->name});
    }
    group.tables = std::move(resolved);
    schema_.annotations.table_groups.push_back(std::move(group));
  }
}

}  // namespace sf::dbml
