#pragma once
// Builds small models in C++ for the analyses tests (no parser involved), each element placed
// on its own line of a fake source file so findings have locations.
#include <memory>
#include <string>
#include <vector>

#include "schemaforge/analyses/lint.h"
#include "schemaforge/model/schema.h"

namespace sf::test {

inline std::shared_ptr<const SourceFile> fake_file(const std::string& name = "model.sql",
                                                   size_t lines = 200) {
  std::string text;
  for (size_t i = 1; i <= lines; ++i) text += "line " + std::to_string(i) + "\n";
  return std::make_shared<SourceFile>(name, text);
}

class ModelBuilder {
public:
  ModelBuilder() : file_(fake_file()) {}

  SourceLoc next_loc() { return SourceLoc{file_, ++line_, 1}; }
  const std::shared_ptr<const SourceFile>& file() const { return file_; }

  Table& table(const std::string& name, const std::string& comment = "a table") {
    Table t;
    t.name = QualifiedName{"", name};
    t.comment = comment;
    t.loc = next_loc();
    schema.tables.push_back(std::move(t));
    return schema.tables.back();
  }

  Column& column(Table& table, const std::string& name, TypeKind kind, bool not_null = true,
                 const std::string& spelling = "") {
    Column c;
    c.name = name;
    c.type.kind = kind;
    c.type.spelling = spelling.empty() ? to_string(kind) : spelling;
    c.not_null = not_null;
    c.loc = next_loc();
    table.columns.push_back(std::move(c));
    return table.columns.back();
  }

  /// id uuid PRIMARY KEY DEFAULT gen_random_uuid(), created_at, updated_at.
  Table& standard_table(const std::string& name) {
    Table& t = table(name);
    Column& id = column(t, "id", TypeKind::Uuid);
    id.default_value = Expr{"gen_random_uuid()", ExprForm::RandomUuid, "", "", {}};
    t.primary_key = PrimaryKey{"", {"id"}, {}, {}, "", t.loc};
    timestamps(t);
    return t;
  }

  void timestamps(Table& t) {
    for (const char* name : {"created_at", "updated_at"}) {
      Column& c = column(t, name, TypeKind::TimestampTz, true, "timestamp with time zone");
      c.default_value = Expr{"now()", ExprForm::Now, "now", "", {}};
    }
  }

  ForeignKey& foreign_key(Table& table, const std::string& column, const std::string& target,
                          FkAction on_delete = FkAction::Cascade) {
    ForeignKey fk;
    fk.columns = {column};
    fk.ref_table = QualifiedName{"", target};
    fk.ref_columns = {"id"};
    fk.on_delete = on_delete;
    fk.loc = next_loc();
    table.foreign_keys.push_back(std::move(fk));
    return table.foreign_keys.back();
  }

  Index& index(Table& table, const std::string& name, const std::vector<std::string>& columns,
               bool unique = false) {
    Index ix;
    ix.name = name;
    ix.unique = unique;
    for (const auto& c : columns) {
      IndexElement e;
      e.column = c;
      ix.elements.push_back(e);
    }
    ix.loc = next_loc();
    table.indexes.push_back(std::move(ix));
    return table.indexes.back();
  }

  CheckConstraint& check(Table& table, const std::string& sql, const std::string& column = "") {
    CheckConstraint c;
    c.expr.sql = sql;
    c.column = column;
    c.loc = next_loc();
    table.checks.push_back(std::move(c));
    return table.checks.back();
  }

  Schema schema;

private:
  std::shared_ptr<const SourceFile> file_;
  uint32_t line_ = 0;
};

/// Settings with only `codes` enabled.
inline LintSettings only(const std::vector<std::string>& codes) {
  LintSettings settings;
  for (const auto& rule : all_lint_rules()) {
    RuleSetting s;
    s.rule = std::string(rule.code);
    s.enabled = false;
    for (const auto& code : codes) {
      if (code == rule.code) s.enabled = true;
    }
    settings.rules.push_back(s);
  }
  return settings;
}

/// "CODE@line: message" per finding, for readable assertions.
inline std::vector<std::string> summarize(const LintResult& result) {
  std::vector<std::string> out;
  for (const auto& f : result.findings) {
    out.push_back(std::string(f.code()) + "@" + std::to_string(f.diagnostic.loc.line) + ": " +
                  f.diagnostic.message);
  }
  return out;
}

inline size_t count_code(const LintResult& result, const std::string& code) {
  size_t n = 0;
  for (const auto& f : result.findings) {
    if (f.code() == code) ++n;
  }
  return n;
}

}  // namespace sf::test
