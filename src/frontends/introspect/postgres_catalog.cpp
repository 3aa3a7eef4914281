// PostgreSQL: pg_catalog -> PostgreSQL DDL text -> the PostgreSQL frontend. Every piece of
// SQL inside (types, defaults, checks, index and view definitions, triggers) is PostgreSQL's
// own rendering (format_type, pg_get_expr, pg_get_*def), so nothing is re-spelled by hand.
#include <cstdint>
#include <map>
#include <set>

#include "frontends/introspect/catalog_script.h"

namespace sf::detail {

namespace {

// User objects: not in the system schemas, not created by an extension.
constexpr const char* kUserNamespace = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'";

std::string not_extension_member(const char* catalog, const char* oid) {
  return std::string("NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '") + catalog +
         "'::regclass AND d.objid = " + oid + " AND d.deptype = 'e')";
}

struct SequenceInfo {
  std::string name;       // regclass text
  std::string type;       // format_type
  int64_t start = 0, increment = 0, max = 0, min = 0, cache = 0;
  bool cycle = false;
  std::string owner_oid;  // table oid of OWNED BY (deptype 'a'), or identity owner ('i')
  std::string owner_column;
  char owner_kind = 0;    // 'a' owned by, 'i' identity
  std::string comment;
};

int64_t type_max(const std::string& type) {
  if (type == "smallint") return 32767;
  if (type == "integer") return 2147483647;
  return INT64_MAX;
}
int64_t type_min(const std::string& type) { return -type_max(type) - 1; }

// The options that differ from what CREATE SEQUENCE would choose for its type.
std::string sequence_options(const SequenceInfo& s, bool with_type) {
  std::string out;
  if (with_type && s.type != "bigint") out += " AS " + s.type;
  bool ascending = s.increment > 0;
  if (s.increment != 1) out += " INCREMENT BY " + std::to_string(s.increment);
  int64_t min_default = ascending ? 1 : type_min(s.type);
  int64_t max_default = ascending ? type_max(s.type) : -1;
  if (s.min != min_default) out += " MINVALUE " + std::to_string(s.min);
  if (s.max != max_default) out += " MAXVALUE " + std::to_string(s.max);
  if (s.start != (ascending ? s.min : s.max)) out += " START WITH " + std::to_string(s.start);
  if (s.cache != 1) out += " CACHE " + std::to_string(s.cache);
  if (s.cycle) out += " CYCLE";
  return out;
}

bool default_sequence(const SequenceInfo& s) { return sequence_options(s, false).empty(); }

std::string comment_stmt(const std::string& what, const std::string& comment) {
  return "COMMENT ON " + what + " IS " + sql_string(comment) + ";\n";
}

std::string strip_semicolon(std::string text) {
  while (!text.empty() && (text.back() == ';' || text.back() == ' ' || text.back() == '\n')) text.pop_back();
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.erase(0, 1);
  return text;
}

class PostgresReader {
public:
  PostgresReader(db::Connection& connection) : conn_(connection) {}

  Status read() {
    // Names in schema public print unqualified, like hand-written DDL; others qualified.
    if (auto st = conn_.execute("SET search_path = public, pg_catalog"); !st) {
      return Error{ExitCode::Environment, "cannot set search_path: " + st.error().message};
    }
    for (auto step : {&PostgresReader::schemas, &PostgresReader::extensions, &PostgresReader::enums,
                      &PostgresReader::domains, &PostgresReader::composites, &PostgresReader::functions,
                      &PostgresReader::sequences, &PostgresReader::tables, &PostgresReader::views,
                      &PostgresReader::constraints, &PostgresReader::indexes,
                      &PostgresReader::triggers_rules_policies}) {
      if (auto st = (this->*step)(); !st) return st;
    }
    return ok_status();
  }

  // Functions follow the tables so the frontend sees the row types they name.
  std::string script() const { return head_ + tables_ + functions_ + after_ + comments_; }

private:
  Result<db::Rows> q(const char* what, const std::string& sql) { return catalog_query(conn_, what, sql); }

  Status schemas() {
    auto rows = q("schemas", std::string("SELECT quote_ident(n.nspname), n.nspname, obj_description(n.oid, 'pg_namespace') "
                  "FROM pg_namespace n WHERE ") + kUserNamespace + " AND " +
                  not_extension_member("pg_namespace", "n.oid") + " ORDER BY n.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      bool is_public = field(r, 1) == "public";
      if (!is_public) head_ += "CREATE SCHEMA " + field(r, 0) + ";\n";
      // PostgreSQL's own comment on public is not part of anyone's design.
      if (r[2] && !(is_public && *r[2] == "standard public schema")) {
        comments_ += comment_stmt("SCHEMA " + field(r, 0), *r[2]);
      }
    }
    return ok_status();
  }

  Status extensions() {
    auto rows = q("extensions", "SELECT quote_ident(e.extname), quote_ident(n.nspname), n.nspname, "
                  "NULLIF(obj_description(e.oid, 'pg_extension'), (SELECT x.comment FROM pg_available_extensions x WHERE "
                  "x.name = e.extname)) FROM pg_extension e JOIN pg_namespace n "
                  "ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      head_ += "CREATE EXTENSION IF NOT EXISTS " + field(r, 0);
      if (field(r, 2) != "public") head_ += " WITH SCHEMA " + field(r, 1);
      head_ += ";\n";
      if (r[3]) comments_ += comment_stmt("EXTENSION " + field(r, 0), *r[3]);
    }
    return ok_status();
  }

  Status enums() {
    auto rows = q("enum types", std::string("SELECT t.oid, format_type(t.oid, NULL), e.enumlabel, "
                  "obj_description(t.oid, 'pg_type') FROM pg_type t JOIN pg_namespace n ON n.oid = "
                  "t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid WHERE ") + kUserNamespace +
                  " AND " + not_extension_member("pg_type", "t.oid") + " ORDER BY t.oid, e.enumsortorder");
    if (!rows) return rows.error();
    std::string current;
    std::string open;
    for (const auto& r : rows->rows) {
      if (field(r, 0) != current) {
        if (!current.empty()) head_ += ");\n";
        current = field(r, 0);
        head_ += "CREATE TYPE " + field(r, 1) + " AS ENUM (";
        open = "";
        if (r[3]) comments_ += comment_stmt("TYPE " + field(r, 1), *r[3]);
      }
      head_ += open + sql_string(field(r, 2));
      open = ", ";
    }
    if (!current.empty()) head_ += ");\n";
    return ok_status();
  }

  Status domains() {
    auto rows = q("domains", std::string("SELECT t.oid, format_type(t.oid, NULL), format_type(t.typbasetype, t.typtypmod), "
                  "t.typnotnull, t.typdefault, CASE WHEN t.typcollation <> 0 AND t.typcollation <> "
                  "bt.typcollation THEN (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN "
                  "quote_ident(co.collname) ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END "
                  "FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = "
                  "t.typcollation) END, obj_description(t.oid, 'pg_type') FROM pg_type t JOIN pg_namespace n "
                  "ON n.oid = t.typnamespace JOIN pg_type bt ON bt.oid = t.typbasetype WHERE t.typtype = 'd' AND ") +
                  kUserNamespace + " AND " + not_extension_member("pg_type", "t.oid") + " ORDER BY t.oid");
    if (!rows) return rows.error();
    auto checks = q("domain constraints", "SELECT c.contypid, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
                    "FROM pg_constraint c WHERE c.contypid <> 0 ORDER BY c.contypid, c.oid");
    if (!checks) return checks.error();
    for (const auto& r : rows->rows) {
      head_ += "CREATE DOMAIN " + field(r, 1) + " AS " + field(r, 2);
      if (r[5]) head_ += " COLLATE " + *r[5];
      if (r[4]) head_ += " DEFAULT " + *r[4];
      if (is_true(r, 3)) head_ += " NOT NULL";
      for (const auto& c : checks->rows) {
        if (field(c, 0) == field(r, 0)) head_ += " CONSTRAINT " + field(c, 1) + " " + field(c, 2);
      }
      head_ += ";\n";
      if (r[6]) comments_ += comment_stmt("DOMAIN " + field(r, 1), *r[6]);
    }
    return ok_status();
  }

  Status composites() {
    auto rows = q("composite types", std::string("SELECT t.oid, format_type(t.oid, NULL), quote_ident(a.attname), "
                  "format_type(a.atttypid, a.atttypmod), obj_description(t.oid, 'pg_type') FROM pg_type t "
                  "JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid "
                  "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                  "WHERE t.typtype = 'c' AND c.relkind = 'c' AND ") + kUserNamespace + " AND " +
                  not_extension_member("pg_type", "t.oid") + " ORDER BY t.oid, a.attnum");
    if (!rows) return rows.error();
    std::string current, open;
    for (const auto& r : rows->rows) {
      if (field(r, 0) != current) {
        if (!current.empty()) head_ += ");\n";
        current = field(r, 0);
        head_ += "CREATE TYPE " + field(r, 1) + " AS (";
        open = "";
        if (r[4]) comments_ += comment_stmt("TYPE " + field(r, 1), *r[4]);
      }
      head_ += open + field(r, 2) + " " + field(r, 3);
      open = ", ";
    }
    if (!current.empty()) head_ += ");\n";
    return ok_status();
  }

  Status functions() {
    // Aggregates have no pg_get_functiondef; they are left out (docs/inspect.md).
    auto rows = q("functions", std::string("SELECT pg_get_functiondef(p.oid), p.oid::regprocedure::text, "
                  "obj_description(p.oid, 'pg_proc'), p.prokind FROM pg_proc p JOIN pg_namespace n ON "
                  "n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND ") + kUserNamespace + " AND " +
                  not_extension_member("pg_proc", "p.oid") + " ORDER BY p.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      functions_ += strip_semicolon(field(r, 0)) + ";\n";
      if (r[2]) comments_ += comment_stmt((field(r, 3) == "p" ? "PROCEDURE " : "FUNCTION ") + field(r, 1), *r[2]);
    }
    return aggregates();
  }

  Status aggregates() {
    auto rows = q("aggregates", std::string("SELECT p.oid::regproc::text, pg_get_function_identity_arguments(p.oid), "
                  "a.aggtransfn::regproc::text, format_type(a.aggtranstype, NULL), CASE WHEN a.aggfinalfn <> 0 THEN "
                  "a.aggfinalfn::regproc::text END, a.agginitval, CASE WHEN a.aggcombinefn <> 0 THEN "
                  "a.aggcombinefn::regproc::text END, obj_description(p.oid, 'pg_proc') FROM pg_aggregate a JOIN "
                  "pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ") +
                  kUserNamespace + " AND " + not_extension_member("pg_proc", "p.oid") + " ORDER BY p.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      std::string signature = field(r, 0) + "(" + field(r, 1) + ")";
      functions_ += "CREATE AGGREGATE " + signature + " (SFUNC = " + field(r, 2) + ", STYPE = " + field(r, 3);
      if (r[4]) functions_ += ", FINALFUNC = " + field(r, 4);
      if (r[5]) functions_ += ", INITCOND = " + sql_string(field(r, 5));
      if (r[6]) functions_ += ", COMBINEFUNC = " + field(r, 6);
      functions_ += ");\n";
      if (r[7]) comments_ += comment_stmt("AGGREGATE " + signature, *r[7]);
    }
    return ok_status();
  }

  Status sequences() {
    auto rows = q("sequences", std::string("SELECT c.oid, c.oid::regclass::text, format_type(s.seqtypid, NULL), "
                  "s.seqstart, s.seqincrement, s.seqmax, s.seqmin, s.seqcache, s.seqcycle, d.refobjid, "
                  "quote_ident(a.attname), d.deptype, obj_description(c.oid, 'pg_class'), c.relname, "
                  "t.relname, a.attname FROM pg_class c "
                  "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid "
                  "LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND "
                  "d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
                  "LEFT JOIN pg_class t ON t.oid = d.refobjid "
                  "LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
                  "WHERE c.relkind = 'S' AND ") + kUserNamespace + " AND " +
                  not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      SequenceInfo s;
      s.name = field(r, 1);
      s.type = field(r, 2);
      s.start = std::stoll(field(r, 3));
      s.increment = std::stoll(field(r, 4));
      s.max = std::stoll(field(r, 5));
      s.min = std::stoll(field(r, 6));
      s.cache = std::stoll(field(r, 7));
      s.cycle = is_true(r, 8);
      s.owner_oid = field(r, 9);
      s.owner_column = field(r, 10);
      s.owner_kind = r[11] ? field(r, 11)[0] : 0;
      s.comment = field(r, 12);
      std::string oid = field(r, 0);
      if (s.owner_kind == 'i') {
        identity_[s.owner_oid + "/" + s.owner_column] = s;
        continue;
      }
      // A serial column's sequence: PostgreSQL's name for it, owned by the column, default
      // options. Whether the column's default uses it is checked with the columns.
      bool serial_like = s.owner_kind == 'a' && default_sequence(s) && s.comment.empty() &&
                         field(r, 13) == field(r, 14) + "_" + field(r, 15) + "_seq" &&
                         (s.type == "integer" || s.type == "bigint" || s.type == "smallint");
      if (serial_like) serial_candidates_[s.owner_oid + "/" + s.owner_column] = s;
      sequences_.push_back({oid, s});
    }
    return ok_status();
  }

  Status tables() {
    auto rows = q("tables", std::string("SELECT c.oid, c.oid::regclass::text, c.relkind, c.relpersistence, "
                  "c.relispartition, CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, "
                  "pg_get_expr(c.relpartbound, c.oid), array_to_string(c.reloptions, ', '), "
                  "c.relrowsecurity, c.relforcerowsecurity, obj_description(c.oid, 'pg_class'), "
                  "(SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno) FROM pg_inherits i "
                  "WHERE i.inhrelid = c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE c.relkind IN ('r', 'p') AND ") + kUserNamespace + " AND " +
                  not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid");
    if (!rows) return rows.error();
    auto cols = q("columns", std::string("SELECT a.attrelid, quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), "
                  "a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated, "
                  "CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation THEN (SELECT CASE WHEN "
                  "cn.nspname = 'pg_catalog' THEN quote_ident(co.collname) ELSE quote_ident(cn.nspname) || '.' || "
                  "quote_ident(co.collname) END FROM pg_collation co JOIN pg_namespace cn ON cn.oid = "
                  "co.collnamespace WHERE co.oid = a.attcollation) END, col_description(a.attrelid, a.attnum), "
                  "a.attislocal, a.atttypid::regtype::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                  "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type ty ON ty.oid = a.atttypid "
                  "LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
                  "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND ") +
                  kUserNamespace + " ORDER BY a.attrelid, a.attnum");
    if (!cols) return cols.error();
    for (const auto& c : cols->rows) columns_[field(c, 0)].push_back(c);

    for (const auto& r : rows->rows) {
      const std::string& oid = field(r, 0);
      const std::string& name = field(r, 1);
      table_names_[oid] = name;
      std::string stmt = "CREATE ";
      if (field(r, 3) == "u") stmt += "UNLOGGED ";
      stmt += "TABLE " + name;
      bool partition = is_true(r, 4);
      if (partition) {
        stmt += " PARTITION OF " + field(r, 11) + "\n  " + field(r, 6);
      } else {
        stmt += " (";
        std::string sep = "\n  ";
        for (const auto& c : columns_[oid]) {
          if (!is_true(c, 9)) continue;  // inherited from a parent
          stmt += sep + column_sql(oid, c);
          sep = ",\n  ";
        }
        stmt += "\n)";
        if (r[11]) stmt += " INHERITS (" + field(r, 11) + ")";
      }
      if (r[5]) stmt += " PARTITION BY " + field(r, 5);
      if (r[7] && !field(r, 7).empty()) stmt += " WITH (" + field(r, 7) + ")";
      tables_ += stmt + ";\n";
      if (is_true(r, 8)) after_ += "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;\n";
      if (is_true(r, 9)) after_ += "ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY;\n";
      if (r[10]) comments_ += comment_stmt("TABLE " + name, *r[10]);
      column_comments(name, oid);
    }
    // Standalone sequences (a serial's own sequence is implied by its column).
    std::string seqs;
    for (const auto& [oid, s] : sequences_) {
      (void)oid;
      std::string key = s.owner_oid + "/" + s.owner_column;
      if (serial_used_.count(key) && serial_candidates_[key].name == s.name) continue;
      seqs += "CREATE SEQUENCE " + s.name + sequence_options(s, true) + ";\n";
      if (s.owner_kind == 'a' && table_names_.count(s.owner_oid)) {
        after_ += "ALTER SEQUENCE " + s.name + " OWNED BY " + table_names_[s.owner_oid] + "." + s.owner_column + ";\n";
      }
      if (!s.comment.empty()) comments_ += comment_stmt("SEQUENCE " + s.name, s.comment);
    }
    head_ += seqs;
    return ok_status();
  }

  void column_comments(const std::string& relation, const std::string& oid) {
    for (const auto& c : columns_[oid]) {
      if (c[8]) comments_ += comment_stmt("COLUMN " + relation + "." + field(c, 1), *c[8]);
    }
  }

  std::string column_sql(const std::string& table_oid, const db::Row& c) {
    std::string key = table_oid + "/" + field(c, 1);
    std::string type = field(c, 2);
    const std::string& def = field(c, 4);
    // serial: the default is nextval of the column's own PostgreSQL-named sequence.
    if (auto it = serial_candidates_.find(key); it != serial_candidates_.end() && is_true(c, 3) &&
        it->second.type == field(c, 10) &&
        def == "nextval('" + it->second.name + "'::regclass)") {
      serial_used_.insert(key);
      std::string serial = type == "bigint" ? "bigserial" : type == "smallint" ? "smallserial" : "serial";
      return field(c, 1) + " " + serial + (c[7] ? " COLLATE " + field(c, 7) : "");
    }
    std::string out = field(c, 1) + " " + type;
    if (c[7]) out += " COLLATE " + field(c, 7);
    const std::string& identity = field(c, 5);
    if (field(c, 6) == "s") {
      out += " GENERATED ALWAYS AS (" + def + ") STORED";
    } else if (!identity.empty()) {
      out += identity == "a" ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY";
      if (auto it = identity_.find(key); it != identity_.end()) {
        SequenceInfo s = it->second;
        s.type = type;
        std::string options = sequence_options(s, false);
        if (!options.empty()) out += " (" + options.substr(1) + ")";
      }
    } else if (c[4]) {
      out += " DEFAULT " + def;
    }
    if (is_true(c, 3)) out += " NOT NULL";
    return out;
  }

  Status views() {
    auto rows = q("views", std::string("SELECT c.oid, c.oid::regclass::text, c.relkind, pg_get_viewdef(c.oid), "
                  "array_to_string(ARRAY(SELECT o FROM unnest(c.reloptions) o WHERE o !~ '^check_option='), ', '), "
                  "(SELECT substring(o from 14) FROM unnest(c.reloptions) o WHERE o ~ '^check_option='), "
                  "c.relispopulated, obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n "
                  "ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND ") + kUserNamespace + " AND " +
                  not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      bool mat = field(r, 2) == "m";
      const std::string& name = field(r, 1);
      table_names_[field(r, 0)] = name;
      tables_ += std::string("CREATE ") + (mat ? "MATERIALIZED " : "") + "VIEW " + name;
      if (!field(r, 4).empty()) tables_ += " WITH (" + field(r, 4) + ")";
      tables_ += " AS\n" + strip_semicolon(field(r, 3));
      if (r[5]) tables_ += "\n  WITH " + std::string(field(r, 5) == "local" ? "LOCAL" : "CASCADED") + " CHECK OPTION";
      if (mat && !is_true(r, 6)) tables_ += "\n  WITH NO DATA";
      tables_ += ";\n";
      if (r[7]) comments_ += comment_stmt(std::string(mat ? "MATERIALIZED VIEW " : "VIEW ") + name, *r[7]);
      column_comments(name, field(r, 0));
    }
    return ok_status();
  }

  Status constraints() {
    auto rows = q("constraints", std::string("SELECT co.conrelid, quote_ident(co.conname), co.contype, "
                  "pg_get_constraintdef(co.oid), obj_description(co.oid, 'pg_constraint') FROM pg_constraint co "
                  "JOIN pg_class c ON c.oid = co.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE co.contype IN ('p', 'u', 'c', 'x', 'f') AND co.conislocal AND co.conparentid = 0 AND ") +
                  kUserNamespace + " ORDER BY co.contype = 'f', co.conrelid, co.oid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      auto table = table_names_.find(field(r, 0));
      if (table == table_names_.end()) continue;
      after_ += "ALTER TABLE " + table->second + " ADD CONSTRAINT " + field(r, 1) + " " + field(r, 3) + ";\n";
      if (r[4]) comments_ += comment_stmt("CONSTRAINT " + field(r, 1) + " ON " + table->second, *r[4]);
    }
    return ok_status();
  }

  Status indexes() {
    auto rows = q("indexes", std::string("SELECT i.indrelid, pg_get_indexdef(i.indexrelid), c.relkind, "
                  "i.indexrelid::regclass::text, obj_description(i.indexrelid, 'pg_class') FROM pg_index i "
                  "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ") +
                  kUserNamespace + " AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = "
                  "i.indexrelid AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x')) AND NOT EXISTS "
                  "(SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid) ORDER BY i.indexrelid");
    if (!rows) return rows.error();
    for (const auto& r : rows->rows) {
      if (!table_names_.count(field(r, 0))) continue;
      std::string def = field(r, 1);
      // A partitioned table's index is printed ON ONLY; created plainly it cascades, which is
      // what the catalog holds once every partition has its copy.
      if (field(r, 2) == "I") {
        if (auto at = def.find(" ON ONLY "); at != std::string::npos) def.replace(at, 9, " ON ");
      }
      after_ += def + ";\n";
      if (r[4]) comments_ += comment_stmt("INDEX " + field(r, 3), *r[4]);
    }
    return ok_status();
  }

  Status triggers_rules_policies() {
    auto triggers = q("triggers", "SELECT t.tgrelid, pg_get_triggerdef(t.oid), quote_ident(t.tgname), "
                      "obj_description(t.oid, 'pg_trigger') FROM pg_trigger t WHERE NOT t.tgisinternal AND "
                      "t.tgparentid = 0 ORDER BY t.tgrelid, t.oid");
    if (!triggers) return triggers.error();
    for (const auto& r : triggers->rows) {
      auto table = table_names_.find(field(r, 0));
      if (table == table_names_.end()) continue;
      after_ += field(r, 1) + ";\n";
      if (r[3]) comments_ += comment_stmt("TRIGGER " + field(r, 2) + " ON " + table->second, *r[3]);
    }
    auto rules = q("rules", "SELECT r.ev_class, pg_get_ruledef(r.oid), quote_ident(r.rulename), "
                   "obj_description(r.oid, 'pg_rewrite') FROM pg_rewrite r WHERE r.rulename <> '_RETURN' "
                   "ORDER BY r.ev_class, r.oid");
    if (!rules) return rules.error();
    for (const auto& r : rules->rows) {
      auto table = table_names_.find(field(r, 0));
      if (table == table_names_.end()) continue;
      after_ += strip_semicolon(field(r, 1)) + ";\n";
      if (r[3]) comments_ += comment_stmt("RULE " + field(r, 2) + " ON " + table->second, *r[3]);
    }
    auto policies = q("policies", "SELECT p.polrelid, quote_ident(p.polname), p.polpermissive, p.polcmd, "
                      "(SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END, "
                      "', ') FROM unnest(p.polroles) r), pg_get_expr(p.polqual, p.polrelid), "
                      "pg_get_expr(p.polwithcheck, p.polrelid), obj_description(p.oid, 'pg_policy') "
                      "FROM pg_policy p ORDER BY p.polrelid, p.oid");
    if (!policies) return policies.error();
    for (const auto& r : policies->rows) {
      auto table = table_names_.find(field(r, 0));
      if (table == table_names_.end()) continue;
      std::string stmt = "CREATE POLICY " + field(r, 1) + " ON " + table->second;
      if (!is_true(r, 2)) stmt += " AS RESTRICTIVE";
      static const std::map<std::string, std::string> kCommands = {
          {"r", "SELECT"}, {"a", "INSERT"}, {"w", "UPDATE"}, {"d", "DELETE"}};
      if (auto cmd = kCommands.find(field(r, 3)); cmd != kCommands.end()) stmt += " FOR " + cmd->second;
      if (field(r, 4) != "PUBLIC") stmt += " TO " + field(r, 4);
      if (r[5]) stmt += " USING (" + field(r, 5) + ")";
      if (r[6]) stmt += " WITH CHECK (" + field(r, 6) + ")";
      after_ += stmt + ";\n";
      if (r[7]) comments_ += comment_stmt("POLICY " + field(r, 1) + " ON " + table->second, *r[7]);
    }
    return ok_status();
  }

  db::Connection& conn_;
  std::string head_, tables_, functions_, after_, comments_;
  std::map<std::string, std::vector<db::Row>> columns_;  // by table oid, in attnum order
  std::map<std::string, std::string> table_names_;       // oid -> regclass text
  std::vector<std::pair<std::string, SequenceInfo>> sequences_;
  std::map<std::string, SequenceInfo> identity_;            // "tableoid/column" -> its sequence
  std::map<std::string, SequenceInfo> serial_candidates_;   // "tableoid/column" -> owned sequence
  std::set<std::string> serial_used_;
};

}  // namespace

Result<Schema> introspect_postgres(db::Connection& connection, Diagnostics& diagnostics) {
  PostgresReader reader(connection);
  if (auto st = reader.read(); !st) return st.error();
  auto db = catalog_query(connection, "the database name", "SELECT current_database()");
  if (!db) return db.error();
  Schema schema;
  std::string name = "postgres:" + field(db->rows.at(0), 0);
  if (!parse_ddl(name, reader.script(), schema, diagnostics)) {
    return Error{ExitCode::Environment, "the catalog of " + connection.display_url() +
                                            " did not read back as PostgreSQL DDL (a schemaforge bug; "
                                            "run with -v to see the statements)"};
  }
  return schema;
}

}  // namespace sf::detail
