#pragma once
// Prisma schema out (Prisma 7: the datasource carries no url).
#include <string>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// The schema as schema.prisma for PostgreSQL: one model per table (names mapped back with
/// @map/@@map), scalar fields with @db.* native types, relation fields on both sides of
/// every foreign key, implicit many-to-many for Prisma-made join tables, enums. Laid out as
/// Prisma's formatter lays it out, so `prisma format` leaves it unchanged. What Prisma
/// cannot say (checks, expression and partial indexes, views, ...) is reported as SF3001.
std::string emit_prisma(const Schema& schema, Diagnostics& diagnostics);

}  // namespace sf
