# Replays every fuzz corpus (tests/fuzz/corpus/<target>/) as an ordinary CTest
# test on every build, with the normal compiler: the target's
# whose entry point is not in the library yet is skipped with a message.
include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake)
foreach(t ${NG_FUZZ_TARGETS})
  set(corpus ${CMAKE_CURRENT_LIST_DIR}/corpus/${t})
  if(NOT IS_DIRECTORY ${corpus})
    continue()
  endif()
  add_executable(replay_${t} ${CMAKE_CURRENT_LIST_DIR}/replay_main.c ${CMAKE_CURRENT_LIST_DIR}/${t}.c)
  target_include_directories(replay_${t} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_compile_definitions(replay_${t} PRIVATE _POSIX_C_SOURCE=200809L
    NG_FUZZ_DATA_DIR="${CMAKE_SOURCE_DIR}/data")
  target_link_libraries(replay_${t} PRIVATE newsgraph PkgConfig::IGRAPH PkgConfig::GRAPHVIZ
    PkgConfig::CJSON Threads::Threads m)
  add_test(NAME fuzz.${t} COMMAND replay_${t} ${corpus} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(fuzz.${t} PROPERTIES ENVIRONMENT "${NG_TEST_ENV}" LABELS fuzz)
endforeach()
