// Seed 001 step 2 and 4: each entity becomes a table with a primary key, its fields, the
// columns of its links, and the audit columns of the conventions.
#include "analyses/design/design_context.h"

namespace sf::detail {

namespace {

void add_id(DesignContext& ctx, Table& table, IdKind kind) {
  const std::string& t = table.name.name;
  Column id = make_column("id", id_type(kind));
  if (kind == IdKind::Uuid) {
    id.default_value = ctx.expr("gen_random_uuid()");
    ctx.decide(t, {DecisionKind::Structure, "id", "uuid DEFAULT gen_random_uuid()",
                   "keys can be made anywhere (client, import, another service) and are not guessable",
                   {{"bigint identity", "sequential keys leak row counts and need the database to mint them"}}});
  } else {
    id.identity = Identity{true, {}};
    ctx.decide(t, {DecisionKind::Structure, "id", "bigint GENERATED ALWAYS AS IDENTITY",
                   "high-volume rows: an 8-byte key inserted in order keeps the primary-key index small",
                   {{"uuid", "16 bytes and random insert order for rows that never leave the database"},
                    {"serial", "the older form; identity columns are the SQL standard"}}});
  }
  table.columns.push_back(std::move(id));
  table.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", {}};
}

void add_timestamp(DesignContext& ctx, Table& table, const std::string& name, bool not_null) {
  Column column = make_column(name, timestamptz_type());
  column.not_null = not_null;
  if (not_null) column.default_value = ctx.expr("now()");
  table.columns.push_back(std::move(column));
}

const BriefRelationship* link_for(const Brief& brief, const BriefEntity& entity, const std::string& column) {
  for (const auto& link : brief.relationships) {
    if (link.kind != RelationKind::ManyToMany && link.from == entity.name && link_column(link) == column)
      return &link;
  }
  return nullptr;
}

}  // namespace

void design_tables(DesignContext& ctx) {
  const Brief& brief = ctx.brief;
  const std::string& tenancy_key = brief.conventions.tenancy_key;
  for (const auto& entity : brief.entities) {
    Table table;
    table.name = QualifiedName{"", entity.name};
    table.comment = entity.purpose;
    table.loc = entity.loc;
    ctx.record.table(table.name).journey = entity.journey;
    ctx.decide(entity.name, {DecisionKind::Structure, "", "a table of its own",
                             "the brief names " + entity.name +
                                 " as an entity: it persists and has many rows per owner",
                             {{"columns on another table", "it has its own lifecycle and relationships"}}});
    for (const auto& name : designed_columns(brief, entity)) {
      const BriefField* field = nullptr;
      for (const auto& candidate : entity.fields) {
        if (candidate.name == name) field = &candidate;
      }
      const BriefRelationship* link = link_for(brief, entity, name);
      if (name == "id") {
        add_id(ctx, table, ctx.id_kind(entity.name));
      } else if (link != nullptr || (field != nullptr && field->kind == FieldKind::Reference)) {
        std::string target = link ? link->to : field->to;
        Column column = make_column(name, id_type(ctx.id_kind(target)));
        column.not_null = link ? link->role != LinkRole::Optional : field->required;
        if (field != nullptr) {
          column.comment = field->description;
          column.loc = field->loc;
        }
        table.columns.push_back(std::move(column));
      } else if (name == tenancy_key && field == nullptr) {
        Column column = make_column(name, id_type(ctx.id_kind("tenants")));
        column.not_null = true;
        table.columns.push_back(std::move(column));
      } else if (field != nullptr) {
        design_column(ctx, table, *field);
      } else if (name == "created_at") {
        add_timestamp(ctx, table, name, true);
      } else if (name == "updated_at") {
        add_timestamp(ctx, table, name, true);
      } else if (name == "deleted_at") {
        add_timestamp(ctx, table, name, false);
      }
    }
    if (brief.conventions.timestamps) {
      ctx.decide(entity.name,
                 entity.append_only
                     ? DesignDecision{DecisionKind::Structure, "created_at", "created_at only",
                                      "append-only rows are never changed, so updated_at would always equal created_at",
                                      {{"updated_at as well", "it would never differ"}}}
                     : DesignDecision{DecisionKind::Structure, "created_at, updated_at",
                                      "timestamptz NOT NULL DEFAULT now()",
                                      "every mutable row says when it was made and last changed",
                                      {{"no audit columns", "debugging and syncing need them"}}});
    }
    ctx.schema.tables.push_back(std::move(table));
  }
  bool any_uuid = false;
  for (const auto& table : ctx.schema.tables) {
    any_uuid = any_uuid || table.columns.front().type.kind == TypeKind::Uuid;
  }
  if (any_uuid) {
    Extension pgcrypto;
    pgcrypto.name = "pgcrypto";
    ctx.schema.extensions.push_back(pgcrypto);
  }
}

}  // namespace sf::detail
