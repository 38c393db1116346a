// SPDX-License-Identifier: ISC
// Streaming extraction: read a batch, process it (in parallel), write it.

#include "extract_stream.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>


#include "article_output.hpp"
#include "graph_builder.hpp"
#include "input_files.hpp"
#include "mappings.hpp"
#include "ontology.hpp"
#include "output_files.hpp"
#include "pipeline.hpp"
#include "rdf_writer.hpp"
#include "text.hpp"

namespace claimgraph {

namespace {

/// Where a batch goes: stdout, or a temporary file renamed at the end.
class Sink {
 public:
  explicit Sink(const std::string& path) : path_(path) {
    if (path_ != "-") {
      tmp_ = path_ + ".tmp." + std::to_string(::getpid());
      file_ = std::fopen(tmp_.c_str(), "wb");
    }
  }
  bool ok() const { return path_ == "-" || file_ != nullptr; }
  bool write(const std::string& text) {
    if (path_ == "-") {
      std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
      return static_cast<bool>(std::cout);
    }
    return std::fwrite(text.data(), 1, text.size(), file_) == text.size();
  }
  bool finish(bool keep) {
    if (path_ == "-") return static_cast<bool>(std::cout.flush());
    const bool flushed = std::fflush(file_) == 0 && std::fclose(file_) == 0;
    file_ = nullptr;
    if (keep && flushed && std::rename(tmp_.c_str(), path_.c_str()) == 0) return true;
    std::remove(tmp_.c_str());
    return false;
  }

 private:
  std::string path_, tmp_;
  std::FILE* file_ = nullptr;
};

/// One article, processed and serialised by a worker.
struct StreamedArticle {
  ArticleResult result;
  std::string rdf;
  std::string rejects;
  std::vector<std::string> problems;
  std::size_t statements = 0;
  StageTimes times;
};

class Streamer {
 public:
  Streamer(const Config& cfg, const Resources& res, Diagnostics& diag, Sink& out, std::ofstream* rejects)
      : cfg_(cfg), res_(res), diag_(diag), out_(out), rejects_(rejects),
        prefixes_(default_prefixes(cfg.base)) {
    // Turtle and TriG declare the prefixes once; every article after is a
    // fragment that uses them.
    if (!out_.write(prefix_header(cfg_.syntax, prefixes_))) write_failed_ = true;
  }

  void add(WorkItem w) {
    batch_.push_back(std::move(w));
    if (batch_.size() >= batch_size) flush();
  }

  /// Processes the batch in parallel; each worker serialises its own
  /// articles, so the output is the same bytes whatever --jobs is: articles
  /// in input order, each entity described after the first article naming it.
  void flush() {
    if (batch_.empty()) return;
    std::vector<StreamedArticle> done(batch_.size());
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
      for (std::size_t i = next++; i < batch_.size(); i = next++) {
        WorkItem& w = batch_[i];
        StreamedArticle& a = done[i];
        a.result = w.extract ? extract_article(std::move(w.record.article), res_)
                             : import_statements(std::move(w.record), res_);
        StageClock clock;
        ArticleOutput out = article_output(a.result, res_);
        a.rejects = std::move(out.rejects);
        a.times.graph = clock.lap();
        a.rdf = write_rdf_fragment(out.quads, cfg_.syntax, prefixes_, &a.problems, &a.statements);
        a.times.write = clock.lap();
      }
    };
    std::vector<std::thread> pool;
    for (unsigned j = 1; j < cfg_.jobs && j < batch_.size(); ++j) pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool) t.join();
    for (StreamedArticle& a : done) emit(a);
    batch_.clear();
  }

  bool write_failed() const { return write_failed_; }
  std::string summary() const {
    return std::to_string(tally_.articles) + " articles, " + std::to_string(tally_.sentences) +
           " sentences, " + std::to_string(tally_.written) + " claims written, " +
           std::to_string(tally_.rejected) + " rejected; " + std::to_string(triples_) + " triples";
  }

  std::string report(std::size_t errors) const { return tally_.report_json(triples_, errors); }

  StageTimes& times() { return tally_.times; }

 private:
  /// Articles per batch: fixed, so memory does not grow with --jobs and
  /// batches stay long enough that workers rarely wait for each other.
  static constexpr std::size_t batch_size = 512;

  void emit(StreamedArticle& a) {
    const ArticleResult& r = a.result;
    StageClock clock;
    std::string text = std::move(a.rdf);
    // Each entity is described once per run: the set of written ids is
    // bounded by the gazetteer and the people the corpus names.
    const EntityLookup lookup{&res_.mappings, &r.discovered};
    Graph entities;
    for (const std::string& id : entities_named(r)) {
      if (!written_.insert(id).second) continue;
      if (const Entity* e = lookup.find(id)) add_entity(entities, *e, res_.iris);
    }
    a.times.graph += clock.lap();
    if (!entities.empty()) {
      canonicalize(entities);
      std::size_t statements = 0;
      text += write_rdf_fragment(entities, cfg_.syntax, prefixes_, &a.problems, &statements);
      a.statements += statements;
    }
    triples_ += a.statements;
    if (!out_.write(text)) write_failed_ = true;
    for (const std::string& p : a.problems) diag_.error({cfg_.output, 0, 0}, "not written: " + p);
    if (rejects_) *rejects_ << a.rejects;
    a.times.write += clock.lap();
    tally_.add(r);
    tally_.times += a.times;
  }

  const Config& cfg_;
  const Resources& res_;
  Diagnostics& diag_;
  Sink& out_;
  std::ofstream* rejects_;
  const Prefixes prefixes_;
  std::vector<WorkItem> batch_;
  std::set<std::string> written_;
  RunTally tally_;
  std::size_t triples_ = 0;
  bool write_failed_ = false;
};

/// Feeds one JSON Lines stream to the streamer, a line at a time.
void stream_lines(std::istream& in, const std::string& name, const Mappings& m, Streamer& s,
                  Diagnostics& diag) {
  std::string line;
  std::size_t number = 0;
  StageClock clock;
  while (std::getline(in, line)) {
    ++number;
    if (trim(line).empty()) continue;
    const std::size_t bad = repair_utf8(line);
    Diagnostics local;
    auto records = read_json_records(line, name, false, local);
    for (Diagnostic d : local.all()) {
      // The record parser saw one line: put it back where it was.
      d.where.line = number;
      if (bad != std::string::npos && d.where.column == 0) d.where.column = 1;
      diag.report(d.severity, d.where, d.message);
    }
    if (bad != std::string::npos) {
      diag.warning({name, number, 0}, "invalid UTF-8 or control character replaced by U+FFFD");
    }
    std::vector<WorkItem> items;
    for (InputRecord& r : records) items.push_back(to_work_item(std::move(r), name, m));
    s.times().read += clock.lap();
    for (WorkItem& w : items) s.add(std::move(w));
    clock.lap();  // processing is timed by the workers
  }
}

}  // namespace

int run_extract_stream(const Config& cfg) {
  Diagnostics diag;
  const auto print = [&] {
    for (const Diagnostic& d : diag.all()) {
      if (d.severity == Severity::error || !cfg.quiet) std::cerr << d << '\n';
    }
  };
  if (cfg.dot_output) {
    std::cerr << "claimgraph: --stream writes RDF (--format turtle, ntriples, nquads or trig), "
                 "not dot\nTry 'claimgraph --help'.\n";
    return exit_usage;
  }
  const auto ontology = load_ontology(cfg.ontology_files, diag);
  const auto mappings = ontology ? load_mappings(cfg.mappings_dir, *ontology, diag) : nullptr;
  if (!mappings) {
    print();
    return exit_input_error;
  }
  IriScheme iris;
  iris.base = cfg.base;
  const Resources res(*ontology, *mappings, iris);
  Sink out(cfg.output);
  if (!out.ok()) {
    diag.error({cfg.output, 0, 0}, "cannot write");
    print();
    return exit_input_error;
  }
  std::ofstream rejects;
  if (!cfg.rejects.empty()) rejects.open(cfg.rejects, std::ios::binary | std::ios::trunc);
  Streamer streamer(cfg, res, diag, out, cfg.rejects.empty() ? nullptr : &rejects);
  for (const std::string& path : expand_inputs(cfg.inputs, diag)) {
    const std::string ext = std::filesystem::path(path).extension().string();
    if (path == "-") {
      stream_lines(std::cin, "<stdin>", *mappings, streamer, diag);
    } else if (ext == ".jsonl" || ext == ".ndjson") {
      std::ifstream in(path, std::ios::binary);
      if (!in) diag.error({path, 0, 0}, "cannot open file");
      else stream_lines(in, path, *mappings, streamer, diag);
    } else {
      StageClock clock;
      std::vector<WorkItem> items = read_input(path, *mappings, diag);
      streamer.times().read += clock.lap();
      for (WorkItem& w : items) streamer.add(std::move(w));
    }
  }
  streamer.flush();
  const bool ok = !streamer.write_failed() && out.finish(true);
  if (!ok) diag.error({cfg.output, 0, 0}, "write error");
  if (!cfg.report.empty()) {
    write_file_atomically(cfg.report, streamer.report(diag.error_count()), diag);
  }
  print();
  if (!cfg.quiet) std::cerr << "claimgraph: " << streamer.summary() << '\n';
  return ok && !diag.has_errors() ? exit_ok : exit_input_error;
}

}  // namespace claimgraph
