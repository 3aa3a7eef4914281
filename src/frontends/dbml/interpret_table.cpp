// Table and TablePartial: name, alias, settings, columns, indexes, checks, records.
#include "frontends/dbml/interpret.h"
#include "schemaforge/base/strings.h"

namespace sf::dbml {

namespace {

/// The text of a type argument as @dbml/core joins them ("10,2").
std::string arg_text(const Node* n) {
  if (!n) return "";
  if (n->is(NodeKind::Literal) || n->is(NodeKind::Variable)) return n->tok->text;
  if (n->is(NodeKind::Prefix) && n->a) {
    std::string inner = arg_text(n->a);
    return inner.empty() ? "" : n->tok->text + inner;
  }
  return "";
}

}  // namespace

void Interpreter::table(const Node* node, bool partial) {
  DraftTable t;
  t.partial = partial;
  t.node = node;
  const char* what = partial ? "a TablePartial" : "a Table";
  if (!node->a) {
    error(DiagCode::DbmlInvalid, node, std::string(what) + " must have a name");
    return;
  }
  auto parts = dotted_names(node->a);
  if (parts.empty() || parts.size() > 2 || (partial && parts.size() != 1)) {
    error(DiagCode::DbmlInvalid, node->a, std::string("invalid name for ") + what);
    return;
  }
  if (parts.size() == 2) t.schema = parts[0];
  t.name = parts.back();
  if (node->has_as) {
    if (partial) {
      error(DiagCode::DbmlInvalid, node->b ? node->b : node, "a TablePartial takes no alias");
    } else if (!node->b || !node->b->is(NodeKind::Variable)) {
      error(DiagCode::DbmlInvalid, node->b ? node->b : node, "a Table's alias must be a name");
    } else {
      t.alias = node->b->tok->text;
    }
  }
  auto settings = settings_of(node->settings);
  for (const auto& [key, attribute] : settings) {
    if (duplicate_setting(settings, key, partial ? "a TablePartial's settings" : "a Table's settings")) {
      continue;
    }
    if (key == "headercolor") {
      const Node* v = attribute->b;
      if (v && v->is(NodeKind::Literal) && v->tok->kind == Tok::Color) {
        t.header_color = v->tok->text;
        t.has_header_color = true;
      } else {
        error(DiagCode::DbmlInvalid, v ? v : attribute, "'headercolor' must be a color literal");
      }
    } else if (key == "note") {
      if (auto s = string_value(attribute, "note")) {
        t.note = *s;
        t.has_note = true;
      }
    } else {
      error(DiagCode::DbmlInvalid, attribute,
            "unknown " + std::string(partial ? "TablePartial" : "Table") + " setting '" + key + "'");
    }
  }
  if (!node->body || !node->body->is(NodeKind::Block)) {
    error(DiagCode::DbmlInvalid, node, std::string(what) + " must have a body in braces");
    return;
  }
  std::vector<const Node*> body_notes;
  for (const Node* line : node->body->list) {
    if (!line) continue;
    if (line->is(NodeKind::Element) && line->tok) {
      std::string key = to_lower(line->tok->text);
      if (key == "note") {
        body_notes.push_back(line);
        if (auto note = note_body(line)) {
          t.note = *note;
          t.has_note = true;
        }
      } else if (key == "indexes") {
        indexes(t, line);
      } else if (key == "checks") {
        checks(t, line);
      } else if (key == "records" && !partial) {
        table_records(t, line);
      } else if (key == "ref") {
        error(DiagCode::DbmlInvalid, line, "a Ref must appear at the top level");
      } else if (key == "table" || key == "tablepartial" || key == "enum" ||
                 key == "tablegroup" || key == "project") {
        error(DiagCode::DbmlInvalid, line, "'" + line->tok->text + "' must appear at the top level");
      } else {
        error(DiagCode::DbmlInvalid, line,
              "'" + line->tok->text + "' is not a column, index block, check block or note");
      }
      continue;
    }
    if (line->is(NodeKind::Prefix) && line->tok->text == "~") {
      auto names = dotted_names(line->a);
      if (names.size() != 1) {
        error(DiagCode::DbmlInvalid, line, "a partial injection is '~name'");
        continue;
      }
      if (partial) {
        error(DiagCode::DbmlInvalid, line, "a TablePartial cannot inject another partial");
        continue;
      }
      for (const auto& inj : t.injections) {
        if (inj.name == names[0]) {
          error(DiagCode::DbmlDuplicate, inj.node, "duplicate table partial injection '" + names[0] + "'");
          error(DiagCode::DbmlDuplicate, line, "duplicate table partial injection '" + names[0] + "'");
        }
      }
      t.injections.push_back({names[0], t.columns.size(), line});
      continue;
    }
    column(t, line);
  }
  if (body_notes.size() > 1) {
    for (const Node* n : body_notes) error(DiagCode::DbmlDuplicate, n, "duplicate notes are defined");
  }
  // duplicate column names: report every occurrence
  for (size_t i = 0; i < t.columns.size(); ++i) {
    for (size_t j = 0; j < t.columns.size(); ++j) {
      if (i != j && t.columns[i].name == t.columns[j].name) {
        error(DiagCode::DbmlDuplicate, t.columns[i].node,
              "duplicate column '" + t.columns[i].name + "' in " + what + " '" + t.name + "'");
        break;
      }
    }
  }
  if (!partial && t.columns.empty() && t.injections.empty()) {
    error(DiagCode::DbmlInvalid, node, "a Table must have at least one column");
    return;
  }
  t.ordinal = partial ? 0 : schema_.next_ordinal();
  (partial ? drafts_.partials : drafts_.tables).push_back(std::move(t));
}

void Interpreter::column(DraftTable& t, const Node* line) {
  std::vector<const Node*> parts;
  if (line->is(NodeKind::FuncApp)) {
    parts.assign(line->list.begin(), line->list.end());
  } else {
    parts.push_back(line);
  }
  const Node* name = parts[0];
  if (!name || !name->is(NodeKind::Variable)) {
    error(DiagCode::DbmlInvalid, name ? name : line, "a column name must be an identifier or a quoted name");
    return;
  }
  if (parts.size() < 2 || parts[1]->is(NodeKind::List)) {
    error(DiagCode::DbmlInvalid, name, "a column must have a type");
    return;
  }
  DraftColumn c;
  c.name = name->tok->text;
  c.node = line;
  // ---- type
  const Node* type = parts[1];
  int dims = 0;
  std::string suffix;
  while (type->is(NodeKind::Index)) {
    ++dims;
    std::string inside;
    if (type->b && !type->b->list.empty()) inside = arg_text(type->b->list[0]->a);
    suffix = "[" + inside + "]" + suffix;
    type = type->a;
  }
  std::vector<std::string> args;
  bool has_args = false;
  if (type->is(NodeKind::Call)) {
    has_args = true;
    const Node* tuple = type->b;
    if (tuple) {
      for (const Node* arg : tuple->list) {
        std::string text = arg_text(arg);
        if (text.empty()) {
          error(DiagCode::DbmlInvalid, arg ? arg : tuple, "a type argument must be a number, a string or a name");
        }
        args.push_back(text);
      }
    }
    type = type->a;
  }
  auto type_names = dotted_names(type);
  if (type_names.empty() || type_names.size() > 2) {
    error(DiagCode::DbmlInvalid, type, "invalid column type");
    return;
  }
  if (type_names.size() == 2) c.type_schema = type_names[0];
  std::string written = type_names.back();
  if (has_args) written += "(" + join(args, ",") + ")";
  written += suffix;
  c.type = map_dbml_type(type_names.back(), args, dims, written);
  // ---- legacy inline flags, then settings
  size_t i = 2;
  for (; i < parts.size(); ++i) {
    const Node* p = parts[i];
    if (p->is(NodeKind::List)) break;
    std::string flag = p->is(NodeKind::Variable) ? to_lower(p->tok->text) : "";
    if (flag == "pk") {
      c.pk = true;
    } else if (flag == "unique") {
      c.unique = true;
    } else {
      error(DiagCode::DbmlInvalid, p, "a column is 'name type [settings]'");
      return;
    }
  }
  if (i < parts.size() && i + 1 < parts.size()) {
    error(DiagCode::DbmlInvalid, parts[i + 1], "nothing may follow a column's setting list");
    return;
  }
  const Node* list = i < parts.size() ? parts[i] : nullptr;
  auto settings = settings_of(list);
  bool pk_seen = false;
  for (const auto& [key, attribute] : settings) {
    if (key != "ref" && key != "check" &&
        duplicate_setting(settings, key, "a column's settings")) {
      continue;
    }
    bool has_value = attribute->b != nullptr;
    auto no_value = [&]() {
      if (has_value) error(DiagCode::DbmlInvalid, attribute->b, "'" + key + "' takes no value");
    };
    if (key == "pk" || key == "primary key") {
      if (pk_seen) error(DiagCode::DbmlDuplicate, attribute, "'pk' and 'primary key' both given");
      pk_seen = true;
      no_value();
      c.pk = true;
    } else if (key == "not null") {
      no_value();
      c.not_null = true;
    } else if (key == "null") {
      no_value();
      c.explicit_null = true;
    } else if (key == "unique") {
      no_value();
      c.unique = true;
    } else if (key == "increment") {
      no_value();
      c.increment = true;
    } else if (key == "note") {
      if (auto s = string_value(attribute, "note")) c.note = *s;
    } else if (key == "default") {
      const Node* v = attribute->b;
      DraftDefault d;
      bool ok = true;
      std::string number;
      if (signed_number(v, number)) {
        d.kind = DraftDefault::Kind::Number;
        d.value = number;
      } else if (is_string_node(v)) {
        d.kind = DraftDefault::Kind::String;
        d.value = v->tok->text;
      } else if (v && v->is(NodeKind::FuncExpr)) {
        d.kind = DraftDefault::Kind::Expression;
        d.value = v->tok->text;
      } else if (v && v->is(NodeKind::Variable) && v->tok->kind == Tok::Ident &&
                 (to_lower(v->tok->text) == "true" || to_lower(v->tok->text) == "false")) {
        d.kind = DraftDefault::Kind::Bool;
        d.value = to_lower(v->tok->text);
      } else if (v && v->is(NodeKind::Variable) && v->tok->kind == Tok::Ident &&
                 to_lower(v->tok->text) == "null") {
        d.kind = DraftDefault::Kind::Null;
        d.value = "null";
      } else if (v && v->is(NodeKind::Infix) && dotted_names(v).size() >= 2 &&
                 dotted_names(v).size() <= 3) {
        d.kind = DraftDefault::Kind::EnumValue;
        d.value = dotted_names(v).back();
      } else {
        ok = false;
        error(DiagCode::DbmlInvalid, v ? v : attribute,
              "'default' must be an enum value, a string, a number, a `function expression`, "
              "true, false or null");
      }
      if (ok) c.default_value = d;
    } else if (key == "ref") {
      const Node* v = attribute->b;
      if (!v || !v->is(NodeKind::Prefix)) {
        error(DiagCode::DbmlInvalid, v ? v : attribute,
              "'ref' must be a relation operator and a column: ref: > users.id");
        continue;
      }
      auto r = relation(v, true);
      if (r) c.inline_refs.push_back(std::move(*r));
    } else if (key == "check") {
      const Node* v = attribute->b;
      if (!v || !v->is(NodeKind::FuncExpr)) {
        error(DiagCode::DbmlInvalid, v ? v : attribute, "'check' must be a `function expression`");
        continue;
      }
      c.checks.push_back(v->tok->text);
    } else {
      error(DiagCode::DbmlInvalid, attribute, "unknown column setting '" + key + "'");
    }
  }
  if (c.not_null && c.explicit_null) {
    error(DiagCode::DbmlInvalid, list, "a column cannot be both 'null' and 'not null'");
  }
  t.columns.push_back(std::move(c));
}

void Interpreter::indexes(DraftTable& t, const Node* element) {
  if (element->a || element->settings || !element->body || !element->body->is(NodeKind::Block)) {
    error(DiagCode::DbmlInvalid, element, "an indexes block takes no name or settings: indexes { ... }");
    return;
  }
  for (const Node* line : element->body->list) {
    if (!line) continue;
    DraftIndex index;
    index.node = line;
    std::vector<const Node*> parts;
    if (line->is(NodeKind::FuncApp)) {
      parts.assign(line->list.begin(), line->list.end());
    } else {
      parts.push_back(line);
    }
    const Node* list = nullptr;
    if (parts.size() > 1 && parts.back()->is(NodeKind::List)) {
      list = parts.back();
      parts.pop_back();
    }
    bool ok = true;
    auto add_part = [&](const Node* p) {
      if (p && p->is(NodeKind::Variable)) {
        index.parts.push_back({false, p->tok->text});
      } else if (p && p->is(NodeKind::FuncExpr)) {
        index.parts.push_back({true, p->tok->text});
      } else {
        error(DiagCode::DbmlInvalid, p ? p : line,
              "an index part must be a column name or a `function expression`");
        ok = false;
      }
    };
    if (parts.size() > 1) {
      // the old undocumented form: columns separated by spaces
      for (const Node* part : parts) add_part(part);
      if (!ok) continue;
    }
    const Node* p = parts[0];
    if (parts.size() > 1) {
      // handled above
    } else if (p->is(NodeKind::Tuple) || p->is(NodeKind::Group)) {
      for (const Node* part : p->list) add_part(part);
    } else {
      add_part(p);
    }
    if (!ok) continue;
    auto settings = settings_of(list);
    for (const auto& [key, attribute] : settings) {
      if (duplicate_setting(settings, key, "an index's settings")) continue;
      if (key == "pk") {
        index.pk = true;
      } else if (key == "unique") {
        index.unique = true;
      } else if (key == "name") {
        if (auto s = string_value(attribute, "name")) index.name = *s;
      } else if (key == "note") {
        if (auto s = string_value(attribute, "note")) index.note = *s;
      } else if (key == "type") {
        const Node* v = attribute->b;
        std::string type = v && v->is(NodeKind::Variable) ? to_lower(v->tok->text) : "";
        if (type != "btree" && type != "hash") {
          error(DiagCode::DbmlInvalid, v ? v : attribute, "an index 'type' must be btree or hash");
        } else {
          index.type = type;
        }
      } else {
        error(DiagCode::DbmlInvalid, attribute, "unknown index setting '" + key + "'");
      }
    }
    t.indexes.push_back(std::move(index));
  }
}

void Interpreter::checks(DraftTable& t, const Node* element) {
  if (element->a || element->settings || !element->body || !element->body->is(NodeKind::Block)) {
    error(DiagCode::DbmlInvalid, element, "a checks block takes no name or settings: checks { ... }");
    return;
  }
  for (const Node* line : element->body->list) {
    if (!line) continue;
    std::vector<const Node*> parts;
    if (line->is(NodeKind::FuncApp)) {
      parts.assign(line->list.begin(), line->list.end());
    } else {
      parts.push_back(line);
    }
    DraftCheck check;
    check.node = line;
    if (!parts[0]->is(NodeKind::FuncExpr) || parts.size() > 2 ||
        (parts.size() == 2 && !parts[1]->is(NodeKind::List))) {
      error(DiagCode::DbmlInvalid, parts[0], "a check is a `function expression` followed by settings");
      continue;
    }
    check.expression = parts[0]->tok->text;
    auto settings = settings_of(parts.size() == 2 ? parts[1] : nullptr);
    for (const auto& [key, attribute] : settings) {
      if (duplicate_setting(settings, key, "a check's settings")) continue;
      if (key == "name") {
        if (auto s = string_value(attribute, "name")) check.name = *s;
      } else {
        error(DiagCode::DbmlInvalid, attribute, "unknown check setting '" + key + "'");
      }
    }
    t.checks.push_back(std::move(check));
  }
}

}  // namespace sf::dbml
