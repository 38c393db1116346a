// SPDX-License-Identifier: ISC
// One article's share of the output, built where the article was
// processed (in a worker thread) so that only joining and writing remain
// serial: its quads (article node, claims, and the entities they name) and
// its rejects as JSON Lines.
#pragma once

#include <map>
#include <string>

#include "pipeline.hpp"
#include "rdf.hpp"

namespace claimgraph {

/// What `extract` writes for one article.
struct ArticleOutput {
  Graph quads;          ///< canonicalised; entities only if asked for
  std::string rejects;  ///< one JSON object per line
};

/// Builds the article's quads and rejects. Entities are described apart,
/// once per run (graph_parts, and the streaming mode's writer).
ArticleOutput article_output(const ArticleResult& r, const Resources& res);

/// What a run counts over its articles, for the summary line and --report;
/// both extract modes keep one.
struct RunTally {
  std::size_t articles = 0, sentences = 0, written = 0, rejected = 0;
  std::map<std::string, std::size_t> rejected_by_reason;
  StageTimes times;  ///< the articles' stages, plus what the run adds

  /// Counts one article and adds its stage times.
  void add(const ArticleResult& r);
  /// The --report document.
  std::string report_json(std::size_t triples, std::size_t errors) const;
};

/// The ids of the entities the accepted claims name, in the order they are
/// first named (subject, object, claimant).
std::vector<std::string> entities_named(const ArticleResult& r);

/// The run's graph as canonical parts in canonical order, without copying
/// the articles' quads: `entities` (filled here: one description of every
/// entity the articles name, in the default graph, which sorts first), then
/// each article's quads ordered by graph name. Each article's quads are
/// canonical and all in its own named graph, so that order is the
/// canonical order of the whole. Should two articles share a graph name,
/// everything is moved into `entities`, made canonical, and that is the
/// one part. `outputs` and `entities` must outlive the parts.
GraphParts graph_parts(std::vector<ArticleOutput>& outputs, const std::vector<ArticleResult>& results,
                       const Resources& res, unsigned jobs, Graph& entities);

/// A rejected statement as the JSON object the rejects file holds.
std::string rejection_line(const Rejection& r);

}  // namespace claimgraph
