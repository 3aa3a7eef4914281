// DROP ... [IF EXISTS] [CASCADE]: removes objects from the model.
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

class Drop {
 public:
  Drop(ParseContext& ctx, const PgQuery__DropStmt* stmt)
      : ctx_(ctx), stmt_(stmt), cascade_(stmt->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE) {}

  void run() {
    for (size_t i = 0; i < stmt_->n_objects; ++i) drop(stmt_->objects[i]);
  }

 private:
  const char* kind() const { return object_type_name(stmt_->remove_type); }

  void absent(const std::string& name) {
    std::string message = std::string(kind()) + " \"" + name + "\" does not exist";
    if (stmt_->missing_ok) {
      ctx_.info(DiagCode::SkippedStatement, message + ", skipping");
    } else {
      ctx_.unknown_object(message);
    }
  }

  static QualifiedName list_name(const PgNode* object, size_t drop_last = 0) {
    if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_LIST) return {};
    size_t count = object->list->n_items >= drop_last ? object->list->n_items - drop_last : 0;
    return qualified_name(object->list->items, count);
  }

  template <typename T>
  static bool erase_named(std::vector<T>& items, const QualifiedName& name) {
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const T& item) { return item.name.same_object(name); });
    if (it == items.end()) return false;
    items.erase(it);
    return true;
  }

  void drop_table(const QualifiedName& written) {
    QualifiedName name = ctx_.resolve_table(written);
    Table* table = ctx_.schema.find_table(name);
    if (!table) return absent(written.display());
    name = table->name;
    // PostgreSQL drops a table's partitions and owned sequences with it; CASCADE also drops
    // the foreign keys that point at it.
    std::vector<QualifiedName> partitions;
    for (const auto& t : ctx_.schema.tables) {
      if (t.partition_of && t.partition_of->parent.same_object(name)) partitions.push_back(t.name);
    }
    erase_named(ctx_.schema.tables, name);
    std::erase_if(ctx_.schema.sequences,
                  [&](const Sequence& s) { return s.owned_by_table.same_object(name); });
    if (cascade_) {
      for (auto& t : ctx_.schema.tables) {
        std::erase_if(t.foreign_keys,
                      [&](const ForeignKey& fk) { return fk.ref_table.same_object(name); });
      }
    }
    for (const auto& partition : partitions) drop_table(partition);
  }

  void drop_on_table(const PgNode* object) {
    // (table..., name) for TRIGGER / POLICY / RULE.
    if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_LIST ||
        object->list->n_items < 2)
      return;
    QualifiedName table_name = list_name(object, 1);
    std::string name = string_value(object->list->items[object->list->n_items - 1]);
    Table* table = ctx_.schema.find_table(ctx_.resolve_table(table_name));
    if (!table) return absent(name + "\" on \"" + table_name.display());
    auto erase = [&](auto& items) {
      auto it =
          std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.name == name; });
      if (it == items.end()) return false;
      items.erase(it);
      return true;
    };
    bool erased = false;
    switch (stmt_->remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
        erased = erase(table->triggers);
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
        erased = erase(table->policies);
        break;
      default:
        erased = erase(table->rules);
        break;
    }
    if (!erased) absent(name);
  }

  void drop_type(const PgNode* object, bool domain) {
    if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) return;
    const auto* type_name = object->type_name;
    QualifiedName written = qualified_name(type_name->names, type_name->n_names);
    QualifiedName name = ctx_.resolve_type(written);
    bool erased =
        domain ? erase_named(ctx_.schema.domains, name)
               : erase_named(ctx_.schema.enums, name) || erase_named(ctx_.schema.composites, name);
    if (!erased) absent(written.display());
  }

  void drop(const PgNode* object) {
    switch (stmt_->remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
        drop_table(list_name(object));
        return;
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
        bool materialized = stmt_->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW;
        QualifiedName written = list_name(object);
        QualifiedName name = ctx_.resolve(
            written, [&](const QualifiedName& n) { return ctx_.schema.find_view(n) != nullptr; });
        View* view = ctx_.schema.find_view(name);
        if (!view || view->materialized != materialized) return absent(written.display());
        erase_named(ctx_.schema.views, view->name);
        return;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
        QualifiedName written = list_name(object);
        if (!erase_named(ctx_.schema.sequences, ctx_.resolve_sequence(written)))
          absent(written.display());
        return;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
        QualifiedName written = list_name(object);
        std::vector<Index>* owner = nullptr;
        Index* index = find_index(ctx_, written, &owner);
        if (!index) return absent(written.display());
        owner->erase(owner->begin() + (index - owner->data()));
        return;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
        drop_type(object, false);
        return;
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
        drop_type(object, true);
        return;
      case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
        if (object == nullptr || object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return;
        const auto* function = object->object_with_args;
        Function* found = find_function(ctx_, function);
        if (!found) return absent(qualified_name(function->objname, function->n_objname).display());
        ctx_.function_signatures.erase(found->ordinal);
        ctx_.schema.functions.erase(ctx_.schema.functions.begin() +
                                    (found - ctx_.schema.functions.data()));
        return;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
        std::string name = string_value(object);
        auto& namespaces = ctx_.schema.namespaces;
        auto it = std::find_if(namespaces.begin(), namespaces.end(),
                               [&](const Namespace& n) { return n.name == name; });
        if (it == namespaces.end()) return absent(name);
        namespaces.erase(it);
        if (cascade_) drop_schema_contents(name);
        return;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: {
        std::string name = string_value(object);
        auto& extensions = ctx_.schema.extensions;
        auto it = std::find_if(extensions.begin(), extensions.end(),
                               [&](const Extension& e) { return e.name == name; });
        if (it == extensions.end()) return absent(name);
        extensions.erase(it);
        return;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
      case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
      case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
        drop_on_table(object);
        return;
      default:
        // Kinds the model never holds: nothing to remove, but say what was not followed.
        if (stmt_->missing_ok)
          ctx_.skipped(std::string("DROP ") + kind() + " IF EXISTS");
        else
          ctx_.unsupported(std::string("DROP ") + kind());
        return;
    }
  }

  void drop_schema_contents(const std::string& name) {
    auto in_schema = [&](const auto& item) { return item.name.effective_schema() == name; };
    std::erase_if(ctx_.schema.tables, in_schema);
    std::erase_if(ctx_.schema.views, in_schema);
    std::erase_if(ctx_.schema.sequences, in_schema);
    std::erase_if(ctx_.schema.enums, in_schema);
    std::erase_if(ctx_.schema.domains, in_schema);
    std::erase_if(ctx_.schema.composites, in_schema);
    std::erase_if(ctx_.schema.functions, in_schema);
  }

  ParseContext& ctx_;
  const PgQuery__DropStmt* stmt_;
  bool cascade_;
};

}  // namespace

void transform_drop(ParseContext& ctx, const PgQuery__DropStmt* stmt) { Drop(ctx, stmt).run(); }

}  // namespace sf::detail
