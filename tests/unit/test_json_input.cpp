// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include "json_input.hpp"
#include "test_support.hpp"

using namespace claimgraph;
using claimgraph::test::shipped;

TEST_CASE("article and statement records are read") {
  Diagnostics diag;
  const auto recs = read_json_records(
      R"({"article": {"id": "a1", "publisher": "Reuters", "date": "2024-10-14"},
          "statements": [{"subject": "North Korea", "predicate": "sendsTroopsTo", "object": "Russia",
                          "claimant": "Zelenskyy", "modality": "Planned", "quantity": 10000}]})",
      "s.json", false, diag);
  REQUIRE(recs.size() == 1);
  CHECK_FALSE(diag.has_errors());
  CHECK(recs[0].article.date == "2024-10-14");
  REQUIRE(recs[0].statements.size() == 1);
  CHECK(recs[0].statements[0].claim.modality == Modality::planned);
  CHECK(recs[0].statements[0].claim.qualifiers.front().value == "10000");
}

TEST_CASE("JSON Lines errors point at their line") {
  Diagnostics diag;
  const auto recs = read_json_records(
      "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": }\n{\"id\": \"c\"}\n", "in.jsonl", true, diag);
  CHECK(recs.size() == 1);
  REQUIRE(diag.error_count() == 2);
  CHECK(diag.all()[0].where.line == 2);
  CHECK(diag.all()[0].where.column == 21);  // the '}'
  CHECK(diag.all()[1].where.line == 3);
  CHECK(diag.all()[1].message == "in /: article \"c\" has neither \"text\" nor \"statements\"");
}

TEST_CASE("wrong types and values are located by JSON pointer") {
  Diagnostics diag;
  read_json_records(R"({"id": "a", "statements": [{"subject": 3, "predicate": "p", "object": "o",
                        "confidence": 1.5}]})", "w.json", false, diag);
  REQUIRE(diag.error_count() == 3);
  CHECK(diag.all()[0].message == "in /statements/0/subject: expected a string, found number");
  CHECK(diag.all()[1].message == "in /statements/0: missing \"subject\"");
  CHECK(diag.all()[2].message == "in /statements/0/confidence: expected a number in [0, 1]");
}

TEST_CASE("labels, entity IRIs and Wikidata IRIs resolve to entities") {
  const Mappings& m = *shipped().mappings;
  const std::string base = "https://w3id.org/claimgraph/entity/";
  CHECK(resolve_entity("North Korea", m, base) == "DPRK");
  CHECK(resolve_entity("Pyongyang", m, base) == "DPRK");
  CHECK(resolve_entity("http://www.wikidata.org/entity/Q159", m, base) == "Russia");
  CHECK(resolve_entity(base + "Ukraine", m, base) == "Ukraine");
  CHECK(resolve_entity("Atlantis", m, base).empty());
}
