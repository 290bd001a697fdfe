# One CTest test per corpus document: its output must equal golden/<doc>.jsonl.
# tools/golden.py prints a field-level diff when it does not.
function(claimx_golden_tests)
  file(GLOB docs RELATIVE "${CMAKE_SOURCE_DIR}/corpus" CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/corpus/*.txt")
  foreach(doc IN LISTS docs)
    add_test(NAME golden/${doc}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tools/golden.py check
                     --claimx $<TARGET_FILE:claimx> --root ${CMAKE_SOURCE_DIR} ${doc})
    set_tests_properties(golden/${doc} PROPERTIES LABELS golden)
  endforeach()
endfunction()
