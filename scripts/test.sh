#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Installs what is missing, builds, and runs every test through CTest.
# Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/build.sh build -DCLAIMGRAPH_TESTS=ON -DCLAIMGRAPH_WERROR=ON
ctest --test-dir build --output-on-failure -j "$(nproc)"
