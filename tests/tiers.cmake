# Script-driven test tiers, included by tests/CMakeLists.txt. Tests as data: adding a file
# adds a test (the directories are globbed with CONFIGURE_DEPENDS).
set(SF_SHARED_CORPUS_DIR ${PROJECT_SOURCE_DIR}/../shared/corpus)

# --- realdb: PostgreSQL round trip through pg_dump ----------------------------------------
# Needs the SF_TEST_PG_* variables of a throwaway server: run through scripts/test, which
# starts one (scripts/testdb) and exports them. Without them the tests FAIL (never skip).
set(SF_PG_ROUNDTRIP ${CMAKE_CURRENT_SOURCE_DIR}/realdb/pg_roundtrip.sh)

file(GLOB SF_PG_CORPUS_FILES CONFIGURE_DEPENDS
  ${SF_SHARED_CORPUS_DIR}/sql/*postgres*.sql
  ${SF_SHARED_CORPUS_DIR}/sql/pagila*.sql)
list(REMOVE_DUPLICATES SF_PG_CORPUS_FILES)
list(SORT SF_PG_CORPUS_FILES)
if(NOT SF_PG_CORPUS_FILES)
  message(WARNING "No PostgreSQL corpus files under ${SF_SHARED_CORPUS_DIR}/sql: "
                  "the realdb.pg_roundtrip corpus tests are not registered")
endif()
foreach(sql_file ${SF_PG_CORPUS_FILES})
  get_filename_component(sql_name ${sql_file} NAME)
  string(REGEX REPLACE "\\.sql$" "" sql_name ${sql_name})
  add_test(NAME realdb.pg_roundtrip.${sql_name} COMMAND ${SF_PG_ROUNDTRIP} ${sql_file})
  set_tests_properties(realdb.pg_roundtrip.${sql_name} PROPERTIES
    LABELS realdb
    ENVIRONMENT "SF_BIN=$<TARGET_FILE:schemaforge>"
    TIMEOUT 300)
endforeach()

# Golden inputs, the shipped examples and the frontend's whole-file fixtures.
file(GLOB SF_GOLDEN_INPUTS CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/golden/*/input.sql
  ${PROJECT_SOURCE_DIR}/examples/*/schema.sql
  ${CMAKE_CURRENT_SOURCE_DIR}/data/postgres/*.sql)
list(SORT SF_GOLDEN_INPUTS)
foreach(sql_file ${SF_GOLDEN_INPUTS})
  get_filename_component(case_dir ${sql_file} DIRECTORY)
  get_filename_component(case_name ${case_dir} NAME)
  get_filename_component(file_stem ${sql_file} NAME_WE)
  if(case_dir MATCHES "/examples/")
    set(case_name example.${case_name})
  elseif(case_dir MATCHES "/data/postgres$")
    set(case_name data.${file_stem})
  else()
    set(case_name golden.${case_name})
  endif()
  add_test(NAME realdb.pg_roundtrip.${case_name} COMMAND ${SF_PG_ROUNDTRIP} ${sql_file})
  set_tests_properties(realdb.pg_roundtrip.${case_name} PROPERTIES
    LABELS realdb
    ENVIRONMENT "SF_BIN=$<TARGET_FILE:schemaforge>"
    TIMEOUT 300)
endforeach()

# --- unit: bad input is rejected with exit 2, file:line:col and no output -------------------
set(SF_BAD_INPUT_DIR ${CMAKE_CURRENT_SOURCE_DIR}/bad_input)
file(GLOB SF_BAD_INPUT_CASES CONFIGURE_DEPENDS ${SF_BAD_INPUT_DIR}/*.sql)
set(sf_bad_input_names nonexistent_file directory)  # built into run.sh
foreach(sql_file ${SF_BAD_INPUT_CASES})
  get_filename_component(case_name ${sql_file} NAME_WE)
  list(APPEND sf_bad_input_names ${case_name})
endforeach()
list(SORT sf_bad_input_names)
foreach(case_name ${sf_bad_input_names})
  add_test(NAME unit.bad_input.${case_name}
           COMMAND ${SF_BAD_INPUT_DIR}/run.sh $<TARGET_FILE:schemaforge> ${SF_BAD_INPUT_DIR} ${case_name})
  set_tests_properties(unit.bad_input.${case_name} PROPERTIES LABELS unit TIMEOUT 30)
endforeach()

# --- realdb: live introspection (docs/inspect.md) --------------------------------------------
# Every PostgreSQL test schema applied and inspected back; the corpus's SQLite and MySQL files
# loaded into their servers and inspected; awkward identifiers on all three databases. Needs
# the SF_TEST_PG_* and SF_TEST_MYSQL_* variables (scripts/test); without them the tests FAIL.
add_executable(realdb_inspect_test
  ${CMAKE_CURRENT_SOURCE_DIR}/realdb/inspect_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/realdb/inspect_servers.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/realdb/dialect_roundtrip_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/realdb/dialect_mysql_names_test.cpp)
target_link_libraries(realdb_inspect_test PRIVATE sf_test_support sf_frontend_introspect
  sf_frontend_dbml sf_frontend_prisma GTest::gtest_main)
target_include_directories(realdb_inspect_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
gtest_discover_tests(realdb_inspect_test TEST_PREFIX realdb.inspect. PROPERTIES LABELS realdb TIMEOUT 300
  DISCOVERY_TIMEOUT 30)

# Connection failures: exit 3, one line on stderr, nothing written (inspect_errors.txt).
file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/realdb/inspect_errors.txt sf_inspect_error_lines REGEX "^[a-z]")
foreach(line ${sf_inspect_error_lines})
  string(REGEX REPLACE "[ \t].*" "" case_name "${line}")
  add_test(NAME realdb.inspect_error.${case_name}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/realdb/inspect_errors.sh $<TARGET_FILE:schemaforge> ${case_name})
  set_tests_properties(realdb.inspect_error.${case_name} PROPERTIES LABELS realdb TIMEOUT 60)
endforeach()

# --- realdb: build verification on PostgreSQL (docs/build.md) --------------------------------
# Both example briefs built with --db on the throwaway server; the planner's chosen index
# must be reported for a pattern of each. Needs SF_TEST_PG_* (scripts/test); FAILS without.
set(SF_BUILD_VERIFY ${CMAKE_CURRENT_SOURCE_DIR}/realdb/build_verify.sh)
add_test(NAME realdb.build_verify.compliance_saas
         COMMAND ${SF_BUILD_VERIFY} ${PROJECT_SOURCE_DIR}/examples/compliance-saas/brief.yaml
                 "\"a user's assessments, newest first\": index ")
add_test(NAME realdb.build_verify.multi_tenant
         COMMAND ${SF_BUILD_VERIFY} ${PROJECT_SOURCE_DIR}/examples/multi-tenant/brief.yaml
                 "\"sign in by email\": ")
set_tests_properties(realdb.build_verify.compliance_saas realdb.build_verify.multi_tenant PROPERTIES
  LABELS realdb ENVIRONMENT "SF_BIN=$<TARGET_FILE:schemaforge>" TIMEOUT 300)

# --- realdb: build's artifacts on the servers (docs/build.md "Artifacts") --------------------
# Both example briefs built with --db on MariaDB; the written mysql/schema.sql applied to
# MariaDB; the written initial migration up then down on PostgreSQL, which must end empty.
# Needs SF_TEST_PG_* and SF_TEST_MYSQL_SOCKET (scripts/test); FAILS without.
set(SF_BUILD_ARTIFACTS ${CMAKE_CURRENT_SOURCE_DIR}/realdb/build_artifacts.sh)
add_test(NAME realdb.build_artifacts.compliance_saas
         COMMAND ${SF_BUILD_ARTIFACTS} ${PROJECT_SOURCE_DIR}/examples/compliance-saas/brief.yaml)
add_test(NAME realdb.build_artifacts.multi_tenant
         COMMAND ${SF_BUILD_ARTIFACTS} ${PROJECT_SOURCE_DIR}/examples/multi-tenant/brief.yaml)
set_tests_properties(realdb.build_artifacts.compliance_saas realdb.build_artifacts.multi_tenant PROPERTIES
  LABELS realdb ENVIRONMENT "SF_BIN=$<TARGET_FILE:schemaforge>" TIMEOUT 300)

# --- realdb: size projection against pg_relation_size (docs/size.md) -------------------------
# A known-shape table filled by generate_series; heap and every B-tree index within 10 %.
add_test(NAME realdb.size_accuracy COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/realdb/size_accuracy.sh)
set_tests_properties(realdb.size_accuracy PROPERTIES
  LABELS realdb ENVIRONMENT "SF_BIN=$<TARGET_FILE:schemaforge>" TIMEOUT 300)
