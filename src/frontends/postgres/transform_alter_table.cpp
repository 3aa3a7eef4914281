// ALTER TABLE (and ALTER INDEX / SEQUENCE / VIEW, which share its statement node).
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

/// Subcommands that change the schema in ways the model cannot hold, named for SF2002.
const char* unsupported_subcommand(PgQuery__AlterTableType subtype) {
  switch (subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
      return "ALTER COLUMN ... SET STATISTICS";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
      return "ALTER COLUMN ... SET (...)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
      return "ALTER COLUMN ... RESET (...)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
      return "ALTER COLUMN ... SET STORAGE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
      return "ALTER COLUMN ... SET COMPRESSION";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
      return "CLUSTER ON";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
      return "SET WITHOUT CLUSTER";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity:
      return "REPLICA IDENTITY";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
      return "SET TABLESPACE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod:
      return "SET ACCESS METHOD";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
      return "ENABLE TRIGGER";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
      return "DISABLE TRIGGER";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule:
      return "ENABLE RULE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule:
      return "DISABLE RULE";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddOf:
      return "OF type";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropOf:
      return "NOT OF";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_GenericOptions:
      return "OPTIONS (...)";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnGenericOptions:
      return "ALTER COLUMN ... OPTIONS";
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartitionFinalize:
      return "DETACH PARTITION ... FINALIZE";
    default:
      return "this subcommand";
  }
}

class AlterTable {
 public:
  AlterTable(ParseContext& ctx, const PgQuery__AlterTableStmt* stmt)
      : ctx_(ctx), stmt_(stmt), written_(qualified_name(stmt->relation)) {}

  void run() {
    bool owner_only = true;
    for (size_t i = 0; i < stmt_->n_cmds; ++i) {
      const auto* cmd = stmt_->cmds[i]->alter_table_cmd;
      if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) owner_only = false;
    }
    const char* kind = object_type_name(stmt_->objtype);
    if (owner_only) {
      ctx_.skipped(std::string("ALTER ") + kind + " " + written_.display() + " OWNER TO");
      return;
    }
    switch (stmt_->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
        alter_table();
        return;
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
        alter_index();
        return;
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
        alter_view();
        return;
      default:
        ctx_.unsupported(std::string("ALTER ") + kind + " " + written_.display());
        return;
    }
  }

 private:
  void alter_index() {
    for (size_t i = 0; i < stmt_->n_cmds; ++i) {
      const auto* cmd = stmt_->cmds[i]->alter_table_cmd;
      switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
          // The partitions' indexes belong to the partitioned index implicitly.
          ctx_.skipped("ALTER INDEX " + written_.display() +
                       " ATTACH PARTITION (partitioned index children are implicit)");
          break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
          break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions: {
          Index* index = find_index(ctx_, written_, nullptr);
          if (!index) {
            missing("index");
            return;
          }
          merge_options(index->with, cmd->def);
          break;
        }
        default:
          ctx_.unsupported("ALTER INDEX " + written_.display() + " " +
                           unsupported_subcommand(cmd->subtype));
          return;
      }
    }
  }

  void alter_view() {
    View* view = ctx_.schema.find_view(ctx_.resolve(
        written_, [&](const QualifiedName& n) { return ctx_.schema.find_view(n) != nullptr; }));
    for (size_t i = 0; i < stmt_->n_cmds; ++i) {
      const auto* cmd = stmt_->cmds[i]->alter_table_cmd;
      switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
          break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
          if (!view) {
            missing("view");
            return;
          }
          if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions)
            merge_options(view->options, cmd->def);
          else
            reset_options(view->options, cmd->def);
          break;
        default:
          ctx_.unsupported(std::string("ALTER ") + object_type_name(stmt_->objtype) + " " +
                           written_.display() + " " + unsupported_subcommand(cmd->subtype));
          return;
      }
    }
  }

  void missing(const char* what) {
    if (stmt_->missing_ok) {
      ctx_.info(DiagCode::SkippedStatement,
                std::string(what) + " \"" + written_.display() + "\" does not exist, skipping");
    } else {
      ctx_.unknown_object(std::string(what) + " \"" + written_.display() + "\" does not exist");
    }
  }

  void alter_table() {
    table_ = ctx_.schema.find_table(ctx_.resolve_table(written_));
    if (!table_) {
      missing("table");
      return;
    }
    for (size_t i = 0; i < stmt_->n_cmds; ++i) {
      if (!apply(stmt_->cmds[i]->alter_table_cmd)) return;
    }
  }

  Column* column(const char* name) {
    Column* column = table_->find_column(name);
    if (!column) {
      ctx_.unknown_object(std::string("column \"") + name + "\" of relation \"" +
                          table_->name.display() + "\" does not exist");
    }
    return column;
  }

  void merge_options(std::vector<StorageParam>& options, const PgNode* def) {
    if (def == nullptr || def->node_case != PG_QUERY__NODE__NODE_LIST) return;
    for (auto& param : storage_params(def->list->items, def->list->n_items)) {
      auto it = std::find_if(options.begin(), options.end(),
                             [&](const StorageParam& p) { return p.name == param.name; });
      if (it != options.end())
        *it = std::move(param);
      else
        options.push_back(std::move(param));
    }
  }

  void reset_options(std::vector<StorageParam>& options, const PgNode* def) {
    if (def == nullptr || def->node_case != PG_QUERY__NODE__NODE_LIST) return;
    for (const auto& param : storage_params(def->list->items, def->list->n_items)) {
      std::erase_if(options, [&](const StorageParam& p) { return p.name == param.name; });
    }
  }

  void drop_column(const PgQuery__AlterTableCmd* cmd) {
    std::string name = cmd->name;
    auto it = std::find_if(table_->columns.begin(), table_->columns.end(),
                           [&](const Column& c) { return c.name == name; });
    if (it == table_->columns.end()) {
      if (cmd->missing_ok) {
        ctx_.info(DiagCode::SkippedStatement, "column \"" + name + "\" does not exist, skipping");
      } else {
        column(name.c_str());
      }
      return;
    }
    table_->columns.erase(it);
    // Indexes and constraints over the column go with it, as in PostgreSQL.
    auto uses = [&](const std::vector<std::string>& columns) {
      return std::find(columns.begin(), columns.end(), name) != columns.end();
    };
    if (table_->primary_key && uses(table_->primary_key->columns)) table_->primary_key.reset();
    std::erase_if(table_->uniques, [&](const UniqueConstraint& u) { return uses(u.columns); });
    std::erase_if(table_->foreign_keys, [&](const ForeignKey& f) { return uses(f.columns); });
    std::erase_if(table_->checks, [&](const CheckConstraint& c) { return c.column == name; });
    std::erase_if(table_->indexes, [&](const Index& index) {
      return std::any_of(index.elements.begin(), index.elements.end(),
                         [&](const IndexElement& e) { return e.column == name; });
    });
  }

  void attach_partition(const PgQuery__AlterTableCmd* cmd) {
    if (cmd->def == nullptr || cmd->def->node_case != PG_QUERY__NODE__NODE_PARTITION_CMD) return;
    const auto* partition = cmd->def->partition_cmd;
    QualifiedName child_name = ctx_.resolve_table(qualified_name(partition->name));
    Table* child = ctx_.schema.find_table(child_name);
    if (!child) {
      ctx_.unknown_object("table \"" + child_name.display() + "\" does not exist");
      return;
    }
    PartitionOf of;
    of.parent = table_->name;
    of.bound_sql = partition_bound_sql(ctx_, partition->bound);
    of.attached = true;
    child->partition_of = std::move(of);
  }

  /// Applies one subcommand; false stops the statement (an error was reported).
  bool apply(const PgQuery__AlterTableCmd* cmd) {
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumnRecurse: {
        const auto* def = cmd->def->column_def;
        if (table_->find_column(def->colname)) {
          if (cmd->missing_ok) {
            ctx_.info(DiagCode::SkippedStatement,
                      "column \"" + std::string(def->colname) + "\" already exists, skipping");
            return true;
          }
          ctx_.duplicate_object("column \"" + std::string(def->colname) + "\" of relation \"" +
                                table_->name.display() + "\" already exists");
          return false;
        }
        Column added = transform_column(ctx_, *table_, def);
        table_->columns.push_back(std::move(added));
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumnRecurse:
        drop_column(cmd);
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
        Column* c = column(cmd->name);
        if (!c) return false;
        if (cmd->def)
          c->default_value = transform_expr(ctx_, cmd->def);
        else
          c->default_value.reset();
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull: {
        Column* c = column(cmd->name);
        if (!c) return false;
        c->not_null = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull;
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        Column* c = column(cmd->name);
        if (!c) return false;
        const auto* def = cmd->def->column_def;
        c->type = transform_type(ctx_, def->type_name);
        if (def->coll_clause)
          c->collation = collation_sql(def->coll_clause->collname, def->coll_clause->n_collname);
        return true;  // USING (conversion of existing rows) does not change the schema
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression: {
        Column* c = column(cmd->name);
        if (!c) return false;
        c->generated.reset();
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity: {
        Column* c = column(cmd->name);
        if (!c) return false;
        const auto* constraint = cmd->def->constraint;
        Identity identity;
        identity.always = constraint->generated_when[0] == 'a';
        apply_sequence_options(ctx_, identity.options, constraint->options, constraint->n_options,
                               nullptr, nullptr);
        c->identity = std::move(identity);
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity: {
        Column* c = column(cmd->name);
        if (!c) return false;
        if (!c->identity) {
          ctx_.unknown_object("column \"" + c->name + "\" is not an identity column");
          return false;
        }
        if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST) {
          const auto* list = cmd->def->list;
          for (size_t i = 0; i < list->n_items; ++i) {
            const auto* def = list->items[i]->def_elem;
            if (std::string(def->defname) == "generated") {
              c->identity->always = integer_value(def->arg).value_or(0) == 'a';
            } else {
              apply_sequence_options(ctx_, c->identity->options, &list->items[i], 1, nullptr,
                                     nullptr);
            }
          }
        }
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity: {
        Column* c = column(cmd->name);
        if (!c) return false;
        c->identity.reset();
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraintRecurse:
        add_table_constraint(ctx_, *table_, cmd->def->constraint, "");
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraintRecurse:
        if (!drop_table_constraint(*table_, cmd->name)) {
          if (cmd->missing_ok) {
            ctx_.info(DiagCode::SkippedStatement,
                      "constraint \"" + std::string(cmd->name) + "\" does not exist, skipping");
          } else {
            ctx_.unknown_object("constraint \"" + std::string(cmd->name) + "\" of relation \"" +
                                table_->name.display() + "\" does not exist");
            return false;
          }
        }
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraintRecurse:
        return validate_constraint(cmd->name);
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterConstraint:
        return alter_constraint(cmd->def->constraint);
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
        attach_partition(cmd);
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
        const auto* partition = cmd->def->partition_cmd;
        Table* child = ctx_.schema.find_table(ctx_.resolve_table(qualified_name(partition->name)));
        if (child) child->partition_of.reset();
        return true;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
        table_->rls_enabled = true;
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
        table_->rls_enabled = false;
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
        table_->rls_forced = true;
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
        table_->rls_forced = false;
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
        merge_options(table_->options, cmd->def);
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
        reset_options(table_->options, cmd->def);
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
        table_->unlogged = false;
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
        table_->unlogged = true;
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
        table_->inherits.push_back(ctx_.resolve_table(qualified_name(cmd->def->range_var)));
        return true;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit: {
        QualifiedName parent = ctx_.resolve_table(qualified_name(cmd->def->range_var));
        std::erase_if(table_->inherits,
                      [&](const QualifiedName& n) { return n.same_object(parent); });
        return true;
      }
      default:
        ctx_.unsupported("ALTER TABLE " + table_->name.display() + " " +
                         unsupported_subcommand(cmd->subtype));
        return false;
    }
  }

  bool validate_constraint(const std::string& name) {
    for (auto& check : table_->checks) {
      if (check.name == name) {
        check.not_valid = false;
        return true;
      }
    }
    for (auto& fk : table_->foreign_keys) {
      if (fk.name == name) {
        fk.not_valid = false;
        return true;
      }
    }
    ctx_.unknown_object("constraint \"" + name + "\" of relation \"" + table_->name.display() +
                        "\" does not exist");
    return false;
  }

  bool alter_constraint(const PgQuery__Constraint* constraint) {
    for (auto& fk : table_->foreign_keys) {
      if (fk.name == constraint->conname) {
        fk.timing = ConstraintTiming{static_cast<bool>(constraint->deferrable),
                                     static_cast<bool>(constraint->initdeferred)};
        return true;
      }
    }
    ctx_.unknown_object(std::string("foreign key constraint \"") + constraint->conname +
                        "\" of relation \"" + table_->name.display() + "\" does not exist");
    return false;
  }

  ParseContext& ctx_;
  const PgQuery__AlterTableStmt* stmt_;
  QualifiedName written_;
  Table* table_ = nullptr;
};

}  // namespace

void transform_alter_table(ParseContext& ctx, const PgQuery__AlterTableStmt* stmt) {
  AlterTable(ctx, stmt).run();
}

}  // namespace sf::detail
