// SPDX-License-Identifier: ISC
// ReportView → Graphviz DOT: entities as nodes, claimed relations as edges
// (the same grouping, colours and widths as the HTML report). Pure; draws
// nothing itself: pipe the text to `dot -Tsvg`.
#pragma once

#include <string>
#include <string_view>

#include "report_model.hpp"

namespace claimgraph {

/// Escapes text for a double-quoted DOT string: \ and " are backslashed,
/// a newline becomes \n, other control characters become spaces.
std::string dot_escape(std::string_view text);

/// The colour of an edge: red for denied statements, otherwise from light
/// (low confidence) to dark blue (high); grey when the confidence is unknown.
std::string edge_colour(const std::string& polarity, double confidence);

/// A digraph of the view's entities and edges, deterministic for equal input.
std::string write_dot(const ReportView& view);

}  // namespace claimgraph
