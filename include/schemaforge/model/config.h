#pragma once
// Project settings (`.schemaforge.yaml`), as plain data. The YAML reader lives in
// src/frontends/config; the analyses read these structs and never see YAML.
#include <optional>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"

namespace sf {

/// Objects a setting leaves out. Globs (`*`, `?`) match a table as `name` or `schema.name`;
/// a column glob with a dot matches `table.column`, one without matches the column name.
struct LintExcludes {
  std::vector<std::string> tables;
  std::vector<std::string> columns;
};

/// `lint.rules.<CODE or name>`: a rule switched on or off, its severity, its excludes.
struct RuleSetting {
  std::string rule;  ///< the code or name as written
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  LintExcludes exclude;
  SourceLoc loc;
};

enum class PrimaryKeyTypePolicy { Any, Uuid, Bigint };
enum class StringTypePolicy { Any, Text, Varchar };
enum class NameCase { Any, Snake, Camel, Pascal };
enum class TableInflection { Any, Plural, Singular };

struct NamingSettings {
  NameCase name_case = NameCase::Snake;
  TableInflection tables = TableInflection::Plural;
  /// `{singular}` / `{table}` stand for the referenced table's singular / actual name.
  std::string foreign_key_column = "{singular}_id";
  std::string primary_key_column = "id";
  std::string index_prefix = "idx_";
  std::string unique_prefix = "uq_";
  size_t max_identifier_bytes = 63;  ///< PostgreSQL's NAMEDATALEN - 1
};

struct LintThresholds {
  size_t max_columns = 40;
  size_t max_indexes = 8;
  size_t max_index_columns = 4;
  size_t max_cascade_depth = 3;
};

struct LintPolicies {
  PrimaryKeyTypePolicy primary_key_type = PrimaryKeyTypePolicy::Uuid;
  StringTypePolicy string_type = StringTypePolicy::Text;
  std::string created_column = "created_at";
  std::string updated_column = "updated_at";
  std::vector<std::string> soft_delete_columns = {"deleted_at"};
  /// Tables only ever inserted into: they need `created_at` but no `updated_at`.
  std::vector<std::string> append_only_tables = {"*_events", "*_event", "*_log", "*_logs",
                                                 "*_history", "audit_*"};
  /// Column names that hold a fixed set of values (globs). `state` is left out: in address
  /// tables it is a region, not a lifecycle.
  std::vector<std::string> enum_like_columns = {"status", "*_status", "kind", "*_kind",
                                                "type", "*_type",
                                                "role", "*_role", "plan", "*_plan",
                                                "category", "priority", "level", "visibility"};
  /// Lifecycle columns that should have a default (rule L803).
  std::vector<std::string> status_columns = {"status", "*_status"};
  /// Column names that hold money (globs).
  std::vector<std::string> money_columns = {"price", "*_price", "amount", "*_amount", "cost",
                                            "*_cost", "total", "*_total", "balance", "*_balance",
                                            "fee", "*_fee", "salary", "revenue", "*_cents"};
  /// Column names that are natural keys and should be unique (globs).
  std::vector<std::string> business_keys = {"email", "slug", "username", "external_id",
                                            "clerk_id"};
  /// The tenancy column whose tables need row-level security (rule L807).
  std::string tenant_column = "tenant_id";
};

struct LintSettings {
  LintExcludes exclude;
  std::vector<RuleSetting> rules;
  NamingSettings naming;
  LintThresholds thresholds;
  LintPolicies policies;
};

/// The whole file. More sections (doc, erd, ...) join as their features land.
struct ProjectConfig {
  std::string path;  ///< where it was read from; empty = defaults
  LintSettings lint;
};

}  // namespace sf
