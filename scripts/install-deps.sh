#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Installs what claimgraph needs on Debian 12: every package named in
# scripts/deps/*.apt (one per line, # comments), and every npm package in
# scripts/deps/*.npm into tools/node (git-ignored). Idempotent: installs
# only what is missing. Needs root (or sudo).
#   scripts/install-deps.sh          all lists
#   scripts/install-deps.sh core     only scripts/deps/core.apt
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lists=("$root"/scripts/deps/*.apt)
npm_lists=("$root"/scripts/deps/*.npm)
if [ $# -gt 0 ]; then
  lists=(); npm_lists=()
  for name in "$@"; do
    [ -f "$root/scripts/deps/$name.apt" ] && lists+=("$root/scripts/deps/$name.apt")
    [ -f "$root/scripts/deps/$name.npm" ] && npm_lists+=("$root/scripts/deps/$name.npm")
  done
fi

read_list() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$@" 2>/dev/null | grep -v '^$' | sort -u; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
for p in $(read_list "${lists[@]}"); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm_packages=$(read_list "${npm_lists[@]}" || true)
if [ -n "$npm_packages" ]; then
  prefix="$root/tools/node"
  need=()
  for p in $npm_packages; do
    name=${p%@*}; [ -z "$name" ] && name=$p
    [ -d "$prefix/node_modules/$name" ] || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    command -v npm >/dev/null || { $sudo apt-get update -qq; $sudo apt-get install -y -qq nodejs npm >/dev/null; }
    echo "install-deps: npm installing ${need[*]} into tools/node" >&2
    mkdir -p "$prefix"
    npm install --silent --no-audit --no-fund --prefix "$prefix" "${need[@]}" >/dev/null
  fi
fi
