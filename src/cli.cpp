// SPDX-License-Identifier: ISC
// The option table (Boost.Program_options) and help text.

#include "cli.hpp"

#include <boost/program_options.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>

namespace claimgraph {

namespace po = boost::program_options;

namespace {

constexpr const char* usage = R"(claimgraph: build a knowledge graph of attributed claims from news text.

Usage:
  claimgraph extract [options] INPUT...     articles (.txt, .json, .jsonl, dirs, -) -> RDF
  claimgraph merge -o OUT GRAPH...          merge graphs of separate runs (and other linked
                                            data), recomputing corroboration
  claimgraph validate GRAPH...              check any RDF graph against the ontology; every
                                            violation with its triple; exit 1 if any
  claimgraph evaluate --gold GOLD GRAPH...  precision/recall of claims against gold claims
  claimgraph report -o report.html GRAPH... one self-contained HTML page: network of entities
                                            and relations, claims table, evidence (--format dot: DOT)
  claimgraph --help | --version

INPUT is a plain-text article (its id is the file name without extension), a
JSON or JSON Lines file of articles or already-extracted statements, a
directory (read recursively), or - for standard input.

Exit status: 0 all input read, 1 some input or data error (the rest was still
processed), 2 usage error.
)";

std::string default_data_dir(const char* argv0) {
  if (const char* env = std::getenv("CLAIMGRAPH_DATA")) return env;
  // Next to the binary's source tree when built in place, else compiled in.
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::canonical(fs::path(argv0), ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (fs::exists(dir / "mappings" / "patterns.json") && fs::exists(dir / "ontology")) {
        return dir.string();
      }
    }
  }
  return CLAIMGRAPH_DATA_DIR;
}

}  // namespace

std::optional<Config> parse_command_line(int argc, const char* const* argv) {
  Config cfg;
  std::string format;
  po::options_description general("Options");
  general.add_options()
      ("help,h", "print this help and exit")
      ("version", "print the version and exit")
      ("output,o", po::value(&cfg.output)->default_value("-"),
       "write the graph to FILE (atomically: temp file + rename); - is stdout")
      ("format,f", po::value(&format)->default_value("turtle"),
       "output syntax: turtle, ntriples, nquads, trig (nquads/trig: one named graph per article), "
       "or dot (Graphviz: entities and claimed relations)")
      ("base", po::value(&cfg.base)->default_value(cfg.base),
       "base IRI for minted entities, articles and claims")
      ("data", po::value(&cfg.data_dir), "folder holding mappings/ and ontology/ "
       "(default: $CLAIMGRAPH_DATA, else the source tree)")
      ("mappings", po::value(&cfg.mappings_dir), "mappings folder (default: DATA/mappings)")
      ("ontology", po::value(&cfg.ontology_files)->composing(),
       "ontology Turtle file; repeat to add extensions (default: DATA/ontology/claimgraph.ttl)")
      ("rejects", po::value(&cfg.rejects),
       "JSON Lines file of rejected statements (default: rejects.jsonl beside --output)")
      ("report", po::value(&cfg.report), "write the run summary as JSON to FILE")
      ("explain", po::value(&cfg.explain),
       "write, per claim, the sentence, rule and matched spans, and the null report "
       "(sentences with entities but no claim, unknown names) to FILE")
      ("strict", po::bool_switch(&cfg.strict), "exit 1 when any statement is rejected")
      ("quiet,q", po::bool_switch(&cfg.quiet), "print errors only (no progress)")
      ("verbose,v", po::bool_switch(&cfg.verbose),
       "also print notes, and progress lines when stderr is not a terminal "
       "(a terminal always gets a live progress line)")
      ("jobs,j", po::value(&cfg.jobs)->default_value(1), "articles processed in parallel")
      ("stream", po::bool_switch(&cfg.stream),
       "extract batch by batch with bounded memory: JSON Lines (files or -) in, any RDF "
       "--format out, article by article; no corroboration (run claimgraph merge over the "
       "outputs)")
      ("gold", po::value(&cfg.gold), "evaluate: gold claims JSON")
      ("json", po::bool_switch(&cfg.json), "evaluate: print figures as JSON");
  po::options_description hidden;
  std::string command;
  hidden.add_options()("command", po::value(&command))(
      "inputs", po::value(&cfg.inputs)->composing());
  po::positional_options_description positional;
  positional.add("command", 1).add("inputs", -1);
  po::options_description all;
  all.add(general).add(hidden);
  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << usage << '\n' << general << '\n';
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "claimgraph " << CLAIMGRAPH_VERSION << '\n';
    return std::nullopt;
  }
  po::notify(vm);
  if (command == "extract") cfg.command = Command::extract;
  else if (command == "evaluate") cfg.command = Command::evaluate;
  else if (command == "merge") cfg.command = Command::merge;
  else if (command == "validate") cfg.command = Command::validate;
  else if (command == "report") cfg.command = Command::report;
  else if (command.empty()) throw std::invalid_argument("no command given; expected extract, merge, validate, evaluate or report");
  else throw std::invalid_argument("unknown command \"" + command + "\"; expected extract, merge, validate, evaluate or report");
  cfg.dot_output = format == "dot";
  const auto syntax = cfg.dot_output ? std::optional<RdfSyntax>(RdfSyntax::turtle) : parse_syntax(format);
  if (!syntax) throw std::invalid_argument("unknown --format \"" + format + "\"; expected turtle, ntriples, nquads, trig or dot");
  cfg.syntax = *syntax;
  if (cfg.dot_output && cfg.command != Command::extract && cfg.command != Command::report) {
    throw std::invalid_argument("--format dot is for extract and report");
  }
  if (cfg.inputs.empty()) throw std::invalid_argument("no input given");
  if (cfg.jobs == 0) throw std::invalid_argument("--jobs must be at least 1");
  if (cfg.command == Command::evaluate && cfg.gold.empty()) throw std::invalid_argument("evaluate needs --gold FILE");
  if (cfg.data_dir.empty()) cfg.data_dir = default_data_dir(argv[0]);
  if (cfg.mappings_dir.empty()) cfg.mappings_dir = cfg.data_dir + "/mappings";
  if (cfg.ontology_files.empty()) cfg.ontology_files.push_back(cfg.data_dir + "/ontology/claimgraph.ttl");
  // Beside a device (-o /dev/full) is no place for a file: no rejects there.
  std::error_code ec;
  const bool device = std::filesystem::exists(cfg.output, ec) &&
                      !std::filesystem::is_regular_file(cfg.output, ec);
  if (cfg.rejects.empty() && cfg.output != "-" && !device) {
    cfg.rejects = (std::filesystem::path(cfg.output).parent_path() / "rejects.jsonl").string();
  }
  return cfg;
}

}  // namespace claimgraph
