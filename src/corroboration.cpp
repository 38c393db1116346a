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
#include <string_view>
#include <thread>
#include <unordered_map>

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

/// Quads [first, last) in a row with one subject.
struct Run {
  const Quad* first;
  const Quad* last;
};

/// Subject → its runs of quads, for the lookups below. A canonical graph
/// keeps a subject's quads together (per graph name), so there are far
/// fewer runs than quads to hash. Keys view the graph's own strings: the
/// graph must not change while the index is used.
using SubjectIndex = std::unordered_map<std::string_view, std::vector<Run>>;

SubjectIndex by_subject(const GraphParts& parts) {
  SubjectIndex out;
  for (const Graph* part : parts) {
    const Graph& g = *part;
    for (std::size_t i = 0; i < g.size();) {
      std::size_t j = i + 1;
      while (j < g.size() && g[j].subject.value == g[i].subject.value) ++j;
      out[g[i].subject.value].push_back({g.data() + i, g.data() + j});
      i = j;
    }
  }
  return out;
}

const Term* value(const SubjectIndex& idx, const std::string& s, const std::string& p) {
  const auto it = idx.find(s);
  if (it == idx.end()) return nullptr;
  for (const Run& run : it->second) {
    for (const Quad* q = run.first; q != run.last; ++q) {
      if (q->predicate.value == p) return &q->object;
    }
  }
  return nullptr;
}

/// Removes what an earlier corroboration wrote: aggregate nodes, links to
/// them, and the truthy triples of the statements they stood for.
void drop_owned(Graph& g) {
  const std::string type = rdf("type");
  const std::string aggregate_class = cg("StatementAggregate");
  const std::string aggregate_link = cg("aggregate");
  std::set<std::string> aggregates;
  for (const Quad& q : g) {
    if (q.predicate.value == type && q.object.value == aggregate_class) aggregates.insert(q.subject.value);
  }
  if (aggregates.empty()) return;
  const auto idx = by_subject({&g});
  std::set<std::tuple<std::string, std::string, std::string>> truthy;
  for (const std::string& a : aggregates) {
    const Term* s = value(idx, a, rdf("subject"));
    const Term* p = value(idx, a, rdf("predicate"));
    const Term* o = value(idx, a, rdf("object"));
    if (s && p && o) truthy.insert({s->value, p->value, o->value});
  }
  g.erase(std::remove_if(g.begin(), g.end(), [&](const Quad& q) {
            return aggregates.count(q.subject.value) ||
                   (q.predicate.value == aggregate_link) ||
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
  canonicalize(g, params.jobs);  // merge(A, A) = A: a claim read twice counts once
  Graph added = corroboration({&g}, iris, onto, params);
  // `g` is canonical and so is `added`: merging gives what sorting the
  // whole again would, in linear time.
  const auto mid = static_cast<std::ptrdiff_t>(g.size());
  g.reserve(g.size() + added.size());  // exact: no doubling
  g.insert(g.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  std::inplace_merge(g.begin(), g.begin() + mid, g.end());
  g.erase(std::unique(g.begin(), g.end()), g.end());
}

Graph corroboration(const GraphParts& parts, const IriScheme& iris, const Ontology& onto,
                    const CorroborationParams& params) {
  const auto idx = by_subject(parts);
  // Every quad of every part, in order.
  const auto each_quad = [&](const auto& visit) {
    for (const Graph* part : parts) {
      for (const Quad& q : *part) visit(q);
    }
  };
  const std::string type = rdf("type");
  // Entities by label, to take a publisher's name for the outlet it names.
  // The IRIs compared below, built once rather than once per quad.
  const std::string label = std::string(ns::rdfs) + "label";
  const std::string alt_label = std::string(ns::skos) + "altLabel";
  const std::string pref_label = std::string(ns::skos) + "prefLabel";
  const std::string claim_class = cg("Claim");
  const std::string subject = rdf("subject"), predicate = rdf("predicate"), object = rdf("object");
  const std::string polarity = cg("polarity"), negated_value = cg("Negated");
  const std::string modality = cg("modality"), actual = cg("Actual");
  const std::string confidence_p = cg("confidence"), claimant = cg("claimant");
  const std::string derived_from = std::string(ns::prov) + "wasDerivedFrom";
  const std::string publisher = std::string(ns::dcterms) + "publisher";
  const std::string date = std::string(ns::dcterms) + "date";
  std::map<std::string, std::string> by_label;
  each_quad([&](const Quad& q) {
    const std::string& p = q.predicate.value;
    if (q.object.is_literal() && (p == label || p == alt_label || p == pref_label)) {
      by_label.emplace(to_lower(q.object.value), q.subject.value);
    }
  });
  std::vector<ClaimFacts> claims;
  each_quad([&](const Quad& q) {
    if (q.predicate.value != type || q.object.value != claim_class) return;
    ClaimFacts c;
    c.iri = q.subject.value;
    c.graph = q.graph;
    const Term* s = value(idx, c.iri, subject);
    const Term* p = value(idx, c.iri, predicate);
    const Term* o = value(idx, c.iri, object);
    if (!s || !p || !o) return;
    c.s = s->value;
    c.p = p->value;
    c.o = o->value;
    const PropertyInfo* info = onto.property(c.p);
    if (info && info->symmetric && c.o < c.s) std::swap(c.s, c.o);
    const Term* pol = value(idx, c.iri, polarity);
    c.negated = pol && pol->value == negated_value;
    const Term* mod = value(idx, c.iri, modality);
    c.actual = !mod || mod->value == actual;
    c.confidence = parse_confidence(value(idx, c.iri, confidence_p));
    const Term* who = value(idx, c.iri, claimant);
    const Term* art = value(idx, c.iri, derived_from);
    c.article = art ? art->value : "";
    if (who) {
      c.claimant = who->value;
    } else if (const Term* pub = art ? value(idx, art->value, publisher) : nullptr) {
      const auto it = by_label.find(to_lower(pub->value));
      c.claimant = it != by_label.end() ? it->second : "publisher:" + pub->value;
    } else {
      c.claimant = "article:" + c.article;
    }
    claims.push_back(std::move(c));
  });
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
  // One statement's aggregate; statements are independent, so a large run
  // computes them on --jobs threads (the result is sorted after).
  const auto aggregate = [&](const Group& grp, Graph& added) {
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
      if (const Term* d = value(idx, c->article, date)) {
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
  };
  std::vector<const Group*> todo;
  todo.reserve(groups.size());
  for (const auto& entry : groups) todo.push_back(&entry.second);
  const unsigned threads = todo.size() < 1000 ? 1 : std::max(1U, params.jobs);
  std::vector<Graph> pieces(threads);
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    const auto run = [&, t] {
      for (std::size_t i = todo.size() * t / threads; i < todo.size() * (t + 1) / threads; ++i) {
        aggregate(*todo[i], pieces[t]);
      }
    };
    if (t + 1 < threads) pool.emplace_back(run);
    else run();
  }
  for (std::thread& th : pool) th.join();
  Graph added = std::move(pieces[0]);
  for (unsigned t = 1; t < threads; ++t) {
    added.insert(added.end(), std::make_move_iterator(pieces[t].begin()), std::make_move_iterator(pieces[t].end()));
  }
  canonicalize(added, params.jobs);
  return added;
}

}  // namespace claimgraph
