// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "test_support.hpp"

using namespace claimgraph;
using claimgraph::test::shipped;

TEST_CASE("the shipped ontology declares the core vocabulary") {
  const Ontology& o = shipped().ontology;
  CHECK(o.claim_predicates().size() == 13);
  CHECK(o.is_a(o.term("State"), o.term("Agent")));
  CHECK(o.is_a(o.term("State"), o.term("Place")));
  CHECK_FALSE(o.is_a(o.term("Person"), o.term("Place")));
  CHECK(o.are_disjoint(o.term("Person"), o.term("State")));
  CHECK(o.are_disjoint(o.term("Weapon"), o.term("State")));
  CHECK_FALSE(o.are_disjoint(o.term("State"), o.term("Place")));
  const PropertyInfo* allied = o.property(o.term("alliedWith"));
  REQUIRE(allied);
  CHECK(allied->symmetric);
  CHECK(allied->irreflexive);
  CHECK(allied->domain == std::vector<std::string>{o.term("State")});
}

TEST_CASE("union domains are understood") {
  std::ofstream("union_test.ttl") << R"(@prefix cg: <https://w3id.org/claimgraph#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
cg:A a owl:Class . cg:B a owl:Class .
cg:p a owl:ObjectProperty ; rdfs:domain [ owl:unionOf ( cg:A cg:B ) ] .
)";
  Diagnostics diag;
  const auto o = load_ontology({"union_test.ttl"}, diag);
  std::remove("union_test.ttl");
  REQUIRE(o);
  CHECK(o->property(o->term("p"))->domain ==
        std::vector<std::string>{o->term("A"), o->term("B")});
}

TEST_CASE("an ontology with a syntax error reports file, line and column") {
  std::ofstream("bad_onto_test.ttl") << "@prefix cg: <https://w3id.org/claimgraph#> .\ncg:A a cg:B\ncg:C .\n";
  Diagnostics diag;
  CHECK_FALSE(load_ontology({"bad_onto_test.ttl"}, diag));
  std::remove("bad_onto_test.ttl");
  REQUIRE(diag.has_errors());
  CHECK(diag.all().front().where.line == 3);
  CHECK(diag.all().front().where.column > 0);
}
