// SPDX-License-Identifier: ISC
// Reads RDF files (Turtle, N-Triples, N-Quads, TriG; chosen by extension)
// into a Graph through a strict Serd reader. Syntax errors are reported
// with file:line:col; prefixed names and relative IRIs are expanded.
#pragma once

#include <optional>
#include <string>

#include "diagnostics.hpp"
#include "rdf.hpp"

namespace claimgraph {

/// Reads one RDF file ("-" is stdin, read as Turtle). Returns nullopt
/// after reporting when the file cannot be read or does not parse.
/// `blank_prefix` ([A-Za-z0-9]*) is put before every blank node label, so
/// that files read into one graph keep their blank nodes apart.
std::optional<Graph> read_graph_file(const std::string& path, Diagnostics& diag,
                                     const std::string& blank_prefix = "");

}  // namespace claimgraph
