// Seed 001's column-type decision tree: a brief field's kind -> a PostgreSQL type, its
// nullability, default and CHECKs, each with the reason and the types not chosen.
#include "analyses/design/design_context.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

namespace {

struct TypeChoice {
  Type type;
  std::string reason;
  std::vector<Alternative> alternatives;
};

Type varchar_type(int64_t length) {
  return make_type(TypeKind::Varchar, "character varying(" + std::to_string(length) + ")", {length});
}

TypeChoice text_choice(const BriefField& field, const std::string& what) {
  if (field.max_length) {
    return {varchar_type(*field.max_length),
            what + " with the brief's limit of " + std::to_string(*field.max_length) +
                " characters, enforced by the type",
            {{"text", "the brief asks for a hard length limit"}}};
  }
  return {text_type(), what + "; PostgreSQL stores text and varchar alike, so no arbitrary limit",
          {{"varchar(255)", "a guessed limit that needs a migration to raise and saves nothing"}}};
}

TypeChoice choose_type(const BriefField& field) {
  switch (field.kind) {
    case FieldKind::ShortText:
      return text_choice(field, "short text");
    case FieldKind::LongText:
      return {text_type(), "long text has no useful upper bound",
              {{"varchar(n)", "long text would hit any limit chosen now"}}};
    case FieldKind::Email:
      return {text_type(), "an email address; its format is checked by the application",
              {{"citext", "needs an extension; lower-case on write instead"},
               {"CHECK with a regular expression", "rejects valid addresses and duplicates app validation"}}};
    case FieldKind::Url:
      return {text_type(), "a URL; lengths vary widely",
              {{"varchar(2048)", "an arbitrary limit"}}};
    case FieldKind::Enum: {
      TypeChoice choice = text_choice(field, "an enumeration stored as text with a CHECK list");
      choice.alternatives.push_back(
          {"a native ENUM type", "adding a value needs ALTER TYPE and removing one a rewrite; a CHECK list changes in one statement"});
      choice.alternatives.push_back(
          {"a lookup table", "the values carry no attributes of their own"});
      return choice;
    }
    case FieldKind::Integer:
      return {make_type(TypeKind::Int32, "integer"), "a whole number within ±2.1 billion",
              {{"bigint", "twice the size, for counts that can pass 2^31"}}};
    case FieldKind::Decimal: {
      int64_t precision = field.precision.value_or(12);
      int64_t scale = field.scale.value_or(2);
      return {make_type(TypeKind::Decimal, "numeric(" + std::to_string(precision) + "," + std::to_string(scale) + ")", {precision, scale}),
              "an exact decimal number",
              {{"double precision", "binary floating point rounds decimal fractions"}}};
    }
    case FieldKind::Money:
      if (ends_with(field.name, "_cents")) {
        return {bigint_type(), "an amount in whole cents: exact, fast integer arithmetic",
                {{"numeric(19,4)", "the column name says the unit is cents"},
                 {"money", "its output depends on the server's locale"},
                 {"double precision", "rounds amounts"}}};
      }
      return {make_type(TypeKind::Decimal, "numeric(19,4)", {19, 4}),
              "an amount of money: exact decimal arithmetic with room for sub-cent rates",
              {{"bigint cents", "name the column *_cents to store whole cents"},
               {"money", "its output depends on the server's locale"},
               {"double precision", "rounds amounts"}}};
    case FieldKind::Boolean:
      return {make_type(TypeKind::Bool, "boolean"), "a yes/no flag", {{"smallint 0/1", "no meaning of its own"}}};
    case FieldKind::DateTime:
      return {timestamptz_type(), "a moment in time, stored in UTC and shown in any time zone",
              {{"timestamp without time zone", "loses the offset; wrong for users in other zones"}}};
    case FieldKind::Date:
      return {make_type(TypeKind::Date, "date"), "a calendar date with no time of day",
              {{"timestamptz", "a date is not a moment"}}};
    case FieldKind::Json:
      return {make_type(TypeKind::Jsonb, "jsonb"),
              field.evolving ? "a document whose structure evolves; jsonb is indexable (GIN) and compact"
                             : "a nested document; jsonb is indexable (GIN) and compact",
              {{"json", "kept as text: no indexing, reparsed on every read"},
               {"separate columns", "the structure is not fixed"}}};
    case FieldKind::Array: {
      BriefField element = field;
      element.kind = field.element == FieldKind::Array ? FieldKind::ShortText : field.element;
      TypeChoice inner = choose_type(element);
      inner.type.spelling += "[]";
      inner.type.array_dims = 1;
      return {inner.type, "a short list of values read and written with the row",
              {{"a child table", "the list is not queried or linked on its own"}}};
    }
    case FieldKind::Id:
    case FieldKind::Reference:
      break;  // keys are designed by design_tables and design_relationships
  }
  return {text_type(), "", {}};
}

bool quoted_default(FieldKind kind) {
  switch (kind) {
    case FieldKind::ShortText:
    case FieldKind::LongText:
    case FieldKind::Enum:
    case FieldKind::Email:
    case FieldKind::Url:
    case FieldKind::Date:
      return true;
    case FieldKind::Id:
    case FieldKind::Reference:
    case FieldKind::Integer:
    case FieldKind::Decimal:
    case FieldKind::Money:
    case FieldKind::Boolean:
    case FieldKind::DateTime:
    case FieldKind::Json:
    case FieldKind::Array:
      return false;
  }
  return false;
}

std::string quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string default_sql(const BriefField& field) {
  const std::string& value = *field.default_value;
  if (field.kind == FieldKind::DateTime && (value == "now" || value == "now()")) return "now()";
  if (field.kind == FieldKind::Json) return quote(value) + "::jsonb";
  return quoted_default(field.kind) ? quote(value) : value;
}

}  // namespace

void design_column(DesignContext& ctx, Table& table, const BriefField& field) {
  const std::string& t = table.name.name;
  TypeChoice choice = choose_type(field);
  Column column = make_column(field.name, choice.type);
  column.not_null = field.required;
  column.comment = field.description;
  column.loc = field.loc;
  ctx.decide(t, {DecisionKind::DataType, field.name, choice.type.spelling,
                 choice.reason + " (brief kind " + to_string(field.kind) + ")",
                 choice.alternatives});
  if (field.default_value) {
    column.default_value = ctx.expr(default_sql(field));
    ctx.decide(t, {DecisionKind::Constraint, field.name, "DEFAULT " + column.default_value->sql,
                   "the brief's business default", {}});
  }
  if (!field.required && field.kind != FieldKind::Boolean) {
    ctx.decide(t, {DecisionKind::Constraint, field.name, "NULL allowed",
                   "optional in the brief: filled later or not at all",
                   {{"NOT NULL", "the brief does not require a value when the row is created"}}});
  }
  table.columns.push_back(std::move(column));
  if (field.kind == FieldKind::Enum) {
    std::vector<std::string> quoted;
    for (const auto& value : field.values) quoted.push_back(quote(value));
    CheckConstraint check;
    check.column = field.name;
    check.expr = ctx.expr(field.name + " IN (" + join(quoted, ", ") + ")");
    check.loc = field.loc;
    table.checks.push_back(std::move(check));
    ctx.decide(t, {DecisionKind::Constraint, field.name, "CHECK (" + field.name + " IN (...))",
                   "the database rejects values outside the brief's list: " + join(field.values, ", "),
                   {{"validation in the application only", "other writers (scripts, SQL consoles) bypass it"}}});
  }
  for (const auto& sql : field.checks) {
    CheckConstraint check;
    check.column = field.name;
    check.expr = ctx.expr(sql);
    check.loc = field.loc;
    ctx.decide(t, {DecisionKind::Constraint, field.name, "CHECK (" + check.expr.sql + ")",
                   "a rule of the brief, enforced where every writer meets it", {}});
    table.checks.push_back(std::move(check));
  }
  if (field.unique) {
    UniqueConstraint unique;
    unique.columns = {field.name};
    unique.loc = field.loc;
    table.uniques.push_back(std::move(unique));
    ctx.decide(t, {DecisionKind::Constraint, field.name, "UNIQUE",
                   "the brief says no two rows share it; the constraint's index also serves lookups",
                   {{"a unique index", "a constraint documents the rule and can be referenced"}}});
  }
}

}  // namespace sf::detail
