#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Pathological sentences: 50,000 mentions in one ("Russia, Russia, ...");
# 1,000 lists of 19 names joined into one sentence, each ending in a claim;
# 2,000 ordinary sentences of six coordinated states (30,000 claims).
# Each must finish in bounded time and memory.
#   pathological_sentence.sh CLAIMGRAPH WORK_DIR SANITIZED
# SANITIZED=1 (ASan builds): a tenth of each, with three times the bounds.
set -euo pipefail
claimgraph=$1 work=$2 sanitized=${3:-0}
scale=1
[ "$sanitized" = 1 ] && scale=10
source "$(dirname "$0")/measure.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
python3 - "$scale" <<'PY'
import sys
scale = int(sys.argv[1])
open("mentions.txt", "w").write("Headline\n\n" + "Russia, " * (50000 // scale) + "and Ukraine signed a pact.\n")
open("lists.txt", "w").write("Headline\n\n" + ("Russia, " * 18 + "and Ukraine signed a pact, ") * (1000 // scale) + "Kyiv said.\n")
open("many.txt", "w").write("Headline\n\n" + "North Korea, Russia, Iran, Belarus, China and Ukraine signed a pact. " * (2000 // scale) + "\n")
PY
x=$((scale > 1 ? 3 : 1))
measure "50,000 mentions in one sentence" $((10 * x)) $((500 * x)) "$claimgraph" extract mentions.txt -o mentions.ttl
measure "1,000 lists of 19 names in one sentence" $((40 * x)) $((600 * x)) "$claimgraph" extract lists.txt -o lists.ttl
grep -q 'alliedWith' lists.ttl || { echo "lists.txt: the alliance is missing"; exit 1; }
measure "2,000 sentences of six coordinated states" $((60 / scale * x)) $((1500 / scale * x)) "$claimgraph" extract many.txt -o many.ttl
