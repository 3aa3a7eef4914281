#pragma once
// A model built by hand (no parser), for backend tests that link sf_backends alone.
// Header-only on purpose: backend_* tests do not link sf_test_support.
#include <string>
#include <vector>

#include "schemaforge/model/schema.h"

namespace sf::test {

class SchemaBuilder {
 public:
  SchemaBuilder& table(const std::string& name, const std::string& comment = "",
                       const std::string& schema_name = "") {
    Table t;
    t.name = QualifiedName{schema_name, name};
    t.comment = comment;
    t.ordinal = schema_.next_ordinal();
    schema_.tables.push_back(std::move(t));
    return *this;
  }
  /// type: a PostgreSQL spelling; kind is guessed from it for the common cases.
  SchemaBuilder& column(const std::string& name, const std::string& type, bool not_null = false,
                        const std::string& default_sql = "", const std::string& comment = "") {
    Column c;
    c.name = name;
    c.type.spelling = type;
    c.type.kind = kind_of(type);
    c.not_null = not_null;
    if (!default_sql.empty()) {
      Expr e;
      e.sql = default_sql;
      e.form = default_sql == "now()"               ? ExprForm::Now
               : default_sql == "gen_random_uuid()" ? ExprForm::RandomUuid
                                                    : ExprForm::Other;
      c.default_value = e;
    }
    c.comment = comment;
    current().columns.push_back(std::move(c));
    return *this;
  }
  SchemaBuilder& identity(const std::string& name, const std::string& type = "bigint") {
    column(name, type, true);
    current().columns.back().identity = Identity{true, {}};
    return *this;
  }
  SchemaBuilder& pk(std::vector<std::string> columns) {
    PrimaryKey p;
    p.columns = std::move(columns);
    current().primary_key = p;
    return *this;
  }
  SchemaBuilder& unique(std::vector<std::string> columns) {
    UniqueConstraint u;
    u.columns = std::move(columns);
    current().uniques.push_back(u);
    return *this;
  }
  SchemaBuilder& check(const std::string& column, const std::string& sql,
                       std::vector<std::string> in_list = {}) {
    CheckConstraint c;
    c.column = column;
    c.expr.sql = sql;
    if (!in_list.empty()) {
      c.expr.form = ExprForm::InList;
      c.expr.column = column;
      c.expr.list = std::move(in_list);
    }
    current().checks.push_back(c);
    return *this;
  }
  SchemaBuilder& fk(std::vector<std::string> columns, const std::string& ref_table,
                    std::vector<std::string> ref_columns, FkAction on_delete = FkAction::NoAction,
                    const std::string& ref_schema = "") {
    ForeignKey f;
    f.columns = std::move(columns);
    f.ref_table = QualifiedName{ref_schema, ref_table};
    f.ref_columns = std::move(ref_columns);
    f.on_delete = on_delete;
    current().foreign_keys.push_back(f);
    return *this;
  }
  SchemaBuilder& index(const std::string& name, std::vector<std::string> columns,
                       bool unique = false, const std::string& where = "", bool desc_last = false) {
    Index i;
    i.name = name;
    i.unique = unique;
    for (const auto& c : columns) {
      IndexElement e;
      e.column = c;
      i.elements.push_back(e);
    }
    if (desc_last) i.elements.back().order = SortOrder::Desc;
    if (!where.empty()) {
      Expr e;
      e.sql = where;
      i.where = e;
    }
    current().indexes.push_back(i);
    return *this;
  }
  Schema build() const { return schema_; }

 private:
  Table& current() { return schema_.tables.back(); }
  static TypeKind kind_of(const std::string& type) {
    if (type == "uuid") return TypeKind::Uuid;
    if (type == "text") return TypeKind::Text;
    if (type == "bigint") return TypeKind::Int64;
    if (type == "integer") return TypeKind::Int32;
    if (type == "jsonb") return TypeKind::Jsonb;
    if (type == "timestamp with time zone") return TypeKind::TimestampTz;
    if (type == "timestamp without time zone") return TypeKind::Timestamp;
    if (type.rfind("character varying", 0) == 0) return TypeKind::Varchar;
    if (type == "boolean") return TypeKind::Bool;
    return TypeKind::Other;
  }
  Schema schema_;
};

/// The seeds' compliance-saas example, by hand.
inline Schema compliance_saas() {
  const std::string tz = "timestamp with time zone";
  SchemaBuilder b;
  b.table("teams", "A customer organisation; the billing unit.")
      .column("id", "uuid", true, "gen_random_uuid()")
      .column("name", "text", true)
      .column("plan", "character varying(20)", true, "'free'::character varying",
              "Subscription plan.")
      .column("created_at", tz, true, "now()")
      .pk({"id"})
      .check("plan", "plan IN ('free', 'pro', 'enterprise')", {"free", "pro", "enterprise"});
  b.table("users", "A person who signs in.")
      .column("id", "uuid", true, "gen_random_uuid()")
      .column("email", "text", true)
      .column("team_id", "uuid", false)
      .column("created_at", tz, true, "now()")
      .pk({"id"})
      .unique({"email"})
      .fk({"team_id"}, "teams", {"id"}, FkAction::SetNull)
      .index("idx_users_team_id", {"team_id"});
  b.table("documents", "An uploaded policy document.")
      .column("id", "uuid", true, "gen_random_uuid()")
      .column("user_id", "uuid", true)
      .column("s3_key", "text", true)
      .column("created_at", tz, true, "now()")
      .pk({"id"})
      .unique({"s3_key"})
      .fk({"user_id"}, "users", {"id"}, FkAction::Cascade)
      .index("idx_documents_user_id", {"user_id"});
  b.table("frameworks", "A compliance framework.")
      .column("id", "uuid", true, "gen_random_uuid()")
      .column("code", "character varying(50)", true)
      .pk({"id"})
      .unique({"code"});
  b.table("assessments", "One analysis of a document.")
      .column("id", "uuid", true, "gen_random_uuid()")
      .column("user_id", "uuid", true)
      .column("document_id", "uuid", true)
      .column("status", "character varying(50)", true)
      .column("results", "jsonb")
      .column("created_at", tz, true, "now()")
      .pk({"id"})
      .fk({"user_id"}, "users", {"id"}, FkAction::Cascade)
      .fk({"document_id"}, "documents", {"id"}, FkAction::Cascade)
      .check("status", "status IN ('pending', 'completed')", {"pending", "completed"})
      .index("idx_assessments_user_created", {"user_id", "created_at"}, false, "", true)
      .index("idx_assessments_pending", {"created_at"}, false, "status = 'pending'");
  b.table("assessment_frameworks", "Which frameworks an assessment covers.")
      .column("assessment_id", "uuid", true)
      .column("framework_id", "uuid", true)
      .pk({"assessment_id", "framework_id"})
      .fk({"assessment_id"}, "assessments", {"id"}, FkAction::Cascade)
      .fk({"framework_id"}, "frameworks", {"id"}, FkAction::Restrict);
  b.table("profiles", "Extra user attributes (1:1).")
      .column("user_id", "uuid", true)
      .column("bio", "text")
      .pk({"user_id"})
      .fk({"user_id"}, "users", {"id"}, FkAction::Cascade);
  b.table("employees")
      .column("id", "integer", true)
      .column("manager_id", "integer")
      .column("department_id", "integer")
      .pk({"id"})
      .fk({"manager_id"}, "employees", {"id"}, FkAction::SetNull)
      .fk({"department_id"}, "departments", {"id"});
  b.table("departments")
      .column("id", "integer", true)
      .column("head_id", "integer")
      .pk({"id"})
      .fk({"head_id"}, "employees", {"id"});
  b.table("audit_log", "", "ops").identity("id").column("payload", "jsonb").pk({"id"});
  return b.build();
}

}  // namespace sf::test
