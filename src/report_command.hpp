// SPDX-License-Identifier: ISC
// `claimgraph report GRAPH... -o report.html`: the I/O edge of the report.
// Reads RDF graphs and the report's assets (report/ and Cytoscape.js from
// the data folder), writes one HTML file, or DOT with --format dot.
#pragma once

#include <optional>
#include <string>

#include "config.hpp"
#include "diagnostics.hpp"
#include "report.hpp"

namespace claimgraph {

/// Where Cytoscape.js is looked for, relative to a data folder
/// (scripts/install-deps.sh puts it there).
inline constexpr const char* cytoscape_path = "tools/node/node_modules/cytoscape/dist/cytoscape.min.js";

/// Reads report/report.{html,css,js} and Cytoscape.js from `data_dir`, each
/// falling back to the source tree the binary was built from; reports what
/// is missing.
std::optional<ReportAssets> load_report_assets(const std::string& data_dir, Diagnostics& diag);

/// The CLI command; returns the exit status.
int run_report(const Config& cfg);

}  // namespace claimgraph
