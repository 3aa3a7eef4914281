// The model as JSON, shape documented in docs/model-json.md. Keys are written in a fixed order
// (nlohmann::ordered_json); optional keys are left out when empty, false or at their default.
// clang-format off
#include "schemaforge/backends/json.h"  // its own header first (STYLE.md #14)
// clang-format on

#include <nlohmann/json.hpp>

#include "schemaforge/model/relationships.h"

namespace sf {

namespace {

using Json = nlohmann::ordered_json;

const char* to_json(ExprForm form) {
  switch (form) {
    case ExprForm::Other:
      return "other";
    case ExprForm::Literal:
      return "literal";
    case ExprForm::StringLiteral:
      return "string_literal";
    case ExprForm::BoolLiteral:
      return "bool_literal";
    case ExprForm::Null:
      return "null";
    case ExprForm::Now:
      return "now";
    case ExprForm::RandomUuid:
      return "random_uuid";
    case ExprForm::NextVal:
      return "nextval";
    case ExprForm::InList:
      return "in_list";
    case ExprForm::Comparison:
      return "comparison";
  }
  return "other";
}

const char* to_json(FkAction action) {
  switch (action) {
    case FkAction::NoAction:
      return "no_action";
    case FkAction::Restrict:
      return "restrict";
    case FkAction::Cascade:
      return "cascade";
    case FkAction::SetNull:
      return "set_null";
    case FkAction::SetDefault:
      return "set_default";
  }
  return "no_action";
}

const char* to_json(FkMatch match) {
  switch (match) {
    case FkMatch::Simple:
      return "simple";
    case FkMatch::Full:
      return "full";
    case FkMatch::Partial:
      return "partial";
  }
  return "simple";
}

const char* to_json(SortOrder order) {
  switch (order) {
    case SortOrder::Default:
      return "default";
    case SortOrder::Asc:
      return "asc";
    case SortOrder::Desc:
      return "desc";
  }
  return "default";
}

const char* to_json(NullsOrder nulls) {
  switch (nulls) {
    case NullsOrder::Default:
      return "default";
    case NullsOrder::First:
      return "first";
    case NullsOrder::Last:
      return "last";
  }
  return "default";
}

const char* to_json(PartitionStrategy strategy) {
  switch (strategy) {
    case PartitionStrategy::Range:
      return "range";
    case PartitionStrategy::List:
      return "list";
    case PartitionStrategy::Hash:
      return "hash";
  }
  return "range";
}

const char* to_json(RoutineKind kind) {
  switch (kind) {
    case RoutineKind::Function:
      return "function";
    case RoutineKind::Procedure:
      return "procedure";
    case RoutineKind::Aggregate:
      return "aggregate";
  }
  return "function";
}

const char* to_json(Cardinality cardinality) {
  switch (cardinality) {
    case Cardinality::OneToOne:
      return "one_to_one";
    case Cardinality::OneToMany:
      return "one_to_many";
    case Cardinality::ManyToMany:
      return "many_to_many";
  }
  return "one_to_many";
}

/// Builds the document; every put_* leaves the key out when the value is empty or default.
class JsonBuilder {
 public:
  explicit JsonBuilder(const JsonOptions& options) : options_(options) {}

  Json build(const Schema& schema) const {
    Json out;
    out["format"] = "schemaforge-model";
    out["version"] = kModelJsonVersion;
    out["namespaces"] = array(schema.namespaces, &JsonBuilder::name_space);
    out["namespace_comments"] = array(schema.namespace_comments, &JsonBuilder::name_space);
    out["extensions"] = array(schema.extensions, &JsonBuilder::extension);
    out["enums"] = array(schema.enums, &JsonBuilder::enum_type);
    out["domains"] = array(schema.domains, &JsonBuilder::domain);
    out["composites"] = array(schema.composites, &JsonBuilder::composite);
    out["sequences"] = array(schema.sequences, &JsonBuilder::sequence);
    out["tables"] = array(schema.tables, &JsonBuilder::table);
    out["views"] = array(schema.views, &JsonBuilder::view);
    out["functions"] = array(schema.functions, &JsonBuilder::function);
    out["relationships"] = array(derive_relationships(schema), &JsonBuilder::relationship);
    return out;
  }

 private:
  template <typename T>
  Json array(const std::vector<T>& items, Json (JsonBuilder::*element)(const T&) const) const {
    Json out = Json::array();
    for (const auto& item : items) out.push_back((this->*element)(item));
    return out;
  }

  template <typename T>
  void put_array(Json& j, const char* key, const std::vector<T>& items,
                 Json (JsonBuilder::*element)(const T&) const) const {
    if (!items.empty()) j[key] = array(items, element);
  }

  static void put(Json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  }
  static void put(Json& j, const char* key, bool value) {
    if (value) j[key] = true;
  }
  static void put(Json& j, const char* key, const std::vector<std::string>& values) {
    if (!values.empty()) j[key] = values;
  }
  static void put(Json& j, const char* key, const std::optional<int64_t>& value) {
    if (value) j[key] = *value;
  }
  static void put_object(Json& j, const char* key, Json value) {
    if (!value.empty()) j[key] = std::move(value);
  }
  static void put_ordinal(Json& j, uint32_t ordinal) {
    if (ordinal != 0) j["ordinal"] = ordinal;
  }
  void put_loc(Json& j, const SourceLoc& loc) const {
    if (!options_.locations || !loc.known()) return;
    j["loc"] = loc.file->path() + ':' + std::to_string(loc.line) + ':' + std::to_string(loc.column);
  }
  /// The element's own name, flattened: "schema" (when qualified) and "name".
  static void put_name(Json& j, const QualifiedName& name) {
    put(j, "schema", name.schema);
    j["name"] = name.name;
  }
  static Json ref(const QualifiedName& name) {
    Json j;
    put_name(j, name);
    return j;
  }
  static void put_ref(Json& j, const char* key, const QualifiedName& name) {
    if (!name.empty()) j[key] = ref(name);
  }

  Json expr(const Expr& e) const {
    Json j;
    j["sql"] = e.sql;
    if (e.form != ExprForm::Other) j["form"] = to_json(e.form);
    put(j, "value", e.value);
    put(j, "column", e.column);
    put(j, "list", e.list);
    return j;
  }
  void put_expr(Json& j, const char* key, const std::optional<Expr>& e) const {
    if (e) j[key] = expr(*e);
  }

  Json type(const Type& t) const {
    Json j;
    j["kind"] = to_string(t.kind);
    put(j, "spelling", t.spelling);
    if (!t.modifiers.empty()) j["modifiers"] = t.modifiers;
    if (t.array_dims != 0) j["array_dims"] = t.array_dims;
    put(j, "serial", t.serial);
    put_ref(j, "ref", t.ref);
    return j;
  }

  Json param(const StorageParam& p) const {
    Json j;
    j["name"] = p.name;
    put(j, "value", p.value);
    return j;
  }

  static Json timing(const ConstraintTiming& t) {
    Json j;
    put(j, "deferrable", t.deferrable);
    put(j, "initially_deferred", t.initially_deferred);
    return j;
  }

  Json sequence_options(const SequenceOptions& o) const {
    Json j;
    put(j, "data_type", o.data_type);
    put(j, "increment", o.increment);
    put(j, "min_value", o.min_value);
    put(j, "max_value", o.max_value);
    put(j, "start", o.start);
    put(j, "cache", o.cache);
    put(j, "cycle", o.cycle);
    put(j, "sequence_name", o.sequence_name);
    return j;
  }

  Json name_space(const Namespace& n) const {
    Json j;
    j["name"] = n.name;
    put(j, "comment", n.comment);
    put_ordinal(j, n.ordinal);
    put_loc(j, n.loc);
    return j;
  }

  Json extension(const Extension& e) const {
    Json j;
    j["name"] = e.name;
    put(j, "schema", e.schema);
    put(j, "version", e.version);
    put(j, "comment", e.comment);
    put_ordinal(j, e.ordinal);
    put_loc(j, e.loc);
    return j;
  }

  Json enum_type(const EnumType& e) const {
    Json j;
    put_name(j, e.name);
    j["values"] = e.values;
    put(j, "comment", e.comment);
    put_ordinal(j, e.ordinal);
    put_loc(j, e.loc);
    return j;
  }

  Json check(const CheckConstraint& c) const {
    Json j;
    put(j, "name", c.name);
    j["expr"] = expr(c.expr);
    put(j, "no_inherit", c.no_inherit);
    put(j, "not_valid", c.not_valid);
    put(j, "column", c.column);
    put(j, "comment", c.comment);
    put_loc(j, c.loc);
    return j;
  }

  Json domain(const Domain& d) const {
    Json j;
    put_name(j, d.name);
    j["base"] = type(d.base);
    put(j, "collation", d.collation);
    put_expr(j, "default_value", d.default_value);
    put(j, "not_null", d.not_null);
    put_array(j, "checks", d.checks, &JsonBuilder::check);
    put(j, "comment", d.comment);
    put_ordinal(j, d.ordinal);
    put_loc(j, d.loc);
    return j;
  }

  Json attribute(const CompositeType::Attribute& a) const {
    Json j;
    j["name"] = a.name;
    j["type"] = type(a.type);
    put(j, "collation", a.collation);
    return j;
  }

  Json composite(const CompositeType& c) const {
    Json j;
    put_name(j, c.name);
    j["attributes"] = array(c.attributes, &JsonBuilder::attribute);
    put(j, "comment", c.comment);
    put_ordinal(j, c.ordinal);
    put_loc(j, c.loc);
    return j;
  }

  Json sequence(const Sequence& s) const {
    Json j;
    put_name(j, s.name);
    put_object(j, "options", sequence_options(s.options));
    if (!s.owned_by_table.empty()) {
      Json owner;
      owner["table"] = ref(s.owned_by_table);
      put(owner, "column", s.owned_by_column);
      j["owned_by"] = std::move(owner);
    }
    put(j, "comment", s.comment);
    put_ordinal(j, s.ordinal);
    put_loc(j, s.loc);
    return j;
  }

  Json column(const Column& c) const {
    Json j;
    j["name"] = c.name;
    j["type"] = type(c.type);
    put(j, "not_null", c.not_null);
    put_expr(j, "default_value", c.default_value);
    if (c.identity) {
      Json identity;
      put(identity, "always", c.identity->always);
      put_object(identity, "options", sequence_options(c.identity->options));
      j["identity"] = std::move(identity);
    }
    put_expr(j, "generated", c.generated);
    put(j, "collation", c.collation);
    put(j, "comment", c.comment);
    put_loc(j, c.loc);
    return j;
  }

  Json primary_key(const PrimaryKey& pk) const {
    Json j;
    put(j, "name", pk.name);
    j["columns"] = pk.columns;
    put(j, "include", pk.include);
    put_object(j, "timing", timing(pk.timing));
    put(j, "comment", pk.comment);
    put_loc(j, pk.loc);
    return j;
  }

  Json unique(const UniqueConstraint& u) const {
    Json j;
    put(j, "name", u.name);
    j["columns"] = u.columns;
    put(j, "include", u.include);
    put(j, "nulls_not_distinct", u.nulls_not_distinct);
    put_object(j, "timing", timing(u.timing));
    put(j, "comment", u.comment);
    put_loc(j, u.loc);
    return j;
  }

  Json foreign_key(const ForeignKey& fk) const {
    Json j;
    put(j, "name", fk.name);
    j["columns"] = fk.columns;
    j["ref_table"] = ref(fk.ref_table);
    put(j, "ref_columns", fk.ref_columns);
    if (fk.on_delete != FkAction::NoAction) j["on_delete"] = to_json(fk.on_delete);
    if (fk.on_update != FkAction::NoAction) j["on_update"] = to_json(fk.on_update);
    put(j, "on_delete_columns", fk.on_delete_columns);
    if (fk.match != FkMatch::Simple) j["match"] = to_json(fk.match);
    put_object(j, "timing", timing(fk.timing));
    put(j, "not_valid", fk.not_valid);
    put(j, "comment", fk.comment);
    put_loc(j, fk.loc);
    return j;
  }

  Json index_element(const IndexElement& e) const {
    Json j;
    put(j, "column", e.column);
    put_expr(j, "expr", e.expr);
    put(j, "collation", e.collation);
    put(j, "opclass", e.opclass);
    put_array(j, "opclass_params", e.opclass_params, &JsonBuilder::param);
    if (e.order != SortOrder::Default) j["order"] = to_json(e.order);
    if (e.nulls != NullsOrder::Default) j["nulls"] = to_json(e.nulls);
    return j;
  }

  Json exclusion_element(const ExclusionElement& e) const {
    Json j = index_element(e.element);
    j["op"] = e.op;
    return j;
  }

  Json exclusion(const ExclusionConstraint& x) const {
    Json j;
    put(j, "name", x.name);
    if (x.method != "gist") j["method"] = x.method;
    j["elements"] = array(x.elements, &JsonBuilder::exclusion_element);
    put(j, "include", x.include);
    put_expr(j, "where", x.where);
    put_object(j, "timing", timing(x.timing));
    put(j, "comment", x.comment);
    put_loc(j, x.loc);
    return j;
  }

  Json index(const Index& i) const {
    Json j;
    put(j, "name", i.name);
    put(j, "unique", i.unique);
    put(j, "nulls_not_distinct", i.nulls_not_distinct);
    if (i.method != "btree") j["method"] = i.method;
    j["elements"] = array(i.elements, &JsonBuilder::index_element);
    put(j, "include", i.include);
    put_expr(j, "where", i.where);
    put_array(j, "with", i.with, &JsonBuilder::param);
    put(j, "only", i.only);
    put(j, "comment", i.comment);
    put_loc(j, i.loc);
    return j;
  }

  Json trigger(const Trigger& t) const {
    Json j;
    j["name"] = t.name;
    put(j, "timing", t.timing);
    put(j, "events", t.events);
    put(j, "for_each_row", t.for_each_row);
    put_ref(j, "function", t.function);
    put_expr(j, "when", t.when);
    put(j, "definition", t.definition);
    put(j, "definition_dialect", t.definition_dialect);
    put(j, "comment", t.comment);
    put_loc(j, t.loc);
    return j;
  }

  Json policy(const Policy& p) const {
    Json j;
    j["name"] = p.name;
    if (!p.permissive) j["permissive"] = false;
    if (p.command != "ALL") put(j, "command", p.command);
    put(j, "roles", p.roles);
    put_expr(j, "using_expr", p.using_expr);
    put_expr(j, "check_expr", p.check_expr);
    put(j, "comment", p.comment);
    put_loc(j, p.loc);
    return j;
  }

  Json rule(const Rule& r) const {
    Json j;
    j["name"] = r.name;
    put(j, "event", r.event);
    put(j, "definition", r.definition);
    put(j, "comment", r.comment);
    put_loc(j, r.loc);
    return j;
  }

  Json table(const Table& t) const {
    Json j;
    put_name(j, t.name);
    j["columns"] = array(t.columns, &JsonBuilder::column);
    if (t.primary_key) j["primary_key"] = primary_key(*t.primary_key);
    put_array(j, "uniques", t.uniques, &JsonBuilder::unique);
    put_array(j, "checks", t.checks, &JsonBuilder::check);
    put_array(j, "foreign_keys", t.foreign_keys, &JsonBuilder::foreign_key);
    put_array(j, "exclusions", t.exclusions, &JsonBuilder::exclusion);
    put_array(j, "indexes", t.indexes, &JsonBuilder::index);
    put_array(j, "triggers", t.triggers, &JsonBuilder::trigger);
    put_array(j, "policies", t.policies, &JsonBuilder::policy);
    put_array(j, "rules", t.rules, &JsonBuilder::rule);
    put(j, "unlogged", t.unlogged);
    put_array(j, "options", t.options, &JsonBuilder::param);
    if (t.partition_by) {
      Json key;
      key["strategy"] = to_json(t.partition_by->strategy);
      key["elements"] = array(t.partition_by->elements, &JsonBuilder::index_element);
      j["partition_by"] = std::move(key);
    }
    if (t.partition_of) {
      Json of;
      of["parent"] = ref(t.partition_of->parent);
      of["bound_sql"] = t.partition_of->bound_sql;
      put(of, "attached", t.partition_of->attached);
      j["partition_of"] = std::move(of);
    }
    if (!t.inherits.empty()) {
      Json parents = Json::array();
      for (const auto& parent : t.inherits) parents.push_back(ref(parent));
      j["inherits"] = std::move(parents);
    }
    put(j, "rls_enabled", t.rls_enabled);
    put(j, "rls_forced", t.rls_forced);
    put(j, "comment", t.comment);
    put_ordinal(j, t.ordinal);
    put_loc(j, t.loc);
    return j;
  }

  Json view(const View& v) const {
    Json j;
    put_name(j, v.name);
    put(j, "materialized", v.materialized);
    put(j, "column_names", v.column_names);
    j["query"] = v.query;
    put(j, "query_dialect", v.query_dialect);
    put_array(j, "options", v.options, &JsonBuilder::param);
    put(j, "check_option", v.check_option);
    if (!v.with_data) j["with_data"] = false;
    put_array(j, "indexes", v.indexes, &JsonBuilder::index);
    put(j, "comment", v.comment);
    put_ordinal(j, v.ordinal);
    put_loc(j, v.loc);
    return j;
  }

  Json function(const Function& f) const {
    Json j;
    put_name(j, f.name);
    j["kind"] = to_json(f.kind);
    put(j, "arguments", f.arguments);
    put(j, "returns", f.returns);
    put(j, "language", f.language);
    put(j, "body", f.body);
    put(j, "definition", f.definition);
    put(j, "depends_on_tables", f.depends_on_tables);
    put(j, "comment", f.comment);
    put_ordinal(j, f.ordinal);
    put_loc(j, f.loc);
    return j;
  }

  Json relationship(const Relationship& r) const {
    Json j;
    j["derived"] = true;
    j["cardinality"] = to_json(r.cardinality);
    j["from"] = ref(r.from);
    j["to"] = ref(r.to);
    put_ref(j, "through", r.through);
    put(j, "from_columns", r.from_columns);
    put(j, "to_columns", r.to_columns);
    put(j, "optional", r.optional);
    put(j, "constraint_name", r.constraint_name);
    if (r.on_delete != FkAction::NoAction) j["on_delete"] = to_json(r.on_delete);
    return j;
  }

  const JsonOptions& options_;
};

}  // namespace

std::string emit_json(const Schema& schema, const JsonOptions& options) {
  Json document = JsonBuilder(options).build(schema);
  // Invalid UTF-8 in the model (a Latin-1 comment, say) becomes U+FFFD instead of throwing.
  std::string out = document.dump(options.indent < 0 ? -1 : options.indent, ' ', false,
                                  Json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace sf
