#include "analyses/lint/helpers.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "schemaforge/base/strings.h"

namespace sf::detail {

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative matcher with one backtrack point per `*`: linear for the short names here.
  size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool any_glob(const std::vector<std::string>& patterns, std::string_view text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return glob_match(p, text); });
}

namespace {

// Words that are the same in singular and plural, or are used as either.
constexpr std::array<std::string_view, 19> kUncountable = {
    "data", "metadata", "media", "information", "equipment", "news", "series", "species",
    "feedback", "staff", "sheep", "fish", "inventory", "software", "hardware", "audit",
    "analytics", "settings", "credentials"};

// Singular words ending in -us whose plural is -uses (others ending -uses: house, course).
constexpr std::array<std::string_view, 12> kUsWords = {
    "status", "bus", "campus", "virus", "bonus", "census", "focus", "syllabus", "prospectus",
    "apparatus", "nexus", "corpus"};

struct Irregular {
  std::string_view one;
  std::string_view many;
};
constexpr std::array<Irregular, 11> kIrregular = {{{"person", "people"},
                                                   {"cache", "caches"},
                                                   {"movie", "movies"},
                                                   {"cookie", "cookies"},
                                                   {"child", "children"},
                                                   {"man", "men"},
                                                   {"woman", "women"},
                                                   {"mouse", "mice"},
                                                   {"goose", "geese"},
                                                   {"tooth", "teeth"},
                                                   {"foot", "feet"}}};

std::pair<std::string, std::string> split_last_word(std::string_view name) {
  size_t cut = name.rfind('_');
  if (cut == std::string_view::npos) return {"", to_lower(name)};
  return {std::string(name.substr(0, cut + 1)), to_lower(name.substr(cut + 1))};
}

bool uncountable(std::string_view word) {
  return std::find(kUncountable.begin(), kUncountable.end(), word) != kUncountable.end();
}

bool is_vowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

std::string singular_word(const std::string& w) {
  if (uncountable(w)) return w;
  for (const auto& irregular : kIrregular) {
    if (w == irregular.many) return std::string(irregular.one);
  }
  auto ends = [&](std::string_view suffix) { return ends_with(w, suffix); };
  if (w.size() > 3 && ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("uses")) {
    std::string stem = w.substr(0, w.size() - 2);
    bool us_word = std::find(kUsWords.begin(), kUsWords.end(), stem) != kUsWords.end();
    return us_word ? stem : w.substr(0, w.size() - 1);
  }
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zzes")) {
    return w.substr(0, w.size() - 2);
  }
  if (ends("ss") || ends("us") || ends("is")) return w;
  if (w.size() > 1 && ends("s")) return w.substr(0, w.size() - 1);
  return w;
}

std::string plural_word(const std::string& w) {
  if (uncountable(w)) return w;
  for (const auto& irregular : kIrregular) {
    if (w == irregular.one) return std::string(irregular.many);
  }
  auto ends = [&](std::string_view suffix) { return ends_with(w, suffix); };
  if (w.size() > 1 && ends("y") && !is_vowel(w[w.size() - 2])) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return w + "es";
  return w + "s";
}

}  // namespace

std::string singular(std::string_view name) {
  auto [head, word] = split_last_word(name);
  return head + singular_word(word);
}

std::string plural(std::string_view name) {
  auto [head, word] = split_last_word(name);
  return head + plural_word(word);
}

bool is_plural_name(std::string_view name) {
  auto word = split_last_word(name).second;
  if (uncountable(word)) return true;
  for (const auto& irregular : kIrregular) {
    if (word == irregular.many) return true;
  }
  return singular_word(word) != word;
}

bool is_singular_name(std::string_view name) {
  auto word = split_last_word(name).second;
  return uncountable(word) || singular_word(word) == word;
}

bool is_snake_case(std::string_view name) {
  if (name.empty() || !(std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_')) {
    return false;
  }
  char previous = 0;
  for (char c : name) {
    bool ok = std::islower(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '_';
    if (!ok || (c == '_' && previous == '_')) return false;
    previous = c;
  }
  return name.back() != '_';
}

bool is_camel_case(std::string_view name) {
  if (name.empty() || !std::islower(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

bool is_pascal_case(std::string_view name) {
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

bool has_special_characters(std::string_view name) {
  if (name.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(name[0]))) return true;
  return std::any_of(name.begin(), name.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return !(std::isalnum(u) || c == '_' || c == '$' || u >= 0x80);
  });
}

bool is_reserved_word(std::string_view name) {
  // PostgreSQL 15, appendix C: "reserved" and "reserved (can be function or type)".
  static constexpr std::string_view kReserved[] = {
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
      "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
      "column", "concurrently", "constraint", "create", "cross", "current_catalog",
      "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
      "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
      "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
      "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull",
      "join", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp",
      "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
      "overlaps", "placing", "primary", "references", "returning", "right", "select",
      "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
      "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
      "verbose", "when", "where", "window", "with"};
  std::string lower = to_lower(name);
  return std::find(std::begin(kReserved), std::end(kReserved), lower) != std::end(kReserved);
}

bool is_string_kind(TypeKind kind) {
  return kind == TypeKind::Text || kind == TypeKind::Varchar || kind == TypeKind::Char;
}

bool is_integer_kind(TypeKind kind) {
  return kind == TypeKind::Int16 || kind == TypeKind::Int32 || kind == TypeKind::Int64;
}

bool is_float_kind(TypeKind kind) {
  return kind == TypeKind::Float32 || kind == TypeKind::Float64;
}

std::string type_label(const Type& type) {
  if (!type.spelling.empty()) return type.spelling;
  return to_string(type.kind);
}

bool same_type(const Type& a, const Type& b) {
  if (a.kind != b.kind || a.array_dims != b.array_dims) return false;
  if (a.kind == TypeKind::UserDefined || a.kind == TypeKind::Other) {
    if (!a.ref.empty() || !b.ref.empty()) return a.ref.same_object(b.ref);
    return to_lower(a.spelling) == to_lower(b.spelling);
  }
  return a.modifiers == b.modifiers;
}

const Table* referenced_table(const Schema& schema, const ForeignKey& fk) {
  return schema.find_table(fk.ref_table);
}

std::vector<std::string> referenced_columns(const Schema& schema, const ForeignKey& fk) {
  if (!fk.ref_columns.empty()) return fk.ref_columns;
  const Table* target = referenced_table(schema, fk);
  if (target && target->primary_key) return target->primary_key->columns;
  return {};
}

bool in_primary_key(const Table& table, std::string_view column) {
  if (!table.primary_key) return false;
  const auto& columns = table.primary_key->columns;
  return std::find(columns.begin(), columns.end(), column) != columns.end();
}

bool same_column_set(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

std::optional<std::vector<std::string>> index_columns(const Index& index) {
  std::vector<std::string> columns;
  for (const auto& element : index.elements) {
    if (element.column.empty()) return std::nullopt;
    columns.push_back(element.column);
  }
  return columns;
}

std::vector<std::vector<std::string>> indexed_column_lists(const Table& table) {
  std::vector<std::vector<std::string>> lists;
  if (table.primary_key) lists.push_back(table.primary_key->columns);
  for (const auto& unique : table.uniques) lists.push_back(unique.columns);
  for (const auto& exclusion : table.exclusions) {
    std::vector<std::string> columns;
    for (const auto& element : exclusion.elements) {
      if (element.element.column.empty()) break;
      columns.push_back(element.element.column);
    }
    if (!columns.empty()) lists.push_back(columns);
  }
  for (const auto& index : table.indexes) {
    std::vector<std::string> columns;
    for (const auto& element : index.elements) {
      if (element.column.empty()) break;  // an expression ends the usable prefix
      columns.push_back(element.column);
    }
    if (!columns.empty()) lists.push_back(columns);
  }
  return lists;
}

bool is_unique_key(const Table& table, const std::vector<std::string>& columns) {
  if (table.primary_key && same_column_set(table.primary_key->columns, columns)) return true;
  for (const auto& unique : table.uniques) {
    if (same_column_set(unique.columns, columns)) return true;
  }
  for (const auto& index : table.indexes) {
    if (!index.unique || index.where) continue;
    auto index_cols = index_columns(index);
    if (index_cols && same_column_set(*index_cols, columns)) return true;
  }
  return false;
}

bool has_unique_within(const Table& table, const std::vector<std::string>& columns) {
  auto within = [&](const std::vector<std::string>& key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [&](const std::string& c) {
      return std::find(columns.begin(), columns.end(), c) != columns.end();
    });
  };
  if (table.primary_key && within(table.primary_key->columns)) return true;
  for (const auto& unique : table.uniques) {
    if (within(unique.columns)) return true;
  }
  for (const auto& index : table.indexes) {
    if (!index.unique || index.where) continue;
    auto index_cols = index_columns(index);
    if (index_cols && within(*index_cols)) return true;
  }
  return false;
}

bool column_in_some_unique(const Table& table, std::string_view column) {
  auto has = [&](const std::vector<std::string>& columns) {
    return std::find(columns.begin(), columns.end(), column) != columns.end();
  };
  if (table.primary_key && has(table.primary_key->columns)) return true;
  for (const auto& unique : table.uniques) {
    if (has(unique.columns)) return true;
  }
  for (const auto& index : table.indexes) {
    if (!index.unique) continue;
    for (const auto& element : index.elements) {
      if (element.column == column) return true;
      if (element.expr && element.expr->sql.find(column) != std::string::npos) return true;
    }
  }
  return false;
}

std::string table_label(const Table& table) { return table.name.display(); }

std::string column_label(const Table& table, std::string_view column) {
  return table_label(table) + "." + std::string(column);
}

const SourceLoc& loc_or(const SourceLoc& preferred, const SourceLoc& fallback) {
  return preferred.known() ? preferred : fallback;
}

}  // namespace sf::detail

namespace sf::detail {

bool mentions_identifier(std::string_view sql, std::string_view name) {
  auto ident_char = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || c == '$' || u >= 0x80;
  };
  std::string lower_name = to_lower(name);
  for (size_t i = 0; i < sql.size();) {
    char c = sql[i];
    if (c == '\'') {  // skip a string literal ('' is an escaped quote)
      for (++i; i < sql.size(); ++i) {
        if (sql[i] == '\'') {
          if (i + 1 < sql.size() && sql[i + 1] == '\'') { ++i; continue; }
          break;
        }
      }
      ++i;
    } else if (c == '"') {
      size_t end = sql.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      if (sql.substr(i + 1, end - i - 1) == name) return true;
      i = end + 1;
    } else if (ident_char(c)) {
      size_t start = i;
      while (i < sql.size() && ident_char(sql[i])) ++i;
      if (to_lower(sql.substr(start, i - start)) == lower_name) return true;
    } else {
      ++i;
    }
  }
  return false;
}

bool column_has_check(const Schema& schema, const Table& table, const Column& column) {
  for (const auto& check : table.checks) {
    if (check.column == column.name || check.expr.column == column.name ||
        mentions_identifier(check.expr.sql, column.name)) {
      return true;
    }
  }
  if (column.type.kind == TypeKind::UserDefined) {
    for (const auto& domain : schema.domains) {
      if (domain.name.same_object(column.type.ref) && !domain.checks.empty()) return true;
    }
  }
  return false;
}

bool column_in_fk(const Table& table, std::string_view column) {
  for (const auto& fk : table.foreign_keys) {
    if (std::find(fk.columns.begin(), fk.columns.end(), column) != fk.columns.end()) return true;
  }
  return false;
}

}  // namespace sf::detail
