#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# A 100 MB file on one line (generated here, never committed): scraped text
# with entity names and no full stop for a long way, a claim at the start.
# Only the first 10 MB are analysed (a located warning says so); the run must
# finish in bounded time and memory and still find the claim.
#   huge_line.sh CLAIMGRAPH WORK_DIR SANITIZED
# SANITIZED=1 (ASan builds): 11 MB, just past the limit, with wider bounds.
set -euo pipefail
claimgraph=$1 work=$2 sanitized=${3:-0}
source "$(dirname "$0")/measure.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
mb=100 max_s=60 max_mb=2000
[ "$sanitized" = 1 ] && mb=11 max_s=300 max_mb=6000
python3 - "$mb" <<'PY'
import sys
size = int(sys.argv[1]) * 1000 * 1000
claim = "North Korea has sent 3,000 soldiers to Russia, Seoul said. "
chunk = ("Officials in Seoul and Washington met again on Tuesday to discuss the "
         "situation in Ukraine and Kursk, while analysts in Kyiv, Tokyo and Beijing "
         "said the talks about Iran and Belarus were routine; ")
with open("huge.txt", "w") as f:
    f.write(claim + chunk * ((size - len(claim)) // len(chunk)))
PY
echo "huge.txt: $(stat -c %s huge.txt) bytes, $(wc -l < huge.txt) newlines"
# Limits: about four times the time and twice the memory measured in Release
# (README.md, "Robustness").
measure "$mb MB on one line" $max_s $max_mb "$claimgraph" extract -f ntriples huge.txt -o huge.nt
grep -q 'sendsTroopsTo' huge.nt || { echo "the claim is missing"; exit 1; }
want='huge.txt:1:10000001: warning: article longer than 10000000 bytes; the rest is not analysed'
grep -qxF "$want" stderr.txt || { echo "expected: $want"; cat stderr.txt; exit 1; }
