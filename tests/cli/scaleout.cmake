# SPDX-License-Identifier: ISC
# The scale-out recipe (README "Scale-out"): a JSON Lines corpus split into
# 4 shards, extracted in parallel by GNU parallel with --stream (stdin in,
# N-Triples out), then claimgraph merge, equals one run over the corpus.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
find_program(parallel_exe parallel)
if(NOT parallel_exe)
  message(FATAL_ERROR "GNU parallel is not installed (scripts/install-deps.sh installs it)")
endif()
execute_process(COMMAND /usr/bin/python3 -c "
import glob, json, os, sys
with open('corpus.jsonl', 'w') as out:
    for f in sorted(glob.glob(sys.argv[1] + '/examples/*.txt')) + sorted(glob.glob(sys.argv[1] + '/tests/dev/articles/*.txt')):
        out.write(json.dumps({'id': os.path.basename(f)[:-4], 'publisher': 'Test', 'text': open(f).read()}) + '\\n')
" "${SOURCE_DIR}" WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs)
expect_status("${rs}" 0 "corpus")
execute_process(COMMAND bash -c
  "cat corpus.jsonl | ${parallel_exe} --will-cite --pipe -N 5 -j 4 '${CLAIMGRAPH} extract -q --stream -f nt - > shard{#}.nt' && ls shard*.nt | wc -l"
  WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs OUTPUT_VARIABLE shards ERROR_VARIABLE err)
expect_status("${rs}" 0 "parallel: ${err}")
string(STRIP "${shards}" shards)
if(NOT shards EQUAL 4)
  message(FATAL_ERROR "expected 4 shards, got ${shards}")
endif()
file(GLOB shard_files "${WORK_DIR}/shard*.nt")
run(s out err merge -q ${shard_files} -f nt -o merged.nt)
expect_status("${s}" 0 "merge shards")
run(s out err extract -q corpus.jsonl -f nt -o whole.nt)
file(READ "${WORK_DIR}/merged.nt" merged)
file(READ "${WORK_DIR}/whole.nt" whole)
if(NOT merged STREQUAL whole)
  message(FATAL_ERROR "4 shards merged differ from one run over the corpus")
endif()
string(LENGTH "${whole}" n)
message(STATUS "4 shards merged = one run (${n} bytes)")
