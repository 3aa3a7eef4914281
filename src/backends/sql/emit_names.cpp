// Names a dialect needs written differently from the model: tables that clash once the
// schemas are flattened into one database, index and constraint names whose namespace is
// wider than PostgreSQL's, and names past the dialect's length limit. The first holder of a
// name, in model order, keeps it; a later one is prefixed with its schema (tables) or its
// table (indexes, constraints), then numbered. Every renaming is reported (SF3004).
#include <cstdio>

#include "backends/sql/emit.h"

namespace sf::detail {

namespace {

/// SQLite compares names without case, and so does MySQL for columns, indexes and
/// constraints (and tables on some platforms): clashes are found case-insensitively.
std::string folded(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

uint32_t fnv1a(std::string_view text) {
  uint32_t hash = 2166136261u;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

/// `name` within the dialect's limit: its head, "_" and 8 hex digits of the whole name's hash,
/// so two long names that share a head stay apart.
std::string fitted(const DialectTraits& dialect, const std::string& name) {
  size_t max = dialect.max_identifier_length;
  if (max == 0 || name.size() <= max) return name;
  size_t cut = max - 9;
  // Cut before a whole UTF-8 character (the limit counts characters; bytes are never fewer).
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  char hash[9];
  std::snprintf(hash, sizeof hash, "%08x", fnv1a(name));
  return name.substr(0, cut) + "_" + hash;
}

/// The names taken in one namespace, with who took them (for the report).
class Taken {
 public:
  bool has(const std::string& name) const { return owners_.count(folded(name)) > 0; }
  const std::string& owner(const std::string& name) const { return owners_.at(folded(name)); }
  void take(const std::string& name, const std::string& owner) {
    owners_.emplace(folded(name), owner);
  }

 private:
  std::map<std::string, std::string> owners_;
};

struct Choice {
  std::string name;
  std::string why;  ///< empty when the name is kept
};

/// The name to write for `name` in `taken`: itself when free and short enough; otherwise
/// `prefix`_`name`, then `prefix`_`name`_2, _3, ..., each fitted to the length limit.
Choice choose(const DialectTraits& dialect, const Taken& taken, const std::string& name,
              const std::string& prefix, std::string_view namespace_rule) {
  std::string candidate = fitted(dialect, name);
  if (!taken.has(candidate)) {
    if (candidate == name) return {name, ""};
    return {candidate, "names are at most " + std::to_string(dialect.max_identifier_length) +
                           " characters there"};
  }
  std::string why = std::string(namespace_rule) + ", and " + candidate + " is taken by " +
                    taken.owner(candidate);
  std::string base = prefix + "_" + name;
  candidate = fitted(dialect, base);
  for (int n = 2; taken.has(candidate); ++n) candidate = fitted(dialect, base + "_" + std::to_string(n));
  return {candidate, why};
}

/// The kind Diagnostic::object names such a constraint or index with (emit_sql.cpp subjects).
std::string_view object_kind(NameKind kind) {
  switch (kind) {
    case NameKind::PrimaryKey: return "primary key";
    case NameKind::Unique: return "unique";
    case NameKind::Check: return "check";
    case NameKind::ForeignKey: return "foreign key";
    case NameKind::Index: return "index";
  }
  return "index";
}

}  // namespace

std::string default_index_name(const QualifiedName& relation, const Index& index) {
  std::string name = relation.name;
  for (const auto& element : index.elements) {
    name += '_';
    name += element.column.empty() ? "expr" : element.column;
  }
  return name + (index.unique ? "_key" : "_idx");
}

void plan_names(EmitContext& ctx) {
  const DialectTraits& dialect = ctx.dialect;
  if (dialect.has_schemas && dialect.max_identifier_length == 0 &&
      !dialect.constraint_names_per_database && !dialect.index_names_per_database) {
    return;  // PostgreSQL: every name is written as the model has it
  }
  NamePlan& plan = ctx.names;
  Taken relations;  // the tables of the one database (SQLite: and its indexes)
  if (!dialect.has_schemas) {
    for (const auto& table : ctx.schema.tables) {
      const std::string& schema = table.name.effective_schema();
      Choice choice = choose(dialect, relations, table.name.name, schema,
                             "the tables of all schemas share one database there");
      if (!choice.why.empty()) {
        plan.tables[{schema, table.name.name}] = choice.name;
        ctx.renamed(table.loc, describe("table", table.name), choice.name, choice.why);
      }
      relations.take(choice.name, describe("table", table.name).text);
    }
    ctx.w.rename_tables(plan.tables);
  }

  // Each kind of constraint name is unique per database (MySQL) or per table.
  Taken foreign_keys, checks;
  for (const auto& table : ctx.schema.tables) {
    const std::string& schema = table.name.effective_schema();
    const std::string& written_table = ctx.table_name(table.name);
    std::string owner = describe("table", table.name).text;
    auto place = [&](NameKind kind, const std::string& model_name, const std::string& first_choice,
                     Taken& taken, std::string_view what, std::string_view rule,
                     const SourceLoc& loc) {
      Choice choice = choose(dialect, taken, first_choice, written_table, rule);
      if (choice.name != model_name) {
        plan.objects[{schema, table.name.name, kind, model_name}] = choice.name;
        if (!choice.why.empty()) {
          Subject object{std::string(what) + " " + model_name + " of " + owner,
                         DiagObject{std::string(object_kind(kind)), table.name.display(), model_name}};
          ctx.renamed(loc, object, choice.name, choice.why);
        }
      }
      taken.take(choice.name, owner);
    };
    Taken table_foreign_keys, table_checks, indexes;  // per table
    if (table.primary_key && !table.primary_key->name.empty()) {
      Taken own;
      place(NameKind::PrimaryKey, table.primary_key->name, table.primary_key->name, own,
            "primary key", "", table.primary_key->loc);
    }
    for (const auto& unique : table.uniques) {
      if (unique.name.empty()) continue;
      place(NameKind::Unique, unique.name, unique.name, indexes, "unique constraint",
            "index names are unique per table there", unique.loc);
    }
    for (const auto& index : table.indexes) {
      // An unnamed index is written with PostgreSQL's default name, made of the written table
      // name; it is found under the default name made of the model's.
      std::string model_name =
          index.name.empty() ? default_index_name(table.name, index) : index.name;
      std::string first_choice =
          index.name.empty() ? default_index_name(QualifiedName{"", written_table}, index)
                             : index.name;
      if (dialect.index_names_per_database) {
        place(NameKind::Index, model_name, first_choice, relations, "index",
              "indexes and tables share one namespace there", index.loc);
      } else {
        place(NameKind::Index, model_name, first_choice, indexes, "index",
              "index names are unique per table there", index.loc);
      }
    }
    for (const auto& fk : table.foreign_keys) {
      if (fk.name.empty()) continue;
      place(NameKind::ForeignKey, fk.name, fk.name,
            dialect.constraint_names_per_database ? foreign_keys : table_foreign_keys,
            "foreign key", "foreign key names are unique per database there", fk.loc);
    }
    for (const auto& check : table.checks) {
      if (check.name.empty()) continue;
      place(NameKind::Check, check.name, check.name,
            dialect.constraint_names_per_database ? checks : table_checks, "check",
            "check constraint names are unique per database there", check.loc);
    }
  }
}

}  // namespace sf::detail
