#include "backends/sql/dialect.h"

#include <algorithm>

namespace sf::detail {

const Keyword* DialectTraits::find_keyword(std::string_view word) const {
  auto it = std::lower_bound(keywords.begin(), keywords.end(), word,
                             [](const Keyword& k, std::string_view w) { return k.word < w; });
  if (it != keywords.end() && it->word == word) return &*it;
  return nullptr;
}

const TypeSpelling* DialectTraits::find_type(TypeKind kind) const {
  for (const auto& entry : types) {
    if (entry.kind == kind) return &entry;
  }
  return nullptr;
}

const DialectTraits& dialect_traits(Dialect dialect) {
  switch (dialect) {
    case Dialect::Postgres:
      return postgres_dialect();
    case Dialect::Sqlite:
      return sqlite_dialect();
    case Dialect::Mysql:
      return mysql_dialect();
  }
  return postgres_dialect();
}

}  // namespace sf::detail
