// CREATE TYPE ... AS ENUM, CREATE DOMAIN, CREATE TYPE ... AS (composite).
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_enum(EmitContext& ctx, const EnumType& type) {
  Subject object = describe("enum", type.name);
  if (ctx.dialect.enum_style != EnumStyle::NativeType) {
    // The values live on in each column (ENUM(...) or CHECK (... IN (...))).
    if (!type.comment.empty()) ctx.unsupported(type.loc, object, "a comment");
    return;
  }
  SqlWriter& w = ctx.w;
  w.begin().kw("CREATE TYPE").type_name(type.name).kw("AS ENUM").begin_block();
  for (const auto& value : type.values) w.item().literal(value);
  w.end_block().end();
  emit_comment(ctx, "TYPE", type.name, type.comment, NameUse::TypeOrFunction);
}

void emit_domain(EmitContext& ctx, const Domain& domain) {
  Subject object = describe("domain", domain.name);
  if (!ctx.dialect.has_domains) {
    ctx.unsupported(domain.loc, object,
                    "CREATE DOMAIN (columns take its base type without its default, NOT NULL "
                    "and checks)");
    return;
  }
  SqlWriter& w = ctx.w;
  w.begin().kw("CREATE DOMAIN").type_name(domain.name).kw("AS");
  write_type(ctx, domain.base, domain.loc, object);
  if (!domain.collation.empty()) w.clause().kw("COLLATE").sql(domain.collation);
  if (domain.default_value) {
    w.clause();
    write_default(ctx, *domain.default_value, domain.loc, object);
  }
  if (domain.not_null) w.clause().kw("NOT NULL");
  std::vector<const CheckConstraint*> not_valid;
  for (const auto& check : domain.checks) {
    if (check.no_inherit)
      ctx.unsupported(check.loc, object, "a NO INHERIT check (domains have no inheritance)");
    if (check.not_valid) {
      not_valid.push_back(&check);
      continue;
    }
    CheckConstraint plain = check;
    plain.no_inherit = false;
    w.clause();
    write_check(ctx, object, plain);
  }
  w.end();
  emit_comment(ctx, "DOMAIN", domain.name, domain.comment, NameUse::TypeOrFunction);
  for (const auto& check : domain.checks) {
    if (!check.not_valid) {
      emit_constraint_comment(ctx, domain.name, true, check.name, check.comment, check.loc);
    }
  }
  // A NOT VALID domain constraint can only be added to an existing domain.
  for (const CheckConstraint* check : not_valid) {
    CheckConstraint plain = *check;
    plain.no_inherit = false;
    w.begin().kw("ALTER DOMAIN").type_name(domain.name).clause().kw("ADD");
    write_check(ctx, object, plain);
    w.kw("NOT VALID").end();
    emit_constraint_comment(ctx, domain.name, true, check->name, check->comment, check->loc);
  }
}

void emit_composite(EmitContext& ctx, const CompositeType& type) {
  Subject object = describe("type", type.name);
  if (!ctx.dialect.has_composite_types) {
    ctx.unsupported(type.loc, object, "CREATE TYPE ... AS (...)");
    return;
  }
  SqlWriter& w = ctx.w;
  w.begin().kw("CREATE TYPE").type_name(type.name).kw("AS").begin_block();
  for (const auto& attribute : type.attributes) {
    w.item().ident(attribute.name);
    write_type(ctx, attribute.type, type.loc, object);
    if (!attribute.collation.empty()) w.kw("COLLATE").sql(attribute.collation);
  }
  w.end_block().end();
  emit_comment(ctx, "TYPE", type.name, type.comment, NameUse::TypeOrFunction);
}

}  // namespace sf::detail
