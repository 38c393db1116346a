# SPDX-License-Identifier: ISC
# Sourced by the limit scripts: measure NAME MAX_SECONDS MAX_MB COMMAND...
# runs COMMAND under /usr/bin/time, prints its wall time and peak RSS, and
# fails when it exits non-zero, is killed, or exceeds either limit.
measure() {
  local name=$1 max_s=$2 max_mb=$3
  shift 3
  /usr/bin/time -f '%e %M' -o time.txt "$@" >/dev/null 2>stderr.txt
  local status=$?
  read -r seconds kb < <(tail -n 1 time.txt)
  local mb=$((kb / 1024))
  echo "$name: ${seconds} s, peak RSS ${mb} MB (limits ${max_s} s, ${max_mb} MB), exit $status"
  if [ $status -ne 0 ]; then tail -n 20 stderr.txt; return 1; fi
  awk -v s="$seconds" -v m="$max_s" 'BEGIN { exit !(s <= m) }' || { echo "$name: too slow"; return 1; }
  [ "$mb" -le "$max_mb" ] || { echo "$name: too much memory"; return 1; }
}
