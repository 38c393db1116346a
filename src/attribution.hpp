// SPDX-License-Identifier: ISC
// Stage 5: who claims each candidate, and how. Finds reporting
// constructions ("X said", "according to X", headline ", X says"), quote
// speakers, pronouns carried to the last named speaker, negation, denials
// ("dismissed these claims as fake news") and modality cues. Pure.
#pragma once

#include <vector>

#include "relation_extractor.hpp"

namespace claimgraph {

/// Turns candidates into attributed claims (claimant, polarity, modality,
/// cues, date qualifier) and adds the Negated claims that denials make.
std::vector<Claim> attribute(const AnalyzedArticle& doc,
                             const std::vector<Candidate>& candidates,
                             const Mappings& mappings, const Ontology& ontology);

}  // namespace claimgraph
