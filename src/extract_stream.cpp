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

/// A unit of input: one JSON Lines line, parsed by the worker that takes it,
/// or work read already (a whole .txt or .json file) with what reading it
/// reported. Units are written in input order, diagnostics included.
struct InputUnit {
  std::string line;  ///< empty: `items` holds the work
  std::string source;
  std::size_t number = 0;
  std::vector<WorkItem> items;
  std::vector<Diagnostic> diagnostics;
};

/// What a worker made of a unit: its articles and the line's diagnostics,
/// reported when the unit is written so that they come in input order.
struct DoneUnit {
  std::vector<Diagnostic> diagnostics;
  std::vector<StreamedArticle> articles;
  double read_seconds = 0;
};

/// A JSON Lines line → work items; problems located on that line.
std::vector<WorkItem> parse_line(InputUnit& u, const Mappings& m, std::vector<Diagnostic>& out) {
  const std::size_t bad = repair_utf8(u.line);
  Diagnostics local;
  auto records = read_json_records(u.line, u.source, false, local);
  for (Diagnostic d : local.all()) {
    // The record parser saw one line: put it back where it was.
    d.where.line = u.number;
    if (bad != std::string::npos && d.where.column == 0) d.where.column = 1;
    out.push_back(std::move(d));
  }
  if (bad != std::string::npos) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.where = Location{u.source, u.number, 0};
    d.message = "invalid UTF-8 or control character replaced by U+FFFD";
    out.push_back(std::move(d));
  }
  std::vector<WorkItem> items;
  for (InputRecord& r : records) items.push_back(to_work_item(std::move(r), u.source, m));
  return items;
}

class Streamer {
 public:
  Streamer(const Config& cfg, const Resources& res, Diagnostics& diag, Sink& out, std::ofstream* rejects)
      : cfg_(cfg), res_(res), diag_(diag), out_(out), rejects_(rejects),
        prefixes_(default_prefixes(cfg.base)) {
    // Turtle and TriG declare the prefixes once; every article after is a
    // fragment that uses them.
    if (!out_.write(prefix_header(cfg_.syntax, prefixes_))) write_failed_ = true;
  }

  void add(InputUnit u) {
    batch_.push_back(std::move(u));
    if (batch_.size() >= batch_size) flush();
  }

  /// Processes the batch on --jobs threads while this thread writes the
  /// batch before it (then joins the workers), so writing overlaps work.
  /// Each worker parses and serialises its own units; the output is the
  /// same bytes whatever --jobs is: articles in input order, each entity
  /// described after the first article naming it.
  void flush() {
    std::vector<DoneUnit> done(batch_.size());
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
      for (std::size_t i = next++; i < batch_.size(); i = next++) process(batch_[i], done[i]);
    };
    std::vector<std::thread> pool;
    for (unsigned j = 1; j < cfg_.jobs && j < batch_.size(); ++j) pool.emplace_back(worker);
    for (DoneUnit& u : written_next_) emit(u);
    written_next_.clear();
    worker();
    for (std::thread& t : pool) t.join();
    batch_.clear();
    written_next_ = std::move(done);
  }

  /// Processes and writes everything still held.
  void finish() {
    flush();
    flush();
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

  void process(InputUnit& u, DoneUnit& d) const {
    StageClock clock;
    d.diagnostics = std::move(u.diagnostics);
    std::vector<WorkItem> items = u.line.empty() ? std::move(u.items)
                                                 : parse_line(u, res_.mappings, d.diagnostics);
    d.read_seconds = clock.lap();
    d.articles.resize(items.size());
    for (std::size_t k = 0; k < items.size(); ++k) {
      WorkItem& w = items[k];
      StreamedArticle& a = d.articles[k];
      a.result = w.extract ? extract_article(std::move(w.record.article), res_)
                           : import_statements(std::move(w.record), res_);
      clock.lap();
      ArticleOutput out = article_output(a.result, res_);
      a.rejects = std::move(out.rejects);
      a.times.graph = clock.lap();
      a.rdf = write_rdf_fragment(out.quads, cfg_.syntax, prefixes_, &a.problems, &a.statements);
      a.times.write = clock.lap();
    }
  }

  void emit(DoneUnit& u) {
    for (Diagnostic& d : u.diagnostics) diag_.report(d.severity, std::move(d.where), std::move(d.message));
    tally_.times.read += u.read_seconds;
    for (StreamedArticle& a : u.articles) emit(a);
  }

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
  std::vector<InputUnit> batch_;
  std::vector<DoneUnit> written_next_;  ///< processed, written at the next flush
  std::set<std::string> written_;
  RunTally tally_;
  std::size_t triples_ = 0;
  bool write_failed_ = false;
};

/// Feeds one JSON Lines stream to the streamer, a line at a time; the
/// workers parse the lines.
void stream_lines(std::istream& in, const std::string& name, Streamer& s) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (trim(line).empty()) continue;
    s.add({std::move(line), name, number, {}, {}});
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
      stream_lines(std::cin, "<stdin>", streamer);
      continue;
    }
    std::ifstream in;
    if (ext == ".jsonl" || ext == ".ndjson") in.open(path, std::ios::binary);
    if (in.is_open()) {
      stream_lines(in, path, streamer);
      continue;
    }
    // A whole file (or one that would not open) is one unit, so that what
    // reading it reports comes after the lines before it.
    StageClock clock;
    Diagnostics read;
    InputUnit whole{{}, path, 0, {}, {}};
    if (ext == ".jsonl" || ext == ".ndjson") read.error({path, 0, 0}, "cannot open file");
    else whole.items = read_input(path, *mappings, read);
    whole.diagnostics = read.all();
    streamer.times().read += clock.lap();
    streamer.add(std::move(whole));
  }
  streamer.finish();
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
