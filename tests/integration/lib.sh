# SPDX-License-Identifier: ISC
# Shared set-up of the integration tests. A test script is called by CTest as
#   test_NAME.sh CLAIMGRAPH_BINARY SOURCE_DIR WORK_DIR
# and sources this file. A missing tool is a failure, not a skip:
# scripts/install-deps.sh installs every one (scripts/deps/stores.*).
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 CLAIMGRAPH SOURCE_DIR WORK_DIR" >&2; exit 2; }
CLAIMGRAPH=$1
ROOT=$(cd "$2" && pwd)
WORK=$3
HERE=$ROOT/tests/integration
PY=/usr/bin/python3          # Debian's, with rdflib (not a pyenv python3)
NODE_MODULES=$ROOT/tools/node/node_modules
EXAMPLES_GRAPH=https://w3id.org/claimgraph/graph/examples
WIKIDATA_GRAPH=https://w3id.org/claimgraph/graph/wikidata-slice
SLICE=$ROOT/examples/linked-data/wikidata-slice.ttl
QUERIES=$ROOT/examples/queries
rm -rf "$WORK"
mkdir -p "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "$*"; }

need() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 || fail "$t not found: run scripts/install-deps.sh"
  done
}
need_node_module() {
  need node
  local m
  for m in "$@"; do
    [ -d "$NODE_MODULES/$m" ] || fail "npm package $m missing in tools/node: run scripts/install-deps.sh"
  done
}
need_python_module() {
  [ -x "$PY" ] || fail "$PY not found: run scripts/install-deps.sh"
  "$PY" -c "import $1" 2>/dev/null || fail "python module $1 missing for $PY: run scripts/install-deps.sh"
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# extract FORMAT FILE: the demo output (claimgraph extract examples/).
extract() {
  "$CLAIMGRAPH" extract "$ROOT/examples" -q -f "$1" -o "$2" --rejects "$WORK/rejects-$1.jsonl" \
    || fail "claimgraph extract -f $1 failed"
  [ -s "$2" ] || fail "claimgraph wrote an empty $2"
}

# serdi_count SYNTAX FILE: statements read by serdi (strict); fails on a syntax error.
serdi_count() {
  if ! serdi -i "$1" -o nquads "$2" >"$WORK/serdi.out" 2>"$WORK/serdi.err" || [ -s "$WORK/serdi.err" ]; then
    cat "$WORK/serdi.err" >&2
    fail "serdi rejects $2"
  fi
  wc -l <"$WORK/serdi.out" | tr -d ' '
}

# free_port FROM TO: a TCP port in [FROM, TO] nothing listens on at 127.0.0.1.
free_port() {
  "$PY" - "$1" "$2" <<'PYEOF'
import random, socket, sys
lo, hi = int(sys.argv[1]), int(sys.argv[2])
ports = list(range(lo, hi + 1))
random.shuffle(ports)
for port in ports:
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    sys.exit(0)
sys.exit("no free port in %d-%d" % (lo, hi))
PYEOF
}

# compare_results NAME STORE RESULT.srj: normalised results equal the expected
# ones in examples/queries/NAME.tsv; prints a diff otherwise.
compare_results() {
  local name=$1 store=$2 srj=$3 got
  got=$WORK/$store-$name.tsv
  "$PY" "$HERE/normalize_results.py" "$srj" -o "$got" || fail "$store: $name: unreadable results"
  if ! diff -u "$QUERIES/$name.tsv" "$got" >"$WORK/$store-$name.diff"; then
    head -n 60 "$WORK/$store-$name.diff" >&2
    echo "FAIL: $store: $name: results differ from examples/queries/$name.tsv" \
         "(if the extractor changed on purpose: tests/integration/update_expected.sh)" >&2
    return 1
  fi
}
