// SPDX-License-Identifier: ISC
// The edge where files go out: atomic writes (temp file + rename), so an
// interrupted or failed run leaves the previous output intact.
#pragma once

#include <string>

#include "diagnostics.hpp"

namespace claimgraph {

/// Writes `content` to `path` ("-": stdout) through a temporary file in the
/// same folder, then renames it. Reports and returns false on any failure
/// (full disk included), leaving `path` untouched.
bool write_file_atomically(const std::string& path, const std::string& content,
                           Diagnostics& diag);

}  // namespace claimgraph
