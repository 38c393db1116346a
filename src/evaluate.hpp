// SPDX-License-Identifier: ISC
// `claimgraph evaluate`: precision, recall and F1 of the claims in RDF
// graphs against gold claims (JSON, the format of tests/gold/seeds.json).
// Matching follows docs/evaluation.md: entities match by Wikidata QID or
// by a normalised label among the gold aliases; symmetric predicates match
// in either direction; one gold claim per (s, p, o, polarity) per article.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "config.hpp"
#include "diagnostics.hpp"
#include "rdf.hpp"

namespace claimgraph {

/// Lower-case, strip diacritics and apostrophes, punctuation to spaces,
/// drop a leading "the" (the scorer's norm()).
std::string normalize_label(const std::string& text);

struct EvalFigures {
  double precision = 0, recall = 0, f1 = 0;
  double attributed_precision = 0, attributed_recall = 0, attributed_f1 = 0;
  double modality_accuracy = 0;
  std::size_t output_claims = 0, gold_required = 0;
  std::vector<std::string> missed, spurious;  ///< readable lines
  std::map<std::string, std::vector<std::size_t>> per_article;  ///< out, ok, gold, found
};

/// Scores `graph` against the gold file; reports unreadable gold.
bool evaluate_graph(const Graph& graph, const std::string& gold_path, EvalFigures& out,
                    Diagnostics& diag);

/// The CLI command.
int run_evaluate(const Config& cfg);

}  // namespace claimgraph
