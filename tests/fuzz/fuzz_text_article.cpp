// SPDX-License-Identifier: ISC
// Fuzz target: bytes as a scraped .txt file → UTF-8 repair → article reader
// (header, boilerplate) → segmenter. Checks that the repaired text is clean,
// and that every span and line:column the stages produce lies in the text.

#include <cstddef>
#include <cstdint>
#include <string>

#include "article_reader.hpp"
#include "fuzz_support.hpp"
#include "segmenter.hpp"
#include "text.hpp"

namespace {

using namespace claimgraph;

bool boundary(const std::string& text, std::size_t at) {
  return at == text.size() ||
         (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0U) != 0x80U);
}

void check_spans(const Article& a, const Segmented& seg) {
  const std::string& text = a.text;
  for (const Span& s : a.skipped) {
    CHECK(s.begin <= s.end && s.end <= text.size(), "skipped span inside the text");
  }
  std::size_t previous_end = 0;
  for (const Sentence& s : seg.sentences) {
    CHECK(s.span.begin < s.span.end && s.span.end <= text.size(), "sentence span inside the text");
    CHECK(s.span.begin >= previous_end, "sentences in order, not overlapping");
    CHECK(boundary(text, s.span.begin) && boundary(text, s.span.end),
          "sentence span on code-point boundaries");
    CHECK(s.first < s.last && s.last <= seg.tokens.size(), "sentence token range");
    for (std::size_t t = s.first; t < s.last; ++t) {
      const Span& ts = seg.tokens[t].span;
      CHECK(s.span.begin <= ts.begin && ts.begin < ts.end && ts.end <= s.span.end,
            "token span inside its sentence");
      CHECK(boundary(text, ts.begin) && boundary(text, ts.end), "token span on code-point boundaries");
    }
    previous_end = s.span.end;
  }
  const LineIndex index(text);
  for (const Sentence& s : seg.sentences) {
    const Location at = index.locate("f.txt", s.span.begin);
    CHECK(at.line >= 1 && at.column >= 1, "sentence start located");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::Shipped& res = fuzz::shipped();
  std::string text(reinterpret_cast<const char*>(data), size);
  const std::size_t bad = repair_utf8(text);
  CHECK(bad == std::string::npos || bad < size, "first repair offset inside the input");
  std::string again = text;
  CHECK(repair_utf8(again) == std::string::npos, "repaired text needs no second repair");
  const Article a = read_text_article("fuzz", text, "fuzz.txt", *res.mappings);
  CHECK(a.text == text, "the reader keeps the text byte for byte");
  check_spans(a, segment(a, res.mappings->segmentation));
  // The JSON route marks boilerplate on a body whose metadata came apart.
  Article b;
  b.id = "fuzz";
  b.text = text;
  mark_boilerplate(b, *res.mappings);
  check_spans(b, segment(b, res.mappings->segmentation));
  return 0;
}
