// SPDX-License-Identifier: ISC
// One article's share of the output, built where the article was
// processed (in a worker thread) so that only joining and writing remain
// serial: its quads (article node, claims, and the entities they name) and
// its rejects as JSON Lines.
#pragma once

#include <string>

#include "pipeline.hpp"
#include "rdf.hpp"

namespace claimgraph {

/// What `extract` writes for one article.
struct ArticleOutput {
  Graph quads;          ///< canonicalised; entities only if asked for
  std::string rejects;  ///< one JSON object per line
};

/// Builds the article's quads and rejects. Entity descriptions are added
/// when `with_entities`; the streaming mode describes each entity once per
/// run instead (see entity_quads).
ArticleOutput article_output(const ArticleResult& r, const Resources& res, bool with_entities);

/// The ids of the entities the accepted claims name, in the order they are
/// first named (subject, object, claimant).
std::vector<std::string> entities_named(const ArticleResult& r);

/// Joins the articles' outputs (built without entities) and one description
/// of every entity they name into one canonical graph, moving the quads.
/// Each article's quads are canonical and all in its own named graph, so
/// ordering the articles by graph name orders the whole: no quad-by-quad
/// sort of the large graph.
Graph join_outputs(std::vector<ArticleOutput>& outputs, const std::vector<ArticleResult>& results,
                   const Resources& res, unsigned jobs);

/// A rejected statement as the JSON object the rejects file holds.
std::string rejection_line(const Rejection& r);

}  // namespace claimgraph
