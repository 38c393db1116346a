#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Builds the libFuzzer targets (tests/fuzz) with clang 14, ASan and UBSan in
# build-fuzz/ and runs each on a seed corpus made from examples/, the dev
# articles, mappings/patterns.json, the ontology and the committed crash
# inputs (tests/fuzz/regressions/TARGET/).
#   scripts/fuzz.sh                  short run: 30 s per target (scripts/test.sh)
#   scripts/fuzz.sh --long [SECONDS] long run: SECONDS per target (default 3600);
#                                    the corpus grows in build-fuzz/corpus/ and
#                                    is reused by the next long run
#   scripts/fuzz.sh ... TARGET...    only these targets: text_article json_input
#                                    mappings ontology pipeline
# A crash, leak, timeout (10 s per input) or out-of-memory input (2 GB) is
# saved in build-fuzz/findings/ and the script exits 1 at the end. Make it a
# regression: copy it to tests/fuzz/regressions/TARGET/<what-it-is>, add a
# case to tests/robustness/ when it reaches the CLI, and fix the cause.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=30 long=0
if [ "${1:-}" = "--long" ]; then
  long=1 seconds=3600
  shift
  if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text_article json_input mappings ontology pipeline)

bash "$root/scripts/install-deps.sh"
dir="$root/build-fuzz"
CXX=clang++-14 cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" \
  -DCLAIMGRAPH_TESTS=OFF -DCLAIMGRAPH_FUZZ=ON >/dev/null
cmake --build "$dir" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

seeds() {  # TARGET → seed files
  case $1 in
    text_article) echo "$root"/examples/*.txt "$root"/tests/dev/articles/*.txt ;;
    json_input) echo "$root"/examples/json/* ;;
    mappings) echo "$root"/mappings/patterns.json ;;
    ontology) echo "$root"/ontology/claimgraph.ttl ;;
    pipeline) echo "$root"/examples/*.txt "$root"/examples/json/* ;;
  esac
}
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/tests/fuzz/lsan.supp
findings="$dir/findings"
mkdir -p "$findings"
failed=()
for t in "${targets[@]}"; do
  corpus="$dir/corpus/$t"
  [ $long -eq 1 ] || rm -rf "$corpus"
  mkdir -p "$corpus"
  cp $(seeds "$t") "$root/tests/fuzz/regressions/$t"/* "$corpus"/
  echo "== fuzz_$t: $seconds s"
  # Inputs grow up to the largest seed (4 KB articles, 22 KB ontology).
  if "$dir/tests/fuzz/fuzz_$t" "$corpus" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$findings/$t-" > "$dir/fuzz_$t.log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' \
      "$dir/fuzz_$t.log" | tr '\n' ' '
    echo
  else
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$dir/fuzz_$t.log" | head -n 8
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (logs: $dir/fuzz_TARGET.log, inputs: $findings/)" >&2
  exit 1
fi
echo "fuzz: no findings"
