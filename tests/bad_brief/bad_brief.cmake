# One test per malformed brief (tests/bad_brief/NAME.yaml with NAME.expect): exit 2, exact
# diagnostics, nothing written.
file(GLOB SF_BAD_BRIEFS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.yaml)
foreach(brief ${SF_BAD_BRIEFS})
  get_filename_component(name ${brief} NAME_WE)
  add_test(NAME unit.bad_brief.${name}
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:schemaforge> ${CMAKE_CURRENT_LIST_DIR} ${name})
  set_tests_properties(unit.bad_brief.${name} PROPERTIES LABELS unit TIMEOUT 30)
endforeach()
