# SPDX-License-Identifier: ISC
# The demo output in every syntax parses with serdi, rapper and rdflib, with
# equal triple counts (rdflib and rapper are independent implementations).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
foreach(tool serdi rapper)
  find_program(${tool}_exe ${tool})
  if(NOT ${tool}_exe)
    message(FATAL_ERROR "${tool} is not installed (scripts/install-deps.sh installs it)")
  endif()
endforeach()
set(python /usr/bin/python3)
foreach(fmt turtle ntriples nquads trig)
  set(ext ${fmt})
  if(fmt STREQUAL "turtle")
    set(ext ttl)
  elseif(fmt STREQUAL "ntriples")
    set(ext nt)
  elseif(fmt STREQUAL "nquads")
    set(ext nq)
  endif()
  run(s out err extract "${SOURCE_DIR}/examples" -f ${fmt} -o graph.${ext})
  expect_status("${s}" 0 "extract ${fmt}")
  execute_process(COMMAND ${serdi_exe} -i ${fmt} -o nquads graph.${ext}
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs OUTPUT_VARIABLE serdi_out ERROR_VARIABLE serdi_err)
  expect_status("${rs}" 0 "serdi ${fmt}: ${serdi_err}")
  string(REGEX MATCHALL "\n" lines "${serdi_out}")
  list(LENGTH lines serdi_n)
  execute_process(COMMAND ${rapper_exe} -i ${fmt} -c graph.${ext}
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rr OUTPUT_VARIABLE rapper_out ERROR_VARIABLE rapper_err)
  expect_status("${rr}" 0 "rapper ${fmt}: ${rapper_err}")
  string(REGEX MATCH "returned ([0-9]+) (triples|statements)" m "${rapper_err}")
  set(rapper_n ${CMAKE_MATCH_1})
  execute_process(COMMAND ${python} -c
    "import sys, rdflib; f=sys.argv[1]; g=rdflib.ConjunctiveGraph() if f.endswith(('nq','trig')) else rdflib.Graph(); g.parse(f, format={'ttl':'turtle','nt':'nt','nq':'nquads','trig':'trig'}[f.rsplit('.',1)[1]]); print(len(g))"
    graph.${ext}
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rp OUTPUT_VARIABLE rdflib_n ERROR_VARIABLE rdflib_err)
  expect_status("${rp}" 0 "rdflib ${fmt}: ${rdflib_err}")
  string(STRIP "${rdflib_n}" rdflib_n)
  if(NOT serdi_n EQUAL rapper_n OR NOT serdi_n EQUAL rdflib_n OR serdi_n LESS 1000)
    message(FATAL_ERROR "${fmt}: serdi ${serdi_n}, rapper ${rapper_n}, rdflib ${rdflib_n} triples")
  endif()
  message(STATUS "${fmt}: ${serdi_n} triples in serdi, rapper and rdflib")
endforeach()
