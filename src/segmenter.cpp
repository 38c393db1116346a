// SPDX-License-Identifier: ISC
// Sentence splitting with ICU's BreakIterator (UAX #29 plus the CLDR
// abbreviation list and ours), and a tokenizer over ICU character classes.

#include "segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "text.hpp"

namespace claimgraph {

namespace {

struct Cursor {
  const uint8_t* s;
  int32_t length;
  UChar32 at(int32_t i, int32_t* next = nullptr) const {
    UChar32 c = 0;
    int32_t j = i;
    if (j >= length) return -1;
    U8_NEXT(s, j, length, c);
    if (next) *next = j;
    return c;
  }
};

bool is_word_char(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                    u_charType(c) == U_COMBINING_SPACING_MARK);
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

/// Length in bytes of the word starting at i (letters, digits, and the
/// joiners allowed inside numbers and initials).
int32_t scan_word(const Cursor& cur, int32_t i) {
  const int32_t start = i;
  bool digits_only = true;
  while (i < cur.length) {
    int32_t next = 0;
    const UChar32 c = cur.at(i, &next);
    if (is_word_char(c)) {
      if (!u_isdigit(c)) digits_only = false;
      i = next;
      continue;
    }
    int32_t after = 0;
    const UChar32 d = cur.at(next, &after);
    // 10,000 and 3.5 stay one token.
    if ((c == ',' || c == '.') && digits_only && i > start && d >= 0 &&
        u_isdigit(d)) {
      i = next;
      continue;
    }
    // Initials: U.S. / U.N. — a single letter, '.', a letter, '.'.
    if (c == '.' && d >= 0 && u_isalpha(d) && cur.at(after) == '.') {
      int32_t k = i - 1;
      while (k > start && (cur.s[k] & 0xC0U) == 0x80U) --k;
      if (k == start || cur.s[k - 1] == '.') {
        i = next;
        continue;
      }
    }
    break;
  }
  return i - start;
}

}  // namespace

std::vector<Token> tokenize(const std::string& text, std::size_t offset,
                            const std::set<std::string>* abbreviations) {
  std::vector<Token> out;
  const Cursor cur{reinterpret_cast<const uint8_t*>(text.data()),
                   static_cast<int32_t>(text.size())};
  int32_t i = 0;
  bool space = true;
  while (i < cur.length) {
    int32_t next = 0;
    const UChar32 c = cur.at(i, &next);
    if (c < 0 || u_isUWhiteSpace(c) || c == 0xFEFF) {
      i = next > i ? next : i + 1;
      space = true;
      continue;
    }
    int32_t end = next;
    if (is_word_char(c)) {
      end = i + scan_word(cur, i);
      if ((c == 'n' || c == 'N') && end == next) {
        // The "n't" that the rule below splits off "didn't".
        int32_t after_a = 0;
        const UChar32 a = cur.at(next, &after_a);
        int32_t after_t = 0;
        const UChar32 t = cur.at(after_a, &after_t);
        if (is_apostrophe(a) && (t == 't' || t == 'T') && !is_word_char(cur.at(after_t))) end = after_t;
      }
      // "didn't" → "did" "n't": stop before the n of n't.
      if (end - i >= 2 && (text[static_cast<std::size_t>(end - 1)] == 'n' ||
                           text[static_cast<std::size_t>(end - 1)] == 'N')) {
        int32_t after_n = 0;
        const UChar32 apostrophe = cur.at(end, &after_n);
        int32_t after_t = 0;
        const UChar32 t = cur.at(after_n, &after_t);
        if (is_apostrophe(apostrophe) && (t == 't' || t == 'T') && !is_word_char(cur.at(after_t))) {
          --end;
        }
      }
      // "U.S" → "U.S." when initials are followed by a dot.
      const std::string_view w(text.data() + i, static_cast<std::size_t>(end - i));
      if (end < cur.length && text[static_cast<std::size_t>(end)] == '.') {
        const bool initials = w.size() >= 3 && w[w.size() - 2] == '.';
        const bool abbreviation =
            abbreviations &&
            abbreviations->count(to_lower(std::string(w) + ".")) > 0;
        if (initials || abbreviation) ++end;
      }
    } else if (is_apostrophe(c)) {
      // 's and n't are their own tokens; a lone apostrophe too.
      int32_t after = 0;
      const UChar32 d = cur.at(next, &after);
      if ((d == 's' || d == 'S') && !is_word_char(cur.at(after))) end = after;
    }
    Token t;
    t.span = {offset + static_cast<std::size_t>(i), offset + static_cast<std::size_t>(end)};
    const std::string piece = text.substr(static_cast<std::size_t>(i),
                                          static_cast<std::size_t>(end - i));
    t.key = to_lower(fold_punctuation(piece));
    t.space_before = space;
    t.word = is_word_char(c);
    t.capitalized = u_isupper(c);
    t.all_caps = t.word && is_all_caps(piece);
    t.number = u_isdigit(c);
    out.push_back(std::move(t));
    i = end;
    space = false;
  }
  return out;
}

namespace {

std::unique_ptr<icu::BreakIterator> make_sentence_breaker(
    const std::set<std::string>& abbreviations) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale("en@ss=standard");
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status) || !builder) return base;
  for (const std::string& a : abbreviations) {
    // ICU compares the text as written: "mr.", "Mr." and "MR.", "U.S.".
    icu::UnicodeString lower = icu::UnicodeString::fromUTF8(a);
    icu::UnicodeString upper = lower;
    upper.toUpper(icu::Locale::getRoot());
    icu::UnicodeString title = lower;
    title.replace(0, 1, upper, 0, 1);
    for (const icu::UnicodeString& form : {lower, upper, title}) {
      UErrorCode s2 = U_ZERO_ERROR;
      builder->suppressBreakAfter(form, s2);
    }
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

/// Byte offset of each UTF-16 index boundary, for mapping ICU results back.
std::vector<std::size_t> utf16_to_byte(std::string_view text,
                                       int32_t utf16_length) {
  std::vector<std::size_t> map(static_cast<std::size_t>(utf16_length) + 1, text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t u = 0;
  while (i < length && u < utf16_length) {
    map[static_cast<std::size_t>(u)] = static_cast<std::size_t>(i);
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    u += (c >= 0x10000) ? 2 : 1;
  }
  return map;
}

}  // namespace

Segmented segment(const Article& article, const SegmentationRules& rules) {
  const std::set<std::string>& abbreviations = rules.abbreviations;
  Segmented out;
  const std::string& text = article.text;
  thread_local std::unique_ptr<icu::BreakIterator> breaker;
  thread_local const std::set<std::string>* breaker_for = nullptr;
  if (!breaker || breaker_for != &abbreviations) {
    breaker = make_sentence_breaker(abbreviations);
    breaker_for = &abbreviations;
  }
  // Only the first max_article_bytes are analysed, cut at a code point
  // boundary; ICU counts in int32_t, so a longer text would overflow it too.
  std::size_t analysed = std::min(text.size(), max_article_bytes);
  while (analysed > 0 && analysed < text.size() &&
         (static_cast<unsigned char>(text[analysed]) & 0xC0U) == 0x80U) {
    --analysed;
  }
  const std::string_view head(text.data(), analysed);
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(head.data(), static_cast<int32_t>(head.size())));
  const auto to_byte = utf16_to_byte(head, u.length());
  std::vector<Span> raw;
  if (breaker) {
    breaker->setText(u);
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaker->next()) {
      raw.push_back({to_byte[static_cast<std::size_t>(start)],
                     to_byte[static_cast<std::size_t>(end)]});
    }
  } else {
    raw.push_back({0, analysed});
  }
  // ICU's filter misses initialisms ("U.S. President"): re-join a break
  // after a known abbreviation unless a usual sentence opener follows.
  std::vector<Span> joined;
  for (const Span& s : raw) {
    if (!joined.empty() && s.begin == joined.back().end) {
      const std::string prev = text.substr(joined.back().begin, joined.back().end - joined.back().begin);
      const auto last = tokenize(prev, 0, &abbreviations);
      const auto next = tokenize(text.substr(s.begin, std::min<std::size_t>(s.end - s.begin, 40)), 0);
      const bool same_line = prev.find('\n') == std::string::npos;
      // A single capital and a dot ("N. Korea", "John F. Kennedy") is an initial.
      const bool initial = last.size() >= 2 && last.back().key == "." &&
                           last[last.size() - 2].key.size() == 1 && last[last.size() - 2].capitalized &&
                           !last.back().space_before;
      const bool known = !last.empty() && abbreviations.count(last.back().key);
      if (same_line && !next.empty() && (known || initial) && next.front().capitalized &&
          !rules.sentence_starters.count(next.front().key)) {
        joined.back().end = s.end;
        continue;
      }
    }
    joined.push_back(s);
  }
  raw.swap(joined);
  // Line starts, to number paragraphs.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < analysed; ++i) {
    if (text[i] == '\n') line_starts.push_back(i + 1);
  }
  for (Span s : raw) {
    // Trim the parts that fall in skipped spans (header, boilerplate).
    for (const Span& skip : article.skipped) {
      if (!skip.overlaps(s)) continue;
      if (skip.begin <= s.begin) s.begin = std::max(s.begin, skip.end);
      else if (skip.end >= s.end) s.end = skip.begin;
    }
    while (s.begin < s.end && (text[s.begin] == ' ' || text[s.begin] == '\n' ||
                               text[s.begin] == '\r' || text[s.begin] == '\t')) {
      ++s.begin;
    }
    while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == '\n' ||
                               text[s.end - 1] == '\r' || text[s.end - 1] == '\t')) {
      --s.end;
    }
    if (s.empty()) continue;
    Sentence sentence;
    sentence.span = s;
    sentence.first = out.tokens.size();
    for (Token& t : tokenize(text.substr(s.begin, s.end - s.begin), s.begin,
                             &abbreviations)) {
      out.tokens.push_back(std::move(t));
    }
    sentence.last = out.tokens.size();
    sentence.paragraph = static_cast<std::size_t>(
        std::upper_bound(line_starts.begin(), line_starts.end(), s.begin) -
        line_starts.begin() - 1);
    for (std::size_t first = sentence.first; first < sentence.last; first += max_sentence_tokens) {
      Sentence piece = sentence;
      piece.first = first;
      piece.last = std::min(sentence.last, first + max_sentence_tokens);
      if (sentence.last - sentence.first > max_sentence_tokens) {
        piece.span = {out.tokens[piece.first].span.begin, out.tokens[piece.last - 1].span.end};
      }
      out.sentences.push_back(piece);
    }
  }
  return out;
}

}  // namespace claimgraph
