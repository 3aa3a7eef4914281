// CREATE SCHEMA, COMMENT ON SCHEMA, CREATE EXTENSION.
#include "backends/sql/emit.h"

namespace sf::detail {

void emit_namespace(EmitContext& ctx, const Namespace& ns) {
  // Without schemas the tables are flattened into one database; emit_sql reports a clash
  // of several schemas, and a comment on the schema is reported below.
  if (!ctx.dialect.has_schemas) {
    emit_namespace_comment(ctx, ns);
    return;
  }
  ctx.w.begin().kw("CREATE SCHEMA").ident(ns.name).end();
  emit_namespace_comment(ctx, ns);
}

void emit_namespace_comment(EmitContext& ctx, const Namespace& ns) {
  if (ns.comment.empty()) return;
  if (ctx.dialect.comment_style != CommentStyle::CommentOn) {
    ctx.unsupported(ns.loc, describe("schema", ns.name), "a comment");
    return;
  }
  ctx.w.begin().kw("COMMENT ON SCHEMA").ident(ns.name).kw("IS").literal(ns.comment).end();
}

void emit_extension(EmitContext& ctx, const Extension& extension) {
  if (!ctx.dialect.has_extensions) {
    ctx.unsupported(extension.loc, describe("extension", extension.name), "CREATE EXTENSION");
    return;
  }
  SqlWriter& w = ctx.w;
  w.begin().kw("CREATE EXTENSION IF NOT EXISTS").ident(extension.name);
  if (!extension.schema.empty()) w.kw("WITH SCHEMA").ident(extension.schema);
  if (!extension.version.empty()) w.kw("VERSION").literal(extension.version);
  w.end();
  if (!extension.comment.empty()) {
    w.begin().kw("COMMENT ON EXTENSION").ident(extension.name).kw("IS");
    w.literal(extension.comment).end();
  }
}

}  // namespace sf::detail
