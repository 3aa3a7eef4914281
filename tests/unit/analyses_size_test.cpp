// The size analysis (analyses/size.h, docs/size.md): each PostgreSQL layout formula against
// a hand-computed case (the measured cases of advisor-seed-size.md section 3), then whole
// projections from a brief's scale.
#include <gtest/gtest.h>

#include "analyses/size/pg_storage.h"
#include "analyses_model_builder.h"
#include "schemaforge/analyses/size.h"

namespace sf {

namespace {

using detail::StoredWidth;

const StoredWidth kInt4{4, 4, false}, kInt8{8, 8, false}, kBool{1, 1, false}, kTimestamptz{8, 8, false},
    kUuid{16, 1, false};
StoredWidth text(int64_t bytes) { return {bytes, 4, true}; }

TEST(SizeFormulas, ValuesAlignAsPostgresPlacesThem) {
  EXPECT_EQ(detail::place_value(1, kInt4), 8);        // padded to 4
  EXPECT_EQ(detail::place_value(1, kInt8), 16);       // padded to 8
  EXPECT_EQ(detail::place_value(1, kUuid), 17);       // typalign 'c': no padding
  EXPECT_EQ(detail::place_value(1, text(10)), 12);    // short varlena: 1-byte header, no padding
  EXPECT_EQ(detail::place_value(1, text(126)), 128);  // still short
  EXPECT_EQ(detail::place_value(1, text(127)), 135);  // 4-byte header aligned to 4: 4 + 4 + 127
  // Column order matters: int4, int8 pads 4 bytes that int8, int4 does not.
  EXPECT_EQ(detail::data_bytes({kInt4, kInt8}), 16);
  EXPECT_EQ(detail::data_bytes({kInt8, kInt4}), 12);
}

TEST(SizeFormulas, HeapOfOneInt4ColumnMatchesTheMeasuredMillionRows) {
  // t_int(a int4): MAXALIGN(24 + 4) = 32 B a tuple, + 4 B pointer -> 8168 / 36 = 226 a page;
  // 1 M rows -> 4,425 pages = 36,249,600 B, as pg_relation_size measured.
  int64_t tuple = detail::heap_tuple_bytes({kInt4});
  EXPECT_EQ(tuple, 32);
  int64_t per_page = detail::heap_rows_per_page(tuple, 100);
  EXPECT_EQ(per_page, 226);
  EXPECT_EQ(detail::heap_bytes(1'000'000, per_page), 36'249'600);
  EXPECT_EQ(detail::heap_bytes(0, per_page), 0);
  EXPECT_EQ(detail::heap_bytes(1, per_page), 8192);
}

TEST(SizeFormulas, HeapOfMixedColumnsMatchesTheMeasuredPages) {
  // t_mix(int8, int4, bool, timestamptz, text 'user_N' ~10 B): data 8 + 4 + 1 + 3 pad + 8 + 11
  // = 35 -> MAXALIGN(24 + 35) = 64 -> 120 rows a page, 8,334 pages for 1 M (measured 120, 8,334).
  int64_t tuple = detail::heap_tuple_bytes({kInt8, kInt4, kBool, kTimestamptz, text(10)});
  EXPECT_EQ(tuple, 64);
  int64_t per_page = detail::heap_rows_per_page(tuple, 100);
  EXPECT_EQ(per_page, 120);
  EXPECT_EQ(detail::heap_bytes(1'000'000, per_page), 8334LL * 8192);
  // fillfactor 50 halves the usable space: (4096 - 24) / 68 = 59.
  EXPECT_EQ(detail::heap_rows_per_page(tuple, 50), 59);
  // Tiny tuples stop at MaxHeapTuplesPerPage.
  EXPECT_EQ(detail::heap_rows_per_page(24, 100), 291);
}

TEST(SizeFormulas, BtreeOfInt4MatchesTheMeasuredBuild) {
  // MAXALIGN(8 + 4) = 16 B; (8152 - 819) / 20 = 366 a leaf -> 2,733 leaves; inner fanout at
  // 70 %: (8152 - 2457) / 20 = 284 -> 10 + 1 inner pages; + metapage = 2,745 (measured 2,745).
  int64_t entry = detail::index_tuple_bytes({kInt4});
  EXPECT_EQ(entry, 16);
  int64_t per_leaf = detail::btree_entries_per_page(entry, 90);
  EXPECT_EQ(per_leaf, 366);
  EXPECT_EQ(detail::btree_bytes(1'000'000, per_leaf, entry), 2745LL * 8192);
  EXPECT_EQ(detail::btree_bytes(0, per_leaf, entry), 8192);      // the metapage alone
  EXPECT_EQ(detail::btree_bytes(10, per_leaf, entry), 2 * 8192); // metapage + a root leaf
}

TEST(SizeFormulas, BtreeOfShortTextAndOfTwoIntegers) {
  // 'user_N': MAXALIGN(8 + 1 + 10) = 24 -> 261 a leaf -> 3,832 leaves + 19 + 1 inner + meta
  // = 3,853 pages (measured 3,853).
  int64_t entry = detail::index_tuple_bytes({text(10)});
  EXPECT_EQ(entry, 24);
  EXPECT_EQ(detail::btree_bytes(1'000'000, detail::btree_entries_per_page(entry, 90), entry), 3853LL * 8192);
  // (int8, int4): MAXALIGN(8 + 12) = 24 as well (measured 3,848 pages: 0.1 % off).
  EXPECT_EQ(detail::index_tuple_bytes({kInt8, kInt4}), 24);
  EXPECT_EQ(detail::index_tuple_bytes({kUuid}), 24);
}

TEST(SizeFormulas, RandomInsertsLeaveLeavesNearLnTwoFull) {
  // Measured on PostgreSQL 15, 500 k rows inserted into an existing index: md5 text (entry 48)
  // 4,685 pages, uuid (entry 24) 2,421 pages. Full pages hold 8152 / 52 = 156.8 and
  // 8152 / 28 = 291.1 entries; x ln 2 = 108 and 201 -> 4,675 and 2,503 pages.
  EXPECT_EQ(detail::btree_entries_per_page_split(48, detail::kRandomLeafShare), 108);
  EXPECT_EQ(detail::btree_entries_per_page_split(24, detail::kRandomLeafShare), 201);
  EXPECT_EQ(detail::btree_bytes(500'000, 108, 48), 4675LL * 8192);
  EXPECT_EQ(detail::btree_bytes(500'000, 201, 24), 2503LL * 8192);
}

TEST(SizeFormulas, TypeWidthsFollowPgType) {
  test::ModelBuilder b;
  Table& t = b.table("t");
  SizeOptions options;
  auto width = [&](TypeKind kind, std::vector<int64_t> modifiers = {}) {
    Column& c = b.column(t, "c" + std::to_string(t.columns.size()), kind);
    c.type.modifiers = std::move(modifiers);
    return detail::column_width(b.schema, t, c, options);
  };
  EXPECT_EQ(width(TypeKind::Uuid).align, 1);
  EXPECT_EQ(width(TypeKind::TimestampTz).bytes, 8);
  EXPECT_EQ(width(TypeKind::Interval).bytes, 16);
  EXPECT_EQ(width(TypeKind::Decimal, {12, 2}).bytes, 10);  // 2 + 2 x (3 + 1 digit groups)
  EXPECT_EQ(width(TypeKind::Varchar, {45}).bytes, 45);     // the declared length
  EXPECT_EQ(width(TypeKind::Text).bytes, 32);              // the default
  options.widths["t.c6"] = 7;
  EXPECT_EQ(width(TypeKind::Text).bytes, 7);               // --width t.c6=7
  EXPECT_TRUE(width(TypeKind::Jsonb).varlena);
}

// events(id bigint identity, account_id uuid, payload jsonb, created_at timestamptz now()),
// PK on id (ascending), index (account_id, created_at) (random order: uuid first).
Schema events_schema() {
  test::ModelBuilder b;
  Table& t = b.table("events");
  Column& id = b.column(t, "id", TypeKind::Int64);
  id.identity = Identity{};
  b.column(t, "account_id", TypeKind::Uuid);
  b.column(t, "payload", TypeKind::Jsonb);
  Column& created = b.column(t, "created_at", TypeKind::TimestampTz);
  created.default_value = Expr{"now()", ExprForm::Now, "now", "", {}};
  t.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", t.loc};
  b.index(t, "events_account_id_created_at_idx", {"account_id", "created_at"});
  b.schema.design = DesignRecord{};
  b.schema.design->scale.push_back({QualifiedName{"", "events"}, 1'000'000, 400'000});
  return b.schema;
}

TEST(SizeProjection, ProjectsTheBriefsScaleAtNowTwelveAndThirtySixMonths) {
  Schema schema = events_schema();
  SizeProjection p = estimate_size(schema, SizeOptions{});
  ASSERT_EQ(p.tables.size(), 1u);
  const TableSizeProjection& t = p.tables[0];
  EXPECT_EQ(t.rows, (std::vector<int64_t>{1'000'000, 5'800'000, 15'400'000}));
  // id 8, account_id 16, payload 1 + 128 = 129 (short varlena), pad to 8, created_at 8:
  // 8 + 16 + 129 + 7 + 8 = 168 -> MAXALIGN(24 + 168) = 192 + 4.
  EXPECT_EQ(t.tuple_bytes, 196);
  EXPECT_EQ(t.rows_per_page, 41);  // 8168 / 196
  EXPECT_EQ(t.heap_bytes[0], (1'000'000 + 40) / 41 * 8192);
  ASSERT_EQ(t.indexes.size(), 2u);
  EXPECT_EQ(t.indexes[0].name, "events_pkey");
  EXPECT_EQ(t.indexes[0].order, KeyOrder::Ascending);  // identity: leaves stay at 90 %
  EXPECT_EQ(t.indexes[0].entries_per_leaf, 366);       // MAXALIGN(8 + 8) = 16
  // uuid first, then an insert-time timestamp: appends per account. MAXALIGN(8 + 16 + 8) = 32
  // -> 8152 / 36 = 226.4 entries on a full page, x 0.63 = 142.
  EXPECT_EQ(t.indexes[1].order, KeyOrder::Grouped);
  EXPECT_EQ(t.indexes[1].entries_per_leaf, 142);
  EXPECT_EQ(t.threshold, SizeThreshold::Partition);  // 15.4 M rows > 10 M
  EXPECT_NE(t.threshold_reason.find("15.4 M rows"), std::string::npos) << t.threshold_reason;
  ASSERT_FALSE(t.notes.empty());
  EXPECT_NE(t.notes[0].find("payload 128 B"), std::string::npos) << t.notes[0];
}

TEST(SizeProjection, RowsOptionOverridesTheScaleAndTablesWithoutRowsAreLeftOut) {
  Schema schema = events_schema();
  test::ModelBuilder b;
  schema.tables.push_back(b.table("other"));
  SizeOptions options;
  options.rows["events"] = 2000;
  SizeProjection p = estimate_size(schema, options);
  ASSERT_EQ(p.tables.size(), 1u);
  EXPECT_EQ(p.tables[0].rows, (std::vector<int64_t>{2000, 2000, 2000}));
  EXPECT_EQ(p.tables[0].threshold, SizeThreshold::None);
}

TEST(SizeProjection, WideValuesMoveToToastAndPastFiftyMillionRowsSaysShard) {
  Schema schema = events_schema();
  SizeOptions options;
  options.widths["events.payload"] = 5000;  // past TOAST_TUPLE_THRESHOLD: an 18-byte pointer
  options.rows["events"] = 60'000'000;
  SizeProjection p = estimate_size(schema, options);
  const TableSizeProjection& t = p.tables[0];
  // 8 + 16 + 18 + pad 6 + 8 = 56 -> MAXALIGN(24 + 56) = 80 + 4.
  EXPECT_EQ(t.tuple_bytes, 84);
  bool toast_note = false;
  for (const auto& note : t.notes) toast_note = toast_note || note.find("TOAST table (not projected): payload") != std::string::npos;
  EXPECT_TRUE(toast_note);
  EXPECT_EQ(t.threshold, SizeThreshold::Shard);
}

TEST(SizeProjection, FormatsBytesAndCounts) {
  EXPECT_EQ(format_bytes(0), "0 B");
  EXPECT_EQ(format_bytes(8192), "8.0 kB");
  EXPECT_EQ(format_bytes(36'249'600), "34.6 MB");
  EXPECT_EQ(format_count(950), "950");
  EXPECT_EQ(format_count(15'400'000), "15.4 M");
}

}  // namespace

}  // namespace sf
