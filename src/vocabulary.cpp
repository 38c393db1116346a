// SPDX-License-Identifier: ISC
// Interning of mapping words and word sets compiled to ids.

#include "vocabulary.hpp"

#include <algorithm>

namespace claimgraph {

WordId Vocabulary::intern(const std::string& key) {
  const auto [it, fresh] = ids_.emplace(key, static_cast<WordId>(ids_.size()));
  (void)fresh;
  return it->second;
}

WordId Vocabulary::find(const std::string& key) const {
  const auto it = ids_.find(key);
  return it == ids_.end() ? no_word : it->second;
}

PhraseSet::PhraseSet(const WordSet& set, Vocabulary& vocabulary) {
  phrases_.reserve(set.phrases.size());
  for (const claimgraph::Phrase& words : set.phrases) {
    Phrase ids;
    ids.reserve(words.size());
    for (const std::string& w : words) ids.push_back(vocabulary.intern(w));
    if (!ids.empty()) by_first_[ids.front()].push_back(static_cast<std::uint32_t>(phrases_.size()));
    phrases_.push_back(std::move(ids));
  }
}

std::vector<WordId> PhraseSet::first_words() const {
  std::vector<WordId> out;
  for (const auto& [first, list] : by_first_) out.push_back(first);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace claimgraph
