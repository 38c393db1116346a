#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# The linked-data worked example (examples/linked-data/README.md), for real:
# claimgraph merge joins the demo output and the Wikidata slice into one
# file with nothing lost or duplicated (serdi counts), the result keeps the
# output checks, and rdflib (a third SPARQL engine, in process) answers every
# example query on the merged file exactly as Virtuoso and Oxigraph do on the
# two named graphs (examples/queries/*.tsv).
source "$(dirname "$0")/lib.sh"
need serdi
need_python_module rdflib

extract turtle "$WORK/graph.ttl"
"$CLAIMGRAPH" merge -q -o "$WORK/merged.ttl" "$WORK/graph.ttl" "$SLICE" || fail "claimgraph merge failed"
n_graph=$(serdi_count turtle "$WORK/graph.ttl")
n_slice=$(serdi_count turtle "$SLICE")
n_merged=$(serdi_count turtle "$WORK/merged.ttl")
note "linked-data: graph.ttl $n_graph + wikidata-slice.ttl $n_slice = merged.ttl $n_merged triples"
failures=0
[ "$n_merged" -eq $((n_graph + n_slice)) ] || { echo "FAIL: merge lost or added triples" >&2; failures=$((failures + 1)); }
# Every slice triple is in the merged file, unchanged.
serdi -i turtle -o ntriples "$SLICE" | LC_ALL=C sort >"$WORK/slice.nt"
serdi -i turtle -o ntriples "$WORK/merged.ttl" | LC_ALL=C sort >"$WORK/merged.nt"
missing=$(LC_ALL=C comm -23 "$WORK/slice.nt" "$WORK/merged.nt" | wc -l)
[ "$missing" -eq 0 ] || { echo "FAIL: $missing Wikidata triples missing or changed in merged.ttl" >&2; failures=$((failures + 1)); }

mkdir -p "$WORK/results"
"$PY" "$HERE/rdflib_query.py" "$WORK/merged.ttl" "$WORK/results" "$QUERIES"/*.rq >"$WORK/rdflib.log" \
  || { cat "$WORK/rdflib.log"; fail "rdflib could not run the queries"; }
cat "$WORK/rdflib.log"
for q in "$QUERIES"/*.rq; do
  name=$(basename "$q" .rq)
  if compare_results "$name" rdflib "$WORK/results/$name.srj"; then
    note "rdflib: $name: $(($(wc -l <"$QUERIES/$name.tsv") - 1)) rows as expected"
  else
    failures=$((failures + 1))
  fi
done
[ "$failures" -eq 0 ] || fail "$failures check(s) failed"
echo "linked-data: merge and queries as expected"
