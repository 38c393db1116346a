// SPDX-License-Identifier: ISC
// ArticleResult → quads and rejects lines; no I/O.

#include "article_output.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "graph_builder.hpp"
#include "mappings.hpp"

namespace claimgraph {

std::string rejection_line(const Rejection& r) {
  const Claim& c = r.claim;
  nlohmann::json j;
  j["article"] = c.article_id;
  j["subject"] = {{"id", c.subject}, {"label", r.subject_label}};
  j["predicate"] = c.predicate;
  j["object"] = {{"id", c.object}, {"label", r.object_label}};
  if (!c.claimant.empty() || !r.claimant_label.empty()) {
    j["claimant"] = {{"id", c.claimant}, {"label", r.claimant_label}};
  }
  j["polarity"] = to_string(c.polarity);
  j["modality"] = to_string(c.modality);
  j["evidence"] = c.evidence;
  j["span"] = {c.cp_begin, c.cp_end};
  j["rule"] = c.rule;
  j["checks"] = r.checks;
  j["reasons"] = r.reasons;
  return j.dump();
}

std::vector<std::string> entities_named(const ArticleResult& r) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Claim& c : r.accepted) {
    for (const std::string* id : {&c.subject, &c.object, &c.claimant}) {
      if (!id->empty() && seen.insert(*id).second) out.push_back(*id);
    }
  }
  return out;
}

ArticleOutput article_output(const ArticleResult& r, const Resources& res) {
  ArticleOutput out;
  out.quads.reserve(8 + 24 * r.accepted.size());  // a claim is about twenty quads
  add_article(out.quads, r.article, res.iris);
  for (const Claim& c : r.accepted) add_claim(out.quads, c, r.article, res.iris, r.article.language);
  canonicalize(out.quads);
  for (const Rejection& rej : r.rejected) out.rejects += rejection_line(rej) + '\n';
  return out;
}

void RunTally::add(const ArticleResult& r) {
  articles += 1;
  sentences += r.sentences;
  written += r.accepted.size();
  rejected += r.rejected.size();
  for (const Rejection& rej : r.rejected) {
    for (const std::string& check : rej.checks) ++rejected_by_reason[check];
  }
  times += r.times;
}

std::string RunTally::report_json(std::size_t triples, std::size_t errors) const {
  const nlohmann::json report{
      {"articles", articles},
      {"sentences", sentences},
      {"statements", {{"extracted", written + rejected}, {"written", written}, {"rejected", rejected}}},
      {"rejected_by_reason", rejected_by_reason},
      {"triples", triples},
      {"stage_seconds", times.by_name()},
      {"errors", errors}};
  return report.dump(1) + '\n';
}

GraphParts graph_parts(std::vector<ArticleOutput>& outputs, const std::vector<ArticleResult>& results,
                       const Resources& res, unsigned jobs, Graph& entities) {
  std::set<std::string> described;
  for (const ArticleResult& r : results) {
    const EntityLookup lookup{&res.mappings, &r.discovered};
    for (const std::string& id : entities_named(r)) {
      // A gazetteer entity reads the same in every article; one discovered
      // in several may carry other names in each: all of them are kept.
      const bool known = res.mappings.entity(id) != nullptr;
      if (known && !described.insert(id).second) continue;
      if (const Entity* e = lookup.find(id)) add_entity(entities, *e, res.iris);
    }
  }
  canonicalize(entities, jobs);
  std::vector<std::pair<const std::string*, const Graph*>> order;
  for (const ArticleOutput& out : outputs) {
    if (!out.quads.empty()) order.emplace_back(&out.quads.front().graph, &out.quads);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  GraphParts parts{&entities};
  bool canonical = true;
  for (std::size_t k = 0; k < order.size(); ++k) {
    // Two articles with one id share a graph; so does a quad outside its
    // article's graph: then only a full sort is right.
    const Graph& quads = *order[k].second;
    if ((k > 0 && *order[k].first == *order[k - 1].first) || quads.back().graph != *order[k].first ||
        quads.front().graph.empty()) {
      canonical = false;
    }
    parts.push_back(&quads);
  }
  if (canonical) return parts;
  for (ArticleOutput& out : outputs) {
    entities.insert(entities.end(), std::make_move_iterator(out.quads.begin()),
                    std::make_move_iterator(out.quads.end()));
    Graph().swap(out.quads);
  }
  canonicalize(entities, jobs);
  return {&entities};
}

}  // namespace claimgraph
