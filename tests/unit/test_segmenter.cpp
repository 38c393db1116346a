// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include "segmenter.hpp"

using namespace claimgraph;

namespace {
std::vector<std::string> keys(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, 0)) out.push_back(t.key);
  return out;
}
std::vector<std::string> sentences(const std::string& text) {
  Article a;
  a.text = text;
  const SegmentationRules rules{{"mr.", "feb.", "gen.", "u.s."}, {"he", "the"}};
  std::vector<std::string> out;
  for (const Sentence& s : segment(a, rules).sentences) {
    out.push_back(text.substr(s.span.begin, s.span.end - s.span.begin));
  }
  return out;
}
}  // namespace

TEST_CASE("tokens keep initials, numbers and split possessives") {
  using V = std::vector<std::string>;
  CHECK(keys("U.S. President Joe Biden") == V{"u.s.", "president", "joe", "biden"});
  CHECK(keys("Russia's war") == V{"russia", "'s", "war"});
  CHECK(keys("Russia’s war") == V{"russia", "'s", "war"});
  CHECK(keys("10,000 troops, 3.5 tons") == V{"10,000", "troops", ",", "3.5", "tons"});
  CHECK(keys("a 3,000-person battalion") == V{"a", "3,000", "-", "person", "battalion"});
  CHECK(keys("Kim Yong-hyun didn't") == V{"kim", "yong", "-", "hyun", "did", "n't"});
  CHECK(keys("“fake news.”") == V{"\"", "fake", "news", ".", "\""});
}

TEST_CASE("token spans are byte offsets into the text") {
  const std::string text = "Зеленский said";
  const auto t = tokenize(text, 100);
  REQUIRE(t.size() == 2);
  CHECK(t[0].span.begin == 100);
  CHECK(t[0].span.end == 100 + std::string("Зеленский").size());
  CHECK(t[1].space_before);
}

TEST_CASE("sentences survive abbreviations and quotes") {
  const auto s = sentences(
      "U.S. President Joe Biden met Mr. Smith on Feb. 3. He left.\n"
      "“We will win,” he said. Gen. Syrskyi agreed. Sanctions came from the U.S. The EU followed.");
  REQUIRE(s.size() == 6);
  CHECK(s[0] == "U.S. President Joe Biden met Mr. Smith on Feb. 3.");
  CHECK(s[1] == "He left.");
  CHECK(s[2] == "“We will win,” he said.");
  CHECK(s[3] == "Gen. Syrskyi agreed.");
  CHECK(s[4] == "Sanctions came from the U.S.");
}

TEST_CASE("skipped spans yield no sentences") {
  Article a;
  a.text = "Headline\nADVERTISEMENT\nBody text here.";
  a.skipped.push_back({9, 22});
  const auto seg = segment(a, SegmentationRules{});
  REQUIRE(seg.sentences.size() == 2);
  CHECK(seg.sentences[1].span.begin == 23);
  CHECK(seg.sentences[1].paragraph == 2);
}
