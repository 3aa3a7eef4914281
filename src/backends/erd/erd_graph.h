#pragma once
// The diagram every ERD writer draws: nodes (tables) and lines (foreign keys, or M:N through
// a collapsed join table), with crow's-foot ends worked out once. Internal to the backend.
#include <string>
#include <vector>

#include "schemaforge/backends/erd.h"
#include "schemaforge/model/schema.h"

namespace sf::detail {

/// One end of a line in crow's-foot terms.
enum class ErdEnd { ExactlyOne, ZeroOrOne, ZeroOrMany };

struct ErdRow {
  std::string name;
  std::string type;  ///< compact spelling: "varchar(20)", "timestamptz", "text[]"
  bool pk = false;
  bool fk = false;
  bool uk = false;
  bool not_null = false;
  std::string comment;
};

struct ErdNode {
  const Table* table = nullptr;
  std::string name;    ///< erd_display_name
  std::string schema;  ///< effective schema
  bool stub = false;   ///< context table: name only
  bool join = false;   ///< a join table (drawn as such)
  bool focus = false;
  std::vector<ErdRow> rows;
  size_t hidden_columns = 0;  ///< ErdDetail::Keys: columns not shown
  size_t self_references = 0;
};

struct ErdEdge {
  size_t child = 0;   ///< node holding the foreign key (for M:N: one end)
  size_t parent = 0;  ///< referenced node (for M:N: the other end)
  ErdEnd child_end = ErdEnd::ZeroOrMany;
  ErdEnd parent_end = ErdEnd::ExactlyOne;
  bool identifying = false;
  bool many_to_many = false;
  std::string through;  ///< M:N: the join table's display name
  std::vector<std::string> child_columns;
  std::vector<std::string> parent_columns;
  std::string label;  ///< FK columns ("team_id") or "via join_table"
  FkAction on_delete = FkAction::NoAction;
};

struct ErdGraph {
  std::vector<ErdNode> nodes;
  std::vector<ErdEdge> edges;        ///< includes self references (child == parent)
  std::vector<std::string> schemas;  ///< distinct effective schemas, first-seen order
};

ErdGraph build_erd_graph(const Schema& schema, const ErdView& view, const ErdOptions& options);

/// "1:N", "1:1", "0..1:N" ... for a line, as text for labels.
std::string cardinality_text(const ErdEdge& edge);

/// Compact type spelling for diagrams ("timestamp with time zone" -> "timestamptz").
std::string compact_type(const Type& type);

}  // namespace sf::detail
