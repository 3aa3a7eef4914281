#pragma once
// The patterns of seeds 002 and 003 that a brief can mix in, one file each. Each one
// changes the designed schema and records what it added and why.
#include "analyses/design/design_context.h"

namespace sf::detail {

void apply_multi_tenant(DesignContext& ctx);
void apply_rbac(DesignContext& ctx);
void apply_audit_log(DesignContext& ctx);
void apply_updated_at_trigger(DesignContext& ctx);
void apply_soft_delete(DesignContext& ctx);
void apply_sessions_tokens(DesignContext& ctx);
void apply_files_jobs(DesignContext& ctx);
void apply_notifications(DesignContext& ctx);
void apply_analytics_events(DesignContext& ctx);

/// Builds a table a pattern adds, column by column.
struct TableBuilder {
  DesignContext& ctx;
  Table table;

  Column& add(const std::string& name, Type type, bool not_null);
  /// `id` of the conventions' kind, as the primary key.
  void id();
  void timestamps(bool updated = false);
  void link(const std::string& column, const std::string& parent, FkAction action);
  void index(const std::string& name, std::vector<IndexElement> elements, const std::string& where = "");
  void index(const std::string& column);
  void check(const std::string& column, const std::string& sql);
  /// The brief's tenancy key, NOT NULL and ON DELETE CASCADE to tenants, when the brief is
  /// multi-tenant and has a tenants entity; returns whether it was added.
  bool tenant_key();
};
IndexElement column_element(const std::string& column, bool descending = false);

/// Helpers the patterns share (pattern_helpers.cpp).
/// A FOR EACH ROW trigger with its canonical definition (names are plain identifiers).
Trigger row_trigger(const std::string& table, const std::string& name, const std::string& timing,
                    const std::vector<std::string>& events, const std::string& function);
Function plpgsql_trigger_function(const std::string& name, const std::string& body,
                                  const std::string& comment);
/// The multi-tenant pattern on one table that has the tenancy key: unique keys and indexes
/// lead with it (except foreign-key indexes and `global_indexes`, which serve readers that
/// work across tenants), and row-level security keeps each tenant to its rows.
void scope_to_tenant(DesignContext& ctx, Table& table, const std::vector<std::string>& global_indexes = {});

/// `key = current_setting('app.tenant_id')::<uuid|bigint>`: the row is the session tenant's.
std::string tenant_predicate(const std::string& key, const Type& key_type);
/// The SQL cast a tenant id read as text needs: uuid or bigint.
std::string tenant_cast(const Type& key_type);

/// Entity tables (not join tables, not tables a pattern added) that have `column`.
std::vector<Table*> tables_with(DesignContext& ctx, const std::string& column);

}  // namespace sf::detail
