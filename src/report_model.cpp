// SPDX-License-Identifier: ISC
// Graph → ReportView: index the quads by subject, read each cg:Claim, its
// selector, article and entities, then group claims into edges.

#include "report_model.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <set>

#include "iri.hpp"

namespace claimgraph {

namespace {

using Props = std::vector<const Quad*>;
using Index = std::map<std::string, Props>;

std::string key_of(const Term& t) { return (t.kind == Term::Kind::blank ? "_:" : "") + t.value; }

std::string cg(const char* local) { return std::string(ns::cg) + local; }

Index index_by_subject(const Graph& graph) {
  Index index;
  for (const Quad& q : graph) index[key_of(q.subject)].push_back(&q);
  return index;
}

/// All values of `predicate` on `props`, sorted, so "the first" is stable.
std::vector<std::string> values(const Props& props, const std::string& predicate) {
  std::vector<std::string> out;
  for (const Quad* q : props) {
    if (q->predicate.value == predicate) out.push_back(key_of(q->object));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string first(const Props& props, const std::string& predicate) {
  const auto all = values(props, predicate);
  return all.empty() ? std::string() : all.front();
}

/// A label in English or without a language tag is preferred.
std::string label_of(const Props& props, const std::string& predicate) {
  std::string any, preferred;
  for (const Quad* q : props) {
    if (q->predicate.value != predicate || !q->object.is_literal()) continue;
    const std::string& v = q->object.value;
    if (any.empty() || v < any) any = v;
    if ((q->object.lang.empty() || q->object.lang == "en") && (preferred.empty() || v < preferred)) {
      preferred = v;
    }
  }
  return preferred.empty() ? any : preferred;
}

const Props& props_of(const Index& index, const std::string& key) {
  static const Props none;
  const auto it = index.find(key);
  return it == index.end() ? none : it->second;
}

ViewEntity read_entity(const Index& index, const std::string& iri) {
  const Props& p = props_of(index, iri);
  ViewEntity e;
  e.iri = iri;
  e.label = label_of(p, std::string(ns::rdfs) + "label");
  if (e.label.empty()) e.label = label_of(p, std::string(ns::skos) + "prefLabel");
  if (e.label.empty()) e.label = local_name(iri);
  const std::string type = first(p, std::string(ns::rdf) + "type");
  e.type = type.empty() ? "" : local_name(type);
  e.same_as = first(p, std::string(ns::owl) + "sameAs");
  e.names.push_back(e.label);
  for (const std::string& n : values(p, std::string(ns::skos) + "altLabel")) e.names.push_back(n);
  return e;
}

ViewArticle read_article(const Index& index, const std::string& iri) {
  const Props& p = props_of(index, iri);
  const std::string dc = ns::dcterms;
  ViewArticle a;
  a.iri = iri;
  a.id = first(p, dc + "identifier");
  a.title = label_of(p, dc + "title");
  a.publisher = first(p, dc + "publisher");
  a.creator = first(p, dc + "creator");
  a.date = first(p, dc + "date");
  const std::string url = first(p, std::string(ns::schema) + "url");
  if (is_safe_link(url)) a.url = url;
  return a;
}

long long integer_or(const std::string& text, long long fallback) {
  if (text.empty() || text.size() > 18 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return fallback;
  }
  return std::stoll(text);
}

double confidence_of(const std::string& text) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size() && v >= 0.0 && v <= 1.0 ? v : -1.0;
}

ViewClaim read_claim(const Index& index, const std::string& iri) {
  const Props& p = props_of(index, iri);
  const std::string rdf = ns::rdf;
  ViewClaim c;
  c.iri = iri;
  c.subject = first(p, rdf + "subject");
  c.predicate = first(p, rdf + "predicate");
  c.object = first(p, rdf + "object");
  c.claimant = first(p, cg("claimant"));
  if (const auto v = first(p, cg("polarity")); !v.empty()) c.polarity = local_name(v);
  if (const auto v = first(p, cg("modality")); !v.empty()) c.modality = local_name(v);
  c.confidence = confidence_of(first(p, cg("confidence")));
  c.confidence_level = local_name(first(p, cg("confidenceLevel")));
  c.date = first(p, cg("date"));
  c.evidence = first(p, cg("evidence"));
  c.rule = first(p, cg("rule"));
  c.article = first(p, std::string(ns::prov) + "wasDerivedFrom");
  c.aggregate = first(p, cg("aggregate"));
  const Props& sel = props_of(index, first(p, cg("evidenceSelector")));
  c.start = integer_or(first(sel, std::string(ns::oa) + "start"), -1);
  c.end = integer_or(first(sel, std::string(ns::oa) + "end"), -1);
  static const std::set<std::string> shown = {"claimant", "polarity", "modality", "confidence",
                                              "confidenceLevel", "evidence", "evidenceSelector",
                                              "rule", "cue", "aggregate"};
  for (const Quad* q : p) {
    const std::string& pred = q->predicate.value;
    if (pred.rfind(ns::cg, 0) != 0 || !q->object.is_literal()) continue;
    const std::string local = pred.substr(std::string(ns::cg).size());
    if (!shown.count(local)) c.qualifiers.emplace_back(local, q->object.value);
  }
  std::sort(c.qualifiers.begin(), c.qualifiers.end());
  return c;
}

void add_highlights(ReportView& view, const Index& index) {
  for (ViewClaim& c : view.claims) {
    const auto names = [&](const std::string& iri) {
      const ViewEntity* e = view.entity(iri);
      return e ? e->names : std::vector<std::string>{};
    };
    c.highlighted = highlight(c.evidence, {{"subject", names(c.subject)},
                                           {"object", names(c.object)},
                                           {"claimant", names(c.claimant)},
                                           {"cue", values(props_of(index, c.iri), cg("cue"))}});
  }
}

/// The corroboration figures of an affirmed edge, when all its claims share
/// one aggregate that has them.
void use_aggregate(ViewEdge& e, const ReportView& view, const Index& index) {
  const std::string& agg = view.claims[e.claims.front()].aggregate;
  if (e.polarity != "Affirmed" || agg.empty()) return;
  for (const std::size_t i : e.claims) {
    if (view.claims[i].aggregate != agg) return;
  }
  const Props& p = props_of(index, agg);
  const double confidence = confidence_of(first(p, cg("aggregateConfidence")));
  const long long sources = integer_or(first(p, cg("independentSources")), -1);
  if (confidence >= 0.0) e.confidence = confidence;
  if (sources > 0) e.sources = static_cast<std::size_t>(sources);
}

void add_edges(ReportView& view, const Index& index) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, ViewEdge> edges;
  std::map<Key, std::map<std::string, double>> best;  // source → highest confidence
  for (std::size_t i = 0; i < view.claims.size(); ++i) {
    const ViewClaim& c = view.claims[i];
    const Key key{c.subject, c.object, c.predicate, c.polarity};
    ViewEdge& e = edges[key];
    e.subject = c.subject, e.predicate = c.predicate, e.object = c.object, e.polarity = c.polarity;
    e.claims.push_back(i);
    const ViewArticle* a = view.article(c.article);
    const std::string source = !c.claimant.empty()               ? c.claimant
                               : a && !a->publisher.empty() ? "publisher:" + a->publisher
                                                            : "article:" + c.article;
    auto [it, fresh] = best[key].emplace(source, c.confidence);
    if (!fresh) it->second = std::max(it->second, c.confidence);
  }
  for (auto& [key, e] : edges) {
    e.sources = best[key].size();
    double miss = 1.0;
    bool any = false;
    for (const auto& [source, conf] : best[key]) {
      if (conf < 0.0) continue;
      miss *= 1.0 - conf;
      any = true;
    }
    e.confidence = any ? 1.0 - miss : -1.0;
    use_aggregate(e, view, index);
    view.edges.push_back(std::move(e));
  }
}

bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Case-insensitive matches must end at a word boundary; an exact-case match
/// may stop inside a word, so "Russia" still marks the start of "Russian".
bool matches_at(const std::string& text, std::size_t at, const std::string& name) {
  if (name.empty() || at + name.size() > text.size()) return false;
  if (text.compare(at, name.size(), name) == 0) return true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (ascii_lower(text[at + i]) != ascii_lower(name[i])) return false;
  }
  const std::size_t end = at + name.size();
  return end == text.size() || !ascii_alnum(static_cast<unsigned char>(text[end]));
}

}  // namespace

std::vector<Segment> highlight(
    const std::string& text,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& names_by_mark) {
  std::vector<Segment> out;
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size();) {
    const bool word_start = i == 0 || !ascii_alnum(static_cast<unsigned char>(text[i - 1]));
    std::size_t best = 0;
    const std::string* mark = nullptr;
    for (const auto& [kind, names] : names_by_mark) {
      for (const std::string& n : names) {
        if (word_start && n.size() > best && matches_at(text, i, n)) best = n.size(), mark = &kind;
      }
    }
    if (!mark) {
      ++i;
      continue;
    }
    if (i > plain) out.push_back({text.substr(plain, i - plain), ""});
    out.push_back({text.substr(i, best), *mark});
    i += best;
    plain = i;
  }
  if (plain < text.size()) out.push_back({text.substr(plain), ""});
  return out;
}

bool is_safe_link(const std::string& url) {
  std::string head;
  for (std::size_t i = 0; i < url.size() && i < 8; ++i) head += ascii_lower(url[i]);
  const bool scheme = head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0;
  return scheme && std::none_of(url.begin(), url.end(), [](char c) {
           return static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' ||
                  c == '\\' || c == '`' || c == '\x7f';
         });
}

const ViewEntity* ReportView::entity(const std::string& iri) const {
  const auto it = std::lower_bound(entities.begin(), entities.end(), iri,
                                   [](const ViewEntity& e, const std::string& k) { return e.iri < k; });
  return it != entities.end() && it->iri == iri ? &*it : nullptr;
}

const ViewArticle* ReportView::article(const std::string& iri) const {
  const auto it = std::lower_bound(articles.begin(), articles.end(), iri,
                                   [](const ViewArticle& a, const std::string& k) { return a.iri < k; });
  return it != articles.end() && it->iri == iri ? &*it : nullptr;
}

std::string ReportView::label(const std::string& iri) const {
  const ViewEntity* e = entity(iri);
  return e ? e->label : local_name(iri);
}

ReportView make_report_view(const Graph& graph) {
  const Index index = index_by_subject(graph);
  const std::string type = std::string(ns::rdf) + "type";
  ReportView view;
  std::set<std::string> entity_iris, article_iris;
  for (const auto& [subject, props] : index) {
    const auto types = values(props, type);
    if (!std::binary_search(types.begin(), types.end(), cg("Claim"))) continue;
    ViewClaim c = read_claim(index, subject);
    if (c.subject.empty() || c.predicate.empty() || c.object.empty()) continue;
    for (const std::string* e : {&c.subject, &c.object, &c.claimant}) {
      if (!e->empty()) entity_iris.insert(*e);
    }
    if (!c.article.empty()) article_iris.insert(c.article);
    view.claims.push_back(std::move(c));
  }
  for (const std::string& iri : entity_iris) view.entities.push_back(read_entity(index, iri));
  for (const std::string& iri : article_iris) view.articles.push_back(read_article(index, iri));
  if (view.claims.empty()) return view;
  for (ViewClaim& c : view.claims) {
    const ViewArticle* a = view.article(c.article);
    if (c.date.empty() && a) c.date = a->date;
  }
  add_highlights(view, index);
  add_edges(view, index);
  return view;
}

}  // namespace claimgraph
