// Helpers every DBML element validator uses, and the top-level dispatch.
#include "frontends/dbml/interpret.h"
#include "schemaforge/base/strings.h"

namespace sf::dbml {

bool is_string_node(const Node* n) {
  return n && n->tok &&
         ((n->is(NodeKind::Literal) && (n->tok->kind == Tok::String || n->tok->kind == Tok::MultiString)) ||
          (n->is(NodeKind::Variable) && n->tok->kind == Tok::Quoted));
}

bool signed_number(const Node* n, std::string& out) {
  bool negative = false;
  while (n && n->is(NodeKind::Prefix) && (n->tok->text == "-" || n->tok->text == "+")) {
    if (n->tok->text == "-") negative = !negative;
    n = n->a;
  }
  if (!n || !n->is(NodeKind::Literal) || n->tok->kind != Tok::Number) return false;
  out = (negative ? "-" : "") + n->tok->text;
  return true;
}

SourceLoc Interpreter::loc(const Node* node) const {
  SourceLoc l;
  l.file = file_;
  if (node && node->first) {
    l.line = node->first->line;
    l.column = node->first->column;
  }
  return l;
}

void Interpreter::error(DiagCode code, const Node* node, std::string message) {
  diags_.report(code, loc(node), std::move(message));
}

void Interpreter::warn(DiagCode code, const Node* node, std::string message) {
  diags_.report(code, info(code).severity, loc(node), std::move(message));
}

std::vector<std::string> Interpreter::name_parts(const Node* node, const char* what) {
  auto parts = dotted_names(node);
  if (parts.empty()) {
    error(DiagCode::DbmlInvalid, node, std::string("invalid name for ") + what);
  }
  return parts;
}

std::optional<std::string> Interpreter::string_value(const Node* attribute, const char* what) {
  const Node* value = attribute ? attribute->b : nullptr;
  if (!is_string_node(value)) {
    error(DiagCode::DbmlInvalid, value ? value : attribute,
          std::string("'") + what + "' must be a string literal");
    return std::nullopt;
  }
  return value->tok->text;
}

std::optional<std::string> Interpreter::note_body(const Node* element) {
  const Node* body = element->body;
  if (body && body->is(NodeKind::Block)) {
    if (body->list.size() != 1) {
      error(DiagCode::DbmlInvalid, body->list.empty() ? element : body->list[1],
            body->list.empty() ? "a Note must have content" : "a Note must have only one string");
      return std::nullopt;
    }
    body = body->list[0];
  }
  if (!is_string_node(body)) {
    error(DiagCode::DbmlInvalid, body ? body : element, "a Note's content must be a string");
    return std::nullopt;
  }
  return body->tok->text;
}

std::multimap<std::string, const Node*> Interpreter::settings_of(const Node* list) {
  std::multimap<std::string, const Node*> out;
  if (!list) return out;
  for (const Node* attribute : list->list) {
    if (!attribute || !attribute->is(NodeKind::Attribute)) continue;
    out.emplace(setting_name(attribute), attribute);
  }
  return out;
}

bool Interpreter::duplicate_setting(const std::multimap<std::string, const Node*>& settings,
                                    const std::string& name, const char* where) {
  if (settings.count(name) <= 1) return false;
  auto range = settings.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) {
    error(DiagCode::DbmlDuplicate, it->second,
          "'" + name + "' can only appear once in " + where);
  }
  return true;
}

void Interpreter::run(const SyntaxTree& tree) {
  for (const Node* node : tree.program) element(node, false);
  bind();
}

void Interpreter::element(const Node* node, bool nested_in_project) {
  if (!node || !node->is(NodeKind::Element) || !node->tok) return;
  std::string keyword = to_lower(node->tok->text);
  if (keyword == "table") {
    table(node, false);
  } else if (keyword == "tablepartial") {
    table(node, true);
  } else if (keyword == "ref") {
    ref(node);
  } else if (keyword == "enum") {
    enumeration(node);
  } else if (keyword == "tablegroup") {
    table_group(node);
  } else if (keyword == "note") {
    sticky_note(node);
  } else if (keyword == "records") {
    top_records(node);
  } else if (keyword == "project" && !nested_in_project) {
    project(node);
  } else if (keyword == "diagramview") {
    warn(DiagCode::DbmlNotKept, node, "DiagramView is a diagram setting; it is not kept");
  } else if (keyword == "indexes" || keyword == "checks") {
    error(DiagCode::DbmlInvalid, node,
          "'" + node->tok->text + "' can only appear inside a Table or a TablePartial");
  } else {
    error(DiagCode::DbmlInvalid, node,
          "unknown element '" + node->tok->text +
              "'; expected Project, Table, TablePartial, Ref, Enum, TableGroup, Note or Records");
  }
}

void Interpreter::project(const Node* node) {
  if (project_seen_) {
    error(DiagCode::DbmlDuplicate, node, "a Project is already defined");
    return;
  }
  project_seen_ = true;
  ProjectInfo info;
  if (node->a) {
    auto parts = dotted_names(node->a);
    if (parts.size() != 1) {
      error(DiagCode::DbmlInvalid, node->a, "a Project's name must be a single identifier");
    } else {
      info.name = parts[0];
    }
  }
  if (node->settings) error(DiagCode::DbmlInvalid, node->settings, "a Project takes no settings");
  if (!node->body || !node->body->is(NodeKind::Block)) {
    error(DiagCode::DbmlInvalid, node, "a Project must have a body in braces");
    return;
  }
  bool has_note = false;
  for (const Node* line : node->body->list) {
    if (line && line->is(NodeKind::Element) && line->tok) {
      std::string key = to_lower(line->tok->text);
      if (key == "note") {
        if (has_note) error(DiagCode::DbmlDuplicate, line, "a Project has only one note");
        has_note = true;
        if (auto note = note_body(line)) info.note = *note;
        continue;
      }
      if (line->colon) {
        const Node* v = line->body;
        if (!is_string_node(v)) {
          error(DiagCode::DbmlInvalid, v ? v : line,
                "a Project field's value must be a string literal");
          continue;
        }
        info.fields.emplace_back(line->tok->text, v->tok->text);
        continue;
      }
      error(DiagCode::DbmlInvalid, line, "'" + line->tok->text + "' must appear at the top level");
      continue;
    }
    error(DiagCode::DbmlInvalid, line, "a Project holds 'key: value' fields and elements");
  }
  schema_.annotations.project = std::move(info);
}

void Interpreter::sticky_note(const Node* node) {
  StickyNote note;
  note.loc = loc(node);
  auto parts = node->a ? dotted_names(node->a) : std::vector<std::string>{};
  if (parts.size() != 1) {
    error(DiagCode::DbmlInvalid, node->a ? node->a : node,
          "a sticky note must have a simple name");
    return;
  }
  note.name = parts[0];
  auto settings = settings_of(node->settings);
  for (const auto& [name, attribute] : settings) {
    if (name == "color") {
      const Node* v = attribute->b;
      if (v && v->is(NodeKind::Literal) && v->tok->kind == Tok::Color) {
        note.color = v->tok->text;
      } else if (v && v->is(NodeKind::Variable) && to_lower(v->tok->text) == "none") {
        note.color = "none";
      } else {
        error(DiagCode::DbmlInvalid, v ? v : attribute, "'color' must be a color or none");
      }
    } else {
      error(DiagCode::DbmlInvalid, attribute, "unknown note setting '" + name + "'");
    }
  }
  for (const auto& existing : schema_.annotations.notes) {
    if (existing.name == note.name) {
      error(DiagCode::DbmlDuplicate, node->a, "a note named '" + note.name + "' already exists");
      return;
    }
  }
  auto content = note_body(node);
  if (!content) return;
  note.content = *content;
  schema_.annotations.notes.push_back(std::move(note));
}

void Interpreter::enumeration(const Node* node) {
  EnumType e;
  e.loc = loc(node);
  auto parts = node->a ? dotted_names(node->a) : std::vector<std::string>{};
  if (parts.empty() || parts.size() > 2) {
    error(DiagCode::DbmlInvalid, node->a ? node->a : node, "an Enum must have a name");
    return;
  }
  if (parts.size() == 2) e.name.schema = parts[0];
  e.name.name = parts.back();
  if (node->has_as) error(DiagCode::DbmlInvalid, node->b ? node->b : node, "an Enum takes no alias");
  if (node->settings) error(DiagCode::DbmlInvalid, node->settings, "an Enum takes no settings");
  if (!node->body || !node->body->is(NodeKind::Block)) {
    error(DiagCode::DbmlInvalid, node, "an Enum must have a body in braces");
    return;
  }
  if (node->body->list.empty()) {
    error(DiagCode::DbmlInvalid, node, "an Enum must have at least one value");
    return;
  }
  std::vector<const Node*> value_nodes;
  bool notes = false;
  for (const Node* line : node->body->list) {
    const Node* name = line;
    const Node* settings = nullptr;
    if (line && line->is(NodeKind::FuncApp)) {
      name = line->list[0];
      if (line->list.size() == 2 && line->list[1]->is(NodeKind::List)) {
        settings = line->list[1];
      } else {
        error(DiagCode::DbmlInvalid, line->list[1], "an enum value takes only a setting list");
        continue;
      }
    }
    if (!name || !name->is(NodeKind::Variable)) {
      error(DiagCode::DbmlInvalid, name ? name : node, "an enum value must be a name");
      continue;
    }
    std::string note;
    for (const auto& [key, attribute] : settings_of(settings)) {
      if (key == "note") {
        if (auto s = string_value(attribute, "note")) note = *s;
        notes = true;
      } else {
        error(DiagCode::DbmlInvalid, attribute, "unknown enum value setting '" + key + "'");
      }
    }
    e.values.push_back(name->tok->text);
    e.value_comments.push_back(note);
    value_nodes.push_back(name);
  }
  for (size_t i = 0; i < e.values.size(); ++i) {
    for (size_t j = 0; j < e.values.size(); ++j) {
      if (i != j && e.values[i] == e.values[j]) {
        error(DiagCode::DbmlDuplicate, value_nodes[i],
              "duplicate enum value '" + e.values[i] + "'");
        break;
      }
    }
  }
  if (!notes) e.value_comments.clear();
  for (const auto& existing : schema_.enums) {
    if (existing.name.same_object(e.name)) {
      error(DiagCode::DbmlDuplicate, node->a,
            "enum '" + e.name.display() + "' already exists");
      return;
    }
  }
  e.ordinal = schema_.next_ordinal();
  schema_.enums.push_back(std::move(e));
}

void Interpreter::table_group(const Node* node) {
  TableGroup group;
  group.loc = loc(node);
  auto parts = node->a ? dotted_names(node->a) : std::vector<std::string>{};
  if (parts.size() != 1) {
    error(DiagCode::DbmlInvalid, node->a ? node->a : node,
          "a TableGroup name must be a single identifier");
    return;
  }
  group.name = parts[0];
  auto settings = settings_of(node->settings);
  bool has_note = false;
  for (const auto& [key, attribute] : settings) {
    if (duplicate_setting(settings, key, "a TableGroup's settings")) continue;
    if (key == "color") {
      const Node* v = attribute->b;
      if (v && v->is(NodeKind::Literal) && v->tok->kind == Tok::Color) {
        group.color = v->tok->text;
      } else {
        error(DiagCode::DbmlInvalid, v ? v : attribute, "'color' must be a color literal");
      }
    } else if (key == "note") {
      if (auto s = string_value(attribute, "note")) group.note = *s;
      has_note = true;
    } else {
      error(DiagCode::DbmlInvalid, attribute, "unknown TableGroup setting '" + key + "'");
    }
  }
  if (!node->body || !node->body->is(NodeKind::Block)) {
    error(DiagCode::DbmlInvalid, node, "a TableGroup must have a body in braces");
    return;
  }
  (void)has_note;
  std::vector<const Node*> body_notes;
  for (const Node* line : node->body->list) {
    if (line && line->is(NodeKind::Element) && line->tok && to_lower(line->tok->text) == "note") {
      body_notes.push_back(line);
      if (auto note = note_body(line)) group.note = *note;
      continue;
    }
    auto names = dotted_names(line);
    if (names.empty() || names.size() > 2) {
      error(DiagCode::DbmlInvalid, line, "a TableGroup lists table names, one per line");
      continue;
    }
    QualifiedName table;
    if (names.size() == 2) table.schema = names[0];
    table.name = names.back();
    group.tables.push_back(table);
  }
  if (body_notes.size() > 1) {
    for (const Node* n : body_notes) error(DiagCode::DbmlDuplicate, n, "duplicate notes are defined");
  }
  for (const auto& existing : groups_) {
    if (existing.name == group.name) {
      error(DiagCode::DbmlDuplicate, node->a, "TableGroup '" + group.name + "' already exists");
      return;
    }
  }
  groups_.push_back(std::move(group));
  group_nodes_.push_back(node);
}

}  // namespace sf::dbml
