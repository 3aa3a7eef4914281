// CREATE SEQUENCE, ALTER SEQUENCE ... OWNED BY, and the options shared with identity columns.
#include "backends/sql/emit.h"

namespace sf::detail {

void write_sequence_options(EmitContext& ctx, const SequenceOptions& options, bool inline_list) {
  SqlWriter& w = ctx.w;
  auto next = [&] {
    if (!inline_list) w.clause();
  };
  if (!options.data_type.empty()) {
    next();
    w.kw("AS").sql(options.data_type);
  }
  if (options.increment) {
    next();
    w.kw("INCREMENT BY").number(*options.increment);
  }
  if (options.min_value) {
    next();
    w.kw("MINVALUE").number(*options.min_value);
  }
  if (options.max_value) {
    next();
    w.kw("MAXVALUE").number(*options.max_value);
  }
  if (options.start) {
    next();
    w.kw("START WITH").number(*options.start);
  }
  if (options.cache) {
    next();
    w.kw("CACHE").number(*options.cache);
  }
  if (options.cycle) {
    next();
    w.kw("CYCLE");
  }
}

void emit_sequence(EmitContext& ctx, const Sequence& sequence) {
  Subject object = describe("sequence", sequence.name);
  if (!ctx.dialect.has_sequences) {
    // An owned sequence feeds its column, which becomes the dialect's counter or says why not.
    if (sequence.owned_by_table.empty()) ctx.unsupported(sequence.loc, object, "CREATE SEQUENCE");
    return;
  }
  if (!sequence.options.sequence_name.empty()) {
    ctx.unsupported(sequence.loc, object,
                    "SEQUENCE NAME (an identity column's option) on a standalone sequence");
  }
  ctx.w.begin().kw("CREATE SEQUENCE").name(sequence.name);
  write_sequence_options(ctx, sequence.options, false);
  ctx.w.end();
  emit_comment(ctx, "SEQUENCE", sequence.name, sequence.comment);
}

void emit_sequence_owner(EmitContext& ctx, const Sequence& sequence) {
  if (sequence.owned_by_table.empty() || !ctx.dialect.has_sequences) return;
  if (sequence.owned_by_column.empty()) {
    ctx.unsupported(sequence.loc, describe("sequence", sequence.name),
                    "OWNED BY a table without a column");
    return;
  }
  ctx.w.begin().kw("ALTER SEQUENCE").name(sequence.name).kw("OWNED BY");
  ctx.w.column_of(sequence.owned_by_table, sequence.owned_by_column).end();
}

}  // namespace sf::detail
