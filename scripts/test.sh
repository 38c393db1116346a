#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Installs what is missing, builds, and runs every test through CTest.
# Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/build.sh build -DCLAIMGRAPH_TESTS=ON -DCLAIMGRAPH_WERROR=ON
ctest --test-dir build --output-on-failure -j "$(nproc)"
# Robustness (issue 8): the whole suite again with ASan and UBSan (gcc; any
# report fails the test that triggered it), then every fuzz target for 30 s
# (clang 14, build-fuzz/). About 10 minutes on 2 cores.
bash scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g -Wno-maybe-uninitialized" \
  -DCLAIMGRAPH_TESTS=ON -DCLAIMGRAPH_SANITIZE=ON
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  LSAN_OPTIONS=suppressions="$root/tests/fuzz/lsan.supp" \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
bash scripts/fuzz.sh
