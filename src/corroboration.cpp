// SPDX-License-Identifier: ISC
// Aggregates (README "Corroboration"): for a statement with independent
// sources i of best confidence p_i and deniers j of best confidence d_j,
//   aggregate = (1 − Π(1 − p_i)) · Π(1 − δ·d_j),  δ = denial discount.
// Sources are claimants, else the publisher (matched to an entity by label
// when possible), else the article: two outlets that both cite the same
// source were attributed to it by the extractor and count once.

#include "corroboration.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "literals.hpp"
#include "ontology.hpp"
#include "text.hpp"

namespace claimgraph {

namespace {

std::string cg(const char* local) { return std::string(ns::cg) + local; }
std::string rdf(const char* local) { return std::string(ns::rdf) + local; }

struct ClaimFacts {
  std::string iri, graph, s, p, o, claimant, article;
  bool negated = false;
  bool actual = true;
  double confidence = 0.5;
};

struct Group {
  std::string s, p, o;
  std::vector<const ClaimFacts*> claims;
};

/// Subject → its quads, for the lookups below.
std::map<std::string, std::vector<const Quad*>> by_subject(const Graph& g) {
  std::map<std::string, std::vector<const Quad*>> out;
  for (const Quad& q : g) out[q.subject.value].push_back(&q);
  return out;
}

const Term* value(const std::map<std::string, std::vector<const Quad*>>& idx,
                  const std::string& s, const std::string& p) {
  const auto it = idx.find(s);
  if (it == idx.end()) return nullptr;
  for (const Quad* q : it->second) {
    if (q->predicate.value == p) return &q->object;
  }
  return nullptr;
}

/// Removes what an earlier corroboration wrote: aggregate nodes, links to
/// them, and the truthy triples of the statements they stood for.
void drop_owned(Graph& g) {
  const std::string type = rdf("type");
  std::set<std::string> aggregates;
  for (const Quad& q : g) {
    if (q.predicate.value == type && q.object.value == cg("StatementAggregate")) aggregates.insert(q.subject.value);
  }
  if (aggregates.empty()) return;
  const auto idx = by_subject(g);
  std::set<std::tuple<std::string, std::string, std::string>> truthy;
  for (const std::string& a : aggregates) {
    const Term* s = value(idx, a, rdf("subject"));
    const Term* p = value(idx, a, rdf("predicate"));
    const Term* o = value(idx, a, rdf("object"));
    if (s && p && o) truthy.insert({s->value, p->value, o->value});
  }
  g.erase(std::remove_if(g.begin(), g.end(), [&](const Quad& q) {
            return aggregates.count(q.subject.value) ||
                   (q.predicate.value == cg("aggregate")) ||
                   (q.graph.empty() && truthy.count({q.subject.value, q.predicate.value, q.object.value}));
          }),
          g.end());
}

double parse_confidence(const Term* t) {
  if (!t) return 0.5;
  char* end = nullptr;
  const double v = std::strtod(t->value.c_str(), &end);
  return end && *end == '\0' && std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.5;
}

std::string decimal(double v) { return canonical_decimal(std::round(v * 1000.0) / 1000.0); }

}  // namespace

void corroborate(Graph& g, const IriScheme& iris, const Ontology& onto,
                 const CorroborationParams& params) {
  drop_owned(g);
  canonicalize(g);  // merge(A, A) = A: a claim read twice counts once
  const auto idx = by_subject(g);
  const std::string type = rdf("type");
  // Entities by label, to take a publisher's name for the outlet it names.
  std::map<std::string, std::string> by_label;
  for (const Quad& q : g) {
    const std::string& p = q.predicate.value;
    if (q.object.is_literal() && (p == std::string(ns::rdfs) + "label" || p == std::string(ns::skos) + "altLabel" ||
                                  p == std::string(ns::skos) + "prefLabel")) {
      by_label.emplace(to_lower(q.object.value), q.subject.value);
    }
  }
  std::vector<ClaimFacts> claims;
  for (const Quad& q : g) {
    if (q.predicate.value != type || q.object.value != cg("Claim")) continue;
    ClaimFacts c;
    c.iri = q.subject.value;
    c.graph = q.graph;
    const Term* s = value(idx, c.iri, rdf("subject"));
    const Term* p = value(idx, c.iri, rdf("predicate"));
    const Term* o = value(idx, c.iri, rdf("object"));
    if (!s || !p || !o) continue;
    c.s = s->value;
    c.p = p->value;
    c.o = o->value;
    const PropertyInfo* info = onto.property(c.p);
    if (info && info->symmetric && c.o < c.s) std::swap(c.s, c.o);
    const Term* pol = value(idx, c.iri, cg("polarity"));
    c.negated = pol && pol->value == cg("Negated");
    const Term* mod = value(idx, c.iri, cg("modality"));
    c.actual = !mod || mod->value == cg("Actual");
    c.confidence = parse_confidence(value(idx, c.iri, cg("confidence")));
    const Term* who = value(idx, c.iri, cg("claimant"));
    const Term* art = value(idx, c.iri, std::string(ns::prov) + "wasDerivedFrom");
    c.article = art ? art->value : "";
    if (who) {
      c.claimant = who->value;
    } else if (const Term* pub = art ? value(idx, art->value, std::string(ns::dcterms) + "publisher") : nullptr) {
      const auto it = by_label.find(to_lower(pub->value));
      c.claimant = it != by_label.end() ? it->second : "publisher:" + pub->value;
    } else {
      c.claimant = "article:" + c.article;
    }
    claims.push_back(std::move(c));
  }
  std::sort(claims.begin(), claims.end(), [](const ClaimFacts& a, const ClaimFacts& b) { return a.iri < b.iri; });
  std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
  for (const ClaimFacts& c : claims) {
    Group& grp = groups[{c.s, c.p, c.o}];
    grp.s = c.s;
    grp.p = c.p;
    grp.o = c.o;
    grp.claims.push_back(&c);
  }
  const std::string xsd = ns::xsd;
  Graph added;  // appended at the end: `idx` points into `g`
  for (const auto& [key, grp] : groups) {
    const std::string agg = iris.base + "statement/" + to_hex(fnv1a64(grp.s + '\x1f' + grp.p + '\x1f' + grp.o));
    std::map<std::string, double> support, denial;
    std::size_t affirmed = 0, negated = 0;
    bool any_actual = false;
    std::string first, last;
    for (const ClaimFacts* c : grp.claims) {
      auto& best = c->negated ? denial[c->claimant] : support[c->claimant];
      best = std::max(best, c->confidence);
      (c->negated ? negated : affirmed) += 1;
      any_actual = any_actual || (!c->negated && c->actual);
      if (const Term* d = value(idx, c->article, std::string(ns::dcterms) + "date")) {
        if (is_valid_date(d->value)) {
          if (first.empty() || d->value < first) first = d->value;
          if (last.empty() || d->value > last) last = d->value;
        }
      }
      added.push_back({Term::iri(c->iri), Term::iri(cg("aggregate")), Term::iri(agg), c->graph});
    }
    double none = 1.0;
    for (const auto& [src, p] : support) none *= 1.0 - p;
    double confidence = support.empty() ? 0.0 : 1.0 - none;
    for (const auto& [src, d] : denial) confidence *= 1.0 - params.denial_discount * d;
    const auto add = [&](const std::string& p, Term o) {
      added.push_back({Term::iri(agg), Term::iri(p), std::move(o), ""});
    };
    add(type, Term::iri(cg("StatementAggregate")));
    add(rdf("subject"), Term::iri(grp.s));
    add(rdf("predicate"), Term::iri(grp.p));
    add(rdf("object"), Term::iri(grp.o));
    add(cg("supportingClaims"), Term::literal(std::to_string(affirmed), xsd + "nonNegativeInteger"));
    add(cg("independentSources"), Term::literal(std::to_string(support.size()), xsd + "nonNegativeInteger"));
    add(cg("denials"), Term::literal(std::to_string(negated), xsd + "nonNegativeInteger"));
    for (const auto& [src, p] : support) {
      if (src.find(':') != std::string::npos && src.rfind("publisher:", 0) != 0 && src.rfind("article:", 0) != 0) {
        add(cg("supportedBy"), Term::iri(src));
      }
    }
    for (const auto& [src, d] : denial) {
      if (src.rfind("publisher:", 0) != 0 && src.rfind("article:", 0) != 0) add(cg("deniedBy"), Term::iri(src));
    }
    if (!first.empty()) add(cg("firstReported"), Term::literal(first, xsd + "date"));
    if (!last.empty()) add(cg("lastReported"), Term::literal(last, xsd + "date"));
    add(cg("aggregateConfidence"), Term::literal(decimal(confidence), xsd + "decimal"));
    // The truthy triple: well supported, and stated as actual at least once.
    if (any_actual && confidence >= params.truthy_threshold) {
      added.push_back({Term::iri(grp.s), Term::iri(grp.p), Term::iri(grp.o), ""});
    }
  }
  g.insert(g.end(), added.begin(), added.end());
  canonicalize(g);
}

}  // namespace claimgraph
