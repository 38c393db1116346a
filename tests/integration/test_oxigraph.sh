#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Oxigraph (npm oxigraph, WASM, run by Node, in memory: no port at all):
# strict loads of the demo output (Turtle into a named graph, N-Quads with its
# own graphs) and of the Wikidata slice, counts equal to serdi's, and every
# examples/queries/*.rq answers exactly examples/queries/*.tsv after
# normalising literal forms (the same files the Virtuoso test checks, so both
# stores agree with each other).
source "$(dirname "$0")/lib.sh"
need serdi node
need_python_module json  # /usr/bin/python3 normalises the results
need_node_module oxigraph

extract turtle "$WORK/graph.ttl"
extract nquads "$WORK/graph.nq"
want_ttl=$(serdi_count turtle "$WORK/graph.ttl")
want_nq=$(serdi_count nquads "$WORK/graph.nq")
want_slice=$(serdi_count turtle "$SLICE")

mkdir -p "$WORK/results"
queries=()
for q in "$QUERIES"/*.rq; do queries+=(--query "$q"); done
[ ${#queries[@]} -ge 10 ] || fail "expected at least 5 queries in examples/queries"
start=$(now)
NODE_PATH=$NODE_MODULES node "$HERE/oxigraph_run.cjs" \
  --load "$WORK/graph.ttl" "$EXAMPLES_GRAPH" \
  --load "$SLICE" "$WIKIDATA_GRAPH" \
  --load "$WORK/graph.nq" "*" \
  "${queries[@]}" --out "$WORK/results" >"$WORK/oxigraph.log" || { cat "$WORK/oxigraph.log"; fail "oxigraph run failed"; }
cat "$WORK/oxigraph.log"
note "oxigraph: total $(since "$start") s"

failures=0
check_count() {  # LABEL GOT WANT
  if [ "$2" != "$3" ]; then echo "FAIL: oxigraph stored $2 statements of $1, serdi reads $3" >&2; failures=$((failures + 1));
  else note "oxigraph: $1: $2 statements stored = serdi's count"; fi
}
check_count graph.ttl "$(awk -v g="$EXAMPLES_GRAPH" '$1 == "load" && $2 == g { print $3 }' "$WORK/oxigraph.log")" "$want_ttl"
check_count wikidata-slice.ttl "$(awk -v g="$WIKIDATA_GRAPH" '$1 == "load" && $2 == g { print $3 }' "$WORK/oxigraph.log")" "$want_slice"
check_count graph.nq "$(awk '$1 == "load" && $2 == "*" { print $3 }' "$WORK/oxigraph.log")" "$want_nq"

for q in "$QUERIES"/*.rq; do
  name=$(basename "$q" .rq)
  [ -f "$QUERIES/$name.tsv" ] || { echo "FAIL: no expected results examples/queries/$name.tsv" >&2; failures=$((failures + 1)); continue; }
  if compare_results "$name" oxigraph "$WORK/results/$name.srj"; then
    note "oxigraph: $name: $(($(wc -l <"$QUERIES/$name.tsv") - 1)) rows as expected"
  else
    failures=$((failures + 1))
  fi
done
[ "$failures" -eq 0 ] || fail "$failures check(s) failed"
echo "oxigraph: all loads and queries as expected"
