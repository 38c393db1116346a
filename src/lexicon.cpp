// SPDX-License-Identifier: ISC
// English inflection for pattern triggers; phrase keys.

#include "lexicon.hpp"

#include "segmenter.hpp"
#include "text.hpp"

namespace claimgraph {

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/// -s/-es forms: "supply" → "supplies", "push" → "pushes".
std::string add_s(const std::string& w) {
  const std::size_t n = w.size();
  if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2])) {
    return w.substr(0, n - 1) + "ies";
  }
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") ||
      ends_with(w, "ch") || ends_with(w, "sh")) {
    return w + "es";
  }
  return w + "s";
}

/// Consonant-vowel-consonant ending, where English may double the last
/// letter ("plan" → "planned"). Both spellings are accepted.
bool cvc(const std::string& w) {
  const std::size_t n = w.size();
  if (n < 3) return false;
  const char last = w[n - 1];
  return !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
         is_vowel(w[n - 2]) && !is_vowel(w[n - 3]);
}

}  // namespace

void Inflector::add_irregular(const std::string& lemma,
                              const std::vector<std::string>& forms) {
  auto& list = irregular_[lemma];
  list.insert(list.end(), forms.begin(), forms.end());
}

std::set<std::string> Inflector::forms(const std::string& lemma) const {
  std::set<std::string> out{lemma};
  if (lemma.find(' ') != std::string::npos) return out;
  const std::size_t n = lemma.size();
  out.insert(add_s(lemma));
  std::string stem = lemma;
  if (n >= 2 && lemma[n - 1] == 'y' && !is_vowel(lemma[n - 2])) {
    out.insert(lemma.substr(0, n - 1) + "ied");
    out.insert(lemma + "ing");
  } else if (n >= 1 && lemma[n - 1] == 'e') {
    out.insert(lemma + "d");
    out.insert(lemma.substr(0, n - 1) + "ing");
  } else {
    out.insert(lemma + "ed");
    out.insert(lemma + "ing");
    if (cvc(lemma)) {
      out.insert(lemma + lemma.back() + "ed");
      out.insert(lemma + lemma.back() + "ing");
    }
  }
  const auto it = irregular_.find(lemma);
  if (it != irregular_.end()) out.insert(it->second.begin(), it->second.end());
  return out;
}

std::string token_key(const std::string& text) {
  return to_lower(fold_punctuation(text));
}

std::vector<std::string> phrase_tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, 0)) {
    out.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  }
  return out;
}

Phrase phrase_keys(const std::string& text) {
  Phrase out;
  for (const std::string& t : phrase_tokens(text)) out.push_back(token_key(t));
  return out;
}

void WordSet::add(Phrase p) {
  if (p.empty()) return;
  by_first[p.front()].push_back(phrases.size());
  phrases.push_back(std::move(p));
}

}  // namespace claimgraph
