// COMMENT ON ...: attaches documentation to the object it names.
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

std::vector<std::string> name_parts(const PgNode* object) {
  if (object == nullptr) return {};
  if (object->node_case == PG_QUERY__NODE__NODE_LIST)
    return string_list(object->list->items, object->list->n_items);
  if (object->node_case == PG_QUERY__NODE__NODE_STRING) return {object->string->sval};
  return {};
}

QualifiedName to_name(const std::vector<std::string>& parts, size_t count) {
  QualifiedName name;
  if (count >= 1) name.name = parts[count - 1];
  if (count >= 2) name.schema = parts[count - 2];
  return name;
}

class Comment {
 public:
  Comment(ParseContext& ctx, const PgQuery__CommentStmt* stmt)
      : ctx_(ctx), stmt_(stmt), text_(stmt->comment), parts_(name_parts(stmt->object)) {}

  void run() {
    std::string* slot = find_slot();
    if (slot) *slot = text_;
  }

 private:
  std::string* missing(const std::string& what) {
    ctx_.unknown_object(std::string("COMMENT ON ") + object_type_name(stmt_->objtype) + ": " +
                        what + " does not exist");
    return nullptr;
  }

  Table* table(size_t count) {
    QualifiedName written = to_name(parts_, count);
    return ctx_.schema.find_table(ctx_.resolve_table(written));
  }

  View* view(size_t count) {
    QualifiedName written = to_name(parts_, count);
    return ctx_.schema.find_view(ctx_.resolve(
        written, [&](const QualifiedName& n) { return ctx_.schema.find_view(n) != nullptr; }));
  }

  /// COMMENT ON TRIGGER / POLICY / RULE name ON table: parts are (table..., name).
  template <typename Items>
  std::string* on_table_item(Items Table::*member, const char* kind) {
    if (parts_.size() < 2) return nullptr;
    Table* owner = table(parts_.size() - 1);
    if (!owner) return missing("table \"" + to_name(parts_, parts_.size() - 1).display() + "\"");
    auto& items = owner->*member;
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const auto& item) { return item.name == parts_.back(); });
    if (it == items.end()) return missing(std::string(kind) + " \"" + parts_.back() + "\"");
    return &it->comment;
  }

  std::string* type_slot(bool domain_only) {
    if (!stmt_->object || stmt_->object->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
      return nullptr;
    const auto* type_name = stmt_->object->type_name;
    QualifiedName name = ctx_.resolve_type(qualified_name(type_name->names, type_name->n_names));
    if (Domain* d = ctx_.schema.find_domain(name)) return &d->comment;
    if (!domain_only) {
      if (EnumType* e = ctx_.schema.find_enum(name)) return &e->comment;
      if (CompositeType* c = ctx_.schema.find_composite(name)) return &c->comment;
    }
    return missing("type \"" + name.display() + "\"");
  }

  std::string* find_slot() {
    switch (stmt_->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
        if (Table* t = table(parts_.size())) return &t->comment;
        return missing("table \"" + to_name(parts_, parts_.size()).display() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
        if (View* v = view(parts_.size())) return &v->comment;
        return missing("view \"" + to_name(parts_, parts_.size()).display() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
        QualifiedName name = ctx_.resolve_sequence(to_name(parts_, parts_.size()));
        if (Sequence* s = ctx_.schema.find_sequence(name)) return &s->comment;
        return missing("sequence \"" + name.display() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
        QualifiedName name = to_name(parts_, parts_.size());
        if (Index* index = find_index(ctx_, name, nullptr)) return &index->comment;
        if (constraint_index(name)) {
          ctx_.unsupported_clause(-1, "the comment on the index of constraint \"" + name.name +
                                          "\" is not kept (the model has no such index)");
          return nullptr;
        }
        return missing("index \"" + name.display() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
        if (parts_.size() < 2) return nullptr;
        size_t relation_parts = parts_.size() - 1;
        if (Table* t = table(relation_parts)) {
          if (Column* c = t->find_column(parts_.back())) return &c->comment;
          return missing("column \"" + parts_.back() + "\"");
        }
        if (view(relation_parts)) {
          ctx_.unsupported_clause(-1, "comments on view columns are not kept in the model");
          return nullptr;
        }
        QualifiedName type_name = ctx_.resolve_type(to_name(parts_, relation_parts));
        if (ctx_.schema.find_composite(type_name)) {
          ctx_.unsupported_clause(
              -1, "comments on composite type attributes are not kept in the model");
          return nullptr;
        }
        return missing("relation \"" + to_name(parts_, relation_parts).display() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
        if (parts_.size() < 2) return nullptr;
        Table* t = table(parts_.size() - 1);
        if (!t) return missing("table \"" + to_name(parts_, parts_.size() - 1).display() + "\"");
        if (auto found = find_table_constraint(*t, parts_.back())) return found->comment;
        return missing("constraint \"" + parts_.back() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
        return on_table_item(&Table::triggers, "trigger");
      case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
        return on_table_item(&Table::policies, "policy");
      case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
        return on_table_item(&Table::rules, "rule");
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
        return type_slot(false);
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
        return type_slot(true);
      case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
        if (!stmt_->object || stmt_->object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)
          return nullptr;
        const auto* function = stmt_->object->object_with_args;
        if (Function* f = find_function(ctx_, function)) return &f->comment;
        return missing("function \"" +
                       qualified_name(function->objname, function->n_objname).display() + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
        return schema_slot();
      case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: {
        std::string name = parts_.empty() ? std::string() : parts_[0];
        for (auto& extension : ctx_.schema.extensions) {
          if (extension.name == name) return &extension.comment;
        }
        return missing("extension \"" + name + "\"");
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_ROLE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLESPACE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE:
        ctx_.skipped(std::string("COMMENT ON ") + object_type_name(stmt_->objtype));
        return nullptr;
      default:
        ctx_.unsupported(std::string("COMMENT ON ") + object_type_name(stmt_->objtype));
        return nullptr;
    }
  }

  /// Whether `name` is the index behind a primary key, unique or exclusion constraint.
  bool constraint_index(const QualifiedName& name) {
    for (auto& table : ctx_.schema.tables) {
      if (!name.schema.empty() && table.name.effective_schema() != name.schema) continue;
      auto found = find_table_constraint(table, name.name);
      if (found && found->has_index) return true;
    }
    return false;
  }

  std::string* schema_slot() {
    std::string name = parts_.empty() ? std::string() : parts_[0];
    for (auto& ns : ctx_.schema.namespaces) {
      if (ns.name == name) return &ns.comment;
    }
    // A schema the source did not create (public, usually).
    for (auto& ns : ctx_.schema.namespace_comments) {
      if (ns.name == name) return &ns.comment;
    }
    Namespace ns;
    ns.name = name;
    ns.loc = ctx_.statement_loc();
    ns.ordinal = ctx_.schema.next_ordinal();
    ctx_.schema.namespace_comments.push_back(std::move(ns));
    return &ctx_.schema.namespace_comments.back().comment;
  }

  ParseContext& ctx_;
  const PgQuery__CommentStmt* stmt_;
  std::string text_;
  std::vector<std::string> parts_;
};

}  // namespace

void transform_comment(ParseContext& ctx, const PgQuery__CommentStmt* stmt) {
  Comment(ctx, stmt).run();
}

}  // namespace sf::detail
