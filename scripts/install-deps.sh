#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Installs every Debian package claimgraph needs to build, test and demo.
# Idempotent: installs only what is missing; needs root (or sudo) on Debian 12.
set -euo pipefail

packages=(
  build-essential cmake pkg-config      # toolchain
  libserd-dev libsord-dev               # RDF writing and reading (required)
  libboost-program-options-dev          # command line (required)
  nlohmann-json3-dev                    # JSON mappings and inputs (required)
  catch2                                # unit tests (required)
  libicu-dev                            # sentence and word segmentation, UTF-8
  serdi raptor2-utils python3-rdflib    # independent parsers used by the tests
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
