// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include "qualifiers.hpp"

using namespace claimgraph;

TEST_CASE("dates in the forms pages use") {
  CHECK(parse_date("14-10-2024") == "2024-10-14");
  CHECK(parse_date("2024-10-14") == "2024-10-14");
  CHECK(parse_date("October 14, 2024") == "2024-10-14");
  CHECK(parse_date("Oct. 14, 2024") == "2024-10-14");
  CHECK(parse_date("14 October 2024") == "2024-10-14");
  CHECK_FALSE(parse_date("31-02-2024"));
  CHECK_FALSE(parse_date("yesterday"));
}

TEST_CASE("a date is found inside a header line") {
  Span where;
  const std::string line = "Department of Security Studies 14-10-2024";
  CHECK(find_date(line, where) == "2024-10-14");
  CHECK(line.substr(where.begin) == "14-10-2024");
}

TEST_CASE("dates in text resolve against the article date") {
  const auto q = [](const std::string& text, const std::string& article_date) {
    const auto t = tokenize(text, 0);
    return date_in(t, 0, t.size(), article_date);
  };
  CHECK(q("Putin visited North Korea in June.", "2024-10-14")->value == "2024-06");
  CHECK(q("Putin visited North Korea in June.", "2024-10-14")->datatype == "gYearMonth");
  CHECK(q("the invasion in February 2022", "2024-10-14")->value == "2022-02");
  CHECK(q("a missile struck Kharkiv on January 2", "2024-10-14")->value == "2024-01-02");
  CHECK_FALSE(q("Putin visited North Korea in June.", ""));
  CHECK_FALSE(q("He may send troops.", "2024-10-14"));
}

TEST_CASE("quantities") {
  CHECK(parse_quantity("10,000") == "10000");
  CHECK(parse_quantity("20") == "20");
  CHECK_FALSE(parse_quantity("3.5"));
}
