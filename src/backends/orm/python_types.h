#pragma once
// Shared by the Alembic and SQLAlchemy writers: model types and defaults as SQLAlchemy
// expressions, Python string literals, and the foreign-key order of tables.
#include <set>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf::orm {

/// 'text' as a Python string literal.
std::string py_str(const std::string& text);

/// The SQLAlchemy type expression for a column (uses `sa`, `postgresql` and `_Raw`).
/// `in_pk_serial` is true for a serial column that is its table's single-column key
/// (SQLAlchemy renders SERIAL for it by itself).
std::string sa_type(const Schema& schema, const Table& table, const Column& column, bool in_pk_serial,
                    Diagnostics& diagnostics);

/// `server_default=...` argument text for a column, or "" when it has none. A migration may
/// branch on the dialect at run time (`_postgres()`); models cannot.
std::string sa_server_default(const Column& column, bool migration);

/// Tables in an order where every referenced table comes first; `late` receives the foreign
/// keys (table index, fk index) that close a cycle and must be added after the tables.
std::vector<size_t> dependency_order(const Schema& schema,
                                     std::vector<std::pair<size_t, size_t>>& late);

/// PostgreSQL's default names for unnamed constraints and indexes.
std::string pk_name(const Table& t);
std::string fk_name(const Table& t, const ForeignKey& fk);
std::string index_name(const Table& t, const Index& i);

/// "schema.table.column" for ForeignKey targets.
std::string target_column(const QualifiedName& table, const std::string& column);

/// A Python identifier for a name (keywords get a trailing underscore).
std::string py_identifier(const std::string& name);

/// The referenced columns of a foreign key (the target's primary key when omitted).
std::vector<std::string> ref_columns(const Schema& schema, const ForeignKey& fk);

/// True when a check expression runs on SQLite as well: no casts (`::`), regex operators,
/// arrays or functions outside a small common set (lower, upper, length, abs, ...).
bool portable_sql(const std::string& sql);

/// The preamble both Python writers share: _Raw, a type rendered with its exact spelling.
extern const char* kRawTypeClass;

}  // namespace sf::orm
