// SPDX-License-Identifier: ISC
// Provisional confidence: a base by modality, so that the number is
// explainable and deterministic until source reliability is modelled.

#include "confidence.hpp"

namespace claimgraph {

const char* icd203_band(double p) {
  // ICD 203 (2015), "Expressions of likelihood".
  if (p < 0.05) return "AlmostNoChance";
  if (p < 0.20) return "VeryUnlikely";
  if (p < 0.45) return "Unlikely";
  if (p < 0.55) return "RoughlyEvenChance";
  if (p < 0.80) return "Likely";
  if (p < 0.95) return "VeryLikely";
  return "AlmostCertain";
}

void score_confidence(Claim& c, const Article&, const Mappings&) {
  double p = c.claimant.empty() ? 0.7 : 0.75;
  switch (c.modality) {
    case Modality::actual: break;
    case Modality::planned: p *= 0.8; break;
    case Modality::possible: p *= 0.6; break;
    case Modality::requested: p *= 0.7; break;
  }
  c.confidence = static_cast<double>(static_cast<long>(p * 1000.0 + 0.5)) / 1000.0;
  c.confidence_level = icd203_band(c.confidence);
}

}  // namespace claimgraph
