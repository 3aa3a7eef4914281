// Names of statements and object types for diagnostics ("unsupported: CREATE OPERATOR ...").
#include <cctype>

#include "frontends/postgres/transform.h"
#include "schemaforge/base/strings.h"

namespace sf::detail {

const char* object_type_name(PgQuery__ObjectType type) {
  switch (type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_ACCESS_METHOD:
      return "ACCESS METHOD";
    case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
      return "AGGREGATE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_CAST:
      return "CAST";
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
      return "COLUMN";
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION:
      return "COLLATION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_CONVERSION:
      return "CONVERSION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE:
      return "DATABASE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
      return "DOMAIN";
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
      return "CONSTRAINT ON DOMAIN";
    case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER:
      return "EVENT TRIGGER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
      return "EXTENSION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FDW:
      return "FOREIGN DATA WRAPPER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER:
      return "SERVER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
      return "FOREIGN TABLE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      return "FUNCTION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
      return "INDEX";
    case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE:
      return "LANGUAGE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_LARGEOBJECT:
      return "LARGE OBJECT";
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
      return "MATERIALIZED VIEW";
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS:
      return "OPERATOR CLASS";
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR:
      return "OPERATOR";
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPFAMILY:
      return "OPERATOR FAMILY";
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
      return "POLICY";
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
      return "PROCEDURE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_PUBLICATION:
      return "PUBLICATION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROLE:
      return "ROLE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
      return "ROUTINE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
      return "RULE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
      return "SCHEMA";
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
      return "SEQUENCE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_SUBSCRIPTION:
      return "SUBSCRIPTION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_STATISTIC_EXT:
      return "STATISTICS";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
      return "CONSTRAINT";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      return "TABLE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLESPACE:
      return "TABLESPACE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRANSFORM:
      return "TRANSFORM";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
      return "TRIGGER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION:
      return "TEXT SEARCH CONFIGURATION";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY:
      return "TEXT SEARCH DICTIONARY";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER:
      return "TEXT SEARCH PARSER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE:
      return "TEXT SEARCH TEMPLATE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      return "TYPE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_USER_MAPPING:
      return "USER MAPPING";
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      return "VIEW";
    default:
      return "OBJECT";
  }
}

namespace {

/// "create_cast_stmt" -> "CREATE CAST": the protobuf field name of the statement's node.
std::string kind_from_field_name(const PgNode* statement) {
  const ProtobufCFieldDescriptor* field = protobuf_c_message_descriptor_get_field(
      &pg_query__node__descriptor, static_cast<unsigned>(statement->node_case));
  if (field == nullptr) return "statement";
  std::string name = field->name;
  if (name.size() > 5 && name.compare(name.size() - 5, 5, "_stmt") == 0)
    name.resize(name.size() - 5);
  for (char& c : name)
    c = c == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::string object_name(PgNode* const* items, size_t count) {
  return quoted_name_list(items, count);
}

}  // namespace

std::string statement_kind(const PgNode* statement) {
  switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_DEFINE_STMT: {
      const auto* define = statement->define_stmt;
      // Operator names are symbols, never quoted.
      std::string name = define->kind == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR
                             ? join(string_list(define->defnames, define->n_defnames), ".")
                             : object_name(define->defnames, define->n_defnames);
      return std::string("CREATE ") + object_type_name(define->kind) + " " + name;
    }
    case PG_QUERY__NODE__NODE_CREATE_CAST_STMT:
      return "CREATE CAST";
    case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT: {
      const auto* op = statement->create_op_class_stmt;
      return "CREATE OPERATOR CLASS " + object_name(op->opclassname, op->n_opclassname);
    }
    case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT: {
      const auto* op = statement->create_op_family_stmt;
      return "CREATE OPERATOR FAMILY " + object_name(op->opfamilyname, op->n_opfamilyname);
    }
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: {
      const auto* range = statement->create_range_stmt;
      return "CREATE TYPE " + object_name(range->type_name, range->n_type_name) + " AS RANGE";
    }
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: {
      const auto* table = statement->create_foreign_table_stmt;
      return "CREATE FOREIGN TABLE " +
             (table->base_stmt ? quoted_name(qualified_name(table->base_stmt->relation))
                               : std::string());
    }
    case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
      return std::string("CREATE EVENT TRIGGER ") + statement->create_event_trig_stmt->trigname;
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT: {
      const auto* stats = statement->create_stats_stmt;
      return "CREATE STATISTICS " + object_name(stats->defnames, stats->n_defnames);
    }
    case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
      return std::string("CREATE FOREIGN DATA WRAPPER ") + statement->create_fdw_stmt->fdwname;
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT:
      return std::string("CREATE SERVER ") + statement->create_foreign_server_stmt->servername;
    case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
      return std::string("CREATE PUBLICATION ") + statement->create_publication_stmt->pubname;
    case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
      return std::string("CREATE SUBSCRIPTION ") + statement->create_subscription_stmt->subname;
    case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT: {
      const auto* conversion = statement->create_conversion_stmt;
      return "CREATE CONVERSION " +
             object_name(conversion->conversion_name, conversion->n_conversion_name);
    }
    case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT:
      return std::string("CREATE TABLESPACE ") + statement->create_table_space_stmt->tablespacename;
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
      return std::string("ALTER ") +
             object_type_name(statement->alter_object_schema_stmt->object_type) + " ... SET SCHEMA";
    case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
      return std::string("ALTER ") + object_type_name(statement->alter_function_stmt->objtype) +
             " " +
             (statement->alter_function_stmt->func
                  ? object_name(statement->alter_function_stmt->func->objname,
                                statement->alter_function_stmt->func->n_objname)
                  : std::string());
    case PG_QUERY__NODE__NODE_ALTER_TYPE_STMT: {
      const auto* alter = statement->alter_type_stmt;
      return "ALTER TYPE " + object_name(alter->type_name, alter->n_type_name);
    }
    case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT:
      return "ALTER TEXT SEARCH CONFIGURATION";
    case PG_QUERY__NODE__NODE_ALTER_TSDICTIONARY_STMT:
      return "ALTER TEXT SEARCH DICTIONARY";
    case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
      return "SECURITY LABEL";
    case PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT:
      return "CREATE TRANSFORM";
    case PG_QUERY__NODE__NODE_CREATE_AM_STMT:
      return std::string("CREATE ACCESS METHOD ") + statement->create_am_stmt->amname;
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
      return "REFRESH MATERIALIZED VIEW";
    case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
      return "SHOW";
    case PG_QUERY__NODE__NODE_CHECK_POINT_STMT:
      return "CHECKPOINT";
    case PG_QUERY__NODE__NODE_CONSTRAINTS_SET_STMT:
      return "SET CONSTRAINTS";
    case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
      return "ALTER STATISTICS";
    case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
      return "ALTER EVENT TRIGGER";
    case PG_QUERY__NODE__NODE_ALTER_FDW_STMT:
      return "ALTER FOREIGN DATA WRAPPER";
    case PG_QUERY__NODE__NODE_ALTER_FOREIGN_SERVER_STMT:
      return "ALTER SERVER";
    case PG_QUERY__NODE__NODE_ALTER_TABLE_SPACE_OPTIONS_STMT:
      return "ALTER TABLESPACE";
    case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT:
      return "ALTER OPERATOR FAMILY";
    case PG_QUERY__NODE__NODE_ALTER_OPERATOR_STMT:
      return "ALTER OPERATOR";
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_DEPENDS_STMT:
      return "ALTER ... DEPENDS ON EXTENSION";
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT:
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT:
      return "ALTER EXTENSION";
    case PG_QUERY__NODE__NODE_DO_STMT:
      return "DO";
    case PG_QUERY__NODE__NODE_CALL_STMT:
      return "CALL";
    default:
      return kind_from_field_name(statement);
  }
}

}  // namespace sf::detail
