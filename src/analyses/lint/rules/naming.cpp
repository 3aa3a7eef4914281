// L4xx: naming conventions (seed 002 §3.1; each configurable under `lint.naming`).
#include <functional>
#include <string>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

enum class NameKind { Table, Column, Index, Constraint, View, Enum };

const char* kind_word(NameKind kind) {
  switch (kind) {
    case NameKind::Table: return "table";
    case NameKind::Column: return "column";
    case NameKind::Index: return "index";
    case NameKind::Constraint: return "constraint";
    case NameKind::View: return "view";
    case NameKind::Enum: return "type";
  }
  return "name";
}

/// Calls `visit(kind, name, table-or-null, column, loc)` for every name the schema declares.
using NameVisitor = std::function<void(NameKind, const std::string&, const Table*,
                                       const std::string&, const SourceLoc&)>;

void each_name(const Schema& schema, bool with_partitions, const NameVisitor& visit) {
  for (const auto& table : schema.tables) {
    if (table.partition_of && !with_partitions) continue;
    visit(NameKind::Table, table.name.name, &table, "", table.loc);
    for (const auto& column : table.columns) {
      visit(NameKind::Column, column.name, &table, column.name, loc_or(column.loc, table.loc));
    }
    for (const auto& index : table.indexes) {
      if (!index.name.empty()) visit(NameKind::Index, index.name, &table, "", loc_or(index.loc, table.loc));
    }
    auto constraint = [&](const std::string& name, const SourceLoc& loc) {
      if (!name.empty()) visit(NameKind::Constraint, name, &table, "", loc_or(loc, table.loc));
    };
    if (table.primary_key) constraint(table.primary_key->name, table.primary_key->loc);
    for (const auto& unique : table.uniques) constraint(unique.name, unique.loc);
    for (const auto& check : table.checks) constraint(check.name, check.loc);
    for (const auto& fk : table.foreign_keys) constraint(fk.name, fk.loc);
    for (const auto& exclusion : table.exclusions) constraint(exclusion.name, exclusion.loc);
  }
  for (const auto& view : schema.views) {
    visit(NameKind::View, view.name.name, nullptr, "", view.loc);
  }
  for (const auto& type : schema.enums) {
    visit(NameKind::Enum, type.name.name, nullptr, "", type.loc);
  }
}

/// Table and column names honour the table/column excludes; views and types have none.
void report_name(RuleContext& context, const std::string& name, const Table* table,
                 const std::string& column, const SourceLoc& loc, const std::string& message) {
  if (table) {
    context.report(*table, column, loc, message);
  } else {
    context.report_object(name, loc, message);
  }
}

bool case_ok(NameCase wanted, const std::string& name) {
  switch (wanted) {
    case NameCase::Any: return true;
    case NameCase::Snake: return is_snake_case(name);
    case NameCase::Camel: return is_camel_case(name);
    case NameCase::Pascal: return is_pascal_case(name);
  }
  return true;
}

const char* case_word(NameCase wanted) {
  switch (wanted) {
    case NameCase::Any: return "any case";
    case NameCase::Snake: return "snake_case";
    case NameCase::Camel: return "camelCase";
    case NameCase::Pascal: return "PascalCase";
  }
  return "snake_case";
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

void check_NameCase(RuleContext& context) {
  NameCase wanted = context.settings.naming.name_case;
  each_name(context.schema, false, [&](NameKind kind, const std::string& name, const Table* table,
                                       const std::string& column, const SourceLoc& loc) {
    if (has_special_characters(name) || case_ok(wanted, name)) return;  // L409's business
    report_name(context, name, table, column, loc,
                std::string(kind_word(kind)) + " name `" + name + "` is not " +
                    case_word(wanted) + " (naming.case)");
  });
}

void check_TableInflection(RuleContext& context) {
  TableInflection wanted = context.settings.naming.tables;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    const std::string& name = table.name.name;
    switch (wanted) {
      case TableInflection::Any: return;
      case TableInflection::Plural:
        if (is_plural_name(name)) continue;
        context.report(table, "", table.loc,
                       "table name `" + name + "` is singular; name tables in the plural (`" +
                           plural(name) + "`) (naming.tables)");
        break;
      case TableInflection::Singular:
        if (is_singular_name(name)) continue;
        context.report(table, "", table.loc,
                       "table name `" + name + "` is plural; name tables in the singular (`" +
                           singular(name) + "`) (naming.tables)");
        break;
    }
  }
}

void check_FkColumnName(RuleContext& context) {
  const std::string& pattern = context.settings.naming.foreign_key_column;
  if (pattern.empty()) return;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& fk : table.foreign_keys) {
      if (fk.columns.size() != 1 || fk.ref_table.same_object(table.name)) continue;
      const std::string& column = fk.columns[0];
      std::string one = singular(fk.ref_table.name);
      std::string expected =
          replace_all(replace_all(pattern, "{singular}", one), "{table}", fk.ref_table.name);
      auto targets = referenced_columns(context.schema, fk);
      std::string by_target = targets.size() == 1 ? one + "_" + targets[0] : expected;
      auto fits = [&](const std::string& wanted) {
        return column == wanted || ends_with(column, "_" + wanted);
      };
      if (fits(expected) || fits(by_target)) continue;
      const Column* c = table.find_column(column);
      context.report(table, column, loc_or(c ? c->loc : SourceLoc{}, fk.loc),
                     "foreign-key column `" + column_label(table, column) + "` references `" +
                         fk.ref_table.display() + "`; name it `" + expected +
                         "` (or `<role>_" + expected + "`) (naming.foreign_key_column)");
    }
  }
}

void check_IndexPrefix(RuleContext& context) {
  const std::string& prefix = context.settings.naming.index_prefix;
  if (prefix.empty()) return;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& index : table.indexes) {
      if (index.unique || index.name.empty() || starts_with_icase(index.name, prefix)) continue;
      context.report(table, "", loc_or(index.loc, table.loc),
                     "index `" + index.name + "` does not start with `" + prefix +
                         "` (naming.index_prefix)");
    }
  }
}

void check_UniquePrefix(RuleContext& context) {
  const std::string& prefix = context.settings.naming.unique_prefix;
  if (prefix.empty()) return;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& index : table.indexes) {
      if (!index.unique || index.name.empty() || starts_with_icase(index.name, prefix)) continue;
      context.report(table, "", loc_or(index.loc, table.loc),
                     "unique index `" + index.name + "` does not start with `" + prefix +
                         "` (naming.unique_prefix)");
    }
    for (const auto& unique : table.uniques) {
      if (unique.name.empty() || starts_with_icase(unique.name, prefix)) continue;
      context.report(table, "", loc_or(unique.loc, table.loc),
                     "unique constraint `" + unique.name + "` does not start with `" + prefix +
                         "` (naming.unique_prefix)");
    }
  }
}

void check_IdentifierTooLong(RuleContext& context) {
  size_t limit = context.settings.naming.max_identifier_bytes;
  each_name(context.schema, true, [&](NameKind kind, const std::string& name, const Table* table,
                                      const std::string& column, const SourceLoc& loc) {
    // PostgreSQL's parser has already cut longer names to 63 bytes, so a name of exactly
    // 63 bytes is reported too: it was probably longer in the source.
    constexpr size_t kPostgresLimit = 63;
    if (name.size() <= limit && name.size() != kPostgresLimit) return;
    std::string why = name.size() == kPostgresLimit
                          ? "PostgreSQL's maximum; longer names are silently cut to it, so two "
                            "names can collide"
                          : "more than " + std::to_string(limit) + " (naming.max_identifier_bytes)";
    report_name(context, name, table, column, loc,
                std::string(kind_word(kind)) + " name `" + name + "` is " +
                    std::to_string(name.size()) + " bytes, " + why);
  });
}

void check_ReservedWord(RuleContext& context) {
  each_name(context.schema, false, [&](NameKind kind, const std::string& name, const Table* table,
                                       const std::string& column, const SourceLoc& loc) {
    if (kind == NameKind::Index || kind == NameKind::Constraint) return;
    if (!is_reserved_word(name)) return;
    report_name(context, name, table, column, loc,
                std::string(kind_word(kind)) + " name `" + name +
                    "` is a reserved word and must be quoted in every query");
  });
}

void check_PrimaryKeyColumnName(RuleContext& context) {
  const std::string& wanted = context.settings.naming.primary_key_column;
  if (wanted.empty()) return;
  for (const auto& table : context.schema.tables) {
    if (table.partition_of || !table.primary_key || table.primary_key->columns.size() != 1) continue;
    const Column* column = table.find_column(table.primary_key->columns[0]);
    if (!column || column->name == wanted) continue;
    bool surrogate = column->type.kind == TypeKind::Uuid || is_integer_kind(column->type.kind);
    if (!surrogate || column_in_fk(table, column->name)) continue;
    context.report(table, column->name, column->loc,
                   "primary key `" + column_label(table, column->name) + "` is not named `" +
                       wanted + "` (naming.primary_key_column)");
  }
}

void check_NameNeedsQuoting(RuleContext& context) {
  each_name(context.schema, false, [&](NameKind kind, const std::string& name, const Table* table,
                                       const std::string& column, const SourceLoc& loc) {
    if (!has_special_characters(name)) return;
    report_name(context, name, table, column, loc,
                std::string(kind_word(kind)) + " name `" + name +
                    "` holds characters that need double quotes in every query");
  });
}

void check_RedundantColumnPrefix(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    std::string prefix = to_lower(singular(table.name.name)) + "_";
    for (const auto& column : table.columns) {
      if (in_primary_key(table, column.name) || column_in_fk(table, column.name)) continue;
      if (!starts_with_icase(column.name, prefix) || column.name.size() == prefix.size()) continue;
      context.report(table, column.name, column.loc,
                     "column `" + column_label(table, column.name) + "` repeats the table name; `" +
                         column.name.substr(prefix.size()) + "` reads as well");
    }
  }
}

void check_TimestampSuffix(RuleContext& context) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) {
      TypeKind kind = column.type.kind;
      if (kind != TypeKind::Timestamp && kind != TypeKind::TimestampTz) continue;
      if (ends_with(column.name, "_at") || column.type.array_dims) continue;
      context.report(table, column.name, column.loc,
                     "timestamp column `" + column_label(table, column.name) +
                         "` is not named *_at (created_at, shipped_at)");
    }
  }
}

}  // namespace sf::detail
