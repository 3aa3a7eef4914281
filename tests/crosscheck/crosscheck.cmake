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
