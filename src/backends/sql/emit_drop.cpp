// The down script of emit_sql(): what it creates, dropped in reverse dependency order.
#include <algorithm>

#include "backends/sql/emit.h"

namespace sf {

std::string emit_drop_sql(const Schema& schema, const SqlOptions& options) {
  using namespace detail;
  const DialectTraits& dialect = dialect_traits(options.dialect);
  SqlWriter w(dialect);
  Diagnostics ignored;  // creation order's own reports belong to emit_sql
  EmitContext ctx{schema, dialect, w, ignored, OnUnsupported::Ignore};
  plan_names(ctx);  // the tables' names as emit_sql writes them
  std::vector<const View*> views = by_ordinal(schema.views);
  std::reverse(views.begin(), views.end());
  for (const View* view : views) {
    w.begin().kw(view->materialized && dialect.has_materialized_views ? "DROP MATERIALIZED VIEW" : "DROP VIEW")
        .kw("IF EXISTS").name(view->name).end();
  }
  // Children before parents; partitions (created after their parent) before it.
  std::vector<const Table*> tables = table_creation_order(schema, ctx);
  std::reverse(tables.begin(), tables.end());
  for (const Table* table : tables) w.begin().kw("DROP TABLE IF EXISTS").name(table->name).end();
  if (dialect.has_postgres_definitions) {
    std::vector<const Function*> functions = by_ordinal(schema.functions);
    std::reverse(functions.begin(), functions.end());
    for (const Function* function : functions) {
      const char* kind = "DROP FUNCTION IF EXISTS";
      switch (function->kind) {
        case RoutineKind::Function: break;
        case RoutineKind::Procedure: kind = "DROP PROCEDURE IF EXISTS"; break;
        case RoutineKind::Aggregate: kind = "DROP AGGREGATE IF EXISTS"; break;
      }
      w.begin().kw(kind).function_name(function->name).glued("(" + function->arguments + ")").end();
    }
  }
  if (dialect.has_sequences) {
    for (const Sequence* sequence : by_ordinal(schema.sequences)) {
      w.begin().kw("DROP SEQUENCE IF EXISTS").name(sequence->name).end();
    }
  }
  std::vector<TypeItem> types = type_creation_order(schema);
  std::reverse(types.begin(), types.end());
  for (const TypeItem& item : types) {
    if (item.enum_type && dialect.enum_style == EnumStyle::NativeType) {
      w.begin().kw("DROP TYPE IF EXISTS").type_name(item.enum_type->name).end();
    } else if (item.domain && dialect.has_domains) {
      w.begin().kw("DROP DOMAIN IF EXISTS").type_name(item.domain->name).end();
    } else if (item.composite && dialect.has_composite_types) {
      w.begin().kw("DROP TYPE IF EXISTS").type_name(item.composite->name).end();
    }
  }
  if (dialect.has_extensions) {
    std::vector<const Extension*> extensions = by_ordinal(schema.extensions);
    std::reverse(extensions.begin(), extensions.end());
    for (const Extension* extension : extensions) w.begin().kw("DROP EXTENSION IF EXISTS").ident(extension->name).end();
  }
  if (dialect.has_schemas) {
    std::vector<const Namespace*> namespaces = by_ordinal(schema.namespaces);
    std::reverse(namespaces.begin(), namespaces.end());
    for (const Namespace* ns : namespaces) w.begin().kw("DROP SCHEMA IF EXISTS").ident(ns->name).end();
  }
  return w.str();
}

}  // namespace sf
