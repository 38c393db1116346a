// SPDX-License-Identifier: ISC
// Stages 2 and 3: an article segmented into sentences, its entity mentions
// matched and resolved (names, pronouns, descriptions), ready for the
// relation patterns (relation_extractor) and attribution.
#pragma once

#include <string>
#include <vector>

#include "entity_matcher.hpp"
#include "model.hpp"
#include "segmenter.hpp"

namespace claimgraph {

struct Mappings;
class Ontology;

/// A sentence ready for patterns and attribution.
struct AnalyzedSentence {
  std::size_t index = 0;
  Span span;
  std::size_t paragraph = 0;
  std::vector<Mention> mentions;
  std::vector<Unit> units;
  bool question = false;  ///< ends with '?': asks, does not assert
};

/// The article after segmentation and entity matching.
struct AnalyzedArticle {
  const Article* article = nullptr;
  Segmented segmented;
  std::vector<AnalyzedSentence> sentences;
  Discovered discovered;
};

/// Runs stages 2 and 3: segmentation and entity matching.
AnalyzedArticle analyze(const Article& article, const EntityIndex& index,
                        const Mappings& mappings, const Ontology& ontology);

/// Stage 3 alone, on `segmented` = segment(article, ...): so the pipeline
/// can time the two stages apart.
AnalyzedArticle analyze(const Article& article, Segmented segmented, const EntityIndex& index,
                        const Mappings& mappings, const Ontology& ontology);

}  // namespace claimgraph
