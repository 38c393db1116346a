// SPDX-License-Identifier: ISC
// Which patterns can match a sentence at all (issue 7). Each pattern needs
// one thing per required element: a word of a literal, a first word of a
// word set or theme, a mention that fits a slot. The filter indexes these
// needs by word id, so a sentence costs one look-up per unit plus a few
// slot checks instead of a full match attempt per pattern. It only skips
// patterns the matcher would not match: results are unchanged.
#pragma once

#include <cstdint>
#include <vector>

#include "pattern.hpp"
#include "vocabulary.hpp"

namespace claimgraph {

class Ontology;

class PatternFilter {
 public:
  /// Indexes the needs of `patterns`; their elements must have ids
  /// (compile_ids) and `themes` their PhraseSets.
  void build(const std::vector<Pattern>& patterns, const std::vector<Theme>& themes,
             std::size_t vocabulary_size);

  /// Sets out[p] to whether pattern p may match `units`.
  void select(const std::vector<Unit>& units, const Ontology& onto,
              std::vector<char>& out) const;

 private:
  /// A word that meets need `need`; plain_only: only as a plain token, not
  /// as the word of a resolved pronoun.
  struct WordHit {
    std::uint32_t need;
    bool plain_only;
  };
  /// A need met by a mention unit: a slot (element), or a theme whose
  /// class may be named by a mention instead of a word.
  struct MentionNeed {
    const Element* slot = nullptr;
    std::vector<const Theme*> theme_classes;
  };
  std::uint32_t add_need(const std::vector<WordId>& words, bool plain_only);
  bool mention_need_met(const MentionNeed& need, const std::vector<Unit>& units,
                        const Ontology& onto) const;

  std::vector<std::vector<WordHit>> by_word_;  ///< WordId → needs it meets
  std::size_t needs_ = 0;
  std::vector<MentionNeed> mention_needs_;     ///< need id → mention need (or none)
  std::vector<std::vector<std::uint32_t>> pattern_needs_;
};

}  // namespace claimgraph
