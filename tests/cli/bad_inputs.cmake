# SPDX-License-Identifier: ISC
# One bad input never stops the others: every problem is reported with its
# location, the rest is written, and the exit status is 1.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
file(WRITE "${WORK_DIR}/broken.json" "{\"id\": \"x\",\n  \"text\": \"unterminated}\n")
file(WRITE "${WORK_DIR}/good.txt" "North Korea sends troops to Russia\n\nNorth Korea has sent 3,000 soldiers to Russia, Seoul said.\n")
file(WRITE "${WORK_DIR}/empty.txt" "")
run(s out err extract broken.json missing.txt empty.txt good.txt -o out.ttl)
expect_status("${s}" 1 "bad inputs")
expect_contains("${err}" "broken.json:2:" "JSON error located")
expect_contains("${err}" "missing.txt: error: no such file or directory" "missing file")
expect_contains("${err}" "empty.txt: warning: empty article" "empty file")
file(READ "${WORK_DIR}/out.ttl" ttl)
expect_contains("${ttl}" "cg:sendsTroopsTo" "the good article is still written")
# A failed write leaves the previous output intact.
file(WRITE "${WORK_DIR}/keep.ttl" "previous\n")
run(s out err extract good.txt -o /dev/full)
expect_status("${s}" 1 "full disk")
expect_contains("${err}" "/dev/full: error: write error" "full disk message")
# Bad mappings are reported with the pattern and its position.
file(COPY "${SOURCE_DIR}/mappings" DESTINATION "${WORK_DIR}")
file(WRITE "${WORK_DIR}/mappings/patterns.json" "{\"patterns\": [{\"id\": \"p1\", \"pattern\": \"S:State <send> ~x O:State\", \"claims\": [\"S sendsTroopsTo O\"]}]}")
run(s out err extract --mappings mappings good.txt)
expect_status("${s}" 1 "bad pattern")
expect_contains("${err}" "(pattern \"p1\"), at column 16" "bad pattern located")
