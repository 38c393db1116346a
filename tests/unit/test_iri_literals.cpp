// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include "iri.hpp"
#include "literals.hpp"

using namespace claimgraph;

TEST_CASE("labels become safe IRI segments") {
  CHECK(percent_encode_segment("Kim Jong Un") == "Kim%20Jong%20Un");
  CHECK(percent_encode_segment("a<b>\"c") == "a%3Cb%3E%22c");
  CHECK(percent_encode_segment("Пхеньян").find('%') == 0);
  CHECK(is_valid_iri("https://w3id.org/claimgraph/entity/" + percent_encode_segment("x y{}")));
}

TEST_CASE("IRIREF exclusions are rejected") {
  CHECK(is_valid_iri("http://www.wikidata.org/entity/Q423"));
  CHECK_FALSE(is_valid_iri("relative/path"));
  CHECK_FALSE(is_valid_iri("http://x.org/a b"));
  CHECK_FALSE(is_valid_iri("http://x.org/<a>"));
  CHECK_FALSE(is_valid_iri("http://x.org/a\"b"));
  CHECK_FALSE(is_valid_iri("1http://x"));
}

TEST_CASE("claim hashes are stable across runs and platforms") {
  CHECK(to_hex(fnv1a64("")) == "cbf29ce484222325");
  CHECK(to_hex(fnv1a64("a")) == "af63dc4c8601ec8c");
}

TEST_CASE("XSD lexical forms are checked and canonical") {
  const std::string xsd = ns::xsd;
  CHECK(check_lexical_form("10000", xsd + "integer").empty());
  CHECK_FALSE(check_lexical_form("010", xsd + "integer").empty());
  CHECK_FALSE(check_lexical_form("ten thousand", xsd + "integer").empty());
  CHECK(check_lexical_form("0.85", xsd + "decimal").empty());
  CHECK_FALSE(check_lexical_form("0.850", xsd + "decimal").empty());
  CHECK(check_lexical_form("2024-02-29", xsd + "date").empty());
  CHECK_FALSE(check_lexical_form("2023-02-29", xsd + "date").empty());
  CHECK_FALSE(check_lexical_form("2023-13-01", xsd + "date").empty());
  CHECK(check_lexical_form("2024-06", xsd + "gYearMonth").empty());
  CHECK(canonical_decimal(0.85) == "0.85");
  CHECK(canonical_decimal(1.0) == "1.0");
  CHECK(canonical_decimal(0.0) == "0.0");
  CHECK(is_valid_language_tag("en-GB"));
  CHECK_FALSE(is_valid_language_tag("en_US"));
}
