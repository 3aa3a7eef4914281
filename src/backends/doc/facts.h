#pragma once
// Facts the document states, computed once from the model and shared by the Markdown and
// HTML writers. Internal to the doc backend.
#include <map>
#include <string>
#include <vector>

#include "schemaforge/backends/doc.h"
#include "schemaforge/model/relationships.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

/// "users" or "billing.invoices" (same as the diagrams).
std::string display(const QualifiedName& name);

/// Constraints on one column, as the columns table shows them: "PRIMARY KEY, NOT NULL".
std::string column_constraints(const Table& table, const Column& column);
/// The default as SQL, or "identity (always)", "generated: ...", "" for none.
std::string column_default(const Column& column);

/// "(user_id, created_at DESC) INCLUDE (x) WHERE status = 'pending'", method when not btree.
std::string index_definition(const Index& index);
/// What an index is for, from its shape: uniqueness, the foreign key it serves, its order,
/// its predicate, its method. Each entry one phrase.
std::vector<std::string> index_purposes(const Table& table, const Index& index);

/// A foreign key is indexed when a plain index (or the primary key or a unique constraint)
/// begins with exactly its columns, in any order.
bool foreign_key_indexed(const Table& table, const ForeignKey& fk);

struct IndexCoverage {
  size_t indexes = 0;  ///< CREATE INDEX statements (not PK/UNIQUE constraints)
  size_t foreign_keys = 0;
  size_t foreign_keys_indexed = 0;
  size_t fk_indexes = 0;         ///< indexes that begin with a foreign key's columns
  size_t filter_indexes = 0;     ///< indexes that serve no foreign key and enforce nothing
  size_t sort_indexes = 0;       ///< indexes with an explicit ASC/DESC or NULLS order
  size_t composite_indexes = 0;  ///< more than one key part
  size_t partial_indexes = 0;    ///< with WHERE
  size_t unique_indexes = 0;     ///< unique indexes and UNIQUE constraints
  size_t expression_indexes = 0;
};
IndexCoverage index_coverage(const Schema& schema);

/// Relationships touching one table.
struct TableLinks {
  std::vector<Relationship> belongs_to;    ///< this table holds the foreign key (1:N)
  std::vector<Relationship> one_to_one;    ///< either side
  std::vector<Relationship> has_many;      ///< other tables hold a key to this one (1:N)
  std::vector<Relationship> many_to_many;  ///< through a join table, either end
};
TableLinks links_of(const Table& table, const std::vector<Relationship>& relationships);

/// Sentences about the design choices a table shows (key type, nullability, JSON, enums,
/// partitioning, security, triggers). Each is a plain fact with its usual trade-off.
std::vector<std::string> table_decisions(const Schema& schema, const Table& table);

/// Lint findings about one table (its element names it or one of its columns).
std::vector<const LintFinding*> findings_for(const DocInputs& inputs, const Table& table);

struct Counts {
  size_t tables = 0, join_tables = 0, columns = 0, views = 0, materialized_views = 0;
  size_t enums = 0, domains = 0, sequences = 0, functions = 0, triggers = 0, policies = 0;
  size_t foreign_keys = 0, checks = 0, uniques = 0, indexes = 0, exclusions = 0;
  size_t one_to_one = 0, one_to_many = 0, many_to_many = 0;
  size_t relationships() const { return one_to_one + one_to_many + many_to_many; }
};
Counts count(const Schema& schema, const std::vector<Relationship>& relationships);

/// "1 table", "3 tables".
std::string plural(size_t n, const std::string& one, const std::string& many = "");

/// Markdown: a table cell (pipes escaped, newlines flattened) and inline code.
std::string cell(const std::string& text);
std::string code(const std::string& text);

/// The anchor GitHub gives the heading "### name".
std::string anchor(const std::string& heading);

}  // namespace sf::detail
