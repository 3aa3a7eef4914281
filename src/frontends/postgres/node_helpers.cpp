#include <cctype>
#include <charconv>
#include <mutex>
#include <unordered_map>

#include "frontends/postgres/transform.h"

namespace sf::detail {

std::string string_value(const PgNode* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_STRING) return {};
  return node->string->sval;
}

std::vector<std::string> string_list(PgNode* const* items, size_t count) {
  std::vector<std::string> out;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) out.push_back(string_value(items[i]));
  return out;
}

QualifiedName qualified_name(PgNode* const* items, size_t count) {
  QualifiedName name;
  if (count >= 1) name.name = string_value(items[count - 1]);
  if (count >= 2) name.schema = string_value(items[count - 2]);  // a catalog part is ignored
  return name;
}

QualifiedName qualified_name(const PgQuery__RangeVar* relation) {
  if (relation == nullptr) return {};
  return QualifiedName{relation->schemaname, relation->relname};
}

std::string quoted_name_list(PgNode* const* items, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i) out += '.';
    out += quote_identifier(string_value(items[i]));
  }
  return out;
}

std::string quoted_name(const QualifiedName& name) {
  if (name.schema.empty()) return quote_identifier(name.name);
  return quote_identifier(name.schema) + "." + quote_identifier(name.name);
}

namespace {

/// Whether PostgreSQL's quote_identifier() quotes this keyword: every category but
/// unreserved. libpg_query's scanner knows the categories, so no keyword list is kept here.
bool is_quoted_keyword(const std::string& word) {
  static std::mutex mutex;
  static std::unordered_map<std::string, bool> cache;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  bool quoted = false;
  PgQueryScanResult result = pg_query_scan(word.c_str());
  if (result.error == nullptr) {
    PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
        nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
    if (scan != nullptr) {
      if (scan->n_tokens == 1) {
        auto kind = scan->tokens[0]->keyword_kind;
        quoted = kind == PG_QUERY__KEYWORD_KIND__COL_NAME_KEYWORD ||
                 kind == PG_QUERY__KEYWORD_KIND__TYPE_FUNC_NAME_KEYWORD ||
                 kind == PG_QUERY__KEYWORD_KIND__RESERVED_KEYWORD;
      }
      pg_query__scan_result__free_unpacked(scan, nullptr);
    }
  }
  pg_query_free_scan_result(result);
  cache.emplace(word, quoted);
  return quoted;
}

}  // namespace

std::string quote_identifier(std::string_view name) {
  bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      safe = false;
      break;
    }
  }
  if (safe && is_quoted_keyword(std::string(name))) safe = false;
  if (safe) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_literal(std::string_view value) {
  // As PostgreSQL's quote_literal(): an E'' string when a backslash needs escaping.
  bool backslash = value.find('\\') != std::string_view::npos;
  std::string out = backslash ? "E'" : "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += c;
    out += c;
  }
  out += '\'';
  return out;
}

std::optional<int64_t> integer_value(const PgNode* node) {
  if (node == nullptr) return std::nullopt;
  auto parse = [](std::string_view text) -> std::optional<int64_t> {
    int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
  };
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER:
      return node->integer->ival;
    case PG_QUERY__NODE__NODE_FLOAT:
      return parse(node->float_->fval);
    case PG_QUERY__NODE__NODE_STRING:
      return parse(node->string->sval);
    case PG_QUERY__NODE__NODE_A_CONST: {
      const auto* constant = node->a_const;
      switch (constant->val_case) {
        case PG_QUERY__A__CONST__VAL_IVAL:
          return constant->ival->ival;
        case PG_QUERY__A__CONST__VAL_FVAL:
          return parse(constant->fval->fval);
        default:
          return std::nullopt;
      }
    }
    default:
      return std::nullopt;
  }
}

namespace {

/// Option values that need no quotes: numbers and lowercase words (`70`, `on`, `false`).
bool is_bare_word(std::string_view text) {
  if (text.empty()) return false;
  bool number = true;
  bool word = std::isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_';
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-') number = false;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) word = false;
  }
  return number || word;
}

}  // namespace

std::string def_elem_value_sql(const PgNode* arg) {
  if (arg == nullptr) return {};
  switch (arg->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER:
      return std::to_string(arg->integer->ival);
    case PG_QUERY__NODE__NODE_FLOAT:
      return arg->float_->fval;
    case PG_QUERY__NODE__NODE_BOOLEAN:
      return arg->boolean->boolval ? "true" : "false";
    case PG_QUERY__NODE__NODE_STRING: {
      std::string value = arg->string->sval;
      return is_bare_word(value) ? value : quote_literal(value);
    }
    case PG_QUERY__NODE__NODE_TYPE_NAME:
      return quoted_name_list(arg->type_name->names, arg->type_name->n_names);
    case PG_QUERY__NODE__NODE_LIST: {
      std::string out;
      for (size_t i = 0; i < arg->list->n_items; ++i) {
        if (i) out += ", ";
        out += def_elem_value_sql(arg->list->items[i]);
      }
      return out;
    }
    case PG_QUERY__NODE__NODE_A_CONST: {
      const auto* constant = arg->a_const;
      switch (constant->val_case) {
        case PG_QUERY__A__CONST__VAL_IVAL:
          return std::to_string(constant->ival->ival);
        case PG_QUERY__A__CONST__VAL_FVAL:
          return constant->fval->fval;
        case PG_QUERY__A__CONST__VAL_BOOLVAL:
          return constant->boolval->boolval ? "true" : "false";
        case PG_QUERY__A__CONST__VAL_SVAL:
          return quote_literal(constant->sval->sval);
        default:
          return {};
      }
    }
    default:
      return {};
  }
}

std::vector<StorageParam> storage_params(PgNode* const* items, size_t count) {
  std::vector<StorageParam> out;
  for (size_t i = 0; i < count; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const auto* def = items[i]->def_elem;
    StorageParam param;
    param.name = def->defnamespace[0] ? std::string(def->defnamespace) + "." + def->defname
                                      : std::string(def->defname);
    param.value = def_elem_value_sql(def->arg);
    out.push_back(std::move(param));
  }
  return out;
}

}  // namespace sf::detail
