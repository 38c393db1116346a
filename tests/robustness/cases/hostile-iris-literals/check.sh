# Every syntax of the hostile output parses with serdi, rapper and rdflib,
# with equal triple counts; the URLs are kept, percent-encoded.
set -e
count() {  # FILE SYNTAX → "serdi rapper rdflib"
  local s r p
  s=$(serdi -i "$2" -o nquads "$1" | grep -c .)
  r=$(rapper -q -i "$2" -c "$1" 2>&1 | sed -n 's/.*returned \([0-9]*\) \(triples\|statements\).*/\1/p')
  [ -n "$r" ] || r=$(rapper -i "$2" -c "$1" 2>&1 | sed -n 's/.*returned \([0-9]*\) \(triples\|statements\).*/\1/p')
  p=$(/usr/bin/python3 -c '
import sys, rdflib
f, fmt = sys.argv[1], sys.argv[2]
g = rdflib.ConjunctiveGraph() if fmt in ("nquads", "trig") else rdflib.Graph()
g.parse(f, format={"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig"}[fmt])
print(len(g))' "$1" "$2")
  echo "$s $r $p"
}
for pair in turtle:ttl ntriples:nt nquads:nq trig:trig; do
  fmt=${pair%%:*} ext=${pair##*:}
  "$CLAIMGRAPH" extract hostile.jsonl -q -f "$fmt" -o "out.$ext"
  read -r s r p <<< "$(count "out.$ext" "$fmt")"
  echo "$fmt: serdi $s, rapper $r, rdflib $p"
  [ "$s" -gt 50 ] && [ "$s" = "$r" ] && [ "$s" = "$p" ]
done
grep -qF '<https://example.org/news/Кремль%20북한?q=%22x%22&y=%3Cz%3E%7C%7Ba%7D%5E%60b%5Cc%20d>' out.ttl
grep -qF '<https://example.org/b?x=%3C1%3E%202>' out.ttl
