// ERD writers on a hand-built model: crow's-foot ends, join tables, selection, limits.
#include <gtest/gtest.h>

#include <set>

#include "schemaforge/backends/erd.h"
#include "support/handmade_schema.h"

namespace sf {

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

ErdView around(const Schema& schema, const std::string& table, int depth) {
  auto view = view_around(schema, QualifiedName{"", table}, depth);
  EXPECT_TRUE(view.ok());
  return view.value();
}

std::set<std::string> names(const std::vector<QualifiedName>& list) {
  std::set<std::string> out;
  for (const auto& n : list) out.insert(erd_display_name(n));
  return out;
}

}  // namespace

TEST(Mermaid, CrowsFeetFromNullabilityAndUniqueness) {
  Schema schema = test::compliance_saas();
  Diagnostics diags;
  std::string text = emit_mermaid(schema, view_of_schema(schema), {}, diags);
  EXPECT_TRUE(has(text, "erDiagram\n"));
  // Nullable FK: the parent end is zero-or-one; non-identifying, so dashed.
  EXPECT_TRUE(has(text, "\"users\" }o..o| \"teams\" : \"team_id\"")) << text;
  // Mandatory FK.
  EXPECT_TRUE(has(text, "\"documents\" }o..|| \"users\" : \"user_id\"")) << text;
  // 1:1: the FK is the primary key, so the child end is zero-or-one and the line solid.
  EXPECT_TRUE(has(text, "\"profiles\" |o--|| \"users\" : \"user_id\"")) << text;
  // Join table drawn as an entity with two identifying lines.
  EXPECT_TRUE(has(text, "\"assessment_frameworks\" }o--|| \"frameworks\"")) << text;
  // Keys and one-word types.
  EXPECT_TRUE(has(text, "uuid id PK\n")) << text;
  EXPECT_TRUE(has(text, "text email UK\n")) << text;
  EXPECT_TRUE(has(text, "timestamptz created_at\n")) << text;
  EXPECT_TRUE(has(text, "varchar(20) plan \"Subscription plan.\"")) << text;
  EXPECT_TRUE(has(text, "uuid user_id PK, FK")) << text;
  // Other schemas are qualified.
  EXPECT_TRUE(has(text, "\"ops.audit_log\" {")) << text;
  EXPECT_TRUE(diags.items().empty());
}

TEST(Mermaid, CollapsedJoinTableIsOneManyToManyLine) {
  Schema schema = test::compliance_saas();
  Diagnostics diags;
  ErdOptions options;
  options.detail = ErdDetail::Tables;
  options.collapse_join_tables = true;
  std::string text = emit_mermaid(schema, view_of_schema(schema), options, diags);
  EXPECT_TRUE(has(text, "\"assessments\" }o--o{ \"frameworks\" : \"via assessment_frameworks\""))
      << text;
  EXPECT_FALSE(has(text, "\"assessment_frameworks\"")) << text;
  EXPECT_FALSE(has(text, "{\n")) << "tables-only detail has no attribute blocks:\n" << text;
}

TEST(Selection, AroundCountsAJoinTableAsPartOfOneHop) {
  Schema schema = test::compliance_saas();
  auto view = around(schema, "assessments", 1);
  EXPECT_EQ(names(view.tables), (std::set<std::string>{"assessments", "users", "documents",
                                                       "assessment_frameworks", "frameworks"}));
  EXPECT_EQ(erd_display_name(view.focus), "assessments");
  auto zero = around(schema, "assessments", 0);
  EXPECT_EQ(names(zero.tables), (std::set<std::string>{"assessments"}));
  auto two = around(schema, "teams", 2);
  EXPECT_TRUE(names(two.tables).count("documents"));
  EXPECT_FALSE(names(two.tables).count("frameworks"));
  EXPECT_FALSE(view_around(schema, QualifiedName{"", "nope"}, 1).ok());
}

TEST(Selection, ReadableViewsCoverEveryTableOnceWithinLimits) {
  Schema schema = test::compliance_saas();
  ErdLimits limits;
  limits.max_tables = 3;
  auto views = readable_views(schema, limits);
  std::multiset<std::string> seen;
  for (const auto& view : views) {
    EXPECT_LE(view.tables.size(), 3u) << view.title;
    for (const auto& n : view.tables) seen.insert(erd_display_name(n));
  }
  EXPECT_EQ(seen.size(), schema.tables.size());
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), schema.tables.size());
  // ops.audit_log has no relationship and its own schema.
  EXPECT_EQ(views.back().title, "Schema ops: Tables without relationships");
}

TEST(Dot, PortsArrowheadsAndClusters) {
  Schema schema = test::compliance_saas();
  ErdOptions options;
  options.link_pattern = "{}.html";
  std::string dot = emit_dot(schema, view_of_schema(schema), options);
  // teams.id (row 0) -> users.team_id (row 2): exactly one at most... zero-or-one parent end.
  EXPECT_TRUE(has(
      dot, "\"teams\":k0:e -> \"users\":c2:w [arrowtail=teeodot, arrowhead=crowodot, style=dashed"))
      << dot;
  EXPECT_TRUE(has(dot, "subgraph \"cluster_ops\"")) << dot;
  EXPECT_TRUE(has(dot, "URL=\"teams.html\"")) << dot;
  EXPECT_TRUE(has(dot, "join table (M:N)")) << dot;
}

TEST(Graphviz, RendersSvgAndPngInProcess) {
  Schema schema = test::compliance_saas();
  std::string dot = emit_dot(schema, around(schema, "users", 1), {});
  auto svg = render_graphviz(dot, GraphvizOutput::Svg);
  ASSERT_TRUE(svg.ok()) << svg.error().message;
  EXPECT_TRUE(has(svg.value(), "<svg")) << svg.value().substr(0, 200);
  EXPECT_TRUE(has(svg.value(), "profiles"));
  auto png = render_graphviz(dot, GraphvizOutput::Png);
  ASSERT_TRUE(png.ok()) << png.error().message;
  EXPECT_EQ(png.value().substr(1, 3), "PNG");
  auto bad = render_graphviz("digraph {", GraphvizOutput::Svg);
  EXPECT_FALSE(bad.ok());
}

TEST(PlantUml, IeNotation) {
  Schema schema = test::compliance_saas();
  std::string text = emit_plantuml(schema, view_of_schema(schema), {});
  EXPECT_TRUE(has(text, "@startuml\n")) << text;
  EXPECT_TRUE(has(text, "entity \"users\" as users {")) << text;
  EXPECT_TRUE(has(text, "    * id : uuid <<PK>>\n    --\n")) << text;
  EXPECT_TRUE(has(text, "users }o..o| teams : team_id")) << text;
  EXPECT_TRUE(has(text, "entity \"ops.audit_log\" as ops_audit_log")) << text;
  EXPECT_TRUE(has(text, "@enduml\n"));
}

TEST(Ascii, DeterministicBoxesArrowsAndList) {
  Schema schema = test::compliance_saas();
  ErdOptions options;
  options.detail = ErdDetail::Tables;
  std::string a = emit_ascii(schema, view_of_schema(schema), options);
  EXPECT_EQ(a, emit_ascii(schema, view_of_schema(schema), options));
  EXPECT_TRUE(has(a, "│ teams │")) << a;
  EXPECT_TRUE(has(a, "▼")) << a;
  EXPECT_TRUE(has(a, "users(team_id) → teams(id)  0..1:N  ON DELETE SET NULL")) << a;
  EXPECT_TRUE(has(a, "employees(manager_id) → employees(id)  0..1:N  self-reference")) << a;
  // departments <-> employees is a cycle: one of its lines is drawn upwards.
  EXPECT_TRUE(has(a, "▲")) << a;
  std::cout << a;
  ErdOptions columns;
  std::string b = emit_ascii(schema, around(schema, "assessments", 1), columns);
  EXPECT_TRUE(has(b, "╔")) << b;
  EXPECT_TRUE(has(b, "║ PK id          uuid        ║")) << b;
  std::cout << b;
}

TEST(Names, FileStemsAreSafeAndDistinct) {
  EXPECT_EQ(erd_file_stem(QualifiedName{"", "users"}), "users");
  EXPECT_EQ(erd_file_stem(QualifiedName{"billing", "invoices"}), "billing.invoices");
  std::string a = erd_file_stem(QualifiedName{"", "a b"});
  std::string b = erd_file_stem(QualifiedName{"", "a/b"});
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find('/'), std::string::npos);
  EXPECT_EQ(a.rfind("a_b-", 0), 0u);
}

}  // namespace sf

namespace sf {

/// 520 tables with hubs and chains (a fixed pseudo-random pattern): every group diagram
/// stays inside Mermaid's default limits and every table is in exactly one group.
TEST(Readability, FiveHundredTablesSplitIntoDiagramsMermaidAccepts) {
  test::SchemaBuilder b;
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  for (int i = 0; i < 520; ++i) {
    b.table("t" + std::to_string(i)).column("id", "bigint", true);
    int fks = i == 0 ? 0 : 1 + static_cast<int>(next(3));
    for (int k = 0; k < fks; ++k) {
      std::string column = "ref" + std::to_string(k) + "_id";
      int target = next(4) == 0 ? static_cast<int>(next(5))
                                : static_cast<int>(next(static_cast<uint32_t>(i)));
      b.column(column, "bigint", next(2) == 0);
      b.fk({column}, "t" + std::to_string(std::min(target, i - 1)), {"id"});
    }
    b.pk({"id"});
  }
  Schema schema = b.build();
  auto views = readable_views(schema);
  std::set<std::string> seen;
  ErdOptions keys;
  keys.detail = ErdDetail::Keys;
  for (const auto& view : views) {
    EXPECT_LE(view.tables.size(), 40u);
    for (const auto& n : view.tables) EXPECT_TRUE(seen.insert(n.name).second) << n.name;
    Diagnostics diags;
    std::string text = emit_mermaid(schema, view, keys, diags);
    EXPECT_TRUE(diags.items().empty()) << view.title << ": " << diags.items().front().message;
  }
  EXPECT_EQ(seen.size(), 520u);
  // The whole schema in one Mermaid diagram is past the limits, and says so.
  Diagnostics whole;
  emit_mermaid(schema, view_of_schema(schema), {}, whole);
  EXPECT_FALSE(whole.items().empty());
  // The ASCII overview lays out without trouble.
  ErdOptions tables;
  tables.detail = ErdDetail::Tables;
  std::string ascii = emit_ascii(schema, view_of_schema(schema), tables);
  EXPECT_GT(ascii.size(), 1000u);
}

}  // namespace sf
