#pragma once
// Shared helpers of the PostgreSQL frontend's unit tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/frontends/postgres.h"

namespace sf::testing {

struct Parsed {
  std::shared_ptr<const SourceFile> file;
  Schema schema;
  Diagnostics diags;

  /// Diagnostics with `code`, in report order.
  std::vector<Diagnostic> with(DiagCode code) const {
    std::vector<Diagnostic> out;
    for (const auto& d : diags.items()) {
      if (d.code == code) out.push_back(d);
    }
    return out;
  }
  /// Every diagnostic above info, formatted: the message of a failed expectation.
  std::string problems() const {
    std::string out;
    for (const auto& d : diags.items()) {
      if (d.severity != Severity::Info) out += format_diagnostic(d);
    }
    return out;
  }
  const Table& table(const std::string& name, const std::string& schema_name = "") const {
    const Table* found = schema.find_table(QualifiedName{schema_name, name});
    if (!found) {
      static const Table empty;
      ADD_FAILURE() << "no table " << name;
      return empty;
    }
    return *found;
  }
  const Column& column(const std::string& table_name, const std::string& column_name) const {
    const Column* found = table(table_name).find_column(column_name);
    if (!found) {
      static const Column empty;
      ADD_FAILURE() << "no column " << table_name << "." << column_name;
      return empty;
    }
    return *found;
  }
};

inline Parsed parse(const std::string& sql, const std::string& path = "test.sql") {
  Parsed parsed;
  parsed.file = std::make_shared<const SourceFile>(path, sql);
  parse_postgres(parsed.file, parsed.schema, parsed.diags);
  return parsed;
}

/// Parses and expects no warnings or errors.
inline Parsed parse_clean(const std::string& sql) {
  Parsed parsed = parse(sql);
  EXPECT_EQ(parsed.diags.count(Severity::Error) + parsed.diags.count(Severity::Warning), 0u)
      << parsed.problems();
  return parsed;
}

}  // namespace sf::testing
