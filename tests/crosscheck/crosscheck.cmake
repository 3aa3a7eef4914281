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
