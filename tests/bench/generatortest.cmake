# ctest: the generator writes the same bytes twice for the same arguments, in
# both formats, and the planner imports what it writes with every event.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(format xml json)
    foreach(copy a b)
        execute_process(COMMAND ${GENERATOR} --events 120 --format ${format}
            -o ${WORK_DIR}/${copy}.${format} RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "programme-generator failed for ${format}")
        endif()
    endforeach()
    file(SHA256 ${WORK_DIR}/a.${format} first)
    file(SHA256 ${WORK_DIR}/b.${format} second)
    if(NOT first STREQUAL second)
        message(FATAL_ERROR "programme-generator is not deterministic for ${format}")
    endif()
    execute_process(COMMAND ${PLANNER} import ${WORK_DIR}/a.${format}
        --database ${WORK_DIR}/${format}.sqlite RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "the planner did not import the generated ${format}")
    endif()
    execute_process(COMMAND ${PLANNER} conferences --json --database ${WORK_DIR}/${format}.sqlite
        OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT listing MATCHES "\"sessions\": 120,")
        message(FATAL_ERROR "the generated ${format} did not give 120 sessions: ${listing}")
    endif()
endforeach()
