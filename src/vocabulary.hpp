// SPDX-License-Identifier: ISC
// Words as numbers (issue 7): every token key the mappings mention gets an
// id at load time, and the matchers compare ids instead of strings. A text
// word the mappings never mention gets no_word, which equals no mapping
// word, so matching by id gives exactly the answers matching by key gave.
// Built once in load_mappings and read-only afterwards (thread-safe).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon.hpp"

namespace claimgraph {

using WordId = std::int32_t;
inline constexpr WordId no_word = -1;

/// Token key → WordId for the words of the mappings.
class Vocabulary {
 public:
  /// The id of `key`, adding it when new. Load time only.
  WordId intern(const std::string& key);
  /// The id of `key`, or no_word when the mappings never use it.
  WordId find(const std::string& key) const;
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, WordId> ids_;
};

/// A WordSet over word ids: the same phrases in the same order, looked up
/// by the id of their first word.
class PhraseSet {
 public:
  PhraseSet() = default;
  PhraseSet(const WordSet& set, Vocabulary& vocabulary);

  using Phrase = std::vector<WordId>;
  /// Indices into phrases() of those starting with `first`, in set order;
  /// nullptr when none does.
  const std::vector<std::uint32_t>* starting_with(WordId first) const {
    if (first < 0) return nullptr;
    const auto it = by_first_.find(first);
    return it == by_first_.end() ? nullptr : &it->second;
  }
  const std::vector<Phrase>& phrases() const { return phrases_; }
  /// The distinct first words, for prefilters.
  std::vector<WordId> first_words() const;

  /// Length of the longest phrase at position i of a sequence, or 0.
  /// `word(k)` is the id at position k (no_word when that position cannot
  /// take part, or is past the end).
  template <class WordAt>
  std::size_t longest_at(std::size_t i, WordAt word) const {
    const auto* list = starting_with(word(i));
    if (!list) return 0;
    std::size_t best = 0;
    for (const std::uint32_t idx : *list) {
      const Phrase& ph = phrases_[idx];
      if (ph.size() > best && matches(ph, i, word)) best = ph.size();
    }
    return best;
  }

  template <class WordAt>
  static bool matches(const Phrase& ph, std::size_t i, WordAt word) {
    // ph[0] matched already (we came through by_first_); check the rest.
    for (std::size_t k = 1; k < ph.size(); ++k) {
      if (word(i + k) != ph[k]) return false;
    }
    return true;
  }

 private:
  std::vector<Phrase> phrases_;
  std::unordered_map<WordId, std::vector<std::uint32_t>> by_first_;
};

}  // namespace claimgraph
