// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include "text.hpp"

using namespace claimgraph;

TEST_CASE("code points are counted, not bytes") {
  CHECK(count_code_points("abc") == 3);
  CHECK(count_code_points("Zelenskyy’s") == 11);
  CHECK(count_code_points("Пхеньян") == 7);
  CHECK(count_code_points("평양") == 2);
}

TEST_CASE("invalid UTF-8, NUL and controls become U+FFFD") {
  std::string s = "ab\xff" "c";
  CHECK(repair_utf8(s) == 2);
  CHECK(s == "ab\xEF\xBF\xBD" "c");
  std::string nul("a\0b", 3);
  CHECK(repair_utf8(nul) == 1);
  CHECK(nul == "a\xEF\xBF\xBD" "b");
  std::string clean = "line\ttab\nnext";
  CHECK(repair_utf8(clean) == std::string::npos);
  std::string truncated = "end\xE2\x80";
  repair_utf8(truncated);
  CHECK(truncated == "end\xEF\xBF\xBD");
}

TEST_CASE("lower-casing is Unicode-aware") {
  CHECK(to_lower("North KOREA") == "north korea");
  CHECK(to_lower("ПУТИН") == "путин");
}

TEST_CASE("typographic quotes fold to ASCII") {
  CHECK(fold_punctuation("Russia’s “war” – now") == "Russia's \"war\" - now");
}
