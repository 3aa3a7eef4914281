// CREATE TYPE ... AS ENUM / AS (composite), CREATE DOMAIN, and their ALTERs.
#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

namespace {

bool type_name_taken(ParseContext& ctx, const QualifiedName& name) {
  if (ctx.schema.find_enum(name) || ctx.schema.find_domain(name) ||
      ctx.schema.find_composite(name)) {
    ctx.duplicate_object("type \"" + name.display() + "\" already exists");
    return true;
  }
  return false;
}

CheckConstraint domain_check(ParseContext& ctx, const PgQuery__Constraint* constraint) {
  CheckConstraint check;
  check.name = constraint->conname;
  check.expr = transform_expr(ctx, constraint->raw_expr);
  check.not_valid = constraint->skip_validation;
  check.loc = ctx.loc(constraint->location);
  return check;
}

}  // namespace

void transform_create_enum(ParseContext& ctx, const PgQuery__CreateEnumStmt* stmt) {
  QualifiedName name = ctx.created_name(qualified_name(stmt->type_name, stmt->n_type_name));
  if (type_name_taken(ctx, name)) return;
  EnumType type;
  type.name = name;
  type.values = string_list(stmt->vals, stmt->n_vals);
  type.loc = ctx.statement_loc();
  type.ordinal = ctx.schema.next_ordinal();
  ctx.schema.enums.push_back(std::move(type));
}

void transform_alter_enum(ParseContext& ctx, const PgQuery__AlterEnumStmt* stmt) {
  QualifiedName written = qualified_name(stmt->type_name, stmt->n_type_name);
  EnumType* type = ctx.schema.find_enum(ctx.resolve_type(written));
  if (!type) {
    ctx.unknown_object("type \"" + written.display() + "\" does not exist");
    return;
  }
  auto& values = type->values;
  if (stmt->old_val[0] != '\0') {  // RENAME VALUE
    auto it = std::find(values.begin(), values.end(), std::string(stmt->old_val));
    if (it == values.end()) {
      ctx.unknown_object(std::string("\"") + stmt->old_val + "\" is not an existing enum label");
      return;
    }
    *it = stmt->new_val;
    return;
  }
  if (std::find(values.begin(), values.end(), std::string(stmt->new_val)) != values.end()) {
    if (stmt->skip_if_new_val_exists) {
      ctx.info(DiagCode::SkippedStatement,
               std::string("enum label \"") + stmt->new_val + "\" already exists, skipping");
    } else {
      ctx.duplicate_object(std::string("enum label \"") + stmt->new_val + "\" already exists");
    }
    return;
  }
  auto position = values.end();
  if (stmt->new_val_neighbor[0] != '\0') {
    position = std::find(values.begin(), values.end(), std::string(stmt->new_val_neighbor));
    if (position == values.end()) {
      ctx.unknown_object(std::string("\"") + stmt->new_val_neighbor +
                         "\" is not an existing enum label");
      return;
    }
    if (stmt->new_val_is_after) ++position;
  }
  values.insert(position, stmt->new_val);
}

void transform_composite_type(ParseContext& ctx, const PgQuery__CompositeTypeStmt* stmt) {
  QualifiedName name = ctx.created_name(qualified_name(stmt->typevar));
  if (type_name_taken(ctx, name)) return;
  CompositeType type;
  type.name = name;
  for (size_t i = 0; i < stmt->n_coldeflist; ++i) {
    if (stmt->coldeflist[i]->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) continue;
    const auto* def = stmt->coldeflist[i]->column_def;
    CompositeType::Attribute attribute;
    attribute.name = def->colname;
    attribute.type = transform_type(ctx, def->type_name);
    if (def->coll_clause)
      attribute.collation = collation_sql(def->coll_clause->collname, def->coll_clause->n_collname);
    type.attributes.push_back(std::move(attribute));
  }
  type.loc = ctx.statement_loc();
  type.ordinal = ctx.schema.next_ordinal();
  ctx.schema.composites.push_back(std::move(type));
}

void transform_create_domain(ParseContext& ctx, const PgQuery__CreateDomainStmt* stmt) {
  QualifiedName name = ctx.created_name(qualified_name(stmt->domainname, stmt->n_domainname));
  if (type_name_taken(ctx, name)) return;
  Domain domain;
  domain.name = name;
  domain.base = transform_type(ctx, stmt->type_name);
  if (stmt->coll_clause)
    domain.collation = collation_sql(stmt->coll_clause->collname, stmt->coll_clause->n_collname);
  for (size_t i = 0; i < stmt->n_constraints; ++i) {
    if (stmt->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    const auto* constraint = stmt->constraints[i]->constraint;
    switch (constraint->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        domain.not_null = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        domain.not_null = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        domain.default_value = transform_expr(ctx, constraint->raw_expr);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        domain.checks.push_back(domain_check(ctx, constraint));
        break;
      default:
        ctx.unsupported_clause(constraint->location,
                               "this domain constraint is not kept in the model");
        break;
    }
  }
  domain.loc = ctx.statement_loc();
  domain.ordinal = ctx.schema.next_ordinal();
  ctx.schema.domains.push_back(std::move(domain));
}

void transform_alter_domain(ParseContext& ctx, const PgQuery__AlterDomainStmt* stmt) {
  QualifiedName written = qualified_name(stmt->type_name, stmt->n_type_name);
  Domain* domain = ctx.schema.find_domain(ctx.resolve_type(written));
  if (!domain) {
    ctx.unknown_object("domain \"" + written.display() + "\" does not exist");
    return;
  }
  switch (stmt->subtype[0]) {
    case 'T':  // SET DEFAULT / DROP DEFAULT
      if (stmt->def)
        domain->default_value = transform_expr(ctx, stmt->def);
      else
        domain->default_value.reset();
      return;
    case 'N':
      domain->not_null = false;
      return;
    case 'O':
      domain->not_null = true;
      return;
    case 'C': {  // ADD CONSTRAINT
      if (!stmt->def || stmt->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) return;
      const auto* constraint = stmt->def->constraint;
      if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
        domain->checks.push_back(domain_check(ctx, constraint));
      } else if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) {
        domain->not_null = true;
      } else {
        ctx.unsupported("ALTER DOMAIN " + written.display() + " ADD CONSTRAINT of this kind");
      }
      return;
    }
    case 'X': {  // DROP CONSTRAINT
      auto& checks = domain->checks;
      auto it = std::find_if(checks.begin(), checks.end(),
                             [&](const CheckConstraint& c) { return c.name == stmt->name; });
      if (it != checks.end())
        checks.erase(it);
      else if (stmt->missing_ok)
        ctx.info(DiagCode::SkippedStatement,
                 std::string("constraint \"") + stmt->name + "\" does not exist, skipping");
      else
        ctx.unknown_object(std::string("constraint \"") + stmt->name + "\" of domain \"" +
                           written.display() + "\" does not exist");
      return;
    }
    case 'V':  // VALIDATE CONSTRAINT
      for (auto& check : domain->checks) {
        if (check.name == stmt->name) check.not_valid = false;
      }
      return;
    default:
      ctx.unsupported("ALTER DOMAIN " + written.display());
      return;
  }
}

}  // namespace sf::detail
