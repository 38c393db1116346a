// SPDX-License-Identifier: ISC
// Stage 3: tokens × gazetteer → entity mentions (longest match, case-aware),
// plus people named after a role title that the gazetteer lacks
// ("spokesman John Kirby"). Then the sentence as units for the patterns.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "pattern.hpp"
#include "segmenter.hpp"

namespace claimgraph {

struct Mappings;
class Ontology;

/// One mention of an entity in the text.
struct Mention {
  std::string entity;  ///< entity id
  std::string cls;     ///< class IRI
  MentionForm form = MentionForm::name;
  std::size_t first = 0;  ///< first token
  std::size_t last = 0;   ///< one past the last token
  Span span;
  bool pronoun = false;   ///< resolved from "it", "its", "he", a short name...
  bool personnel = false; ///< "they" for "North Korean soldiers": the state's troops
};

/// The gazetteer compiled for lookup by first token key.
class EntityIndex {
 public:
  EntityIndex(const Mappings& mappings, const Ontology& ontology);

  struct Name {
    std::vector<std::string> keys;
    std::vector<WordId> ids;      ///< keys as Vocabulary ids
    std::vector<char> case_rule;  ///< 'A' all caps, 'C' capitalised, '-' any
    std::string entity;
    std::string cls;
    MentionForm form = MentionForm::name;
  };
  /// Candidate names starting with the word `first`, longest first.
  const std::vector<Name>* starting_with(WordId first) const;

 private:
  std::unordered_map<WordId, std::vector<Name>> by_first_;
};

/// Entities minted from textual cues in one article.
struct Discovered {
  std::vector<Entity> entities;
};

/// Finds the mentions in tokens [first, last) of one sentence.
std::vector<Mention> match_entities(const std::vector<Token>& tokens,
                                    std::size_t first, std::size_t last,
                                    const std::string& text,
                                    const EntityIndex& index,
                                    const Mappings& mappings,
                                    const Ontology& ontology,
                                    Discovered& discovered);

/// The sentence as pattern units: each mention one unit, other tokens one
/// unit each. `mentions` must be sorted and non-overlapping.
std::vector<Unit> build_units(const std::vector<Token>& tokens,
                              std::size_t first, std::size_t last,
                              const std::vector<Mention>& mentions);

}  // namespace claimgraph
