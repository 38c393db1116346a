#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Virtuoso Open Source: a private instance (generated ini, own database in
# the work dir, SQL and HTTP ports on 127.0.0.1 only), strict loads
# (DB.DBA.TTLP_MT) of the demo output and the Wikidata slice into named
# graphs, stored counts equal to serdi's, every examples/queries/*.rq over
# HTTP /sparql answering examples/queries/*.tsv; a broken file must fail to
# load and leave its graph empty. The server is always shut down (trap).
source "$(dirname "$0")/lib.sh"
source "$HERE/virtuoso_lib.sh"
need serdi curl virtuoso-t isql-vt
need_python_module json  # /usr/bin/python3 normalises the results

extract turtle "$WORK/graph.ttl"
want_ttl=$(serdi_count turtle "$WORK/graph.ttl")
want_slice=$(serdi_count turtle "$SLICE")

VDIR=$WORK/virtuoso
cleanup() { virt_stop "$VDIR" || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM
sql_port=$(free_port 11110 11199)
http_port=$(free_port 18891 18999)
virt_init "$VDIR" "$sql_port" "$http_port"
start=$(now)
virt_start "$VDIR" || fail "virtuoso did not start"
note "virtuoso: online at 127.0.0.1:$sql_port (SQL), http://127.0.0.1:$http_port/sparql in $(since "$start") s"

failures=0
listening=$("$PY" "$HERE/listeners.py" "$sql_port" "$http_port")
note "virtuoso: listening on $(echo $listening)"
[ -n "$listening" ] || { echo "FAIL: nothing listens on $sql_port/$http_port" >&2; failures=$((failures + 1)); }
if grep -v -q '^127\.0\.0\.1:' <<<"$listening"; then
  echo "FAIL: virtuoso listens beyond loopback: $listening" >&2; failures=$((failures + 1))
fi

load_and_count() {  # FILE GRAPH WANT
  local t0 got
  t0=$(now)
  virt_load "$VDIR" "$1" "$2" || { failures=$((failures + 1)); return; }
  got=$(virt_count "$VDIR" "$2")
  note "virtuoso: $(basename "$1") into <$2>: $got triples stored in $(since "$t0") s (serdi: $3)"
  [ "$got" = "$3" ] || { echo "FAIL: virtuoso stored $got triples of $(basename "$1"), serdi reads $3" >&2; failures=$((failures + 1)); }
}
load_and_count "$WORK/graph.ttl" "$EXAMPLES_GRAPH" "$want_ttl"
load_and_count "$SLICE" "$WIKIDATA_GRAPH" "$want_slice"

# Strictness: a relative IRI with a space after 2 good triples fails to load
# and leaves its graph empty.
printf '<http://example.org/a> <http://example.org/p> "1" .\n<http://example.org/b> <http://example.org/p> "2" .\n<bad iri> <http://example.org/p> "3" .\n' >"$WORK/broken.ttl"
if virt_load "$VDIR" "$WORK/broken.ttl" "urn:x-test:broken" 2>"$WORK/broken.err"; then
  echo "FAIL: virtuoso loaded a broken file without error" >&2; failures=$((failures + 1))
fi
left=$(virt_count "$VDIR" "urn:x-test:broken")
[ "$left" = 0 ] || { echo "FAIL: $left triples left in the graph of a failed load" >&2; failures=$((failures + 1)); }
note "virtuoso: broken.ttl rejected, graph left empty: $(grep -o -m1 'line [0-9]*: [^;]*' "$WORK/broken.err" || true)"

mkdir -p "$WORK/results"
t0=$(now)
for q in "$QUERIES"/*.rq; do
  name=$(basename "$q" .rq)
  [ -f "$QUERIES/$name.tsv" ] || { echo "FAIL: no expected results examples/queries/$name.tsv" >&2; failures=$((failures + 1)); continue; }
  if ! virt_query "$VDIR" "$q" "$WORK/results/$name.srj" "$EXAMPLES_GRAPH" "$WIKIDATA_GRAPH"; then
    failures=$((failures + 1)); continue
  fi
  if compare_results "$name" virtuoso "$WORK/results/$name.srj"; then
    note "virtuoso: $name: $(($(wc -l <"$QUERIES/$name.tsv") - 1)) rows as expected"
  else
    failures=$((failures + 1))
  fi
done
note "virtuoso: queries over HTTP in $(since "$t0") s"

# The quad formats: TriG (flag 256) and N-Quads (512) keep each article's
# graph; their default-graph triples go to the graph named in the call.
article_graphs_count() {  # DEFAULT_TARGET
  virt_sql "$VDIR" "SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g = <$1> || STRSTARTS(STR(?g), 'https://w3id.org/claimgraph/article/')) };" | grep -E '^[0-9]+$' | head -n 1
}
clear_article_graphs() {
  local g
  for g in $(virt_sql "$VDIR" "SPARQL SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/claimgraph/article/')) };" | grep '^https://'); do
    virt_sql "$VDIR" "SPARQL CLEAR GRAPH <$g>;" >/dev/null
  done
  virt_sql "$VDIR" "SPARQL CLEAR GRAPH <$1>;" >/dev/null
}
for fmt in trig:256 nquads:512; do
  syntax=${fmt%%:*} flags=${fmt##*:}
  file=$WORK/graph.$([ "$syntax" = trig ] && echo trig || echo nq)
  extract "$syntax" "$file"
  want=$(serdi_count "$syntax" "$file")
  target="urn:x-claimgraph:default-graph-of-$syntax"
  t0=$(now)
  virt_load "$VDIR" "$file" "$target" "$flags" || { failures=$((failures + 1)); continue; }
  got=$(article_graphs_count "$target")
  note "virtuoso: $(basename "$file") (flags $flags): $got quads stored in $(since "$t0") s (serdi: $want)"
  [ "$got" = "$want" ] || { echo "FAIL: virtuoso stored $got quads of $(basename "$file"), serdi reads $want" >&2; failures=$((failures + 1)); }
  clear_article_graphs "$target"
done
t0=$(now)
virt_stop "$VDIR"
note "virtuoso: shut down in $(since "$t0") s"
[ "$failures" -eq 0 ] || fail "$failures check(s) failed"
echo "virtuoso: all loads and queries as expected"
