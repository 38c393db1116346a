# SPDX-License-Identifier: ISC
# An independent SHACL engine (npm rdf-validate-shacl) with ontology/shapes.ttl
# accepts the demo output and flags the same nodes in the broken graph as
# claimgraph validate, apart from the three checks SHACL Core cannot express
# (irreflexive, symmetric stored once, undeclared predicate). The shipped
# shapes are what scripts/make-shapes.py makes of the ontology.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
set(modules "${SOURCE_DIR}/tools/node/node_modules")
if(NOT EXISTS "${modules}/rdf-validate-shacl")
  message(FATAL_ERROR "rdf-validate-shacl is not installed (run scripts/install-deps.sh)")
endif()
set(ENV{CLAIMGRAPH_NODE_MODULES} "${modules}")
set(shacl node "${SOURCE_DIR}/tests/validate/shacl.mjs" "${SOURCE_DIR}/ontology/shapes.ttl")
run(s out err extract "${SOURCE_DIR}/examples" -o demo.ttl)
execute_process(COMMAND ${shacl} demo.ttl "${SOURCE_DIR}/ontology/claimgraph.ttl"
  WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs OUTPUT_VARIABLE demo ERROR_VARIABLE demo_err)
expect_status("${rs}" 0 "shacl on demo: ${demo_err}")
expect_contains("${demo}" "conforms" "demo output conforms to the shapes")
execute_process(COMMAND ${shacl} "${SOURCE_DIR}/tests/validate/broken.ttl" "${SOURCE_DIR}/ontology/claimgraph.ttl"
  WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs OUTPUT_VARIABLE shacl_out ERROR_VARIABLE shacl_err)
expect_status("${rs}" 0 "shacl on broken: ${shacl_err}")
string(REGEX MATCHALL "https://[^\n]+" shacl_nodes "${shacl_out}")
list(SORT shacl_nodes)
run(s out err validate "${SOURCE_DIR}/tests/validate/broken.ttl")
string(REPLACE "\n" ";" lines "${out}")
set(ours "")
set(skip FALSE)
foreach(line IN LISTS lines)
  if(line MATCHES "error: (irreflexive property|symmetric stored once|predicate is declared):")
    set(skip TRUE)
  elseif(line MATCHES "error: ")
    set(skip FALSE)
  elseif(NOT skip AND line MATCHES "^  <([^>]+)>")
    list(APPEND ours "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(REMOVE_DUPLICATES ours)
list(SORT ours)
if(NOT ours STREQUAL shacl_nodes)
  message(FATAL_ERROR "SHACL flags\n  ${shacl_nodes}\nclaimgraph validate flags\n  ${ours}")
endif()
message(STATUS "agree on ${shacl_nodes}")
execute_process(COMMAND /usr/bin/python3 -c "
import rdflib, subprocess, sys
from rdflib.compare import isomorphic
made = subprocess.run(['/usr/bin/python3', sys.argv[1] + '/scripts/make-shapes.py', sys.argv[1] + '/ontology/claimgraph.ttl'], capture_output=True, text=True, check=True).stdout
a = rdflib.Graph().parse(data=made, format='turtle')
b = rdflib.Graph().parse(sys.argv[1] + '/ontology/shapes.ttl', format='turtle')
sys.exit(0 if isomorphic(a, b) else 1)" "${SOURCE_DIR}" RESULT_VARIABLE iso)
expect_status("${iso}" 0 "ontology/shapes.ttl is out of date: run scripts/make-shapes.py > ontology/shapes.ttl")
