// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include "test_support.hpp"
#include "validator.hpp"

using namespace claimgraph;
using claimgraph::test::shipped;

namespace {
Claim claim(const std::string& s, const std::string& p, const std::string& o) {
  Claim c;
  c.article_id = "a";
  c.subject = s;
  c.predicate = p;
  c.object = o;
  return c;
}
Validated check(std::vector<Claim> claims) {
  const EntityLookup lookup{shipped().mappings.get(), nullptr};
  return validate(std::move(claims), lookup, shipped().ontology);
}
}  // namespace

TEST_CASE("conforming claims pass") {
  const auto v = check({claim("DPRK", "sendsTroopsTo", "Russia"), claim("Putin", "visited", "DPRK")});
  CHECK(v.accepted.size() == 2);
  CHECK(v.rejected.empty());
}

TEST_CASE("domain, range, irreflexivity and unknown names are rejected with reasons") {
  const auto v = check({claim("Putin", "sendsTroopsTo", "Russia"), claim("DPRK", "visited", "Russia"),
                        claim("Russia", "sendsTroopsTo", "Russia"), claim("Nobody", "supports", "Russia"),
                        claim("DPRK", "sendsSpiesTo", "Russia")});
  REQUIRE(v.rejected.size() == 5);
  CHECK(v.rejected[0].reasons == std::vector<std::string>{
      "subject \"Putin\" is a Person, not in the rdfs:domain State of sendsTroopsTo"});
  CHECK(v.rejected[1].checks == std::vector<std::string>{"subject is in the rdfs:domain"});
  CHECK(v.rejected[2].checks == std::vector<std::string>{"irreflexive property"});
  CHECK(v.rejected[3].reasons == std::vector<std::string>{"entity \"Nobody\" is not in the mappings"});
  CHECK(v.rejected[4].checks.front() == "predicate is declared");
}

TEST_CASE("symmetric statements are stored in one direction") {
  const auto v = check({claim("Russia", "alliedWith", "DPRK")});
  REQUIRE(v.accepted.size() == 1);
  CHECK(v.accepted[0].subject == "DPRK");
  CHECK(v.accepted[0].object == "Russia");
}
