// L3xx: column types (the seeds' data-type standards and PostgreSQL's "don't do this" list).
#include <map>
#include <string>
#include <vector>

#include "analyses/lint/helpers.h"
#include "analyses/lint/rule_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

/// Calls `visit(table, column)` for every column of every table, partitions left out (they
/// repeat their parent's columns).
template <typename Visit>
void each_column(RuleContext& context, Visit visit) {
  for (const auto& table : context.schema.tables) {
    if (table.partition_of) continue;
    for (const auto& column : table.columns) visit(table, column);
  }
}

std::string col(const Table& table, const Column& column) {
  return "`" + column_label(table, column.name) + "`";
}

const std::vector<std::string> kBooleanNames = {"is_*", "has_*", "can_*", "should_*",
                                                "allow_*", "allows_*"};
const std::vector<std::string> kTemporalNames = {"*_at", "*_date", "date", "*_timestamp",
                                                 "timestamp", "*_datetime", "datetime"};
const std::vector<std::string> kUuidNames = {"uuid", "*_uuid", "guid", "*_guid"};
const std::vector<std::string> kIpNames = {"ip", "*_ip", "ip_address", "*_ip_address",
                                           "ip_addr", "*_ip_addr", "ipaddr"};

}  // namespace

void check_TimestampWithoutTimeZone(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (column.type.kind != TypeKind::Timestamp) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " is " + type_label(column.type) +
                       "; use timestamptz so instants stay unambiguous across time zones");
  });
}

void check_MoneyAsFloat(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (!is_float_kind(column.type.kind)) return;
    if (!any_glob(context.settings.policies.money_columns, column.name)) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " holds money as " + type_label(column.type) +
                       ", which cannot represent cents exactly; use numeric(19,4) or integer "
                       "minor units");
  });
}

void check_MoneyType(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (column.type.kind != TypeKind::Money) return;
    context.report(table, column.name, column.loc,
                   col(table, column) +
                       " uses the money type, whose format and currency follow lc_monetary; "
                       "use numeric(19,4) and a currency column");
  });
}

void check_PreferJsonb(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (column.type.kind != TypeKind::Json) return;
    context.report(table, column.name, column.loc,
                   col(table, column) +
                       " is json; jsonb is stored parsed, can be indexed (GIN) and compared");
  });
}

void check_StringTypePolicy(RuleContext& context) {
  StringTypePolicy policy = context.settings.policies.string_type;
  each_column(context, [&](const Table& table, const Column& column) {
    switch (policy) {
      case StringTypePolicy::Any: return;
      case StringTypePolicy::Text:
        if (column.type.kind != TypeKind::Varchar || !column.type.length()) return;
        context.report(table, column.name, column.loc,
                       col(table, column) + " is " + type_label(column.type) +
                           "; the policy is text (policies.string_type), with a CHECK on "
                           "length where a limit matters");
        return;
      case StringTypePolicy::Varchar:
        if (column.type.kind != TypeKind::Text) return;
        context.report(table, column.name, column.loc,
                       col(table, column) +
                           " is text; the policy is varchar(n) (policies.string_type)");
        return;
    }
  });
}

void check_EnumLikeWithoutCheck(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (!is_string_kind(column.type.kind) || column.type.array_dims) return;
    if (!any_glob(context.settings.policies.enum_like_columns, column.name)) return;
    if (column_has_check(context.schema, table, column) || column_in_fk(table, column.name)) {
      return;
    }
    context.report(table, column.name, column.loc,
                   col(table, column) + " holds one of a fixed set of values but nothing "
                                        "enforces it; add CHECK (" +
                       column.name + " IN (...)), an enum type or a lookup table");
  });
}

void check_CharN(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (column.type.kind != TypeKind::Char) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " is " + type_label(column.type) +
                       ", which pads with blanks; use text or varchar(n)");
  });
}

void check_TimeWithTimeZone(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (column.type.kind != TypeKind::TimeTz) return;
    context.report(table, column.name, column.loc,
                   col(table, column) +
                       " is time with time zone, which ignores daylight saving; use timestamptz "
                       "or time plus a zone name");
  });
}

void check_BooleanAsInteger(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (!any_glob(kBooleanNames, column.name)) return;
    if (!is_integer_kind(column.type.kind) && !is_string_kind(column.type.kind)) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " is a yes/no flag stored as " +
                       type_label(column.type) + "; use boolean NOT NULL with a default");
  });
}

void check_SameNameDifferentType(RuleContext& context) {
  struct Use {
    const Table* table;
    const Column* column;
  };
  std::map<std::string, std::vector<Use>> by_name;
  std::vector<std::string> order;
  each_column(context, [&](const Table& table, const Column& column) {
    if (in_primary_key(table, column.name) || context.excluded(table, column.name)) return;
    auto& uses = by_name[column.name];
    if (uses.empty()) order.push_back(column.name);
    uses.push_back({&table, &column});
  });
  for (const auto& name : order) {
    const auto& uses = by_name[name];
    // The most used type is the reference; ties go to the first declared.
    size_t best = 0, best_count = 0;
    for (size_t i = 0; i < uses.size(); ++i) {
      size_t count = 0;
      for (const auto& other : uses) {
        if (same_type(uses[i].column->type, other.column->type)) ++count;
      }
      if (count > best_count) {
        best = i;
        best_count = count;
      }
    }
    const Use& reference = uses[best];
    for (const auto& use : uses) {
      if (same_type(use.column->type, reference.column->type)) continue;
      context.report(*use.table, name, use.column->loc,
                     col(*use.table, *use.column) + " is " + type_label(use.column->type) +
                         " but `" + column_label(*reference.table, name) + "` is " +
                         type_label(reference.column->type) +
                         "; a name should mean one type everywhere");
    }
  }
}

void check_NullStringDefault(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (!column.default_value || column.default_value->form != ExprForm::StringLiteral) return;
    if (to_lower(column.default_value->value) != "null") return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " defaults to the string '" +
                       column.default_value->value + "'; SQL NULL was probably meant");
  });
}

void check_TemporalAsText(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (!any_glob(kTemporalNames, column.name)) return;
    bool text = is_string_kind(column.type.kind);
    if (!text && !is_integer_kind(column.type.kind)) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " holds a point in time as " + type_label(column.type) +
                       "; use timestamptz (or date) so it sorts, compares and validates");
  });
}

void check_UuidAsText(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    const Type& type = column.type;
    bool named = any_glob(kUuidNames, column.name) && is_string_kind(type.kind);
    bool sized = (type.kind == TypeKind::Char || type.kind == TypeKind::Varchar) &&
                 type.length() == 36;
    if (!named && !sized) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " stores a UUID as " + type_label(type) +
                       "; the uuid type takes 16 bytes instead of 37 and validates it");
  });
}

void check_IpAsText(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (!any_glob(kIpNames, column.name) || !is_string_kind(column.type.kind)) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " stores an IP address as " + type_label(column.type) +
                       "; inet validates it and supports subnet operators");
  });
}

void check_UnboundedMoneyNumeric(RuleContext& context) {
  each_column(context, [&](const Table& table, const Column& column) {
    if (column.type.kind != TypeKind::Decimal || !column.type.modifiers.empty()) return;
    if (!any_glob(context.settings.policies.money_columns, column.name)) return;
    context.report(table, column.name, column.loc,
                   col(table, column) + " is numeric without precision and scale; money "
                                        "needs a fixed scale such as numeric(19,4)");
  });
}

}  // namespace sf::detail
