// SPDX-License-Identifier: ISC
// Stage 4: sentences with mentions × relation patterns → candidate claims
// (subject, predicate, object, rule, matched spans). Claimant, polarity and
// modality are left to attribution; validation comes later still.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis.hpp"
#include "model.hpp"

namespace claimgraph {

struct Mappings;
class Ontology;

/// A claim before attribution, with what attribution needs to know.
struct Candidate {
  Claim claim;
  std::size_t sentence = 0;   ///< index into AnalyzedArticle::sentences
  std::size_t trigger = 0;    ///< unit index of the trigger
  std::size_t first = 0;      ///< first unit of the match
  bool article_voice = false; ///< role and other article-voice patterns
  bool theme_negated = false; ///< "but not with contingents"
  std::optional<Modality> forced_modality;
  bool fallback = false;      ///< see Pattern::fallback
  bool background = false;    ///< see Pattern::background
  bool recipient_hint = false; ///< see Pattern::recipient_hint
};

/// Applies every pattern to every sentence, in mappings order.
std::vector<Candidate> extract_relations(const AnalyzedArticle& doc,
                                         const Mappings& mappings,
                                         const Ontology& ontology);

}  // namespace claimgraph
