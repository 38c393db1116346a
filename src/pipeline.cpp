// SPDX-License-Identifier: ISC
// The stages composed; each is a plain function over values.

#include "pipeline.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "attribution.hpp"
#include "confidence.hpp"
#include "mappings.hpp"
#include "ontology.hpp"
#include "relation_extractor.hpp"
#include "text.hpp"

namespace claimgraph {

void set_evidence(Claim& c, const Article& a) {
  if (c.span.end > a.text.size() || c.span.empty()) return;
  c.evidence = a.text.substr(c.span.begin, c.span.end - c.span.begin);
  c.cp_begin = count_code_points(std::string_view(a.text).substr(0, c.span.begin));
  c.cp_end = c.cp_begin + count_code_points(c.evidence);
}

namespace {

/// One claim per (sentence, s, p, o, claimant, polarity, modality): two
/// patterns that find the same thing in the same sentence count once.
void deduplicate(std::vector<Claim>& claims) {
  std::set<std::tuple<std::size_t, std::string, std::string, std::string, std::string, int, int>> seen;
  std::vector<Claim> out;
  for (Claim& c : claims) {
    const auto key = std::make_tuple(c.span.begin, c.subject, c.predicate, c.object, c.claimant,
                                     static_cast<int>(c.polarity), static_cast<int>(c.modality));
    if (seen.insert(key).second) out.push_back(std::move(c));
  }
  claims = std::move(out);
}

void null_report(const AnalyzedArticle& doc, const std::vector<Candidate>& found,
                 const Mappings& m, ArticleResult& r) {
  std::set<std::size_t> with_claims;
  for (const Candidate& c : found) with_claims.insert(c.sentence);
  std::set<std::string> unknown;
  for (const AnalyzedSentence& s : doc.sentences) {
    std::set<std::string> ids;
    for (const Mention& mn : s.mentions) ids.insert(mn.entity);
    if (ids.size() >= 2 && !with_claims.count(s.index)) {
      r.null_sentences.push_back({s.span, {ids.begin(), ids.end()}});
    }
    // Runs of capitalised words not at the sentence start and not known.
    const auto& toks = doc.segmented.tokens;
    const Sentence& seg = doc.segmented.sentences[s.index];
    std::size_t mi = 0;
    for (std::size_t t = seg.first + 1; t < seg.last; ++t) {
      while (mi < s.mentions.size() && s.mentions[mi].last <= t) ++mi;
      if (mi < s.mentions.size() && s.mentions[mi].first <= t) continue;
      if (!toks[t].capitalized || !toks[t].word) continue;
      std::size_t e = t;
      while (e < seg.last && toks[e].capitalized && toks[e].word &&
             !(mi < s.mentions.size() && s.mentions[mi].first <= e)) ++e;
      const std::string name = doc.article->text.substr(toks[t].span.begin, toks[e - 1].span.end - toks[t].span.begin);
      if (e - t >= 2 && !m.label_index.count(token_key(name))) unknown.insert(name);
      t = e;
    }
  }
  r.unknown_names.assign(unknown.begin(), unknown.end());
}

}  // namespace

ArticleResult extract_article(Article article, const Resources& res) {
  ArticleResult r;
  r.article = std::move(article);
  StageClock clock;
  Segmented segmented = segment(r.article, res.mappings.segmentation);
  r.times.segment = clock.lap();
  const AnalyzedArticle doc =
      analyze(r.article, std::move(segmented), res.index, res.mappings, res.ontology);
  r.sentences = doc.sentences.size();
  r.times.entities = clock.lap();
  const std::vector<Candidate> found = extract_relations(doc, res.mappings, res.ontology);
  r.times.relations = clock.lap();
  std::vector<Claim> claims = attribute(doc, found, res.mappings, res.ontology);
  for (Claim& c : claims) {
    set_evidence(c, r.article);
    score_confidence(c, r.article, res.mappings);
  }
  deduplicate(claims);
  r.discovered = doc.discovered.entities;
  r.times.attribution = clock.lap();
  const EntityLookup lookup{&res.mappings, &r.discovered};
  Validated v = validate(std::move(claims), lookup, res.ontology);
  r.accepted = std::move(v.accepted);
  r.rejected = std::move(v.rejected);
  r.times.validation = clock.lap();
  // The null report is part of what entity matching and the patterns found.
  null_report(doc, found, res.mappings, r);
  r.times.relations += clock.lap();
  return r;
}

ArticleResult import_statements(InputRecord record, const Resources& res) {
  ArticleResult r;
  r.article = std::move(record.article);
  const std::string base = res.iris.entity("");
  std::vector<Claim> claims;
  std::vector<Rejection> unresolved;
  for (InputStatement& st : record.statements) {
    Claim c = std::move(st.claim);
    c.article_id = r.article.id;
    c.subject = resolve_entity(st.subject, res.mappings, base);
    c.object = resolve_entity(st.object, res.mappings, base);
    c.claimant = resolve_entity(st.claimant, res.mappings, base);
    c.predicate = st.predicate;
    const auto cut = c.predicate.find_last_of("#/:");
    if (cut != std::string::npos) c.predicate = c.predicate.substr(cut + 1);
    if (!c.evidence.empty()) {
      const auto at = r.article.text.find(c.evidence);
      if (at != std::string::npos) {
        c.span = {at, at + c.evidence.size()};
        set_evidence(c, r.article);
      }
    }
    std::vector<std::string> reasons;
    for (const auto& [label, id] : {std::pair{&st.subject, &c.subject}, {&st.object, &c.object},
                                    {&st.claimant, &c.claimant}}) {
      if (!label->empty() && id->empty()) {
        reasons.push_back("entity \"" + *label + "\" is not in the mappings");
      }
    }
    if (!reasons.empty()) {
      Rejection rej{c, st.subject, st.object, st.claimant, {"entities are known"}, std::move(reasons)};
      unresolved.push_back(std::move(rej));
      continue;
    }
    if (c.confidence < 0.0) score_confidence(c, r.article, res.mappings);
    else c.confidence_level = icd203_band(c.confidence);  // given by the source
    claims.push_back(std::move(c));
  }
  StageClock clock;
  const EntityLookup lookup{&res.mappings, nullptr};
  Validated v = validate(std::move(claims), lookup, res.ontology);
  r.times.validation = clock.lap();
  r.accepted = std::move(v.accepted);
  r.rejected = std::move(unresolved);
  for (Rejection& rej : v.rejected) r.rejected.push_back(std::move(rej));
  return r;
}

}  // namespace claimgraph
