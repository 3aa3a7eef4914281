// The CHECK-expression reader behind L801/L802 (white-box: src/analyses/lint/check_expr.h).
#include <gtest/gtest.h>

#include "analyses/lint/check_expr.h"

namespace sf::detail {

namespace {

/// "yes" satisfiable, "no" not, "?" not understood.
std::string sat(const std::string& sql, std::set<std::string> not_null = {}) {
  auto p = parse_predicate(sql);
  if (!p) return "?";
  return satisfiable(*p, not_null) ? "yes" : "no";
}

std::string sat_with(const std::string& sql, const std::string& column, const std::string& value) {
  auto p = parse_predicate(sql);
  auto v = parse_literal(value);
  if (!p || !v) return "?";
  return satisfiable(*p, {column}, column, &*v) ? "yes" : "no";
}

}  // namespace

TEST(CheckExpr, Ranges) {
  EXPECT_EQ(sat("((quantity > 10) AND (quantity < 5))"), "no");
  EXPECT_EQ(sat("quantity > 10 AND quantity < 50"), "yes");
  EXPECT_EQ(sat("x >= 5 AND x <= 5"), "yes");
  EXPECT_EQ(sat("x > 5 AND x <= 5"), "no");
  EXPECT_EQ(sat("(x > 5) OR (x < 3)"), "yes");
  EXPECT_EQ(sat("x BETWEEN 10 AND 1"), "no");
  EXPECT_EQ(sat("NOT (x > 1) AND x > 2"), "no");
  EXPECT_EQ(sat("(price > (0)::numeric) AND (price < '-1'::integer)"), "no");
}

TEST(CheckExpr, ListsAndEquality) {
  EXPECT_EQ(sat("status IN ('a', 'b') AND status = 'c'"), "no");
  EXPECT_EQ(sat("status IN ('a', 'b') AND status <> 'a'"), "yes");
  EXPECT_EQ(sat("status IN ('a') AND status NOT IN ('a')"), "no");
  EXPECT_EQ(sat("((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])) AND status = 'b'"),
            "yes");
  EXPECT_EQ(sat("n IN (1, 2) AND n > 5"), "no");
}

TEST(CheckExpr, NullsAndConstants) {
  EXPECT_EQ(sat("x IS NULL", {"x"}), "no");
  EXPECT_EQ(sat("x IS NULL"), "yes");
  EXPECT_EQ(sat("x IS NULL AND x > 1"), "no");
  EXPECT_EQ(sat("false"), "no");
  EXPECT_EQ(sat("1 = 0"), "no");
  EXPECT_EQ(sat("1 = 1"), "yes");
}

TEST(CheckExpr, UnknownPartsAreAssumedSatisfiable) {
  EXPECT_EQ(sat("length(name) > 0 AND name <> ''"), "yes");
  EXPECT_EQ(sat("a + b > 10 AND a < 0"), "yes");
  EXPECT_EQ(sat("starts_at < ends_at"), "yes");
  EXPECT_EQ(sat("name ~ '^[a-z]+$'"), "yes");
  EXPECT_EQ(sat("CASE WHEN x THEN y END"), "?");
}

TEST(CheckExpr, DefaultsPinnedAgainstChecks) {
  EXPECT_EQ(sat_with("status IN ('open', 'closed')", "status", "'draft'::text"), "no");
  EXPECT_EQ(sat_with("status IN ('open', 'closed')", "status", "'open'::character varying"), "yes");
  EXPECT_EQ(sat_with("priority > 0", "priority", "0"), "no");
  EXPECT_EQ(sat_with("priority > 0", "priority", "'1'::integer"), "yes");
  EXPECT_EQ(sat_with("balance >= 0", "balance", "-5"), "no");
}

}  // namespace sf::detail
