#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Runs one robustness case: copies inputs/ (shared: good.txt, a clean article)
# and cases/NAME into a fresh work directory,
# runs its setup.sh (inputs that cannot be committed: binary, huge, links),
# then the real binary with the arguments in `args`, inside that directory so
# paths in messages stay relative. Checks the exit status (expected.status,
# default 1; a signal is always a failure), stderr against expected.err (the
# diagnostics exactly; the "N articles ..." summary line is left out, as its
# counts follow the extractor), then runs check.sh if the case has one.
# Exit 77 (CTest: skipped) when setup.sh says the case cannot run here.
#   run_case.sh CLAIMGRAPH CASE_DIR WORK_DIR
set -uo pipefail
claimgraph=$1 case_dir=$2 work=$3
export CLAIMGRAPH=$claimgraph SOURCE_DIR
SOURCE_DIR=$(cd "$(dirname "$0")/../.." && pwd)
chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"
mkdir -p "$work" && cp -a "$SOURCE_DIR"/tests/robustness/inputs/. "$case_dir"/. "$work"/ &&
  cd "$work" || exit 1
fail() { echo "FAIL $(basename "$case_dir"): $*" >&2; exit 1; }

if [ -f setup.sh ]; then
  bash -e setup.sh; st=$?
  [ $st -eq 77 ] && exit 77
  [ $st -eq 0 ] || fail "setup.sh exited $st"
fi
# `args` holds shell words; `wrapper`, when present, a command line the
# binary runs under (setpriv to drop root, a file-size limit).
eval "set -- $(cat args)"
wrapper=()
[ -f wrapper ] && eval "wrapper=($(cat wrapper))"
"${wrapper[@]}" "$claimgraph" "$@" >stdout 2>stderr
status=$?
want=$(cat expected.status 2>/dev/null || echo 1)
[ $status -gt 128 ] && { cat stderr >&2; fail "killed by signal $((status - 128))"; }
grep -v -E '^claimgraph: [0-9]+ articles, ' stderr > got.err
if ! diff -u expected.err got.err > err.diff; then
  echo "--- expected.err / +++ stderr:" >&2; cat err.diff >&2
  fail "diagnostics differ"
fi
[ "$status" = "$want" ] || fail "exit status $status, expected $want"
if [ -f check.sh ]; then
  bash -e check.sh || fail "check.sh failed"
fi
echo "ok $(basename "$case_dir")"
