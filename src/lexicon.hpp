// SPDX-License-Identifier: ISC
// Words as data: named word sets (phrases allowed), irregular inflections,
// and the English inflection rules that expand a lemma into its forms.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace claimgraph {

/// A phrase is a sequence of token keys (lower-cased, quotes folded).
using Phrase = std::vector<std::string>;

/// Turns a lemma into every form a pattern should accept: for verbs the
/// base, -s, -ed and -ing forms; for nouns the plural. Irregular forms from
/// the mappings are added, not substituted.
class Inflector {
 public:
  void add_irregular(const std::string& lemma, const std::vector<std::string>& forms);
  std::set<std::string> forms(const std::string& lemma) const;

 private:
  std::map<std::string, std::vector<std::string>> irregular_;
};

/// The key a token is matched by: lower case, typographic quotes folded.
std::string token_key(const std::string& text);

/// Splits a phrase written in the mappings ("boots on the ground",
/// "Kim Yong-hyun") into token keys exactly as the segmenter would.
Phrase phrase_keys(const std::string& text);
/// Like phrase_keys but keeps the original case of each token.
std::vector<std::string> phrase_tokens(const std::string& text);

/// A named set of phrases with a lookup by first token.
struct WordSet {
  std::string name;
  std::vector<Phrase> phrases;
  std::map<std::string, std::vector<std::size_t>> by_first;  ///< key → phrases
  void add(Phrase p);
};

}  // namespace claimgraph
