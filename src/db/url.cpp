#include "schemaforge/db/url.h"

#include <cctype>

namespace sf::db {

namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

Error bad_url(const std::string& message) { return Error{ExitCode::Environment, message}; }

// Decodes %XX escapes; a malformed escape is an error rather than a silent literal.
bool percent_decode(std::string_view in, std::string& out) {
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out += in[i];
      continue;
    }
    if (i + 2 >= in.size() || !std::isxdigit(static_cast<unsigned char>(in[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(in[i + 2]))) {
      return false;
    }
    out += static_cast<char>(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16));
    i += 2;
  }
  return true;
}

bool all_digits(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// user:pass@host:port/db?k=v&k=v, after the scheme's "//".
Result<Url> parse_server(Url url, const std::string& text, const std::string& rest) {
  std::string body = rest;
  std::string query;
  if (auto q = body.find('?'); q != std::string::npos) {
    query = body.substr(q + 1);
    body.resize(q);
  }
  std::string authority = body;
  std::string db;
  if (auto slash = body.find('/'); slash != std::string::npos) {
    authority = body.substr(0, slash);
    db = body.substr(slash + 1);
  }
  if (!percent_decode(db, url.database)) return bad_url("malformed %-escape in the database name");
  if (auto at = authority.rfind('@'); at != std::string::npos) {
    std::string userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
    std::string user = userinfo;
    if (auto colon = userinfo.find(':'); colon != std::string::npos) {
      user = userinfo.substr(0, colon);
      url.has_password = true;
      if (!percent_decode(userinfo.substr(colon + 1), url.password)) {
        return bad_url("malformed %-escape in the password");
      }
    }
    if (!percent_decode(user, url.user)) return bad_url("malformed %-escape in the user name");
  }
  std::string host = authority;
  if (!authority.empty() && authority.front() == '[') {  // [IPv6]:port
    auto close = authority.find(']');
    if (close == std::string::npos) return bad_url("unterminated '[' in the host");
    host = authority.substr(1, close - 1);
    std::string after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return bad_url("unexpected text after ']' in the host");
      url.port = after.substr(1);
    }
  } else if (auto colon = authority.rfind(':'); colon != std::string::npos) {
    host = authority.substr(0, colon);
    url.port = authority.substr(colon + 1);
  }
  if (!percent_decode(host, url.host)) return bad_url("malformed %-escape in the host");
  if (!url.port.empty() && !all_digits(url.port)) return bad_url("the port '" + url.port + "' is not a number");
  size_t start = 0;
  while (start < query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string pair = query.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    if (eq == std::string::npos) return bad_url("query parameter '" + pair + "' has no '='");
    std::string key, value;
    if (!percent_decode(pair.substr(0, eq), key) || !percent_decode(pair.substr(eq + 1), value)) {
      return bad_url("malformed %-escape in query parameter '" + pair + "'");
    }
    url.params.emplace_back(key, value);
  }
  (void)text;
  return url;
}

}  // namespace

const char* to_string(Dialect dialect) {
  switch (dialect) {
    case Dialect::Sqlite: return "sqlite";
    case Dialect::Postgres: return "postgres";
    case Dialect::MySql: return "mysql";
  }
  return "?";
}

std::string Url::param(const std::string& key) const {
  for (const auto& [k, v] : params) {
    if (k == key) return v;
  }
  return "";
}

std::string Url::display() const {
  switch (dialect) {
    case Dialect::Sqlite: return "sqlite:" + path;
    case Dialect::Postgres:
    case Dialect::MySql: {
      std::string out = dialect == Dialect::Postgres ? "postgres://" : "mysql://";
      if (!user.empty() || has_password) out += user + (has_password ? ":***@" : "@");
      out += host.find(':') != std::string::npos ? "[" + host + "]" : host;
      if (!port.empty()) out += ":" + port;
      out += "/" + database;
      char sep = '?';
      for (const auto& [k, v] : params) {
        out += sep + k + "=" + (k == "password" ? "***" : v);
        sep = '&';
      }
      return out;
    }
  }
  return "";
}

bool looks_like_url(const std::string& text) {
  for (std::string_view scheme : {"sqlite:", "postgres://", "postgresql://", "mysql://", "mariadb://"}) {
    if (starts_with(text, scheme)) return true;
  }
  // Any other scheme://... is still meant as a URL, so it gets the URL error, not "unknown file".
  auto colon = text.find("://");
  if (colon == std::string::npos || colon == 0) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = text[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return true;
}

Result<Url> parse_url(const std::string& text) {
  Url url;
  if (starts_with(text, "sqlite:")) {
    url.dialect = Dialect::Sqlite;
    std::string rest = text.substr(7);
    if (starts_with(rest, "//")) rest = rest.substr(2);  // sqlite:///abs/path
    if (rest.empty()) return bad_url("'sqlite:' needs a file path or :memory:");
    url.path = rest;
    return url;
  }
  for (auto [scheme, dialect] : {std::pair{"postgres://", Dialect::Postgres},
                                 std::pair{"postgresql://", Dialect::Postgres},
                                 std::pair{"mysql://", Dialect::MySql},
                                 std::pair{"mariadb://", Dialect::MySql}}) {
    if (starts_with(text, scheme)) {
      url.dialect = dialect;
      return parse_server(url, text, text.substr(std::string_view(scheme).size()));
    }
  }
  auto colon = text.find("://");
  if (colon != std::string::npos) {
    return bad_url("unknown database scheme '" + text.substr(0, colon) +
                   "'; expected sqlite:, postgres://, postgresql://, mysql:// or mariadb://");
  }
  return bad_url("not a database URL; expected sqlite:PATH, postgres://... or mysql://...");
}

}  // namespace sf::db
