# SPDX-License-Identifier: ISC
# claimgraph validate: every violation of the broken graph, with its triple
# (tests/validate/expected.txt), exit 1; the demo output validates, exit 0.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
file(COPY "${SOURCE_DIR}/tests/validate/broken.ttl" DESTINATION "${WORK_DIR}")
run(s out err validate broken.ttl)
expect_status("${s}" 1 "broken graph")
file(READ "${SOURCE_DIR}/tests/validate/expected.txt" want)
if(NOT out STREQUAL want)
  message(FATAL_ERROR "validate output differs from tests/validate/expected.txt:\n${out}")
endif()
expect_contains("${err}" "25 triples, 11 violations" "summary")
run(s out err extract "${SOURCE_DIR}/examples" -o demo.ttl)
run(s out err validate demo.ttl)
expect_status("${s}" 0 "demo output validates")
run(s out err extract "${SOURCE_DIR}/examples" -f nq -o demo.nq)
run(s out err validate demo.nq)
expect_status("${s}" 0 "N-Quads output validates")
# Syntax errors are located.
file(WRITE "${WORK_DIR}/syntax.ttl" "@prefix x: <http://x/> .\nx:a x:b \"unterminated .\n")
run(s out err validate syntax.ttl)
expect_status("${s}" 1 "syntax error")
expect_contains("${err}" "syntax.ttl:2:" "syntax error located")
