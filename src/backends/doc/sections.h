#pragma once
// The document's sections, one writer per group of sections (the seed template's order).
// Internal to the doc backend.
#include <string>
#include <vector>

#include "backends/doc/facts.h"
#include "schemaforge/backends/doc.h"

namespace sf::detail {

struct DocContext {
  const Schema& schema;
  const DocInputs& inputs;
  const DocOptions& options;
  Diagnostics& diagnostics;
  std::vector<const Table*> tables;  ///< declaration order
  std::vector<Relationship> relationships;
  Counts counts;

  DocContext(const Schema& s, const DocInputs& i, const DocOptions& o, Diagnostics& d);
  /// The whole schema fits one readable diagram.
  bool small() const { return tables.size() <= options.whole_diagram_tables; }
};

/// The line every section uses when the model has nothing for it.
std::string needs(const std::string& what_would_fill_it);

void write_overview(const DocContext& context, std::string& out);
void write_erd(const DocContext& context, std::string& out, bool essentials);
void write_tables(const DocContext& context, std::string& out);
void write_relationships(const DocContext& context, std::string& out);
void write_index_strategy(const DocContext& context, std::string& out);
void write_data_constraints(const DocContext& context, std::string& out);
void write_migrations(const DocContext& context, std::string& out);
void write_query_examples(const DocContext& context, std::string& out);
void write_data_types(const DocContext& context, std::string& out);
void write_scaling(const DocContext& context, std::string& out);
void write_testing(const DocContext& context, std::string& out);
void write_decisions(const DocContext& context, std::string& out);
void write_maintenance(const DocContext& context, std::string& out);
void write_validation(const DocContext& context, std::string& out);
// What the designer recorded (section_design.cpp); each writes nothing for a schema that
// did not come from a brief, and returns whether it wrote.
bool write_table_journey(const DocContext& context, const Table& table, std::string& out);
void write_table_design(const DocContext& context, const Table& table, std::string& out);
bool write_query_patterns(const DocContext& context, std::string& out);
/// The size projection's tables and indexes, and the thresholds they pass
/// (section_size.cpp); each writes nothing and returns false without DocInputs::size.
bool write_size_projections(const DocContext& context, std::string& out);
bool write_scaling_thresholds(const DocContext& context, std::string& out);
/// Each journey step of the brief with the tables that serve it.
bool write_journey_connection(const DocContext& context, std::string& out);
/// A table's journey steps, comma-separated; empty when the design has none for it.
std::string table_journey(const DocContext& context, const Table& table);

/// Checklist items with their state, shared by the full document and the HTML index.
struct CheckItem {
  enum class State { Done, NotDone, Unknown };
  State state = State::Unknown;
  std::string text;
  std::string evidence;  ///< the facts behind the tick, or the input that would decide it
};
std::vector<CheckItem> validation_items(const DocContext& context);

/// Example queries derived from indexed foreign keys (lookups of a parent's children).
struct QueryExample {
  std::string title;
  std::string sql;
  std::string index;  ///< the index that serves it
};
std::vector<QueryExample> query_examples(const DocContext& context, size_t limit);

}  // namespace sf::detail
