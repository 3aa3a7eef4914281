#pragma once
// From the DBML syntax tree to the model: element validators and the binder.
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "frontends/dbml/syntax.h"
#include "schemaforge/model/schema.h"

namespace sf::dbml {

/// A column default as DBML writes it.
struct DraftDefault {
  enum class Kind { Number, String, Bool, Null, Expression, EnumValue };
  Kind kind = Kind::String;
  std::string value;
};

/// One side of a relationship: `schema.table.(col, ...)`.
struct Endpoint {
  std::string schema;  ///< empty = unqualified
  std::string table;
  std::vector<std::string> columns;
  const Node* node = nullptr;
};

struct DraftRef {
  std::string name;
  std::string schema;  ///< schema of the Ref's name, if qualified
  std::string op;      ///< "<", ">", "-", "<>"
  Endpoint left, right;
  std::optional<FkAction> on_delete, on_update;
  std::string color;
  bool inactive = false;
  bool is_inline = false;  ///< from a column's `ref:` setting (left = the column)
  const Node* node = nullptr;
};

struct DraftColumn {
  std::string name;
  Type type;
  std::string type_schema;  ///< schema part of `schema.enum_type`
  bool pk = false, unique = false, not_null = false, explicit_null = false, increment = false;
  std::optional<DraftDefault> default_value;
  std::string note;
  std::vector<DraftRef> inline_refs;
  std::vector<std::string> checks;
  const Node* node = nullptr;
};

struct DraftIndexPart {
  bool expression = false;
  std::string value;
};

struct DraftIndex {
  std::vector<DraftIndexPart> parts;
  bool pk = false, unique = false;
  std::string name, type, note;
  const Node* node = nullptr;
};

struct DraftCheck {
  std::string name;
  std::string expression;
  const Node* node = nullptr;
};

/// A Table or a TablePartial before partials are injected and names are bound.
struct DraftTable {
  bool partial = false;
  std::string schema, name, alias, header_color, note;
  bool has_note = false, has_header_color = false;
  std::vector<DraftColumn> columns;
  std::vector<DraftIndex> indexes;
  std::vector<DraftCheck> checks;
  /// Partial injections (`~name`) in source order, with their position among the columns.
  struct Injection {
    std::string name;
    size_t position = 0;
    const Node* node = nullptr;
  };
  std::vector<Injection> injections;
  std::optional<SeedRows> records;
  const Node* records_node = nullptr;
  const Node* node = nullptr;
  uint32_t ordinal = 0;
};

struct DraftRecords {
  std::string schema, table;
  SeedRows rows;
  const Node* node = nullptr;
};

/// Everything gathered from one file before binding.
struct Drafts {
  std::vector<DraftTable> tables;
  std::vector<DraftTable> partials;
  std::vector<DraftRef> refs;
  std::vector<DraftRecords> records;
};

class Interpreter {
public:
  Interpreter(const std::shared_ptr<const SourceFile>& file, Schema& schema, Diagnostics& diags)
      : file_(file), schema_(schema), diags_(diags) {}

  void run(const SyntaxTree& tree);

  // shared helpers (interpret_common.cpp)
  SourceLoc loc(const Node* node) const;
  void error(DiagCode code, const Node* node, std::string message);
  void warn(DiagCode code, const Node* node, std::string message);
  /// Name parts of a dotted or quoted name node; empty (after an error) when not a name.
  std::vector<std::string> name_parts(const Node* node, const char* what);
  /// The string of a setting value that must be a string literal, or nullopt (error given).
  std::optional<std::string> string_value(const Node* attribute, const char* what);
  /// The note of `Note: '...'` / `Note { '...' }`.
  std::optional<std::string> note_body(const Node* element);
  /// Checks that every setting appears once; returns the attributes by name.
  std::multimap<std::string, const Node*> settings_of(const Node* list);
  bool duplicate_setting(const std::multimap<std::string, const Node*>& settings,
                         const std::string& name, const char* where);

private:
  void element(const Node* node, bool nested_in_project);
  void project(const Node* node);
  void table(const Node* node, bool partial);
  void column(DraftTable& table, const Node* line);
  void indexes(DraftTable& table, const Node* element);
  void checks(DraftTable& table, const Node* element);
  void table_records(DraftTable& table, const Node* element);
  void top_records(const Node* node);
  bool record_rows(const Node* body, size_t width, SeedRows& rows);
  void ref(const Node* node);
  std::optional<DraftRef> relation(const Node* expr, bool is_inline);
  std::optional<Endpoint> endpoint(const Node* expr, bool allow_bare = false);
  void ref_settings(DraftRef& ref, const Node* list);
  void enumeration(const Node* node);
  void table_group(const Node* node);
  void sticky_note(const Node* node);

  // binding (bind.cpp)
  void bind();
  void inject_partials(DraftTable& table);
  Table build_table(const DraftTable& draft);
  const DraftTable* find_draft(const std::string& schema, const std::string& name) const;
  Table* table_named(const std::string& schema, const std::string& name);
  void add_table(Table table);
  bool resolve_endpoint(Endpoint& endpoint, const char* what);
  void add_ref(const DraftRef& ref);
  void add_join_table(const DraftRef& ref);

  std::shared_ptr<const SourceFile> file_;
  Schema& schema_;
  Diagnostics& diags_;
  Drafts drafts_;
  std::vector<TableGroup> groups_;
  std::vector<const Node*> group_nodes_;
  bool project_seen_ = false;
  // name lookups for the binder, keyed "schema.name" with the schema made effective
  std::unordered_map<std::string, const DraftTable*> drafts_by_name_;
  std::unordered_map<std::string, const DraftTable*> drafts_by_alias_;
  std::unordered_map<std::string, size_t> tables_by_name_;
};

/// A string literal or a "quoted" name (both are strings in setting values).
bool is_string_node(const Node* node);
/// A number with any prefix signs (`--1`, `+-2.5`), as text with one optional '-'.
bool signed_number(const Node* node, std::string& out);

/// DBML type text -> model Type (kind from the name; PostgreSQL's spelling where known).
Type map_dbml_type(const std::string& name, const std::vector<std::string>& args,
                   int array_dims, const std::string& written);

}  // namespace sf::dbml
