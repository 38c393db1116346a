// SPDX-License-Identifier: ISC
// Confidence of one claim (README "Confidence"): the reliability of its
// source (Admiralty-style grade of the claimant, else of the publisher),
// the credibility of its wording (ICD 203 estimative words, hedges such as
// "reportedly"), and its modality. Every number comes from
// mappings/confidence.json; the cues that moved it are kept on the claim.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "lexicon.hpp"
#include "model.hpp"
#include "vocabulary.hpp"

namespace claimgraph {

struct Mappings;

/// The loaded model.
struct ConfidenceModel {
  std::map<char, double> grades;          ///< A..F → reliability
  char default_grade = 'F';
  std::map<std::string, char> by_class;   ///< class local name → grade
  std::map<std::string, char> by_entity;  ///< entity id → grade
  std::map<std::string, char> by_publisher;  ///< publisher text → grade
  double base_credibility = 0.7;
  struct Band {
    WordSet phrases;
    double low = 0, high = 1;
    const PhraseSet* ids = nullptr;  ///< `phrases` by word ids (compile_ids)
  };
  std::vector<Band> estimative;           ///< ICD 203 probability ranges
  struct Hedge {
    WordSet phrases;
    double factor = 1;
    const PhraseSet* ids = nullptr;  ///< `phrases` by word ids (compile_ids)
  };
  std::vector<Hedge> hedges;
  /// WordId → some estimative or hedge phrase starts with it (compile_ids).
  std::vector<char> cue_starts;
  /// Tells loaded models apart (a per-thread cache keys on it).
  std::uint64_t serial = 0;
  std::map<Modality, double> modality{{Modality::actual, 1.0}};
  std::vector<std::pair<double, std::string>> credibility_codes;  ///< min → "1".."5"
  double denial_discount = 0.5;   ///< how much a credible denial discounts
  double truthy_threshold = 0.5;  ///< aggregate confidence for the s p o triple
};

/// Loads mappings/confidence.json; reports problems with JSON pointers.
bool load_confidence_model(const std::string& file, const Inflector& inflector,
                           ConfidenceModel& model, Diagnostics& diag);

/// Sets claim.confidence, confidence_level, source_grade and cues.
void score_confidence(Claim& claim, const Article& article, const Mappings& mappings);

/// The ICD 203 band (local name in the cg: namespace) of a probability.
const char* icd203_band(double p);

}  // namespace claimgraph
