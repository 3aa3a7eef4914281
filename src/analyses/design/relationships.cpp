// Seed 001 step 3 and the referential-action tree: belongs-to links become foreign keys
// whose ON DELETE follows the link's role; many-to-many links become join tables.
#include <algorithm>

#include "analyses/design/design_context.h"

namespace sf::detail {

namespace {

FkAction action_of(LinkRole role) {
  switch (role) {
    case LinkRole::Owner: return FkAction::Cascade;
    case LinkRole::Reference: return FkAction::Restrict;
    case LinkRole::Optional: return FkAction::SetNull;
  }
  return FkAction::NoAction;
}

DesignDecision action_decision(const std::string& column, const std::string& parent, LinkRole role) {
  switch (role) {
    case LinkRole::Owner:
      return {DecisionKind::Constraint, column, "ON DELETE CASCADE, NOT NULL",
              parent + " owns these rows: deleting the parent deletes them",
              {{"RESTRICT", "would force callers to delete children by hand first"},
               {"SET NULL", "orphans would have no meaning without their owner"}}};
    case LinkRole::Reference:
      return {DecisionKind::Constraint, column, "ON DELETE RESTRICT, NOT NULL",
              "these rows need the " + parent + " row they point at: its deletion is refused while they exist",
              {{"CASCADE", "deleting a shared " + parent + " row would silently delete history"},
               {"SET NULL", "the link is required"}}};
    case LinkRole::Optional:
      return {DecisionKind::Constraint, column, "ON DELETE SET NULL, nullable",
              "the link is optional: the row stays when its " + parent + " row goes",
              {{"CASCADE", "the row has a life of its own"},
               {"RESTRICT", "would block deleting " + parent + " for an optional link"}}};
  }
  return {};
}

ForeignKey foreign_key(const std::string& column, const std::string& parent, LinkRole role, const SourceLoc& loc) {
  ForeignKey fk;
  fk.columns = {column};
  fk.ref_table = QualifiedName{"", parent};
  fk.ref_columns = {"id"};
  fk.on_delete = action_of(role);
  fk.loc = loc;
  return fk;
}

void add_join_table(DesignContext& ctx, const BriefRelationship& link) {
  Table table;
  table.name = QualifiedName{"", link.through};
  table.comment = link.description;
  table.loc = link.loc;
  std::string left = singular(link.from) + "_id";
  std::string right = singular(link.to) + "_id";
  for (const auto& [column_name, entity] : {std::pair{left, link.from}, std::pair{right, link.to}}) {
    Column column = make_column(column_name, id_type(ctx.id_kind(entity)));
    column.not_null = true;
    table.columns.push_back(std::move(column));
  }
  for (const auto& field : link.attributes) design_column(ctx, table, field);
  if (ctx.brief.conventions.timestamps) {
    Column created = make_column("created_at", timestamptz_type());
    created.not_null = true;
    created.default_value = ctx.expr("now()");
    table.columns.push_back(std::move(created));
  }
  table.primary_key = PrimaryKey{"", {left, right}, {}, {}, "", {}};
  table.foreign_keys.push_back(foreign_key(left, link.from, link.role, link.loc));
  table.foreign_keys.push_back(foreign_key(right, link.to, link.to_role, link.loc));
  const std::string& t = link.through;
  ctx.decide(t, {DecisionKind::Structure, "", "a join table with primary key (" + left + ", " + right + ")",
                 link.from + " and " + link.to + " are many-to-many: each side has many of the other, and a pair is linked once",
                 {{"an array of ids on " + link.from, "no foreign keys, no index on the other side"},
                  {"a surrogate id", "the pair is the identity; a second key adds an index for nothing"}}});
  ctx.decide(t, action_decision(left, link.from, link.role));
  ctx.decide(t, action_decision(right, link.to, link.to_role));
  // After the later of its two tables, so it reads next to them.
  auto& tables = ctx.schema.tables;
  auto position = tables.begin();
  for (auto it = tables.begin(); it != tables.end(); ++it) {
    if (it->name.name == link.from || it->name.name == link.to) position = it + 1;
  }
  tables.insert(position, std::move(table));
}

}  // namespace

void design_relationships(DesignContext& ctx) {
  const Brief& brief = ctx.brief;
  for (const auto& entity : brief.entities) {
    Table* table = ctx.table(entity.name);
    // Columns in table order, so foreign keys are listed as the columns are.
    for (const auto& column : table->columns) {
      const BriefRelationship* link = nullptr;
      for (const auto& candidate : brief.relationships) {
        if (candidate.kind != RelationKind::ManyToMany && candidate.from == entity.name &&
            link_column(candidate) == column.name)
          link = &candidate;
      }
      const BriefField* field = nullptr;
      for (const auto& candidate : entity.fields) {
        if (candidate.name == column.name && candidate.kind == FieldKind::Reference) field = &candidate;
      }
      std::string parent;
      LinkRole role = LinkRole::Owner;
      SourceLoc loc;
      if (link != nullptr) {
        parent = link->to;
        role = link->role;
        loc = link->loc;
      } else if (field != nullptr) {
        parent = field->to;
        role = field->required ? LinkRole::Reference : LinkRole::Optional;
        loc = field->loc;
      } else if (column.name == brief.conventions.tenancy_key && brief.find_entity("tenants")) {
        parent = "tenants";
        role = LinkRole::Owner;
      } else {
        continue;
      }
      table->foreign_keys.push_back(foreign_key(column.name, parent, role, loc));
      ctx.decide(entity.name, action_decision(column.name, parent, role));
      if (link != nullptr && link->kind == RelationKind::OneToOne) {
        UniqueConstraint unique;
        unique.columns = {column.name};
        table->uniques.push_back(unique);
        ctx.decide(entity.name, {DecisionKind::Structure, column.name, "UNIQUE foreign key (one-to-one)",
                                 "each " + parent + " row has at most one of these",
                                 {{"columns on " + parent, "the extra attributes are optional and read separately"}}});
      }
    }
  }
  for (const auto& link : brief.relationships) {
    if (link.kind == RelationKind::ManyToMany) add_join_table(ctx, link);
  }
}

}  // namespace sf::detail
