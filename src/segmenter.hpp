// SPDX-License-Identifier: ISC
// Stage 2: article text → sentences (ICU, with abbreviation suppression)
// → tokens with byte spans. Skipped spans (header, boilerplate) yield no
// sentences. Knows nothing about entities or patterns.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model.hpp"

namespace claimgraph {

/// One token. `key` is lower-cased with typographic quotes folded.
struct Token {
  Span span;
  std::string key;
  int id = -1;               ///< key as a Vocabulary WordId; set by analyze()
  bool space_before = true;  ///< false when glued to the previous token
  bool capitalized = false;
  bool all_caps = false;
  bool number = false;       ///< digits, maybe with , or . inside
  bool word = false;         ///< starts with a letter or digit
};

/// A sentence: its span and the range [first, last) of its tokens.
struct Sentence {
  Span span;
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t paragraph = 0;  ///< index of the text line it is on
};

struct Segmented {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

/// Splits `text` into tokens whose spans are offset by `offset`.
/// Words ending in '.' that are in `abbreviations` (lower case, with the
/// dot) keep the dot; initials such as "U.S." always do.
std::vector<Token> tokenize(const std::string& text, std::size_t offset,
                            const std::set<std::string>* abbreviations = nullptr);

/// What the segmenter needs from the lexicon.
struct SegmentationRules {
  std::set<std::string> abbreviations;      ///< lower case, with the dot
  std::set<std::string> sentence_starters;  ///< lower case: "the", "he"
};

/// Resource limit (README "Robustness"): a "sentence" of more tokens (a
/// flattened table, a list of names without a full stop) is cut into pieces
/// of this many, because later stages spend time per candidate claim that
/// grows with the length of its sentence. Real sentences have under 150.
inline constexpr std::size_t max_sentence_tokens = 400;

/// Resource limit (README "Robustness"): only the first 10 MB of an article
/// are segmented, and so analysed; time and memory grow with the text
/// (about 1.2 s and 60 MB per MB), and real articles are under 1 MB.
inline constexpr std::size_t max_article_bytes = 10'000'000;

/// Segments an article into sentences and tokens.
Segmented segment(const Article& article, const SegmentationRules& rules);

}  // namespace claimgraph
