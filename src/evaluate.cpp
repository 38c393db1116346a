// SPDX-License-Identifier: ISC
// Claim-level evaluation against gold annotations.

#include "evaluate.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <regex>

#include "graph_reader.hpp"
#include "iri.hpp"
#include "json_util.hpp"
#include "ontology.hpp"
#include "text.hpp"

namespace claimgraph {

std::string normalize_label(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (U_SUCCESS(status)) u = nfkd->normalize(u, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == '\'' || c == 0x2019 || c == 0x2018 || c == '`') continue;
    kept.append(c);
  }
  std::string lower;
  kept.toLower(icu::Locale::getRoot()).toUTF8String(lower);
  std::string out;
  bool space = false;
  for (const char ch : lower) {
    const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      if (space && !out.empty()) out += ' ';
      out += ch;
      space = false;
    } else {
      space = true;
    }
  }
  if (out.rfind("the ", 0) == 0) out = out.substr(4);
  return out;
}

namespace {

const std::string kArticle = "(article)";
const std::set<std::string> kSymmetric{"alliedWith", "fightsAgainst"};

using Keys = std::set<std::string>;

struct GoldClaim {
  Keys s, o, claimants, modalities;
  std::string p, polarity, evidence;
  bool required = true;
};

struct Gold {
  std::map<std::string, Keys> by_alias, by_qid;
  std::map<std::string, std::vector<GoldClaim>> articles;
};

Keys as_set(const nlohmann::json& v) {
  Keys out;
  if (v.is_string()) out.insert(v.get<std::string>());
  else if (v.is_array()) {
    for (const auto& x : v) {
      if (x.is_string()) out.insert(x.get<std::string>());
    }
  }
  return out;
}

bool load_gold(const std::string& path, Gold& gold, Diagnostics& diag) {
  const auto doc = read_json_file(path, diag);
  if (!doc || !doc->is_object() || !doc->contains("entities") || !doc->contains("articles")) {
    if (doc) diag.error({path, 0, 0}, "gold file needs \"entities\" and \"articles\"");
    return false;
  }
  for (const auto& [key, ent] : (*doc)["entities"].items()) {
    gold.by_alias[normalize_label(key)].insert(key);
    if (ent.contains("aliases")) {
      for (const auto& a : as_set(ent["aliases"])) gold.by_alias[normalize_label(a)].insert(key);
    }
    if (ent.contains("qid") && ent["qid"].is_string()) gold.by_qid[ent["qid"].get<std::string>()].insert(key);
  }
  for (const auto& [art, claims] : (*doc)["articles"].items()) {
    auto& list = gold.articles[art];
    for (const auto& c : claims) {
      GoldClaim g;
      g.s = as_set(c.value("s", nlohmann::json()));
      g.o = as_set(c.value("o", nlohmann::json()));
      g.p = c.value("p", "");
      g.polarity = c.value("polarity", "Affirmed");
      g.modalities = c.contains("modalities") ? as_set(c["modalities"]) : Keys{"Actual"};
      g.claimants = c.contains("claimants") ? as_set(c["claimants"]) : Keys{kArticle};
      g.required = !c.value("optional", false);
      g.evidence = c.value("evidence", "");
      list.push_back(std::move(g));
    }
  }
  return true;
}

/// Index of a graph by subject for the lookups below.
class Index {
 public:
  explicit Index(const Graph& g) {
    for (const Quad& q : g) by_subject_[q.subject.value].push_back(&q);
  }
  std::vector<const Term*> values(const std::string& s, const std::string& p) const {
    std::vector<const Term*> out;
    const auto it = by_subject_.find(s);
    if (it == by_subject_.end()) return out;
    for (const Quad* q : it->second) {
      if (q->predicate.value == p) out.push_back(&q->object);
    }
    return out;
  }
  const Term* value(const std::string& s, const std::string& p) const {
    const auto v = values(s, p);
    return v.empty() ? nullptr : v.front();
  }
  const std::vector<const Quad*>* about(const std::string& s) const {
    const auto it = by_subject_.find(s);
    return it == by_subject_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, std::vector<const Quad*>> by_subject_;
};

struct OutClaim {
  Keys s, o, c;
  std::string s_name, o_name, c_name, p, polarity, modality, evidence;
};

std::pair<Keys, std::string> resolve(const Index& idx, const Term& node, const Gold& gold) {
  static const std::regex wikidata(R"(^https?://(www\.)?wikidata\.org/(entity|wiki)/(Q\d+)$)");
  Keys keys;
  std::string name;
  const auto by_qid = [&](const std::string& iri) {
    std::smatch m;
    if (std::regex_match(iri, m, wikidata)) {
      const auto it = gold.by_qid.find(m[3]);
      if (it != gold.by_qid.end()) keys.insert(it->second.begin(), it->second.end());
    }
  };
  for (const Term* same : idx.values(node.value, std::string(ns::owl) + "sameAs")) by_qid(same->value);
  by_qid(node.value);
  for (const std::string& p : {std::string(ns::rdfs) + "label", std::string(ns::skos) + "prefLabel",
                              std::string(ns::skos) + "altLabel", std::string(ns::schema) + "name",
                              std::string("https://schema.org/name")}) {
    for (const Term* label : idx.values(node.value, p)) {
      if (name.empty()) name = label->value;
      const auto it = gold.by_alias.find(normalize_label(label->value));
      if (it != gold.by_alias.end()) keys.insert(it->second.begin(), it->second.end());
    }
  }
  if (name.empty()) name = local_name(node.value);
  return {keys, name};
}

std::map<std::string, std::vector<OutClaim>> read_claims(const Graph& g, const Gold& gold) {
  const Index idx(g);
  const std::string rdf = ns::rdf;
  std::map<std::string, std::vector<OutClaim>> out;
  std::set<std::string> seen;
  for (const Quad& q : g) {
    if (q.predicate.value != rdf + "type" || local_name(q.object.value) != "Claim") continue;
    if (!seen.insert(q.subject.value).second) continue;
    const std::string& claim = q.subject.value;
    const Term* s = idx.value(claim, rdf + "subject");
    const Term* p = idx.value(claim, rdf + "predicate");
    const Term* o = idx.value(claim, rdf + "object");
    const Term* art = idx.value(claim, std::string(ns::prov) + "wasDerivedFrom");
    const Term* id = art ? idx.value(art->value, std::string(ns::dcterms) + "identifier") : nullptr;
    if (!s || !p || !o || !id) continue;
    std::map<std::string, const Term*> props;
    for (const Quad* x : *idx.about(claim)) props.emplace(local_name(x->predicate.value), &x->object);
    const Term* publisher = idx.value(art->value, std::string(ns::dcterms) + "publisher");
    OutClaim c;
    const auto claimant = props.find("claimant");
    if (claimant == props.end() || (publisher && *claimant->second == *publisher)) {
      c.c = {kArticle};
      c.c_name = kArticle;
    } else {
      std::tie(c.c, c.c_name) = resolve(idx, *claimant->second, gold);
    }
    std::tie(c.s, c.s_name) = resolve(idx, *s, gold);
    std::tie(c.o, c.o_name) = resolve(idx, *o, gold);
    c.p = local_name(p->value);
    const auto pol = props.find("polarity");
    c.polarity = pol == props.end() ? "Affirmed" : local_name(pol->second->value);
    const auto mod = props.find("modality");
    c.modality = mod == props.end() ? "Actual" : local_name(mod->second->value);
    for (const auto& [k, v] : props) {
      if (k.rfind("evidence", 0) == 0 && v->is_literal()) { c.evidence = v->value; break; }
    }
    out[id->value].push_back(std::move(c));
  }
  return out;
}

bool intersects(const Keys& a, const Keys& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& k) { return b.count(k) > 0; });
}

bool matches(const GoldClaim& g, const Keys& s, const std::string& p, const Keys& o,
             const std::string& polarity) {
  if (g.p != p || g.polarity != polarity) return false;
  const bool direct = intersects(s, g.s) && intersects(o, g.o);
  const bool swapped = kSymmetric.count(p) && intersects(s, g.o) && intersects(o, g.s);
  return direct || swapped;
}

std::string describe(const std::string& s, const std::string& p, const std::string& o,
                     const std::string& polarity) {
  return std::string(polarity == "Negated" ? "NOT " : "") + s + ' ' + p + ' ' + o;
}

std::string join(const Keys& k) {
  std::string out;
  for (const auto& x : k) out += (out.empty() ? "" : "|") + x;
  return out;
}

std::tuple<double, double, double> prf(double tp_p, double n_p, double tp_r, double n_r) {
  const double p = n_p > 0 ? tp_p / n_p : 0.0;
  const double r = n_r > 0 ? tp_r / n_r : 0.0;
  return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
}

}  // namespace

bool evaluate_graph(const Graph& graph, const std::string& gold_path, EvalFigures& fig,
                    Diagnostics& diag) {
  Gold gold;
  if (!load_gold(gold_path, gold, diag)) return false;
  const auto out = read_claims(graph, gold);
  std::size_t out_n = 0, tp_out = 0, required = 0, tp_gold = 0;
  std::size_t pairs_out = 0, pairs_ok = 0, attributed = 0, mod_total = 0, mod_ok = 0;
  for (const auto& [art, gold_claims] : gold.articles) {
    // Output claims group by (s, p, o, polarity), symmetric ones unordered.
    std::map<std::tuple<Keys, std::string, Keys, std::string>, std::vector<const OutClaim*>> groups;
    const auto it = out.find(art);
    if (it != out.end()) {
      for (const OutClaim& c : it->second) {
        Keys s = c.s.empty() ? Keys{"?" + normalize_label(c.s_name)} : c.s;
        Keys o = c.o.empty() ? Keys{"?" + normalize_label(c.o_name)} : c.o;
        if (kSymmetric.count(c.p) && o < s) std::swap(s, o);
        groups[{s, c.p, o, c.polarity}].push_back(&c);
      }
    }
    std::map<std::size_t, std::vector<const OutClaim*>> found;
    std::size_t art_ok = 0;
    for (const auto& [key, claims] : groups) {
      bool hit = false;
      for (std::size_t i = 0; i < gold_claims.size(); ++i) {
        if (matches(gold_claims[i], claims[0]->s, std::get<1>(key), claims[0]->o, std::get<3>(key))) {
          hit = true;
          found[i].insert(found[i].end(), claims.begin(), claims.end());
        }
      }
      if (hit) ++art_ok;
      else fig.spurious.push_back(art + ": " + describe(claims[0]->s_name, std::get<1>(key),
                                                        claims[0]->o_name, std::get<3>(key)) +
                                  "   -- " + claims[0]->evidence.substr(0, 110));
    }
    std::size_t art_required = 0, art_found = 0;
    for (std::size_t i = 0; i < gold_claims.size(); ++i) {
      const GoldClaim& g = gold_claims[i];
      if (!g.required) continue;
      ++art_required;
      if (found.count(i)) ++art_found;
      else fig.missed.push_back(art + ": " + describe(join(g.s), g.p, join(g.o), g.polarity) +
                                "   -- " + g.evidence.substr(0, 110));
    }
    for (const auto& [i, claims] : found) {
      const GoldClaim& g = gold_claims[i];
      std::set<Keys> claimant_sets;
      std::set<std::string> modalities;
      for (const OutClaim* c : claims) {
        claimant_sets.insert(c->c);
        modalities.insert(c->modality);
      }
      pairs_out += claimant_sets.size();
      bool any = false;
      for (const Keys& k : claimant_sets) {
        const bool ok = intersects(k, g.claimants);
        pairs_ok += ok;
        any = any || ok;
      }
      if (g.required && any) ++attributed;
      for (const std::string& m : modalities) {
        ++mod_total;
        mod_ok += g.modalities.count(m);
      }
    }
    out_n += groups.size();
    tp_out += art_ok;
    required += art_required;
    tp_gold += art_found;
    fig.per_article[art] = {groups.size(), art_ok, art_required, art_found};
  }
  std::tie(fig.precision, fig.recall, fig.f1) =
      prf(static_cast<double>(tp_out), static_cast<double>(out_n), static_cast<double>(tp_gold),
          static_cast<double>(required));
  std::tie(fig.attributed_precision, fig.attributed_recall, fig.attributed_f1) =
      prf(static_cast<double>(pairs_ok), static_cast<double>(pairs_out), static_cast<double>(attributed),
          static_cast<double>(required));
  fig.modality_accuracy = mod_total ? static_cast<double>(mod_ok) / static_cast<double>(mod_total) : 0.0;
  fig.output_claims = out_n;
  fig.gold_required = required;
  return true;
}

int run_evaluate(const Config& cfg) {
  Diagnostics diag;
  Graph graph;
  bool ok = true;
  for (const std::string& path : cfg.inputs) {
    auto g = read_graph_file(path, diag);
    if (!g) { ok = false; continue; }
    graph.insert(graph.end(), g->begin(), g->end());
  }
  EvalFigures fig;
  ok = evaluate_graph(graph, cfg.gold, fig, diag) && ok;
  for (const Diagnostic& d : diag.all()) std::cerr << d << '\n';
  if (!ok) return exit_input_error;
  const auto r3 = [](double x) { char b[16]; std::snprintf(b, sizeof b, "%.3f", x); return std::string(b); };
  if (cfg.json) {
    nlohmann::json j{{"claims", {{"precision", fig.precision}, {"recall", fig.recall}, {"f1", fig.f1}}},
                     {"attributed", {{"precision", fig.attributed_precision},
                                     {"recall", fig.attributed_recall},
                                     {"f1", fig.attributed_f1}}},
                     {"modality_accuracy", fig.modality_accuracy},
                     {"output_claims", fig.output_claims},
                     {"gold_required", fig.gold_required}};
    std::cout << j.dump(1) << '\n';
    return exit_ok;
  }
  std::printf("%-28s %4s %4s %4s %5s   P     R     F1\n", "article", "out", "ok", "gold", "found");
  for (const auto& [art, v] : fig.per_article) {
    const auto [p, r, f] = prf(static_cast<double>(v[1]), static_cast<double>(v[0]),
                               static_cast<double>(v[3]), static_cast<double>(v[2]));
    std::printf("%-28s %4zu %4zu %4zu %5zu  %.2f  %.2f  %.2f\n", art.c_str(), v[0], v[1], v[2], v[3], p, r, f);
  }
  if (!cfg.quiet) {
    for (const auto& m : fig.missed) std::cout << "MISSED   " << m << '\n';
    for (const auto& s : fig.spurious) std::cout << "SPURIOUS " << s << '\n';
  }
  std::cout << "attributed P/R/F1: " << r3(fig.attributed_precision) << ' ' << r3(fig.attributed_recall)
            << ' ' << r3(fig.attributed_f1) << "   modality accuracy: " << r3(fig.modality_accuracy) << '\n'
            << "claims P/R: " << r3(fig.precision) << ' ' << r3(fig.recall) << "   (" << fig.output_claims
            << " output claims, " << fig.gold_required << " required gold)\n"
            << "claims F1: " << r3(fig.f1) << '\n';
  return exit_ok;
}

}  // namespace claimgraph
