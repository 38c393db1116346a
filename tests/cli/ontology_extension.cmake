# SPDX-License-Identifier: ISC
# Users extend the vocabulary without recompiling: a new predicate in an
# extra ontology file and a pattern in a copy of the mappings are extracted
# and validated by the same binary.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake.inc)
file(WRITE "${WORK_DIR}/extension.ttl" "@prefix cg: <https://w3id.org/claimgraph#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
cg:condemns a owl:ObjectProperty , cg:ClaimPredicate , owl:IrreflexiveProperty ;
  rdfs:domain cg:Agent ; rdfs:range cg:Agent ; rdfs:label \"condemns\"@en .
")
file(COPY "${SOURCE_DIR}/mappings" DESTINATION "${WORK_DIR}")
file(READ "${WORK_DIR}/mappings/patterns.json" patterns)
string(REPLACE "\"patterns\": [" "\"patterns\": [\n    {\"id\": \"condemn.verb\", \"pattern\": \"S:Agent ~3 <condemn|denounce:v> O:Agent\", \"claims\": [\"S condemns O\"]}," patterns "${patterns}")
file(WRITE "${WORK_DIR}/mappings/patterns.json" "${patterns}")
file(WRITE "${WORK_DIR}/article.txt" "Japan condemns North Korea\n\nJapan strongly condemned North Korea on Monday, the government said.\n")
set(onto --ontology "${SOURCE_DIR}/ontology/claimgraph.ttl" --ontology extension.ttl)
run(s out err extract --mappings mappings ${onto} article.txt -o out.ttl --report report.json)
expect_status("${s}" 0 "extract with the extension: ${err}")
file(READ "${WORK_DIR}/out.ttl" ttl)
expect_contains("${ttl}" "rdf:predicate cg:condemns" "the new predicate is extracted")
expect_contains("${ttl}" "cg:rule \"condemn.verb\"" "by the new pattern")
run(s out err validate ${onto} out.ttl)
expect_status("${s}" 0 "validated against the extended ontology")
run(s out err validate out.ttl)
expect_status("${s}" 1 "the core ontology alone does not know cg:condemns")
expect_contains("${out}" "not a cg:ClaimPredicate" "undeclared predicate reported")
