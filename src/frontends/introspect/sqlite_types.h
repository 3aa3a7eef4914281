#pragma once
#include <string>

namespace sf::detail {

/// The PostgreSQL type a declared SQLite column type stands for ("VARCHAR(45)" ->
/// "character varying(45)", "DATETIME" -> "timestamp", "" -> "text").
std::string sqlite_type_to_postgres(const std::string& declared);

}  // namespace sf::detail
