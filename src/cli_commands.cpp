// SPDX-License-Identifier: ISC
// extract and evaluate: resources in, pipeline over inputs, outputs out.

#include "cli_commands.hpp"

#include <atomic>
#include <functional>
#include <iostream>
#include <thread>

#include "article_output.hpp"
#include "corroboration.hpp"
#include "dot_writer.hpp"
#include "evaluate.hpp"
#include "extract_stream.hpp"
#include "graph_reader.hpp"
#include "graph_validator.hpp"
#include "input_files.hpp"
#include "mappings.hpp"
#include "ontology.hpp"
#include "output_files.hpp"
#include "pipeline.hpp"
#include "progress.hpp"
#include "report_command.hpp"
#include "report_model.hpp"

namespace claimgraph {

namespace {

void print(const Diagnostics& diag, const Config& cfg) {
  for (const Diagnostic& d : diag.all()) {
    if (d.severity == Severity::error || (!cfg.quiet && (cfg.verbose || d.severity != Severity::note))) {
      std::cerr << d << '\n';
    }
  }
}

/// Each article through the pipeline and into its share of the output, on
/// `jobs` threads; results keep the input order.
std::vector<ArticleResult> process(std::vector<WorkItem>& items, const Resources& res,
                                   unsigned jobs, std::vector<ArticleOutput>& outputs,
                                   const std::function<void()>& done) {
  std::vector<ArticleResult> results(items.size());
  outputs.assign(items.size(), {});
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < items.size(); i = next++) {
      WorkItem& w = items[i];
      results[i] = w.extract ? extract_article(std::move(w.record.article), res)
                             : import_statements(std::move(w.record), res);
      StageClock clock;
      outputs[i] = article_output(results[i], res);
      results[i].times.graph = clock.lap();
      done();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs && j < items.size(); ++j) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  return results;
}

std::string explain_text(const std::vector<ArticleResult>& results) {
  std::string out;
  for (const ArticleResult& r : results) {
    out += "== " + r.article.id + " (" + r.article.source + ")\n";
    for (const Claim& c : r.accepted) {
      out += std::string(c.polarity == Polarity::negated ? "NOT " : "") + c.subject + ' ' +
             c.predicate + ' ' + c.object + "  [" + to_string(c.modality) + "] claimant=" +
             (c.claimant.empty() ? "(article)" : c.claimant) + " rule=" + c.rule + '\n';
      out += "  sentence [" + std::to_string(c.cp_begin) + "," + std::to_string(c.cp_end) +
             "): " + c.evidence + '\n';
      out += "  matched:";
      for (const Span& s : c.matched) {
        out += " \xC2\xAB" + r.article.text.substr(s.begin, s.end - s.begin) + "\xC2\xBB";
      }
      if (!c.cues.empty()) {
        out += "\n  cues:";
        for (const auto& cue : c.cues) out += ' ' + cue;
      }
      out += '\n';
    }
    for (const Rejection& rej : r.rejected) {
      out += "REJECTED " + rej.claim.subject + ' ' + rej.claim.predicate + ' ' + rej.claim.object +
             " rule=" + rej.claim.rule + ": ";
      for (const auto& why : rej.reasons) out += why + "; ";
      out += '\n';
    }
    for (const NullSentence& n : r.null_sentences) {
      out += "NULL sentence with";
      for (const auto& e : n.entities) out += ' ' + e;
      out += ": " + r.article.text.substr(n.span.begin, n.span.end - n.span.begin) + '\n';
    }
    for (const auto& name : r.unknown_names) out += "UNKNOWN name: " + name + '\n';
  }
  return out;
}

int run_extract(const Config& cfg) {
  Diagnostics diag;
  const auto ontology = load_ontology(cfg.ontology_files, diag);
  if (!ontology) {
    print(diag, cfg);
    return exit_input_error;
  }
  const auto mappings = load_mappings(cfg.mappings_dir, *ontology, diag);
  if (!mappings) {
    print(diag, cfg);
    return exit_input_error;
  }
  IriScheme iris;
  iris.base = cfg.base;
  if (!is_valid_iri(iris.base)) {
    std::cerr << "claimgraph: --base \"" << cfg.base << "\" is not an absolute IRI\nTry 'claimgraph --help'.\n";
    return exit_usage;
  }
  const Resources res(*ontology, *mappings, iris);
  RunTally tally;
  StageTimes& times = tally.times;
  StageClock clock;
  std::vector<WorkItem> items;
  for (const std::string& path : expand_inputs(cfg.inputs, diag)) {
    for (WorkItem& w : read_input(path, *mappings, diag)) items.push_back(std::move(w));
  }
  times.read = clock.lap();
  Progress progress(std::cerr, progress_mode(cfg.quiet, cfg.verbose, stderr_is_terminal()),
                    "articles", items.size());
  std::vector<ArticleOutput> outputs;
  std::vector<ArticleResult> results =
      process(items, res, cfg.jobs, outputs, [&] { progress.advance(); });
  progress.finish();
  std::vector<WorkItem>().swap(items);  // moved from: free before the graph grows
  clock.lap();

  std::string rejects;
  for (std::size_t i = 0; i < results.size(); ++i) {
    rejects += outputs[i].rejects;
    tally.add(results[i]);
  }
  Graph entities;
  const GraphParts graph = graph_parts(outputs, results, res, cfg.jobs, entities);
  std::string explained;
  if (!cfg.explain.empty()) explained = explain_text(results);
  // The articles' texts and claims are in the graph now: free them before
  // corroboration and writing, the steps that need the most memory.
  std::vector<ArticleResult>().swap(results);
  times.graph += clock.lap();
  const CorroborationParams params{mappings->confidence.denial_discount,
                                   mappings->confidence.truthy_threshold, cfg.jobs};
  // The aggregates are kept apart and written with the graph: merging them
  // in would move every quad of a large run once more.
  const Graph aggregates = corroboration(graph, iris, *ontology, params);
  times.corroboration = clock.lap();
  std::size_t triples = 0;
  std::vector<std::string> problems;
  std::string text;
  GraphParts all = graph;
  all.push_back(&aggregates);
  if (cfg.dot_output) {
    Graph whole;
    for (const Graph* part : all) whole.insert(whole.end(), part->begin(), part->end());
    canonicalize(whole);
    triples = whole.size();
    text = write_dot(make_report_view(whole));
  } else {
    text = write_rdf_parts(all, cfg.syntax, default_prefixes(cfg.base), &problems, cfg.jobs, &triples);
  }
  for (const std::string& p : problems) diag.error({cfg.output, 0, 0}, "not written: " + p);
  const bool ok = write_file_atomically(cfg.output, text, diag);
  if (!cfg.rejects.empty()) write_file_atomically(cfg.rejects, rejects, diag);
  times.write = clock.lap();
  if (!cfg.report.empty()) write_file_atomically(cfg.report, tally.report_json(triples, diag.error_count()), diag);
  if (!cfg.explain.empty()) write_file_atomically(cfg.explain, explained, diag);
  print(diag, cfg);
  if (!cfg.quiet) {
    std::cerr << "claimgraph: " << tally.articles << " articles, " << tally.sentences << " sentences, "
              << tally.written + tally.rejected << " statements extracted, " << tally.written
              << " written, " << tally.rejected << " rejected; " << triples << " triples"
              << (cfg.output == "-" ? "" : " in " + cfg.output) << '\n';
  }
  if (!ok || diag.has_errors()) return exit_input_error;
  return cfg.strict && tally.rejected > 0 ? exit_input_error : exit_ok;
}

/// Reads every graph, keeps foreign triples as they are, recomputes what
/// claimgraph owns (aggregates, truthy triples) from the union of claims.
int run_merge(const Config& cfg) {
  Diagnostics diag;
  const auto ontology = load_ontology(cfg.ontology_files, diag);
  const auto mappings = ontology ? load_mappings(cfg.mappings_dir, *ontology, diag) : nullptr;
  if (!mappings) {
    print(diag, cfg);
    return exit_input_error;
  }
  IriScheme iris;
  iris.base = cfg.base;
  Graph graph;
  std::size_t index = 0;
  for (const std::string& path : cfg.inputs) {
    auto g = read_graph_file(path, diag, "f" + std::to_string(index++) + "b");
    if (g) graph.insert(graph.end(), g->begin(), g->end());
  }
  if (diag.has_errors()) {
    print(diag, cfg);
    return exit_input_error;  // never write a merge that lost an input
  }
  corroborate(graph, iris, *ontology,
              {mappings->confidence.denial_discount, mappings->confidence.truthy_threshold});
  std::vector<std::string> problems;
  const std::string text = write_rdf(graph, cfg.syntax, default_prefixes(cfg.base), &problems);
  for (const std::string& p : problems) diag.error({cfg.output, 0, 0}, "not written: " + p);
  const bool ok = write_file_atomically(cfg.output, text, diag);
  print(diag, cfg);
  if (!cfg.quiet) {
    std::cerr << "claimgraph: merged " << cfg.inputs.size() << " graphs; " << graph.size() << " triples"
              << (cfg.output == "-" ? "" : " in " + cfg.output) << '\n';
  }
  return ok && !diag.has_errors() ? exit_ok : exit_input_error;
}

}  // namespace

int run_command(const Config& cfg) {
  switch (cfg.command) {
    case Command::extract: return cfg.stream ? run_extract_stream(cfg) : run_extract(cfg);
    case Command::evaluate: return run_evaluate(cfg);
    case Command::merge: return run_merge(cfg);
    case Command::validate: return run_validate(cfg);
    case Command::report: return run_report(cfg);
  }
  return exit_usage;
}

}  // namespace claimgraph
