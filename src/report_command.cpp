// SPDX-License-Identifier: ISC
// report: graphs in, one HTML page (or DOT) out, progress per file.

#include "report_command.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dot_writer.hpp"
#include "graph_reader.hpp"
#include "output_files.hpp"
#include "progress.hpp"
#include "report_model.hpp"

namespace claimgraph {

namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_asset(const std::string& data_dir, const std::string& relative,
                                      const std::string& hint, Diagnostics& diag) {
  std::vector<fs::path> tried{fs::path(data_dir) / relative};
  if (fs::path(CLAIMGRAPH_DATA_DIR) != fs::path(data_dir)) {
    tried.push_back(fs::path(CLAIMGRAPH_DATA_DIR) / relative);
  }
  for (const fs::path& p : tried) {
    std::ifstream in(p, std::ios::binary);
    if (!in) continue;
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) break;
    return text.str();
  }
  diag.error({tried.front().string(), 0, 0}, "cannot read report asset" + hint);
  return std::nullopt;
}

void print(const Diagnostics& diag, const Config& cfg) {
  for (const Diagnostic& d : diag.all()) {
    if (d.severity == Severity::error || (!cfg.quiet && (cfg.verbose || d.severity != Severity::note))) {
      std::cerr << d << '\n';
    }
  }
}

}  // namespace

std::optional<ReportAssets> load_report_assets(const std::string& data_dir, Diagnostics& diag) {
  auto page = read_asset(data_dir, "report/report.html", "", diag);
  auto style = read_asset(data_dir, "report/report.css", "", diag);
  auto script = read_asset(data_dir, "report/report.js", "", diag);
  auto cytoscape = read_asset(data_dir, cytoscape_path,
                              "; Cytoscape.js is installed by scripts/install-deps.sh report", diag);
  if (!page || !style || !script || !cytoscape) return std::nullopt;
  return ReportAssets{std::move(*page), std::move(*style), std::move(*script),
                      std::move(*cytoscape)};
}

int run_report(const Config& cfg) {
  Diagnostics diag;
  Graph graph;
  bool read_all = true;
  {
    Progress progress(std::cerr, progress_mode(cfg.quiet, cfg.verbose, stderr_is_terminal()),
                      "graphs", cfg.inputs.size());
    for (const std::string& path : cfg.inputs) {
      auto g = read_graph_file(path, diag);
      progress.advance();
      if (!g) {
        read_all = false;
        continue;
      }
      graph.insert(graph.end(), g->begin(), g->end());
    }
  }
  const ReportView view = make_report_view(graph);
  std::string text;
  if (cfg.dot_output) {
    text = write_dot(view);
  } else {
    const auto assets = load_report_assets(cfg.data_dir, diag);
    if (!assets) {
      print(diag, cfg);
      return exit_input_error;
    }
    text = render_report(view, *assets, "claimgraph report");
  }
  const bool written = write_file_atomically(cfg.output, text, diag);
  print(diag, cfg);
  if (!cfg.quiet) {
    std::size_t nodes = 0;
    for (const ViewEntity& e : view.entities) {
      for (const ViewEdge& edge : view.edges) {
        if (edge.subject == e.iri || edge.object == e.iri) {
          ++nodes;
          break;
        }
      }
    }
    std::cerr << "claimgraph: " << view.claims.size() << " claims, " << nodes << " entities, "
              << view.edges.size() << " relations from " << view.articles.size() << " articles"
              << (cfg.output == "-" ? "" : " in " + cfg.output) << '\n';
  }
  return read_all && written && !diag.has_errors() ? exit_ok : exit_input_error;
}

}  // namespace claimgraph
