// SPDX-License-Identifier: ISC
// Worked examples of the confidence model (README "Confidence") and of
// corroboration, pinned with the shipped mappings/confidence.json.
#include <catch2/catch.hpp>

#include "confidence.hpp"
#include "corroboration.hpp"
#include "graph_builder.hpp"
#include "test_support.hpp"

using namespace claimgraph;
using claimgraph::test::shipped;

namespace {
Claim scored(const std::string& evidence, const std::string& claimant, const std::string& publisher = "",
             Polarity polarity = Polarity::affirmed, Modality modality = Modality::actual) {
  Claim c;
  c.article_id = "a";
  c.subject = "DPRK";
  c.predicate = "sendsTroopsTo";
  c.object = "Russia";
  c.claimant = claimant;
  c.polarity = polarity;
  c.modality = modality;
  c.evidence = evidence;
  Article a;
  a.publisher = publisher;
  score_confidence(c, a, *shipped().mappings);
  return c;
}
}  // namespace

TEST_CASE("plain, hedged, estimative and confirmed wording") {
  // Claimant a person: grade C (0.7); plain wording: credibility 0.7.
  // p = 0.7 * 0.7 + 0.3 * 0.5 = 0.64
  const Claim plain = scored("North Korea sent troops to Russia.", "Zelenskyy");
  CHECK(plain.confidence == Approx(0.64));
  CHECK(plain.source_grade == "C3");
  CHECK(plain.confidence_level == "Likely");
  // "reportedly" x0.8: credibility 0.56 -> p = 0.542
  const Claim hedged = scored("North Korea reportedly sent troops to Russia.", "Zelenskyy");
  CHECK(hedged.confidence == Approx(0.542));
  CHECK(hedged.cues == std::vector<std::string>{"reportedly"});
  // "almost certainly": credibility 0.97 -> p = 0.829
  const Claim certain = scored("North Korea almost certainly sent troops to Russia.", "Zelenskyy");
  CHECK(certain.confidence == Approx(0.829));
  CHECK(certain.source_grade == "C1");
  // "confirmed" x1.2: credibility 0.84 -> p = 0.738
  CHECK(scored("Seoul confirmed North Korea sent troops to Russia.", "Zelenskyy").confidence == Approx(0.738));
}

TEST_CASE("reliable and unreliable sources") {
  // ISW is graded B (0.85): 0.85 * 0.7 + 0.15 * 0.5 = 0.67
  CHECK(scored("North Korea sent troops to Russia.", "ISW").confidence == Approx(0.67));
  CHECK(scored("North Korea sent troops to Russia.", "ISW").source_grade == "B3");
  // KCNA is graded E (0.35): 0.35 * 0.7 + 0.65 * 0.5 = 0.57
  CHECK(scored("North Korea sent troops to Russia.", "KCNA").confidence == Approx(0.57));
  // No claimant: the publisher's grade; unknown publisher: F (0.6) -> 0.62
  CHECK(scored("North Korea sent troops to Russia.", "", "Reuters").source_grade == "B3");
  CHECK(scored("North Korea sent troops to Russia.", "", "Some Blog").confidence == Approx(0.62));
}

TEST_CASE("modality and polarity") {
  CHECK(scored("North Korea could send troops to Russia.", "Zelenskyy", "", Polarity::affirmed,
               Modality::possible).confidence == Approx(0.384));
  // A denial is scored like any claim of its claimant.
  CHECK(scored("The Kremlin dismissed the reports.", "Peskov", "", Polarity::negated).confidence ==
        Approx(0.64));
}

namespace {
/// Two articles: outlet X and outlet Y both citing the NIS; a third denies.
Graph fixture() {
  Graph g;
  const IriScheme iris;
  const auto add = [&](const std::string& id, const std::string& publisher, const std::string& claimant,
                       Polarity pol, double conf, const std::string& date) {
    Article a;
    a.id = id;
    a.publisher = publisher;
    a.date = date;
    add_article(g, a, iris);
    Claim c;
    c.article_id = id;
    c.subject = "DPRK";
    c.predicate = "sendsTroopsTo";
    c.object = "Russia";
    c.claimant = claimant;
    c.polarity = pol;
    c.confidence = conf;
    c.rule = "t";
    add_claim(g, c, a, iris, "en");
  };
  add("x1", "Outlet X", "NIS", Polarity::affirmed, 0.7, "2024-10-18");
  add("y1", "Outlet Y", "NIS", Polarity::affirmed, 0.6, "2024-10-20");
  add("z1", "Outlet Z", "Zelenskyy", Polarity::affirmed, 0.5, "2024-10-14");
  add("k1", "Outlet K", "Peskov", Polarity::negated, 0.6, "2024-10-21");
  return g;
}
std::string object_of(const Graph& g, const std::string& p) {
  for (const Quad& q : g) {
    if (q.predicate.value == std::string(ns::cg) + p) return q.object.value;
  }
  return "";
}
}  // namespace

TEST_CASE("corroboration: outlets citing the same source count once; denials discount") {
  Graph g = fixture();
  corroborate(g, IriScheme{}, shipped().ontology, {0.5, 0.5});
  CHECK(object_of(g, "supportingClaims") == "3");
  CHECK(object_of(g, "independentSources") == "2");  // NIS (twice) and Zelenskyy
  CHECK(object_of(g, "denials") == "1");
  CHECK(object_of(g, "deniedBy") == "https://w3id.org/claimgraph/entity/Peskov");
  CHECK(object_of(g, "firstReported") == "2024-10-14");
  CHECK(object_of(g, "lastReported") == "2024-10-21");
  // (1 - (1 - 0.7)(1 - 0.5)) * (1 - 0.5 * 0.6) = 0.85 * 0.7 = 0.595
  CHECK(object_of(g, "aggregateConfidence") == "0.595");
  // 0.595 >= 0.5: the truthy triple is there.
  const Quad truthy{Term::iri("https://w3id.org/claimgraph/entity/DPRK"),
                    Term::iri(std::string(ns::cg) + "sendsTroopsTo"),
                    Term::iri("https://w3id.org/claimgraph/entity/Russia"), ""};
  CHECK(std::find(g.begin(), g.end(), truthy) != g.end());
  // Recomputing is idempotent.
  Graph again = g;
  corroborate(again, IriScheme{}, shipped().ontology, {0.5, 0.5});
  CHECK(again == g);
  // A higher threshold drops the truthy triple, not the claims.
  Graph strict = fixture();
  corroborate(strict, IriScheme{}, shipped().ontology, {0.5, 0.9});
  CHECK(std::find(strict.begin(), strict.end(), truthy) == strict.end());
}
