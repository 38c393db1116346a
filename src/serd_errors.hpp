// SPDX-License-Identifier: ISC
// Turns Serd's error callbacks into located Diagnostics (1-based columns).
#pragma once

#include <serd/serd.h>

#include <string>

#include "diagnostics.hpp"

namespace claimgraph {

/// Handle for collect_serd_error: where to report, and how many so far.
struct SerdErrorCollector {
  Diagnostics* diag;
  std::string file;
  int count;
};

/// A SerdErrorSink: reports `error` into the collector's Diagnostics.
SerdStatus collect_serd_error(void* handle, const SerdError* error);

}  // namespace claimgraph
