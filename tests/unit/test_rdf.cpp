// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "graph_reader.hpp"
#include "iri.hpp"
#include "rdf_writer.hpp"

using namespace claimgraph;

namespace {
Graph hostile_graph() {
  const std::string cg = ns::cg;
  Graph g;
  g.push_back({Term::iri(cg + "a"), Term::iri(cg + "evidence"),
               Term::literal("He said \"no\"\\ \nnew line\tand \"\"", "", "en"), ""});
  g.push_back({Term::iri(cg + "a"), Term::iri(cg + "label"), Term::literal("Пхеньян 평양"), ""});
  g.push_back({Term::iri(cg + "a"), Term::iri(cg + "quantity"),
               Term::literal("10000", std::string(ns::xsd) + "integer"), ""});
  canonicalize(g);
  return g;
}
Graph round_trip(const Graph& g, RdfSyntax syntax, const char* ext) {
  const std::string text = write_rdf(g, syntax, default_prefixes("https://w3id.org/claimgraph/"));
  const std::string path = std::string("roundtrip_test.") + ext;
  std::ofstream(path) << text;
  Diagnostics diag;
  auto back = read_graph_file(path, diag);
  std::remove(path.c_str());
  REQUIRE(back);
  canonicalize(*back);
  return *back;
}
}  // namespace

TEST_CASE("hostile literals round-trip through Turtle and N-Triples") {
  const Graph g = hostile_graph();
  CHECK(round_trip(g, RdfSyntax::turtle, "ttl") == g);
  CHECK(round_trip(g, RdfSyntax::ntriples, "nt") == g);
}

TEST_CASE("terms Serd would write wrongly are refused, not written") {
  Graph g;
  g.push_back({Term::iri("http://x.org/a b"), Term::iri("http://x.org/p"), Term::literal("x"), ""});
  g.push_back({Term::iri("http://x.org/a"), Term::iri("http://x.org/p"),
               Term::literal("ten", std::string(ns::xsd) + "integer"), ""});
  g.push_back({Term::iri("http://x.org/a"), Term::iri("http://x.org/p"), Term::literal("x", "", "en_US"), ""});
  std::vector<std::string> problems;
  const std::string out = write_rdf(g, RdfSyntax::ntriples, {}, &problems);
  CHECK(out.empty());
  REQUIRE(problems.size() == 3);
  // Reported in the canonical (sorted) order the writer uses.
  CHECK(problems[0] == "\"ten\" is not a canonical xsd:integer");
  CHECK(problems[1] == "invalid language tag @en_US");
  CHECK(problems[2] == "invalid IRI <http://x.org/a b>");
}

TEST_CASE("Turtle output uses prefixes and is byte-stable") {
  const Graph g = hostile_graph();
  const auto a = write_rdf(g, RdfSyntax::turtle, default_prefixes("https://w3id.org/claimgraph/"));
  const auto b = write_rdf(g, RdfSyntax::turtle, default_prefixes("https://w3id.org/claimgraph/"));
  CHECK(a == b);
  CHECK(a.find("@prefix cg: <https://w3id.org/claimgraph#> .") != std::string::npos);
  CHECK(a.find("cg:quantity 10000") != std::string::npos);
}

TEST_CASE("a syntax error in a graph is located") {
  std::ofstream("broken_test.ttl") << "@prefix x: <http://x.org/> .\nx:a x:b x:c ;\n  x:d \"open .\n";
  Diagnostics diag;
  CHECK_FALSE(read_graph_file("broken_test.ttl", diag));
  std::remove("broken_test.ttl");
  REQUIRE(diag.has_errors());
  CHECK(diag.all().front().where.file == "broken_test.ttl");
  CHECK(diag.all().front().where.line == 3);
}
