# SPDX-License-Identifier: ISC
# --stream writes Turtle and TriG too: prefixes declared once, then one
# fragment per article. Over more articles than one batch holds (512) the
# document parses (serdi and rapper), holds exactly the statements the
# streamed N-Triples/N-Quads hold, and is the same bytes for any --jobs.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
foreach(tool serdi rapper)
  find_program(${tool}_exe ${tool})
  if(NOT ${tool}_exe)
    message(FATAL_ERROR "${tool} is not installed (scripts/install-deps.sh installs it)")
  endif()
endforeach()
execute_process(COMMAND /usr/bin/python3 "${SOURCE_DIR}/bench/gen_corpus.py" -n 600 --seed 5
                        --root "${SOURCE_DIR}" -o corpus.jsonl
  WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs ERROR_VARIABLE err)
expect_status("${rs}" 0 "corpus: ${err}")

# sorted_lines(OUT_VAR text): the lines of an N-Triples/N-Quads text, sorted.
function(sorted_lines var text)
  string(REPLACE "\n" ";" lines "${text}")
  list(REMOVE_ITEM lines "")
  list(SORT lines)
  list(LENGTH lines n)
  set(${var} "${lines}" PARENT_SCOPE)
  set(${var}_n ${n} PARENT_SCOPE)
endfunction()

foreach(pair "turtle;ntriples" "trig;nquads")
  list(GET pair 0 fmt)
  list(GET pair 1 flat)
  foreach(jobs 1 2)
    run(s out err extract -q --stream -f ${fmt} --jobs ${jobs} corpus.jsonl -o ${fmt}.j${jobs}
        --rejects ${fmt}.rejects --report ${fmt}.j${jobs}.json)
    expect_status("${s}" 0 "--stream -f ${fmt} --jobs ${jobs}: ${err}")
  endforeach()
  file(READ "${WORK_DIR}/${fmt}.j1" one)
  file(READ "${WORK_DIR}/${fmt}.j2" two)
  if(NOT one STREQUAL two)
    message(FATAL_ERROR "--stream -f ${fmt} differs between --jobs 1 and --jobs 2")
  endif()
  string(REGEX MATCHALL "@prefix cg:" declared "${one}")
  list(LENGTH declared n_declared)
  if(NOT n_declared EQUAL 1)
    message(FATAL_ERROR "--stream -f ${fmt} declares the cg: prefix ${n_declared} times, expected once")
  endif()

  run(s flat_text err extract -q --stream -f ${flat} corpus.jsonl -o - --rejects ${flat}.rejects)
  expect_status("${s}" 0 "--stream -f ${flat}: ${err}")
  execute_process(COMMAND ${serdi_exe} -a -i ${fmt} -o ${flat} ${fmt}.j1
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rs OUTPUT_VARIABLE parsed ERROR_VARIABLE serdi_err)
  expect_status("${rs}" 0 "serdi ${fmt}: ${serdi_err}")
  sorted_lines(want "${flat_text}")
  sorted_lines(got "${parsed}")
  if(want_n LESS 10000)
    message(FATAL_ERROR "--stream -f ${flat} wrote only ${want_n} statements")
  endif()
  if(NOT got STREQUAL want)
    message(FATAL_ERROR "--stream -f ${fmt} parsed by serdi (${got_n} statements) is not the "
                        "streamed ${flat} (${want_n} statements)")
  endif()
  execute_process(COMMAND ${rapper_exe} -i ${fmt} -c ${fmt}.j1
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rr ERROR_VARIABLE rapper_err)
  expect_status("${rr}" 0 "rapper ${fmt}: ${rapper_err}")
  expect_contains("${rapper_err}" "returned ${want_n} " "rapper counts the ${fmt} statements")
  file(READ "${WORK_DIR}/${fmt}.j1.json" report)
  string(JSON triples GET "${report}" triples)
  if(NOT triples EQUAL want_n)
    message(FATAL_ERROR "--report says ${triples} triples for ${fmt}, the document holds ${want_n}")
  endif()
  message(STATUS "--stream -f ${fmt}: ${want_n} statements, same as -f ${flat}")
endforeach()

# Graphviz needs the whole graph: not streamed.
run(s out err extract -q --stream -f dot corpus.jsonl -o graph.dot)
expect_status("${s}" 2 "--stream -f dot")
expect_contains("${err}" "--stream writes RDF" "--stream -f dot says why")
