#pragma once
#include <string>

namespace sf::detail {

/// The PostgreSQL type a MySQL/MariaDB column type stands for, from information_schema's
/// DATA_TYPE and COLUMN_TYPE ("int(11) unsigned" -> "bigint", "tinyint(1)" -> "boolean",
/// "datetime(3)" -> "timestamp(3) without time zone"). Empty for enum (a type of its own)
/// and for types with no PostgreSQL counterpart, which `note` then names.
std::string mysql_type_to_postgres(const std::string& data_type, const std::string& column_type,
                                   std::string& note);

}  // namespace sf::detail
