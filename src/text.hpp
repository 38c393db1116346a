// SPDX-License-Identifier: ISC
// Small UTF-8 helpers built on ICU's character functions: validation and
// repair, code-point counting, case folding. No allocation-heavy Unicode
// machinery here; segmentation lives in segmenter.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// Number of code points in a valid UTF-8 string.
std::size_t count_code_points(std::string_view utf8);

/// Replaces every ill-formed UTF-8 sequence and every NUL or C0 control
/// (except tab, newline, carriage return) with U+FFFD. Returns the byte
/// offset of the first replacement, or npos when the text was clean.
std::size_t repair_utf8(std::string& text);

/// Lower-cases with ICU's full case mapping (ASCII fast path).
std::string to_lower(std::string_view utf8);

/// Maps typographic apostrophes and quotes to ASCII, keeping byte length
/// irrelevant: used only on token keys, never on the article text itself.
std::string fold_punctuation(std::string_view utf8);

std::string_view trim(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::vector<std::string> split_words(std::string_view s);

/// True when the first code point of `word` is an upper-case letter.
bool is_capitalized(std::string_view word);
/// True when every letter of `word` is upper case and there is at least one.
bool is_all_caps(std::string_view word);

}  // namespace claimgraph
