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
#include <array>
#include <cctype>
#include <memory>
#include <string_view>

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

/// ICU's answers for the ASCII range, asked once: most text is ASCII and
/// the ICU property look-ups were a good part of tokenizing (issue 7).
struct AsciiClass {
  bool word = false;   ///< is_word_char
  bool digit = false;  ///< u_isdigit
  bool alpha = false;  ///< u_isalpha
  bool upper = false;  ///< u_isupper
  bool space = false;  ///< u_isUWhiteSpace
};

bool icu_word_char(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                    u_charType(c) == U_COMBINING_SPACING_MARK);
}

std::array<AsciiClass, 128> make_ascii_table() {
  std::array<AsciiClass, 128> t{};
  for (UChar32 ch = 0; ch < 128; ++ch) {
    t[static_cast<std::size_t>(ch)] = {icu_word_char(ch), u_isdigit(ch) != 0, u_isalpha(ch) != 0,
                                       u_isupper(ch) != 0, u_isUWhiteSpace(ch) != 0};
  }
  return t;
}

// Filled at start-up (ICU's character properties are compiled in, no data
// to load), so the hot path has no initialisation guard.
const std::array<AsciiClass, 128> ascii_table = make_ascii_table();

inline const AsciiClass& ascii_class(UChar32 c) { return ascii_table[static_cast<std::size_t>(c)]; }

inline bool is_ascii(UChar32 c) { return c >= 0 && c < 128; }

inline bool is_word_char(UChar32 c) { return is_ascii(c) ? ascii_class(c).word : icu_word_char(c); }
inline bool is_digit(UChar32 c) { return is_ascii(c) ? ascii_class(c).digit : u_isdigit(c) != 0; }
inline bool is_alpha(UChar32 c) { return is_ascii(c) ? ascii_class(c).alpha : u_isalpha(c) != 0; }
inline bool is_upper(UChar32 c) { return is_ascii(c) ? ascii_class(c).upper : u_isupper(c) != 0; }
inline bool is_space(UChar32 c) { return is_ascii(c) ? ascii_class(c).space : u_isUWhiteSpace(c) != 0; }

/// is_all_caps for an ASCII word, without decoding.
bool ascii_all_caps(std::string_view w) {
  bool letter = false;
  for (const char ch : w) {
    const AsciiClass& k = ascii_class(static_cast<unsigned char>(ch));
    if (k.alpha) {
      if (!k.upper) return false;
      letter = true;
    }
  }
  return letter;
}

bool all_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

/// The token key: lower case, typographic quotes folded. For ASCII (the
/// usual case) that is a plain lower-casing; to_lower and
/// fold_punctuation give the same for it, with two allocations more.
std::string token_key_of(std::string_view piece, bool ascii) {
  if (!ascii) return to_lower(fold_punctuation(piece));
  std::string key(piece);
  for (char& ch : key) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return key;
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
      if (!is_digit(c)) digits_only = false;
      i = next;
      continue;
    }
    int32_t after = 0;
    const UChar32 d = cur.at(next, &after);
    // 10,000 and 3.5 stay one token.
    if ((c == ',' || c == '.') && digits_only && i > start && d >= 0 &&
        is_digit(d)) {
      i = next;
      continue;
    }
    // Initials: U.S. / U.N. — a single letter, '.', a letter, '.'.
    if (c == '.' && d >= 0 && is_alpha(d) && cur.at(after) == '.') {
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

namespace {

/// Appends the tokens of `text` to `out` (see tokenize).
void tokenize_into(std::string_view text, std::size_t offset,
                   const std::set<std::string>* abbreviations, std::vector<Token>& out) {
  const Cursor cur{reinterpret_cast<const uint8_t*>(text.data()),
                   static_cast<int32_t>(text.size())};
  int32_t i = 0;
  bool space = true;
  while (i < cur.length) {
    int32_t next = 0;
    const UChar32 c = cur.at(i, &next);
    if (c < 0 || is_space(c) || c == 0xFEFF) {
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
    Token& t = out.emplace_back();
    t.span = {offset + static_cast<std::size_t>(i), offset + static_cast<std::size_t>(end)};
    const std::string_view piece = text.substr(static_cast<std::size_t>(i),
                                               static_cast<std::size_t>(end - i));
    const bool ascii = all_ascii(piece);
    t.key = token_key_of(piece, ascii);
    t.space_before = space;
    t.word = is_word_char(c);
    t.capitalized = is_upper(c);
    t.all_caps = t.word && (ascii ? ascii_all_caps(piece) : is_all_caps(piece));
    t.number = is_digit(c);
    i = end;
    space = false;
  }
}

}  // namespace

std::vector<Token> tokenize(const std::string& text, std::size_t offset,
                            const std::set<std::string>* abbreviations) {
  std::vector<Token> out;
  tokenize_into(text, offset, abbreviations, out);
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

/// The last tokens of `text`, at least two when it has two. A token never
/// spans whitespace and the tokenizer looks only forward, so tokenizing
/// from the start of the last two whitespace-separated chunks gives the
/// same last tokens as tokenizing all of it, for a fraction of the work.
std::vector<Token> last_tokens(std::string_view text, const std::set<std::string>& abbreviations) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t p = text.size();
  for (int chunks = 0; p > 0 && chunks < 2; ++chunks) {
    while (p > 0 && blank(text[p - 1])) --p;
    while (p > 0 && !blank(text[p - 1])) --p;
  }
  std::vector<Token> out;
  tokenize_into(text.substr(p), 0, &abbreviations, out);
  // A chunk of other white space (no-break spaces) holds no token.
  if (out.size() < 2 && p > 0) {
    out.clear();
    tokenize_into(text, 0, &abbreviations, out);
  }
  return out;
}

/// Whether the ICU break between sentence `prev` and `next` falls after an
/// abbreviation or initial ("U.S. President", "N. Korea") and is no break:
/// same line, and a capitalised word that is no usual sentence opener next.
bool continues_sentence(const std::string& text, const Span& prev, const Span& next,
                        const SegmentationRules& rules) {
  const std::string_view before(text.data() + prev.begin, prev.end - prev.begin);
  if (before.find('\n') != std::string_view::npos) return false;
  std::vector<Token> first;
  tokenize_into(std::string_view(text).substr(next.begin, std::min<std::size_t>(next.end - next.begin, 40)),
                0, nullptr, first);
  if (first.empty() || !first.front().capitalized || rules.sentence_starters.count(first.front().key)) {
    return false;
  }
  const auto last = last_tokens(before, rules.abbreviations);
  // A single capital and a dot ("N. Korea", "John F. Kennedy") is an initial.
  const bool initial = last.size() >= 2 && last.back().key == "." &&
                       last[last.size() - 2].key.size() == 1 && last[last.size() - 2].capitalized &&
                       !last.back().space_before;
  const bool known = !last.empty() && rules.abbreviations.count(last.back().key);
  return known || initial;
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
    if (!joined.empty() && s.begin == joined.back().end &&
        continues_sentence(text, joined.back(), s, rules)) {
      joined.back().end = s.end;
      continue;
    }
    joined.push_back(s);
  }
  raw.swap(joined);
  // About one token per six bytes of English: most articles need no regrowth.
  out.tokens.reserve(analysed / 6);
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
    tokenize_into(std::string_view(text).substr(s.begin, s.end - s.begin), s.begin,
                  &abbreviations, out.tokens);
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
