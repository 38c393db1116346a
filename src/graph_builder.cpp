// SPDX-License-Identifier: ISC
// Claim model → quads. Every IRI comes from IriScheme; every literal has a
// checked lexical form (rdf_writer checks again before Serd sees it).

#include "graph_builder.hpp"

#include <set>

#include "literals.hpp"
#include "text.hpp"

namespace claimgraph {

namespace {

std::string cg(const char* local) { return std::string(ns::cg) + local; }
std::string rdf(const char* local) { return std::string(ns::rdf) + local; }
std::string xsd(const std::string& local) { return std::string(ns::xsd) + local; }

struct Adder {
  Graph& g;
  std::string graph;
  void operator()(const std::string& s, const std::string& p, Term o) const {
    g.push_back({Term::iri(s), Term::iri(p), std::move(o), graph});
  }
};

const char* polarity_local(Polarity p) { return p == Polarity::negated ? "Negated" : "Affirmed"; }

const char* modality_local(Modality m) {
  switch (m) {
    case Modality::actual: return "Actual";
    case Modality::planned: return "Planned";
    case Modality::possible: return "Possible";
    case Modality::requested: return "Requested";
  }
  return "Actual";
}

}  // namespace

const char* to_string(Polarity p) { return polarity_local(p); }
const char* to_string(Modality m) { return modality_local(m); }

std::string claim_iri(const Claim& c, const IriScheme& iris) {
  std::string key = c.article_id + '\x1f' + c.subject + '\x1f' + c.predicate + '\x1f' +
                    c.object + '\x1f' + c.claimant + '\x1f' + polarity_local(c.polarity) +
                    '\x1f' + modality_local(c.modality) + '\x1f' + std::to_string(c.span.begin) +
                    '\x1f' + c.rule;
  return iris.claim(to_hex(fnv1a64(key)));
}

void add_article(Graph& g, const Article& a, const IriScheme& iris) {
  const std::string art = iris.article(a.id);
  const Adder add{g, art};
  add(art, rdf("type"), Term::iri(cg("Article")));
  add(art, std::string(ns::dcterms) + "identifier", Term::literal(a.id));
  const std::string lang = is_valid_language_tag(a.language) ? a.language : "";
  if (!a.title.empty()) add(art, std::string(ns::dcterms) + "title", Term::literal(a.title, "", lang));
  if (!a.publisher.empty()) add(art, std::string(ns::dcterms) + "publisher", Term::literal(a.publisher));
  if (!a.author.empty()) add(art, std::string(ns::dcterms) + "creator", Term::literal(a.author));
  if (is_valid_date(a.date)) add(art, std::string(ns::dcterms) + "date", Term::literal(a.date, xsd("date")));
  // Scraped URLs carry spaces, quotes and brackets: encoded, not dropped.
  const std::string url = escape_iri(a.url);
  if (!url.empty() && is_valid_iri(url)) add(art, std::string(ns::schema) + "url", Term::iri(url));
}

void add_claim(Graph& g, const Claim& c, const Article& a, const IriScheme& iris,
               const std::string& language) {
  const std::string id = claim_iri(c, iris);
  const Adder add{g, iris.article(a.id)};
  const std::string s = iris.entity(c.subject);
  const std::string o = iris.entity(c.object);
  const std::string p = cg(c.predicate.c_str());
  add(id, rdf("type"), Term::iri(cg("Claim")));
  add(id, rdf("subject"), Term::iri(s));
  add(id, rdf("predicate"), Term::iri(p));
  add(id, rdf("object"), Term::iri(o));
  add(id, std::string(ns::prov) + "wasDerivedFrom", Term::iri(iris.article(a.id)));
  if (!c.claimant.empty()) add(id, cg("claimant"), Term::iri(iris.entity(c.claimant)));
  add(id, cg("polarity"), Term::iri(cg(polarity_local(c.polarity))));
  add(id, cg("modality"), Term::iri(cg(modality_local(c.modality))));
  if (c.confidence >= 0.0) {
    add(id, cg("confidence"), Term::literal(canonical_decimal(c.confidence), xsd("decimal")));
  }
  if (!c.confidence_level.empty()) add(id, cg("confidenceLevel"), Term::iri(cg(c.confidence_level.c_str())));
  if (!c.source_grade.empty()) add(id, cg("sourceGrade"), Term::literal(c.source_grade));
  if (!c.rule.empty()) add(id, cg("rule"), Term::literal(c.rule));
  for (const std::string& cue : c.cues) add(id, cg("cue"), Term::literal(cue));
  if (!c.evidence.empty()) add(id, cg("evidence"), Term::literal(c.evidence, "", language));
  if (c.cp_end > c.cp_begin) {
    const std::string sel = id + "-evidence";
    add(id, cg("evidenceSelector"), Term::iri(sel));
    add(sel, rdf("type"), Term::iri(std::string(ns::oa) + "TextPositionSelector"));
    add(sel, std::string(ns::oa) + "start",
        Term::literal(std::to_string(c.cp_begin), xsd("nonNegativeInteger")));
    add(sel, std::string(ns::oa) + "end",
        Term::literal(std::to_string(c.cp_end), xsd("nonNegativeInteger")));
  }
  for (const Qualifier& q : c.qualifiers) {
    const std::string dt = q.datatype == "string" ? "" : xsd(q.datatype);
    add(id, cg(q.property.c_str()), Term::literal(q.value, dt));
  }
}

void add_entity(Graph& g, const Entity& e, const IriScheme& iris) {
  const std::string iri = iris.entity(e.id);
  const Adder add{g, ""};
  add(iri, rdf("type"), Term::iri(cg(e.cls.c_str())));
  add(iri, std::string(ns::rdfs) + "label", Term::literal(e.label, "", "en"));
  add(iri, std::string(ns::skos) + "prefLabel", Term::literal(e.label, "", "en"));
  std::set<std::string> seen{e.label};
  for (const std::string& n : e.names) {
    if (seen.insert(n).second) {
      add(iri, std::string(ns::skos) + "altLabel", Term::literal(n, "", "en"));
    }
  }
  if (!e.qid.empty()) add(iri, std::string(ns::owl) + "sameAs", Term::iri(std::string(ns::wd) + e.qid));
}

void add_entities_of(Graph& g, const std::vector<Claim>& claims,
                     const EntityLookup& entities, const IriScheme& iris) {
  std::set<std::string> done;
  for (const Claim& c : claims) {
    for (const std::string* id : {&c.subject, &c.object, &c.claimant}) {
      if (id->empty() || !done.insert(*id).second) continue;
      if (const Entity* e = entities.find(*id)) add_entity(g, *e, iris);
    }
  }
}

}  // namespace claimgraph
