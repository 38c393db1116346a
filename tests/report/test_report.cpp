// SPDX-License-Identifier: ISC
// The report's pure parts: escaping, the embedded JSON, the template fill,
// highlighting and the Graph → ReportView reading.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "iri.hpp"
#include "report.hpp"
#include "report_model.hpp"

using namespace claimgraph;

namespace {

std::string cg(const std::string& local) { return std::string(ns::cg) + local; }
std::string rdf(const std::string& local) { return std::string(ns::rdf) + local; }

Quad q(const std::string& s, const std::string& p, Term o) { return {Term::iri(s), Term::iri(p), std::move(o), ""}; }

/// Two articles, three entities, three claims (one denied) of two statements.
Graph sample() {
  const std::string e = "https://w3id.org/claimgraph/entity/";
  const std::string a1 = "https://w3id.org/claimgraph/article/a1";
  const std::string a2 = "https://w3id.org/claimgraph/article/a2";
  Graph g{
      q(a1, std::string(ns::dcterms) + "publisher", Term::literal("Wire One")),
      q(a1, std::string(ns::dcterms) + "date", Term::literal("2024-11-05", std::string(ns::xsd) + "date")),
      q(a1, std::string(ns::schema) + "url", Term::iri("https://example.org/a1")),
      q(a2, std::string(ns::dcterms) + "publisher", Term::literal("Wire Two")),
      q(a2, std::string(ns::schema) + "url", Term::iri("javascript:alert(1)")),
      q(e + "DPRK", std::string(ns::rdfs) + "label", Term::literal("North Korea", "", "en")),
      q(e + "DPRK", std::string(ns::skos) + "altLabel", Term::literal("DPRK", "", "en")),
      q(e + "DPRK", rdf("type"), Term::iri(cg("State"))),
      q(e + "Russia", std::string(ns::rdfs) + "label", Term::literal("Russia", "", "en")),
      q(e + "Seoul", std::string(ns::rdfs) + "label", Term::literal("South Korea", "", "en")),
  };
  const auto claim = [&](const std::string& id, const std::string& art, const char* polarity,
                         const char* conf, const std::string& claimant, const std::string& text) {
    const std::string c = "https://w3id.org/claimgraph/claim/" + id;
    g.push_back(q(c, rdf("type"), Term::iri(cg("Claim"))));
    g.push_back(q(c, rdf("subject"), Term::iri(e + "DPRK")));
    g.push_back(q(c, rdf("predicate"), Term::iri(cg("sendsTroopsTo"))));
    g.push_back(q(c, rdf("object"), Term::iri(e + "Russia")));
    g.push_back(q(c, cg("polarity"), Term::iri(cg(polarity))));
    g.push_back(q(c, cg("confidence"), Term::literal(conf, std::string(ns::xsd) + "decimal")));
    g.push_back(q(c, cg("evidence"), Term::literal(text, "", "en")));
    g.push_back(q(c, std::string(ns::prov) + "wasDerivedFrom", Term::iri(art)));
    if (!claimant.empty()) g.push_back(q(c, cg("claimant"), Term::iri(e + claimant)));
  };
  claim("c1", a1, "Affirmed", "0.8", "Seoul", "South Korea said the DPRK sent troops to Russia.");
  claim("c2", a2, "Affirmed", "0.5", "", "North Korean troops reached russia, it said.");
  claim("c3", a2, "Negated", "0.6", "Russia", "Moscow denied it.");
  return g;
}

}  // namespace

TEST_CASE("html_escape escapes the five markup characters") {
  CHECK(html_escape(R"(<a href="x" title='y'>&amp;</a>)") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  CHECK(html_escape("plain text, ünïcode") == "plain text, ünïcode");
}

TEST_CASE("inline_script breaks every closing tag") {
  CHECK(inline_script("a = '</script><script>x()</SCRIPT>';") == R"(a = '<\/script><script>x()<\/SCRIPT>';)");
  CHECK(inline_script("if (a < b) {}") == "if (a < b) {}");
}

TEST_CASE("report_json has no markup characters and parses back") {
  ReportView view = make_report_view(sample());
  view.claims[0].evidence = "</script><!-- & -->";
  view.claims[0].highlighted = {{"</script><!-- & -->\xff", ""}};
  const std::string text = report_json(view, "T <b>");
  CHECK(text.find('<') == std::string::npos);
  CHECK(text.find('>') == std::string::npos);
  CHECK(text.find('&') == std::string::npos);
  const auto j = nlohmann::json::parse(text);
  CHECK(j["title"] == "T <b>");
  CHECK(j["claims"][0]["evidence"][0][0] == "</script><!-- & -->\xEF\xBF\xBD");
}

TEST_CASE("render_report fills placeholders in one pass") {
  const ReportAssets assets{"<title>{{TITLE}}</title>{{STYLE}}|{{CYTOSCAPE}}|{{SCRIPT}}|{{DATA}}|{{OTHER}}|{{",
                            "s{{SCRIPT}}", "js</script>", "cy"};
  const std::string html = render_report(ReportView{}, assets, "<x>");
  CHECK(html.rfind("<title>&lt;x&gt;</title>s{{SCRIPT}}|cy|js<\\/script>|{", 0) == 0);
  CHECK(html.size() > 10);
  CHECK(html.substr(html.size() - 13) == "|{{OTHER}}|{{");
}

TEST_CASE("highlight marks names at word starts, longest first") {
  const auto segs = highlight("South Korea said the DPRK sent North Koreans to russia.",
                              {{"subject", {"North Korea", "DPRK"}},
                               {"object", {"Russia"}},
                               {"claimant", {"South Korea", "Korea"}}});
  std::string out;
  for (const Segment& s : segs) out += s.mark.empty() ? s.text : "[" + s.mark + ":" + s.text + "]";
  CHECK(out == "[claimant:South Korea] said the [subject:DPRK] sent [subject:North Korea]ns to "
               "[object:russia].");
  // A case-insensitive match must end at a word boundary.
  CHECK(highlight("used", {{"subject", {"US"}}}).size() == 1);
  CHECK(highlight("", {{"subject", {"US"}}}).empty());
}

TEST_CASE("is_safe_link allows only http and https") {
  CHECK(is_safe_link("https://example.org/a?b=1&c=2"));
  CHECK(is_safe_link("HTTP://example.org/"));
  CHECK_FALSE(is_safe_link("javascript:alert(1)"));
  CHECK_FALSE(is_safe_link("data:text/html,<script>"));
  CHECK_FALSE(is_safe_link("https://example.org/\"onmouseover=x"));
  CHECK_FALSE(is_safe_link(""));
}

TEST_CASE("make_report_view reads claims, entities, articles and edges") {
  const ReportView view = make_report_view(sample());
  REQUIRE(view.claims.size() == 3);
  REQUIRE(view.entities.size() == 3);
  REQUIRE(view.articles.size() == 2);
  CHECK(view.articles[0].url == "https://example.org/a1");
  CHECK(view.articles[1].url.empty());  // javascript: is never linked
  CHECK(view.claims[0].date == "2024-11-05");
  CHECK(view.label(view.claims[0].subject) == "North Korea");
  REQUIRE(view.edges.size() == 2);
  const ViewEdge& affirmed = view.edges[0];
  CHECK(affirmed.polarity == "Affirmed");
  CHECK(affirmed.claims.size() == 2);
  CHECK(affirmed.sources == 2);  // Seoul, and Wire Two's own voice
  CHECK(affirmed.confidence == Approx(1 - 0.2 * 0.5));
  CHECK(view.edges[1].polarity == "Negated");
  CHECK(view.edges[1].sources == 1);
  std::string marks;
  for (const Segment& s : view.claims[0].highlighted) marks += s.mark + ",";
  CHECK(marks == "claimant,,subject,,object,,");
}

TEST_CASE("make_report_view prefers the corroboration aggregate") {
  Graph g = sample();
  const std::string agg = "https://w3id.org/claimgraph/statement/1";
  for (const char* c : {"c1", "c2", "c3"}) {
    g.push_back(q(std::string("https://w3id.org/claimgraph/claim/") + c, cg("aggregate"), Term::iri(agg)));
  }
  g.push_back(q(agg, cg("aggregateConfidence"), Term::literal("0.63")));
  g.push_back(q(agg, cg("independentSources"), Term::literal("4")));
  const ReportView view = make_report_view(g);
  REQUIRE(view.edges.size() == 2);
  CHECK(view.edges[0].confidence == Approx(0.63));
  CHECK(view.edges[0].sources == 4);
  CHECK(view.edges[1].confidence == Approx(0.6));  // denials keep their own figure
}

TEST_CASE("make_report_view of a graph without claims is empty") {
  const ReportView view = make_report_view(Graph{});
  CHECK(view.claims.empty());
  CHECK(view.edges.empty());
}
