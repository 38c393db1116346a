// SPDX-License-Identifier: ISC
// The parsed command line: what to run and with which options. Filled by
// cli.cpp (Boost.Program_options), read by cli_commands.cpp.
#pragma once

#include <string>
#include <vector>

#include "rdf_writer.hpp"

namespace claimgraph {

enum class Command { extract, evaluate, validate, merge, report };

struct Config {
  Command command = Command::extract;
  std::vector<std::string> inputs;
  std::string output = "-";          ///< "-" is standard output
  RdfSyntax syntax = RdfSyntax::turtle;
  bool dot_output = false;           ///< --format dot: Graphviz DOT instead of RDF
  std::string data_dir;              ///< holds mappings/ and ontology/
  std::string mappings_dir;          ///< default: data_dir/mappings
  std::vector<std::string> ontology_files;  ///< default: data_dir/ontology/claimgraph.ttl
  std::string base = "https://w3id.org/claimgraph/";
  std::string rejects;               ///< default: rejects.jsonl beside the output
  std::string report;                ///< JSON run summary
  std::string explain;               ///< per-claim explanations and null report
  std::string gold;                  ///< for evaluate
  bool json = false;                 ///< evaluate: figures as JSON
  bool strict = false;
  bool quiet = false;
  bool verbose = false;
  unsigned jobs = 1;
  bool stream = false;               ///< batch by batch, bounded memory (nt/nq)
};

/// Exit statuses, documented in the README.
enum ExitStatus { exit_ok = 0, exit_input_error = 1, exit_usage = 2 };

}  // namespace claimgraph
