#include <algorithm>

#include "frontends/postgres/transform.h"

namespace sf::detail {

ParseContext::ParseContext(std::shared_ptr<const SourceFile> file, std::string_view text,
                           Schema& schema_in, Diagnostics& diagnostics)
    : schema(schema_in), diags(diagnostics), file_(std::move(file)), text_(text) {}

void ParseContext::begin_statement(size_t offset, size_t length) {
  statement_offset_ = offset;
  statement_length_ = length;
}

SourceLoc ParseContext::loc(int32_t location) const {
  if (location < 0) return statement_loc();
  return SourceLoc::at(file_, static_cast<size_t>(location));
}

SourceLoc ParseContext::statement_loc() const { return SourceLoc::at(file_, statement_offset_); }

std::string_view ParseContext::statement_text() const {
  return text_.substr(statement_offset_, statement_length_);
}

void ParseContext::unsupported(const std::string& what) {
  diags.report(DiagCode::UnsupportedStatement, statement_loc(), "unsupported: " + what);
}

void ParseContext::skipped(const std::string& what) {
  diags.report(DiagCode::SkippedStatement, statement_loc(),
               "skipped " + what + " (it does not change the schema)");
}

void ParseContext::unsupported_clause(int32_t location, const std::string& what) {
  diags.report(DiagCode::UnsupportedClause, loc(location), what);
}

void ParseContext::unknown_object(const std::string& what) {
  diags.report(DiagCode::UnknownObject, statement_loc(), what);
}

void ParseContext::duplicate_object(const std::string& what) {
  diags.report(DiagCode::DuplicateObject, statement_loc(), what);
}

void ParseContext::info(DiagCode code, const std::string& message) {
  diags.report(code, Severity::Info, statement_loc(), message);
}

void ParseContext::set_search_path(std::vector<std::string> schemas) {
  search_path_.clear();
  for (auto& schema_name : schemas) {
    if (schema_name.empty()) continue;
    // pg_catalog is searched implicitly and "$user" names no schema of a schema file.
    if (schema_name == "pg_catalog" || schema_name == "$user") continue;
    if (schema_name == kDefaultSchema) schema_name.clear();
    if (std::find(search_path_.begin(), search_path_.end(), schema_name) == search_path_.end()) {
      search_path_.push_back(schema_name);
    }
  }
  search_path_set_ = true;
}

void ParseContext::reset_search_path() {
  search_path_.clear();
  search_path_set_ = false;
}

QualifiedName ParseContext::created_name(QualifiedName written) const {
  if (!written.schema.empty()) return written;
  if (!schema_element_default.empty()) {
    written.schema = schema_element_default;
  } else if (search_path_set_ && !search_path_.empty()) {
    written.schema = search_path_.front();  // "" when public comes first
  }
  return written;
}

std::vector<std::string> ParseContext::lookup_schemas() const {
  std::vector<std::string> out;
  if (!schema_element_default.empty()) out.push_back(schema_element_default);
  if (search_path_set_ && !search_path_.empty()) {
    out.insert(out.end(), search_path_.begin(), search_path_.end());
  } else {
    out.emplace_back();
  }
  return out;
}

QualifiedName ParseContext::resolve_table(const QualifiedName& written) const {
  return resolve(written, [&](const QualifiedName& n) { return schema.find_table(n) != nullptr; });
}

QualifiedName ParseContext::resolve_type(const QualifiedName& written) const {
  return resolve(written, [&](const QualifiedName& n) {
    return schema.find_enum(n) != nullptr || schema.find_domain(n) != nullptr ||
           schema.find_composite(n) != nullptr;
  });
}

QualifiedName ParseContext::resolve_sequence(const QualifiedName& written) const {
  return resolve(written,
                 [&](const QualifiedName& n) { return schema.find_sequence(n) != nullptr; });
}

}  // namespace sf::detail
