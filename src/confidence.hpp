// SPDX-License-Identifier: ISC
// Confidence of one claim from its wording and modality, with the ICD 203
// band it falls in. Provisional model (see README "Confidence"): the full
// source-reliability model is tracked in its own issue.
#pragma once

#include "model.hpp"

namespace claimgraph {

struct Mappings;

/// Sets claim.confidence and claim.confidence_level.
void score_confidence(Claim& claim, const Article& article, const Mappings& mappings);

/// The ICD 203 band (local name in the cg: namespace) of a probability.
const char* icd203_band(double p);

}  // namespace claimgraph
