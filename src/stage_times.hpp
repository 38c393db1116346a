// SPDX-License-Identifier: ISC
// Where a run's time goes, stage by stage (issue 7's benchmark asks for it).
// Each worker times its own stages with a monotonic clock and the run adds
// them up, so the figures are thread-seconds: with --jobs 2 they sum to
// about twice the wall time. Measuring costs a clock read per stage per
// article (tens of nanoseconds against milliseconds of work).
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace claimgraph {

/// Seconds per stage, in pipeline order.
struct StageTimes {
  double read = 0;           ///< input files and JSON records → articles
  double segment = 0;        ///< sentences and tokens
  double entities = 0;       ///< gazetteer matching, discovery, coreference
  double relations = 0;      ///< relation patterns → candidates
  double attribution = 0;    ///< claimant, polarity, modality, confidence
  double validation = 0;     ///< ontology checks
  double graph = 0;          ///< claims → quads
  double corroboration = 0;  ///< aggregates over every claim (batch mode)
  double write = 0;          ///< Serd serialisation and output

  StageTimes& operator+=(const StageTimes& o) {
    read += o.read;
    segment += o.segment;
    entities += o.entities;
    relations += o.relations;
    attribution += o.attribution;
    validation += o.validation;
    graph += o.graph;
    corroboration += o.corroboration;
    write += o.write;
    return *this;
  }

  /// Name → seconds, in pipeline order, for --report.
  std::map<std::string, double> by_name() const {
    return {{"1_read", read},         {"2_segment", segment},   {"3_entities", entities},
            {"4_relations", relations}, {"5_attribution", attribution},
            {"6_validation", validation}, {"7_graph", graph},
            {"8_corroboration", corroboration}, {"9_write", write}};
  }
};

/// Laps of a monotonic clock: `lap()` returns the seconds since the last lap.
class StageClock {
 public:
  StageClock() : last_(std::chrono::steady_clock::now()) {}
  double lap() {
    const auto now = std::chrono::steady_clock::now();
    const double s = std::chrono::duration<double>(now - last_).count();
    last_ = now;
    return s;
  }

 private:
  std::chrono::steady_clock::time_point last_;
};

}  // namespace claimgraph
