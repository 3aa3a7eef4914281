# The lint tier: one CTest test per tests/lint/<CODE>-<name>.sql case, run by lint_cases_test
# with the real PostgreSQL frontend. Cases are found when the tests run (PRE_TEST discovery),
# so adding a file adds a test.
add_executable(lint_cases_test ${CMAKE_CURRENT_LIST_DIR}/lint_cases_test.cpp)
target_link_libraries(lint_cases_test PRIVATE
  sf_frontend_postgres sf_frontend_config sf_analyses GTest::gtest_main)
target_compile_definitions(lint_cases_test PRIVATE SF_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
gtest_discover_tests(lint_cases_test TEST_PREFIX "lint." DISCOVERY_MODE PRE_TEST
  PROPERTIES LABELS lint)
