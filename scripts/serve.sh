#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# A SPARQL endpoint over the examples, from a fresh clone, in one command:
# installs what is missing (scripts/deps/core.apt, stores.apt, stores.npm),
# builds claimgraph, extracts examples/ into out/serve/graph.ttl, and starts a
# private Virtuoso Open Source on 127.0.0.1 only, with the graph and the
# Wikidata slice (examples/linked-data/) loaded into two named graphs.
#
#   scripts/serve.sh            start, print the endpoint, stay in the
#                               foreground; Ctrl-C stops the server
#   scripts/serve.sh --detach   start and return (stop it with: stop)
#   scripts/serve.sh stop       stop a running instance
#   scripts/serve.sh status     is it running, and where
#
# Environment: SPARQL_PORT (default 8890), SQL_PORT (default 1111),
# CLAIMGRAPH_BUILD_DIR (default build/). The database lives in
# out/serve/virtuoso/ and is rebuilt at every start; the dba password is
# random, in out/serve/virtuoso/dba-password.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state=$root/out/serve
vdir=$state/virtuoso
http_port=${SPARQL_PORT:-8890}
sql_port=${SQL_PORT:-1111}
build=${CLAIMGRAPH_BUILD_DIR:-$root/build}
examples_graph=https://w3id.org/claimgraph/graph/examples
wikidata_graph=https://w3id.org/claimgraph/graph/wikidata-slice
# shellcheck source=../tests/integration/virtuoso_lib.sh
source "$root/tests/integration/virtuoso_lib.sh"

running() { [ -f "$vdir/virtuoso.pid" ] && kill -0 "$(cat "$vdir/virtuoso.pid")" 2>/dev/null; }

case "${1:-start}" in
  stop)
    if running; then virt_stop "$vdir"; echo "serve: stopped"; else echo "serve: not running"; fi
    exit 0 ;;
  status)
    if running; then echo "serve: running, http://127.0.0.1:$(cat "$vdir/http-port")/sparql (pid $(cat "$vdir/virtuoso.pid"))"; exit 0
    else echo "serve: not running"; exit 1; fi ;;
  start|--detach) ;;
  -h|--help) awk 'NR > 2 && !/^#/ { exit } NR > 2 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
  *) echo "usage: scripts/serve.sh [--detach|stop|status]" >&2; exit 2 ;;
esac
detach=false
[ "${1:-}" = --detach ] && detach=true

if running; then
  echo "serve: already running (scripts/serve.sh stop first)" >&2
  exit 1
fi

echo "serve: installing what is missing" >&2
bash "$root/scripts/install-deps.sh" core stores
echo "serve: building claimgraph in $build" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target claimgraph -j "$(nproc)" >/dev/null

for port in "$http_port" "$sql_port"; do
  # SO_REUSEADDR as the server does: only a listener counts, not TIME_WAIT.
  if /usr/bin/python3 -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then :; else
    echo "serve: port 127.0.0.1:$port is in use (set SPARQL_PORT / SQL_PORT)" >&2
    exit 1
  fi
done

mkdir -p "$state"
"$build/claimgraph" extract "$root/examples" -q -o "$state/graph.ttl" --rejects "$state/rejects.jsonl"
rm -rf "$vdir"
virt_init "$vdir" "$sql_port" "$http_port"
stop_on_exit() { virt_stop "$vdir" || true; }
trap stop_on_exit EXIT
trap 'exit 130' INT TERM
echo "serve: starting Virtuoso (a fresh database takes 5-20 s)" >&2
virt_start "$vdir"
virt_load "$vdir" "$state/graph.ttl" "$examples_graph"
virt_load "$vdir" "$root/examples/linked-data/wikidata-slice.ttl" "$wikidata_graph"
n_graph=$(virt_count "$vdir" "$examples_graph")
n_slice=$(virt_count "$vdir" "$wikidata_graph")

endpoint=http://127.0.0.1:$http_port/sparql
cat <<MSG

SPARQL endpoint: $endpoint   (also a query form in a browser)
  <$examples_graph>        $n_graph triples (claimgraph extract examples/)
  <$wikidata_graph>  $n_slice triples (examples/linked-data/wikidata-slice.ttl)
Example queries: examples/queries/*.rq (they need no graph names; to query
only these two graphs, add --data-urlencode default-graph-uri=... for each,
since Virtuoso otherwise queries all its graphs, system graphs included). Try:

  curl -s -G $endpoint -H 'Accept: text/csv' \\
    --data-urlencode query@$root/examples/queries/08-who-says-troops-to-russia.rq

SQL (isql-vt 127.0.0.1:$sql_port dba PASSWORD): password in $vdir/dba-password
MSG

if $detach; then
  trap - EXIT
  echo "Running in the background; stop it with: scripts/serve.sh stop"
  exit 0
fi
echo "Ctrl-C (or scripts/serve.sh stop) stops the server."
# Wait for the server: returns when Ctrl-C or 'serve.sh stop' ends it.
pid=$(cat "$vdir/virtuoso.pid")
while kill -0 "$pid" 2>/dev/null; do sleep 1; done
echo "serve: stopped"
