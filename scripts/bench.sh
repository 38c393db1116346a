#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Throughput benchmark (issue 7). Builds Release in build-bench/, generates a
# synthetic corpus (bench/gen_corpus.py, cached in build-bench/bench/), and
# prints side by side: claimgraph extract (Turtle, --jobs 1 and 2; N-Triples;
# --stream Turtle with --jobs 1 and 2, --stream N-Triples),
# serdi rewriting claimgraph's own N-Triples as Turtle (the writing floor) and
# an rdflib script writing the same graph (bench/rdflib_write.py), each with
# articles/s, sentences/s, input MB/s, claims/s, triples/s, peak RSS, wall and
# CPU time; then the --jobs scaling (and whether the output is byte-identical)
# and peak memory at two corpus sizes.
#
#   scripts/bench.sh            # 20,000 articles (~50 MB); small size = N/4
#   scripts/bench.sh 2000       # a quick run
#
# Environment: BENCH_SMALL (second corpus size, default N/4), BENCH_SEED (7),
# BENCH_JOBS (parallel run, default 2), BENCH_RDFLIB (articles for the rdflib
# run, default the small size: rdflib manages ~7,000 triples/s; 0 skips it),
# BENCH_BUILD (build dir, default build-bench), CLAIMGRAPH_BIN (use this binary,
# no build). The detailed profile is a separate script: bench/profile.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

N=${1:-${BENCH_ARTICLES:-20000}}
SMALL=${BENCH_SMALL:-$((N / 4))}
SEED=${BENCH_SEED:-7}
JOBS=${BENCH_JOBS:-2}
RDFLIB_N=${BENCH_RDFLIB:-$SMALL}
build=${BENCH_BUILD:-$root/build-bench}
py=/usr/bin/python3

bash scripts/install-deps.sh core bench >&2

if [ -n "${CLAIMGRAPH_BIN:-}" ]; then
  bin=$CLAIMGRAPH_BIN
else
  echo "bench: building Release in $build" >&2
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
  bin=$build/claimgraph
fi

cache=$build/bench
work=$cache/run
mkdir -p "$cache" "$work"
rm -f "$work"/*
manifest=$work/manifest.jsonl
gen_id=$(cat bench/gen_corpus.py examples/*.txt examples/json/articles.jsonl mappings/entities/*.json \
  mappings/boilerplate.json | sha1sum | cut -c1-10)

corpus() {  # corpus N -> path (generated once per generator/data version)
  local f=$cache/corpus-$1-s$SEED-$gen_id.jsonl
  if [ ! -s "$f" ]; then
    echo "bench: generating $1 articles -> $f" >&2
    "$py" bench/gen_corpus.py -n "$1" --seed "$SEED" -o "$f"
  fi
  echo "$f"
}

# CPU time used by every process on the machine so far (jiffies), so the
# report can say how busy the machine was besides the measured run.
busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }

# measure NAME INPUT COUNTS_FROM CMD... : runs CMD under /usr/bin/time -v and
# records one manifest line; COUNTS_FROM is the claimgraph --report whose
# articles/sentences/claims/triples the rates use.
measure() {
  local name=$1 input=$2 counts=$3; shift 3
  echo "bench: $name" >&2
  sync
  local b0 b1
  b0=$(busy_jiffies)
  /usr/bin/time -v -o "$work/$name.time" "$@"
  b1=$(busy_jiffies)
  printf '{"name":"%s","input":"%s","counts":"%s","time":"%s","busy_jiffies":%s,"hz":%s}\n' \
    "$name" "$input" "$counts" "$work/$name.time" "$((b1 - b0))" "$(getconf CLK_TCK)" >> "$manifest"
}

extract() {  # extract NAME CORPUS FORMAT JOBS
  local name=$1 c=$2 fmt=$3 jobs=$4
  measure "$name" "$c" "$work/$name.report.json" \
    "$bin" extract --data "$root" -q -f "$fmt" --jobs "$jobs" \
    -o "$work/$name.out" --rejects "$work/$name.rejects.jsonl" --report "$work/$name.report.json" "$c"
}

# extract --stream (bounded memory) writes its own --report.
stream=no
"$bin" --help 2>/dev/null | grep -q -- '--stream' && stream=yes
extract_stream() {  # extract_stream NAME CORPUS FORMAT JOBS
  local name=$1 c=$2 fmt=$3 jobs=$4
  measure "$name" "$c" "$work/$name.report.json" \
    "$bin" extract --data "$root" -q --stream -f "$fmt" --jobs "$jobs" \
    -o "$work/$name.out" --rejects "$work/$name.rejects.jsonl" --report "$work/$name.report.json" "$c"
}

big=$(corpus "$N")
small=$(corpus "$SMALL")

# The large corpus: Turtle with 1 and JOBS jobs, N-Triples, serdi on that.
extract "cg-ttl-j1-$N" "$big" turtle 1
extract "cg-ttl-j$JOBS-$N" "$big" turtle "$JOBS"
extract "cg-nt-j1-$N" "$big" ntriples 1
measure "serdi-$N" "$work/cg-nt-j1-$N.out" "$work/cg-nt-j1-$N.report.json" \
  sh -c 'exec serdi -i ntriples -o turtle "$1" > "$2"' sh "$work/cg-nt-j1-$N.out" "$work/serdi-$N.ttl"
identical=no
cmp -s "$work/cg-ttl-j1-$N.out" "$work/cg-ttl-j$JOBS-$N.out" && identical=yes
rm -f "$work/serdi-$N.ttl" "$work/cg-ttl-j$JOBS-$N.out"
stream_identical=-
if [ "$stream" = yes ]; then
  extract_stream "cg-sttl-j1-$N" "$big" turtle 1
  extract_stream "cg-sttl-j$JOBS-$N" "$big" turtle "$JOBS"
  extract_stream "cg-snt-j1-$N" "$big" ntriples 1
  stream_identical=no
  cmp -s "$work/cg-sttl-j1-$N.out" "$work/cg-sttl-j$JOBS-$N.out" && stream_identical=yes
  rm -f "$work/cg-sttl-j$JOBS-$N.out"
fi

# The small corpus: memory growth, and the rdflib comparison on the same claims.
extract "cg-ttl-j1-$SMALL" "$small" turtle 1
extract "cg-nt-j1-$SMALL" "$small" ntriples 1
if [ "$stream" = yes ]; then extract_stream "cg-sttl-j1-$SMALL" "$small" turtle 1; fi
measure "serdi-$SMALL" "$work/cg-nt-j1-$SMALL.out" "$work/cg-nt-j1-$SMALL.report.json" \
  sh -c 'exec serdi -i ntriples -o turtle "$1" > "$2"' sh "$work/cg-nt-j1-$SMALL.out" "$work/serdi-$SMALL.ttl"
rdflib_note=""
if [ "$RDFLIB_N" -gt 0 ]; then
  if [ "$RDFLIB_N" -ne "$SMALL" ]; then
    rc=$(corpus "$RDFLIB_N")
    extract "cg-ttl-j1-$RDFLIB_N" "$rc" turtle 1
    extract "cg-nt-j1-$RDFLIB_N" "$rc" ntriples 1
  fi
  measure "rdflib-$RDFLIB_N" "$work/cg-nt-j1-$RDFLIB_N.out" "$work/cg-nt-j1-$RDFLIB_N.report.json" \
    sh -c 'exec "$0" "$1" "$2" "$3" > "$4"' "$py" bench/rdflib_write.py \
    "$work/cg-nt-j1-$RDFLIB_N.out" "$work/rdflib-$RDFLIB_N.ttl" "$work/rdflib-$RDFLIB_N.json"
  rm -f "$work/rdflib-$RDFLIB_N.ttl"
fi

"$py" bench/report.py --manifest "$manifest" --large "$N" --small "$SMALL" --jobs "$JOBS" \
  --rdflib "$RDFLIB_N" --identical "$identical" --stream-identical "$stream_identical" --binary "$bin" | tee "$work/summary.txt"
echo "bench: outputs and /usr/bin/time logs in $work" >&2
