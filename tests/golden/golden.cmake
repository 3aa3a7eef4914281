# One CTest test per golden case directory (tests/golden/<case>/run).
file(GLOB SF_GOLDEN_RUN_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*/run)
foreach(run_file ${SF_GOLDEN_RUN_FILES})
  get_filename_component(case_dir ${run_file} DIRECTORY)
  get_filename_component(case_name ${case_dir} NAME)
  add_test(NAME golden.${case_name}
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_golden.sh $<TARGET_FILE:schemaforge> ${case_dir})
  set_tests_properties(golden.${case_name} PROPERTIES LABELS golden)
endforeach()
