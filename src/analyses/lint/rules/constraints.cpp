// L8xx: CHECK constraints, defaults and NOT NULL (the seeds' "constraints prevent invalid
// states"), and row-level security for tenant data.
#include <set>
#include <string>

#include "analyses/lint/check_expr.h"
#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

std::set<std::string> not_null_columns(const Table& table) {
  std::set<std::string> out;
  for (const auto& column : table.columns) {
    if (column.not_null || in_primary_key(table, column.name)) out.insert(column.name);
  }
  return out;
}

std::string check_label(const CheckConstraint& check) {
  std::string name = check.name.empty() ? "" : "`" + check.name + "` ";
  return "CHECK " + name + "(" + check.expr.sql + ")";
}

const SourceLoc& check_loc(const Table& table, const CheckConstraint& check) {
  if (check.loc.known()) return check.loc;
  if (const Column* column = table.find_column(check.column)) return loc_or(column->loc, table.loc);
  return table.loc;
}

std::optional<Literal> default_literal(const Column& column) {
  if (!column.default_value) return std::nullopt;
  const Expr& d = *column.default_value;
  if (d.form == ExprForm::Null) return std::nullopt;
  if (auto literal = parse_literal(d.sql)) return literal;
  if (d.form == ExprForm::StringLiteral || d.form == ExprForm::BoolLiteral) {
    return Literal{false, 0, d.value};
  }
  if (d.form == ExprForm::Literal) return parse_literal(d.value);
  return std::nullopt;
}

std::string compact(const std::string& sql) {
  std::string out;
  for (char c : sql) {
    if (c != ' ' && c != '\n' && c != '\t') out += c;
  }
  return to_lower(out);
}

}  // namespace

void check_CheckNeverPasses(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    auto not_null = not_null_columns(table);
    for (const auto& check : table.checks) {
      auto predicate = parse_predicate(check.expr.sql);
      if (!predicate || satisfiable(*predicate, not_null)) continue;
      std::vector<std::string> nullable;
      for (const auto& column : predicate_columns(*predicate)) {
        if (!not_null.count(column) && table.find_column(column)) nullable.push_back(column);
      }
      std::string why = nullable.empty()
                            ? " can never pass: every insert will be rejected"
                            : " can only pass while " + join(nullable, ", ") + " is NULL";
      context.report(table, check.column, check_loc(table, check), check_label(check) + why);
    }
  }
}

void check_DefaultViolatesCheck(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    auto not_null = not_null_columns(table);
    for (const auto& column : table.columns) {
      auto value = default_literal(column);
      if (!value) continue;
      for (const auto& check : table.checks) {
        // Only checks about this column alone can be decided from its default.
        bool others = false;
        for (const auto& other : table.columns) {
          if (other.name != column.name && mentions_identifier(check.expr.sql, other.name)) others = true;
        }
        if (others || !mentions_identifier(check.expr.sql, column.name)) continue;
        auto predicate = parse_predicate(check.expr.sql);
        if (!predicate || satisfiable(*predicate, not_null, column.name, &*value)) continue;
        context.report(table, column.name, loc_or(column.loc, table.loc),
                       "the default " + column.default_value->sql + " of `" +
                           column_label(table, column.name) + "` is rejected by " +
                           check_label(check));
      }
    }
  }
}

void check_StatusWithoutDefault(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      if (!any_glob(context.settings.policies.status_columns, column.name)) continue;
      bool enum_like = is_string_kind(column.type.kind) || column.type.kind == TypeKind::UserDefined;
      if (!enum_like || !column.not_null || column.default_value) continue;
      context.report(table, column.name, column.loc,
                     "status column `" + column_label(table, column.name) +
                         "` is NOT NULL without a default; give it the initial state");
    }
  }
}

void check_CheckNotNull(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (const auto& check : table.checks) {
      auto predicate = parse_predicate(check.expr.sql);
      if (!predicate || predicate->kind != Predicate::Kind::IsNotNull) continue;
      context.report(table, predicate->column, check_loc(table, check),
                     check_label(check) + " says what NOT NULL on `" + predicate->column +
                         "` says, less visibly to tools and the planner");
    }
  }
}

void check_NullableBoolean(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      if (column.type.kind != TypeKind::Bool || column.type.array_dims || column.not_null) continue;
      context.report(table, column.name, column.loc,
                     "boolean `" + column_label(table, column.name) +
                         "` is nullable, so it has three states; add NOT NULL DEFAULT false");
    }
  }
}

void check_DuplicateCheck(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    for (size_t i = 0; i < table.checks.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (compact(table.checks[i].expr.sql) != compact(table.checks[j].expr.sql)) continue;
        context.report(table, table.checks[i].column, check_loc(table, table.checks[i]),
                       check_label(table.checks[i]) + " repeats an earlier CHECK on `" +
                           table_label(table) + "`");
        break;
      }
    }
  }
}

void check_TenantTableWithoutRls(RuleContext& context) {
  const std::string& tenant = context.settings.policies.tenant_column;
  if (tenant.empty()) return;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || table.rls_enabled || !table.find_column(tenant)) continue;
    context.report(table, "", table.loc,
                   "table `" + table_label(table) + "` holds per-tenant rows (`" + tenant +
                       "`) but row-level security is not enabled");
  }
}

}  // namespace sf::detail
