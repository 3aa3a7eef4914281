// Ref (short, long and inline forms) and records.
#include "frontends/dbml/interpret.h"
#include "schemaforge/base/strings.h"

namespace sf::dbml {

std::optional<Endpoint> Interpreter::endpoint(const Node* expr, bool allow_bare) {
  Endpoint ep;
  ep.node = expr;
  std::vector<std::string> path;
  if (expr && expr->is(NodeKind::Infix) && expr->tok->text == "." && expr->b &&
      (expr->b->is(NodeKind::Tuple) || expr->b->is(NodeKind::Group))) {
    path = dotted_names(expr->a);
    for (const Node* column : expr->b->list) {
      if (!column || !column->is(NodeKind::Variable)) {
        error(DiagCode::DbmlInvalid, column ? column : expr, "a composite reference lists column names");
        return std::nullopt;
      }
      ep.columns.push_back(column->tok->text);
    }
    if (path.empty() || path.size() > 2) {
      error(DiagCode::DbmlInvalid, expr, "a reference is table.column or schema.table.column");
      return std::nullopt;
    }
  } else {
    path = dotted_names(expr);
    if (path.size() == 1 && allow_bare) {
      ep.columns.push_back(path[0]);
      return ep;  // a column of the same table
    }
    if (path.size() < 2 || path.size() > 3) {
      error(DiagCode::DbmlInvalid, expr ? expr : nullptr,
            "a reference is table.column or schema.table.column");
      return std::nullopt;
    }
    ep.columns.push_back(path.back());
    path.pop_back();
  }
  if (path.size() == 2) ep.schema = path[0];
  ep.table = path.back();
  return ep;
}

std::optional<DraftRef> Interpreter::relation(const Node* expr, bool is_inline) {
  DraftRef r;
  r.node = expr;
  r.is_inline = is_inline;
  const std::string op = expr && expr->tok ? expr->tok->text : "";
  if (op != "<" && op != ">" && op != "-" && op != "<>") {
    error(DiagCode::DbmlInvalid, expr, "a relationship's operator is <, >, - or <>");
    return std::nullopt;
  }
  r.op = op;
  if (is_inline) {
    auto right = endpoint(expr->a, true);
    if (!right) return std::nullopt;
    r.right = *right;
    return r;
  }
  auto left = endpoint(expr->a);
  auto right = endpoint(expr->b);
  if (!left || !right) return std::nullopt;
  r.left = *left;
  r.right = *right;
  return r;
}

void Interpreter::ref_settings(DraftRef& r, const Node* list) {
  auto settings = settings_of(list);
  for (const auto& [key, attribute] : settings) {
    if (duplicate_setting(settings, key, "a Ref's settings")) continue;
    if (key == "delete" || key == "update") {
      std::string value;
      const Node* v = attribute->b;
      if (v && (v->is(NodeKind::AttrName) || v->is(NodeKind::Variable))) value = lower_words(v);
      std::optional<FkAction> action;
      if (value == "cascade") action = FkAction::Cascade;
      else if (value == "restrict") action = FkAction::Restrict;
      else if (value == "set null") action = FkAction::SetNull;
      else if (value == "set default") action = FkAction::SetDefault;
      else if (value == "no action") action = FkAction::NoAction;
      if (!action) {
        error(DiagCode::DbmlInvalid, v ? v : attribute,
              "'" + key + "' must be cascade, restrict, set null, set default or no action");
        continue;
      }
      (key == "delete" ? r.on_delete : r.on_update) = action;
    } else if (key == "color") {
      const Node* v = attribute->b;
      if (v && v->is(NodeKind::Literal) && v->tok->kind == Tok::Color) {
        r.color = v->tok->text;
      } else {
        error(DiagCode::DbmlInvalid, v ? v : attribute, "'color' must be a color literal");
      }
    } else if (key == "inactive") {
      if (attribute->b) error(DiagCode::DbmlInvalid, attribute->b, "'inactive' takes no value");
      r.inactive = true;
    } else {
      error(DiagCode::DbmlInvalid, attribute, "unknown Ref setting '" + key + "'");
    }
  }
}

void Interpreter::ref(const Node* node) {
  std::string name, schema;
  if (node->a) {
    auto parts = dotted_names(node->a);
    if (parts.empty() || parts.size() > 2) {
      error(DiagCode::DbmlInvalid, node->a, "invalid Ref name");
      return;
    }
    name = parts.back();
    if (parts.size() == 2) schema = parts[0];
  }
  if (node->has_as) error(DiagCode::DbmlInvalid, node->b ? node->b : node, "a Ref takes no alias");
  if (node->settings) {
    error(DiagCode::DbmlInvalid, node->settings, "a Ref's settings go after its relationship");
  }
  const Node* line = node->body;
  if (line && line->is(NodeKind::Block)) {
    if (line->list.empty()) {
      error(DiagCode::DbmlInvalid, node, "a Ref must hold a relationship");
      return;
    }
    if (line->list.size() > 1) {
      error(DiagCode::DbmlDuplicate, line->list[1], "a Ref block holds exactly one relationship");
      return;
    }
    line = line->list[0];
  }
  if (!line) {
    error(DiagCode::DbmlInvalid, node, "a Ref must hold a relationship");
    return;
  }
  const Node* rel = line;
  const Node* list = nullptr;
  if (line->is(NodeKind::FuncApp)) {
    rel = line->list[0];
    if (line->list.size() == 2 && line->list[1]->is(NodeKind::List)) {
      list = line->list[1];
    } else {
      error(DiagCode::DbmlInvalid, line->list[1], "a relationship is followed only by settings");
      return;
    }
  }
  if (!rel->is(NodeKind::Infix)) {
    error(DiagCode::DbmlInvalid, rel, "a Ref holds a relationship: a.x > b.y");
    return;
  }
  auto r = relation(rel, false);
  if (!r) return;
  r->name = name;
  r->schema = schema;
  r->node = node;
  ref_settings(*r, list);
  if (r->left.columns.size() != r->right.columns.size()) {
    error(DiagCode::DbmlInvalid, rel, "both sides of a relationship must have as many columns");
    return;
  }
  drafts_.refs.push_back(std::move(*r));
}

bool Interpreter::record_rows(const Node* body, size_t width, SeedRows& rows) {
  if (!body || !body->is(NodeKind::Block)) return false;
  for (const Node* line : body->list) {
    std::vector<const Node*> values;
    if (line && line->is(NodeKind::Comma)) {
      values.assign(line->list.begin(), line->list.end());
    } else if (line && !line->is(NodeKind::FuncApp) && !line->is(NodeKind::Element)) {
      values.push_back(line);
    } else {
      error(DiagCode::DbmlInvalid, line, "a record row is values separated by commas");
      continue;
    }
    if (width != 0 && values.size() != width) {
      error(DiagCode::DbmlInvalid, line,
            "a record row has " + std::to_string(values.size()) + " values for " +
                std::to_string(width) + " columns");
      continue;
    }
    std::vector<SeedValue> row;
    for (const Node* v : values) {
      SeedValue value;
      if (!v || v->is(NodeKind::Dummy)) {
        value.kind = SeedValue::Kind::Null;
      } else if (std::string number; signed_number(v, number)) {
        value.kind = SeedValue::Kind::Number;
        value.text = number;
      } else if (is_string_node(v)) {
        value.kind = SeedValue::Kind::String;
        value.text = v->tok->text;
      } else if (v->is(NodeKind::FuncExpr)) {
        value.kind = SeedValue::Kind::Expression;
        value.text = v->tok->text;
      } else if (v->is(NodeKind::Variable) && v->tok->kind == Tok::Ident &&
                 (to_lower(v->tok->text) == "true" || to_lower(v->tok->text) == "false")) {
        value.kind = SeedValue::Kind::Bool;
        value.text = to_lower(v->tok->text);
      } else if (v->is(NodeKind::Variable) && v->tok->kind == Tok::Ident &&
                 to_lower(v->tok->text) == "null") {
        value.kind = SeedValue::Kind::Null;
      } else if (dotted_names(v).size() >= 2) {
        value.kind = SeedValue::Kind::String;  // enum value
        value.text = dotted_names(v).back();
      } else {
        error(DiagCode::DbmlInvalid, v, "a record value must be a literal, null or an enum value");
        continue;
      }
      row.push_back(std::move(value));
    }
    rows.rows.push_back(std::move(row));
  }
  return true;
}

void Interpreter::table_records(DraftTable& t, const Node* element) {
  if (t.records) {
    error(DiagCode::DbmlDuplicate, element, "a table has at most one records block");
    return;
  }
  SeedRows rows;
  rows.loc = loc(element);
  if (element->a) {
    const Node* cols = element->a;
    if (!cols->is(NodeKind::Tuple) && !cols->is(NodeKind::Group)) {
      error(DiagCode::DbmlInvalid, cols, "records inside a table take an optional (column list)");
      return;
    }
    for (const Node* c : cols->list) {
      if (!c || !c->is(NodeKind::Variable)) {
        error(DiagCode::DbmlInvalid, c ? c : cols, "a records column must be a name");
        return;
      }
      rows.columns.push_back(c->tok->text);
    }
  }
  if (!record_rows(element->body, rows.columns.size(), rows)) {
    error(DiagCode::DbmlInvalid, element, "records must have a body in braces");
    return;
  }
  t.records = std::move(rows);
  t.records_node = element;
}

void Interpreter::top_records(const Node* node) {
  const Node* name = node->a;
  if (!name || !name->is(NodeKind::Call) || !name->b) {
    error(DiagCode::DbmlInvalid, name ? name : node,
          "top-level records name a table and its columns: records users(id, name) { ... }");
    return;
  }
  auto parts = dotted_names(name->a);
  if (parts.empty() || parts.size() > 2) {
    error(DiagCode::DbmlInvalid, name->a, "invalid table name for records");
    return;
  }
  DraftRecords r;
  r.node = node;
  if (parts.size() == 2) r.schema = parts[0];
  r.table = parts.back();
  r.rows.loc = loc(node);
  for (const Node* c : name->b->list) {
    if (!c || !c->is(NodeKind::Variable)) {
      error(DiagCode::DbmlInvalid, c ? c : name, "a records column must be a name");
      return;
    }
    r.rows.columns.push_back(c->tok->text);
  }
  if (!record_rows(node->body, r.rows.columns.size(), r.rows)) {
    error(DiagCode::DbmlInvalid, node, "records must have a body in braces");
    return;
  }
  drafts_.records.push_back(std::move(r));
}

}  // namespace sf::dbml
