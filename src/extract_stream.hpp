// SPDX-License-Identifier: ISC
// `claimgraph extract --stream`: JSON Lines (files or stdin) in, N-Triples
// or N-Quads out, batch by batch, so memory stays bounded whatever the
// corpus size and the tool runs unchanged under GNU parallel, Hadoop
// Streaming or Spark's pipe(). Corroboration needs every claim, so it is
// left to `claimgraph merge` over the outputs (README "Scale-out").
#pragma once

#include "config.hpp"

namespace claimgraph {

/// Runs a streaming extraction; returns the exit status.
int run_extract_stream(const Config& cfg);

}  // namespace claimgraph
