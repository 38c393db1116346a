#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Four independent parsers (serdi, rapper, rdflib, N3.js) read the demo output
# in Turtle, N-Triples, N-Quads and TriG, and the Wikidata slice, and all count
# the same statements; then check_output.py checks the details stores care
# about (canonical literals, language tags, no relative IRIs, prefixes).
source "$(dirname "$0")/lib.sh"
need serdi rapper node
need_python_module rdflib
need_node_module n3

declare -A EXT=([turtle]=ttl [ntriples]=nt [nquads]=nq [trig]=trig)
declare -A RAPPER=([turtle]=turtle [ntriples]=ntriples [nquads]=nquads [trig]=trig)
declare -A RDFLIB=([turtle]=turtle [ntriples]=nt [nquads]=nquads [trig]=trig)
declare -A N3JS=([turtle]=Turtle [ntriples]=N-Triples [nquads]=N-Quads [trig]=TriG)

count_all() {  # FORMAT FILE -> "serdi rapper rdflib n3" counts
  local fmt=$1 file=$2 s r p n
  s=$(serdi_count "$fmt" "$file")
  rapper -i "${RAPPER[$fmt]}" -c "$file" >"$WORK/rapper.out" 2>&1 || { cat "$WORK/rapper.out" >&2; fail "rapper could not read $file"; }
  if grep -q -E 'Error|Warning' "$WORK/rapper.out"; then cat "$WORK/rapper.out" >&2; fail "rapper complains about $file"; fi
  r=$(sed -n 's/.*returned \([0-9]*\) triples.*/\1/p' "$WORK/rapper.out")
  [ -n "$r" ] || fail "rapper printed no count for $file"
  p=$("$PY" "$HERE/count_rdflib.py" "${RDFLIB[$fmt]}" "$file") || fail "rdflib could not read $file"
  n=$(NODE_PATH=$NODE_MODULES node "$HERE/count_n3.cjs" "${N3JS[$fmt]}" "$file") || fail "N3.js could not read $file"
  echo "$s $r $p $n"
}

reference=""
failures=0
printf '%-28s %8s %8s %8s %8s\n' file serdi rapper rdflib N3.js
for fmt in turtle ntriples nquads trig; do
  file=$WORK/graph.${EXT[$fmt]}
  extract "$fmt" "$file"
  read -r s r p n < <(count_all "$fmt" "$file")
  printf '%-28s %8s %8s %8s %8s\n' "graph.${EXT[$fmt]}" "$s" "$r" "$p" "$n"
  if [ "$s" != "$r" ] || [ "$s" != "$p" ] || [ "$s" != "$n" ]; then
    echo "FAIL: parsers disagree on graph.${EXT[$fmt]}" >&2; failures=$((failures + 1))
  fi
  # Every format carries the same statements (quad formats: each once, in
  # its article's graph or the default graph).
  [ -z "$reference" ] && reference=$s
  if [ "$s" != "$reference" ]; then
    echo "FAIL: graph.${EXT[$fmt]} has $s statements, graph.ttl $reference" >&2; failures=$((failures + 1))
  fi
  [ "$s" -gt 1000 ] || { echo "FAIL: only $s statements in graph.${EXT[$fmt]}" >&2; failures=$((failures + 1)); }
done

# The same triples, not just the same number: N-Triples of the Turtle output
# equals the N-Triples output, and the quad formats' triples without graphs.
serdi -i turtle -o ntriples "$WORK/graph.ttl" | LC_ALL=C sort >"$WORK/from-ttl.nt"
LC_ALL=C sort "$WORK/graph.nt" >"$WORK/sorted.nt"
serdi -i nquads -o ntriples "$WORK/graph.nq" | LC_ALL=C sort >"$WORK/from-nq.nt"
serdi -i trig -o ntriples "$WORK/graph.trig" | LC_ALL=C sort >"$WORK/from-trig.nt"
for f in sorted from-nq from-trig; do
  cmp -s "$WORK/from-ttl.nt" "$WORK/$f.nt" || { echo "FAIL: graph.ttl and $f.nt hold different triples" >&2; failures=$((failures + 1)); }
done

read -r s r p n < <(count_all turtle "$SLICE")
printf '%-28s %8s %8s %8s %8s\n' "wikidata-slice.ttl" "$s" "$r" "$p" "$n"
if [ "$s" != "$r" ] || [ "$s" != "$p" ] || [ "$s" != "$n" ]; then
  echo "FAIL: parsers disagree on wikidata-slice.ttl" >&2; failures=$((failures + 1))
fi

"$PY" "$HERE/check_output.py" "$WORK/graph.ttl" "$WORK/graph.nt" || failures=$((failures + 1))

[ "$failures" -eq 0 ] || fail "$failures check(s) failed"
echo "parsers: all agree"
