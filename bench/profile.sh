#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Where claimgraph extract spends its time (issue 7). Builds Release with
# symbols and frame pointers in build-bench-prof/, generates a small corpus
# (default 500 articles, bench/gen_corpus.py), and runs
#   - callgrind (instruction counts; deterministic): the top functions by
#     inclusive cost and the split by pipeline stage;
#   - perf (wall-clock samples, kernel included: page faults, allocation), when
#     perf is usable here.
#   bench/profile.sh [ARTICLES]        # outputs in build-bench-prof/profile/
#   PROFILE_STREAM=1 bench/profile.sh  # profile extract --stream -f ntriples instead
#   PROFILE_FORMAT=ntriples            # output syntax of the batch run (default turtle)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
N=${1:-500}
FORMAT=${PROFILE_FORMAT:-turtle}
build=${PROFILE_BUILD:-$root/build-bench-prof}
py=/usr/bin/python3

bash scripts/install-deps.sh core bench >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="-g -fno-omit-frame-pointer" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
bin=$build/claimgraph
out=$build/profile
mkdir -p "$out"
corpus=$out/corpus-$N.jsonl
[ -s "$corpus" ] || "$py" bench/gen_corpus.py -n "$N" -o "$corpus"
args=(extract --data "$root" -q -f "$FORMAT" -o "$out/graph.out" --rejects "$out/rejects.jsonl"
      --report "$out/report.json" "$corpus")
if [ "${PROFILE_STREAM:-0}" = 1 ]; then  # the bounded-memory path (N-Triples, no --report)
  args=(extract --data "$root" -q --stream -f ntriples -o "$out/graph.out" --rejects "$out/rejects.jsonl" "$corpus")
  rm -f "$out/report.json"
fi

# The binary re-executes itself for huge pages (src/huge_pages.hpp); valgrind
# would then measure nothing.
export CLAIMGRAPH_HUGEPAGES=0
echo "profile: callgrind on $N articles (a few minutes)" >&2
rm -f "$out/callgrind.out"
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$bin" "${args[@]}" 2>"$out/valgrind.log"
callgrind_annotate --inclusive=yes "$out/callgrind.out" > "$out/callgrind.inclusive.txt"
callgrind_annotate "$out/callgrind.out" > "$out/callgrind.self.txt"

perf_data=""
if command -v perf >/dev/null && perf record -q -o "$out/perf.probe" true 2>/dev/null; then
  echo "profile: perf on $N articles" >&2
  perf record -q -F 499 --call-graph dwarf,16384 -o "$out/perf.data" "$bin" "${args[@]}" 2>/dev/null
  perf report -i "$out/perf.data" --children --stdio -g none --percent-limit 0.5 2>/dev/null \
    > "$out/perf.children.txt" || true
  perf report -i "$out/perf.data" --no-children --stdio -g none --percent-limit 0.5 2>/dev/null \
    > "$out/perf.self.txt" || true
  perf_data="--perf $out/perf.children.txt --perf-self $out/perf.self.txt"
  rm -f "$out/perf.probe"
fi

report_arg=""
[ -f "$out/report.json" ] && report_arg="--report $out/report.json"
# shellcheck disable=SC2086
"$py" bench/profile_summary.py --callgrind "$out/callgrind.inclusive.txt" \
  --callgrind-self "$out/callgrind.self.txt" $perf_data $report_arg \
  | tee "$out/summary.txt"
echo "profile: full listings in $out (callgrind.out opens in kcachegrind)" >&2
