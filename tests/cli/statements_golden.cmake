# SPDX-License-Identifier: ISC
# JSON statements from another extractor or an annotator round-trip to the
# expected claims (tests/golden/statements.ttl), and the one naming an
# unknown entity lands in the rejects file with its reason.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
run(s out err extract "${SOURCE_DIR}/examples/json/statements.json" -o statements.ttl --rejects rejects.jsonl)
expect_status("${s}" 0 "statements")
file(READ "${WORK_DIR}/statements.ttl" got)
file(READ "${SOURCE_DIR}/tests/golden/statements.ttl" want)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "statements.ttl differs from tests/golden/statements.ttl\n--- got:\n${got}")
endif()
file(READ "${WORK_DIR}/rejects.jsonl" rejects)
expect_contains("${rejects}" "\"reasons\":[\"entity \\\"Atlantis\\\" is not in the mappings\"]" "rejects")
