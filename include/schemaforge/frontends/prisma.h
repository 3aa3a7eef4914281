#pragma once
// Prisma schema language in (schema.prisma).
#include <memory>

#include "schemaforge/base/diagnostic.h"
#include "schemaforge/base/source.h"
#include "schemaforge/model/schema.h"

namespace sf {

/// Reads a relational schema.prisma into `schema`: models become tables (@@map/@map give
/// the database names, kept in `orm_name`), scalar and @db.* native types PostgreSQL types,
/// relation fields foreign keys (Prisma's default referential actions made explicit),
/// implicit many-to-many relations `_AToB(A, B)` join tables, enums enums, `///` comments
/// notes. The datasource provider is recorded as the project's `database_type`; a mongodb
/// provider is rejected with SF5004.
///
///   Diagnostics diags;
///   Schema schema;
///   parse_prisma(file, schema, diags);
void parse_prisma(const std::shared_ptr<const SourceFile>& file, Schema& schema,
                  Diagnostics& diagnostics);

}  // namespace sf
