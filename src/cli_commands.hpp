// SPDX-License-Identifier: ISC
// The commands behind the CLI: load resources, run the pipeline over the
// inputs, write outputs atomically, print diagnostics and the summary.
#pragma once

#include "config.hpp"

namespace claimgraph {

/// Runs the configured command; returns the exit status.
int run_command(const Config& cfg);

}  // namespace claimgraph
