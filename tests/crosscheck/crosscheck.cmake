# The crosscheck tier: generated artifacts are accepted by the real tools. The npm tools live
# in tests/crosscheck/node_modules (scripts/setup runs `npm ci` from the committed lockfile).

# --- SARIF: lint reports validate against the official SARIF 2.1.0 schema ----------------
set(SF_SARIF_INPUTS ${PROJECT_SOURCE_DIR}/examples/compliance-saas/schema.sql)
file(GLOB SF_SARIF_CORPUS CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/../shared/corpus/sql/*postgres*.sql
  ${PROJECT_SOURCE_DIR}/../shared/corpus/sql/pagila*.sql)
list(REMOVE_DUPLICATES SF_SARIF_CORPUS)
list(SORT SF_SARIF_CORPUS)
list(APPEND SF_SARIF_INPUTS ${SF_SARIF_CORPUS})
foreach(sql_file ${SF_SARIF_INPUTS})
  get_filename_component(sql_name ${sql_file} NAME)
  string(REGEX REPLACE "\\.sql$" "" sql_name ${sql_name})
  add_test(NAME crosscheck.sarif.${sql_name}
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/sarif_check.sh $<TARGET_FILE:schemaforge> ${sql_file})
  set_tests_properties(crosscheck.sarif.${sql_name} PROPERTIES LABELS crosscheck TIMEOUT 120)
endforeach()

# The crosscheck tier for DBML, Prisma and the ORM outputs: the real tools judge what we read
# and write (@dbml/core, @prisma/prisma-schema-wasm, tsc, alembic, SQLAlchemy, PostgreSQL).
# Included by tests/CMakeLists.txt. A missing tool is a failure, never a skip.
set(SF_CROSSCHECK_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SF_CROSSCHECK_CORPUS ${PROJECT_SOURCE_DIR}/../shared/corpus)

add_executable(dbml_model_dump ${SF_CROSSCHECK_DIR}/dbml_model_dump.cpp)
target_link_libraries(dbml_model_dump PRIVATE sf_frontend_dbml nlohmann_json::nlohmann_json)

foreach(which corpus emitted)
  add_test(NAME crosscheck.dbml_agreement.${which}
           COMMAND ${SF_CROSSCHECK_DIR}/run_dbml_agreement.sh $<TARGET_FILE:schemaforge>
                   $<TARGET_FILE:dbml_model_dump> ${which})
  set_tests_properties(crosscheck.dbml_agreement.${which} PROPERTIES
    LABELS crosscheck TIMEOUT 600 ENVIRONMENT "SF_CORPUS_DIR=${SF_CROSSCHECK_CORPUS}")
endforeach()

add_test(NAME crosscheck.prisma COMMAND ${SF_CROSSCHECK_DIR}/run_prisma.sh $<TARGET_FILE:schemaforge>)
add_test(NAME crosscheck.typescript COMMAND ${SF_CROSSCHECK_DIR}/run_typescript.sh $<TARGET_FILE:schemaforge>)
set_tests_properties(crosscheck.prisma crosscheck.typescript PROPERTIES
  LABELS crosscheck TIMEOUT 600 ENVIRONMENT "SF_CORPUS_DIR=${SF_CROSSCHECK_CORPUS}")

# One ORM test per schema: DDL into PostgreSQL, Alembic up/down on PostgreSQL and SQLite,
# models on SQLite.
file(GLOB SF_ORM_INPUTS CONFIGURE_DEPENDS
  ${SF_CROSSCHECK_CORPUS}/prisma/*.prisma
  ${SF_CROSSCHECK_CORPUS}/prisma/prisma-examples/*.prisma
  ${SF_CROSSCHECK_CORPUS}/dbml/*.dbml
  ${PROJECT_SOURCE_DIR}/tests/golden/dbml_constructs/input.dbml
  ${PROJECT_SOURCE_DIR}/tests/golden/prisma_blog/schema.prisma)
list(FILTER SF_ORM_INPUTS EXCLUDE REGEX "mongodb")
# PostgreSQL-only expressions (casts, regexes) and a JSON default db2dbml wrote unquoted:
# this file cannot run on SQLite (docs/orm-outputs.md).
list(FILTER SF_ORM_INPUTS EXCLUDE REGEX "holistics-db2dbml-postgres-expected")
list(SORT SF_ORM_INPUTS)
foreach(input ${SF_ORM_INPUTS})
  get_filename_component(name ${input} NAME)
  if(input MATCHES "/tests/golden/")
    get_filename_component(case_dir ${input} DIRECTORY)
    get_filename_component(name ${case_dir} NAME)
    set(name golden.${name})
  endif()
  add_test(NAME crosscheck.orm.${name} COMMAND ${SF_CROSSCHECK_DIR}/run_orm.sh $<TARGET_FILE:schemaforge> ${input})
  set_tests_properties(crosscheck.orm.${name} PROPERTIES LABELS crosscheck TIMEOUT 300)
endforeach()

# Crosscheck tier for diagrams and the document (label `crosscheck`): Mermaid through
# @mermaid-js/mermaid-cli with Debian's chromium, DOT through Graphviz, the HTML site in
# headless chromium. Artifacts (rendered SVGs, one table page's screenshot) stay under
# <build>/crosscheck/<case>/.
set(SF_RENDER_CHECK ${CMAKE_CURRENT_LIST_DIR}/render_check.sh)
set(SF_RENDER_CASES
  "compliance-saas|${PROJECT_SOURCE_DIR}/examples/compliance-saas/schema.sql|--html|assessments.html"
  "constructs|${PROJECT_SOURCE_DIR}/tests/golden/constructs/input.sql|--html|orders.html"
  "sakila|${PROJECT_SOURCE_DIR}/../shared/corpus/sql/sakila-postgres-schema.sql|--html|film.html"
  "pagila|${PROJECT_SOURCE_DIR}/../shared/corpus/sql/pagila-schema.pre-pg18.sql||"
  "zabbix|${PROJECT_SOURCE_DIR}/../shared/corpus/sql/zabbix-6.0-schema.postgres.sql||")
foreach(case ${SF_RENDER_CASES})
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 name)
  list(GET parts 1 input)
  list(GET parts 2 html)
  list(GET parts 3 page)
  add_test(NAME crosscheck.render.${name}
           COMMAND ${SF_RENDER_CHECK} $<TARGET_FILE:schemaforge> ${input}
                   ${CMAKE_BINARY_DIR}/crosscheck/${name} ${html} ${page})
  set_tests_properties(crosscheck.render.${name} PROPERTIES LABELS crosscheck TIMEOUT 600)
endforeach()

# The example briefs against the brief's JSON Schema (docs/brief.schema.json), with ajv.
add_test(NAME crosscheck.brief_schema COMMAND ${SF_CROSSCHECK_DIR}/run_brief_schema.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(crosscheck.brief_schema PROPERTIES LABELS crosscheck)
