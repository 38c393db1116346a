// SPDX-License-Identifier: ISC
// UTF-8 helpers; ICU supplies the character properties and case mapping.

#include "text.hpp"

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace claimgraph {

std::size_t count_code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) {
    // Every byte that is not a continuation byte starts a code point.
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

std::size_t repair_utf8(std::string& text) {
  static constexpr char replacement[] = "\xEF\xBF\xBD";
  std::string out;
  std::size_t first_bad = std::string::npos;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool changed = false;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    const bool control = c >= 0 && c < 0x20 && c != '\t' && c != '\n' &&
                         c != '\r';
    if (c < 0 || control || c == 0x7F) {
      if (!changed) {
        out.assign(text, 0, static_cast<std::size_t>(start));
        first_bad = static_cast<std::size_t>(start);
        changed = true;
      }
      out += replacement;
    } else if (changed) {
      out.append(text, static_cast<std::size_t>(start),
                 static_cast<std::size_t>(i - start));
    }
  }
  if (changed) text.swap(out);
  return first_bad;
}

std::string to_lower(std::string_view utf8) {
  std::string out(utf8);
  bool ascii = true;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (ascii) return out;
  out.clear();
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::string fold_punctuation(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    // U+2018, U+2019 (quotes/apostrophe), U+201C, U+201D, U+2013, U+2014.
    if (b == 0xE2 && i + 2 < utf8.size() &&
        static_cast<unsigned char>(utf8[i + 1]) == 0x80) {
      const auto c = static_cast<unsigned char>(utf8[i + 2]);
      if (c == 0x98 || c == 0x99) { out += '\''; i += 2; continue; }
      if (c == 0x9C || c == 0x9D) { out += '"'; i += 2; continue; }
      if (c == 0x93 || c == 0x94) { out += '-'; i += 2; continue; }
    }
    out += static_cast<char>(b);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  const auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

namespace {
UChar32 first_code_point(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0;
  UChar32 c = -1;
  if (!word.empty()) U8_NEXT(s, i, static_cast<int32_t>(word.size()), c);
  return c;
}
}  // namespace

bool is_capitalized(std::string_view word) {
  const UChar32 c = first_code_point(word);
  return c >= 0 && u_isupper(c);
}

bool is_all_caps(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  bool letter = false;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      letter = true;
    }
  }
  return letter;
}

}  // namespace claimgraph
