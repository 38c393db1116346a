#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Regenerates examples/queries/*.tsv, the expected answers of the example
# queries on the demo output, after a deliberate change to the extractor,
# the mappings or the queries. Uses Oxigraph (no server); the Virtuoso test
# then checks the same files. Review the diff before committing it.
#   tests/integration/update_expected.sh [CLAIMGRAPH_BINARY]   (default build/claimgraph)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/build/claimgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" extract "$root/examples" -q -o "$work/graph.ttl" --rejects "$work/rejects.jsonl"
args=()
for q in "$root"/examples/queries/*.rq; do args+=(--query "$q"); done
NODE_PATH=$root/tools/node/node_modules node "$root/tests/integration/oxigraph_run.cjs" \
  --load "$work/graph.ttl" https://w3id.org/claimgraph/graph/examples \
  --load "$root/examples/linked-data/wikidata-slice.ttl" https://w3id.org/claimgraph/graph/wikidata-slice \
  "${args[@]}" --out "$work" >/dev/null
for q in "$root"/examples/queries/*.rq; do
  name=$(basename "$q" .rq)
  /usr/bin/python3 "$root/tests/integration/normalize_results.py" "$work/$name.srj" -o "$root/examples/queries/$name.tsv"
  echo "examples/queries/$name.tsv: $(($(wc -l <"$root/examples/queries/$name.tsv") - 1)) rows"
done
git -C "$root" diff --stat -- examples/queries 2>/dev/null || true
