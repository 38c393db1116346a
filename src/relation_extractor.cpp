// SPDX-License-Identifier: ISC
// Pattern application: matches become candidate claims, one per
// subject × object × theme combination the match binds.

#include "relation_extractor.hpp"

#include <algorithm>
#include <set>

#include "mappings.hpp"
#include "ontology.hpp"
#include "qualifiers.hpp"
#include "text.hpp"

namespace claimgraph {

AnalyzedArticle analyze(const Article& article, const EntityIndex& index,
                        const Mappings& m, const Ontology& onto) {
  AnalyzedArticle doc;
  doc.article = &article;
  doc.segmented = segment(article, m.segmentation);
  const auto& tokens = doc.segmented.tokens;
  for (std::size_t i = 0; i < doc.segmented.sentences.size(); ++i) {
    const Sentence& s = doc.segmented.sentences[i];
    AnalyzedSentence a;
    a.index = i;
    a.span = s.span;
    a.paragraph = s.paragraph;
    a.mentions = match_entities(tokens, s.first, s.last, article.text, index, m,
                                onto, doc.discovered);
    a.units = build_units(tokens, s.first, s.last, a.mentions);
    for (std::size_t t = s.last; t > s.first; --t) {
      const std::string& k = tokens[t - 1].key;
      if (k == "\"" || k == "'" || k == ")") continue;
      a.question = k == "?";
      break;
    }
    doc.sentences.push_back(std::move(a));
  }
  return doc;
}

namespace {

/// The text a capture covers, lower-cased.
std::string captured(const Article& a, const Span& s) {
  return to_lower(a.text.substr(s.begin, s.end - s.begin));
}

/// Resolves "@role": the subject's gazetteer role whose title the text used.
std::string role_object(const Mappings& m, const std::string& subject,
                        const std::string& title) {
  const Entity* e = m.entity(subject);
  if (!e) return "";
  for (const Role& r : e->roles) {
    if (r.title == title || ends_with(r.title, " " + title)) return r.of;
  }
  return "";
}

/// Quantities next to theme words or anywhere in the match: "10,000".
void add_quantity(const AnalyzedSentence& s, const Match& match, Claim& c) {
  for (std::size_t u = match.first; u < match.last && u < s.units.size(); ++u) {
    if (!s.units[u].number) continue;
    if (auto q = parse_quantity(s.units[u].key)) {
      // Years are dates, not quantities.
      if (q->size() == 4 && (q->front() == '1' || q->front() == '2') &&
          s.units[u].key.find(',') == std::string::npos) {
        continue;
      }
      c.qualifiers.push_back({"quantity", *q, "integer"});
      return;
    }
  }
}

struct Emitter {
  const AnalyzedArticle& doc;
  const AnalyzedSentence& s;
  const Mappings& m;
  const Pattern& p;
  const Match& match;
  std::vector<Candidate>& out;

  const Ontology& onto;

  /// The predicates a template names: itself, or each theme's for "T".
  std::vector<std::string> predicates(const ClaimTemplate& t) const {
    if (t.predicate != "T") return {t.predicate};
    std::vector<std::string> preds;
    for (const ThemeHit& h : match.themes) preds.push_back(h.theme->predicate);
    return preds;
  }

  std::string entity_of(int mention) const { return s.mentions[static_cast<std::size_t>(mention)].entity; }

  void emit(const std::string& subj, const std::string& pred, const std::string& obj,
            bool negated, const std::string& qualifier = "",
            const std::string& value = "") const {
    Candidate c;
    c.sentence = s.index;
    c.trigger = match.trigger;
    c.first = match.first;
    c.article_voice = p.article_voice;
    c.theme_negated = negated;
    c.forced_modality = p.modality;
    Claim& cl = c.claim;
    cl.article_id = doc.article->id;
    cl.subject = subj;
    cl.predicate = pred;
    cl.object = obj;
    cl.rule = p.id;
    cl.span = s.span;
    cl.matched = match.spans;
    for (const auto& [name, capture] : p.qualifiers) {
      const auto it = match.captures.find(capture);
      if (it != match.captures.end()) {
        cl.qualifiers.push_back({name, captured(*doc.article, it->second), "string"});
      }
    }
    if (!qualifier.empty()) cl.qualifiers.push_back({qualifier, value, "string"});
    add_quantity(s, match, cl);
    out.push_back(std::move(c));
  }

  void run() const {
    for (const ClaimTemplate& t : p.claims) {
      const auto subjects = match.slots.find(t.subject);
      if (subjects == match.slots.end()) continue;
      if (p.pairwise && t.subject == t.object) {
        // "A and B formed an alliance": every pair; both directions unless
        // the predicate is symmetric ("supplies to each other").
        const auto* info = onto.property(onto.term(t.predicate));
        const bool symmetric = info && info->symmetric;
        const auto& ids = subjects->second;
        for (std::size_t i = 0; i < ids.size(); ++i) {
          for (std::size_t j = 0; j < ids.size(); ++j) {
            if (i == j || (symmetric && j < i)) continue;
            for (const std::string& pred : predicates(t)) {
              emit(entity_of(ids[i]), pred, entity_of(ids[j]), false);
            }
          }
        }
        continue;
      }
      for (const int sm : subjects->second) {
        std::vector<std::string> objects;
        if (t.object == "@role") {
          const auto cap = p.qualifiers.find("role");
          const auto span = cap == p.qualifiers.end() ? match.captures.end()
                                                      : match.captures.find(cap->second);
          if (span == match.captures.end()) continue;
          const std::string of = role_object(m, entity_of(sm), captured(*doc.article, span->second));
          if (!of.empty()) objects.push_back(of);
        } else {
          const auto it = match.slots.find(t.object);
          if (it == match.slots.end()) continue;
          for (const int om : it->second) objects.push_back(entity_of(om));
        }
        for (const std::string& obj : objects) {
          if (t.predicate != "T") {
            emit(entity_of(sm), t.predicate, obj, false);
            continue;
          }
          for (const ThemeHit& h : match.themes) {
            emit(entity_of(sm), h.theme->predicate, obj, h.negated, h.theme->qualifier,
                 captured(*doc.article, h.span));
          }
        }
      }
    }
  }
};

}  // namespace

std::vector<Candidate> extract_relations(const AnalyzedArticle& doc,
                                         const Mappings& m,
                                         const Ontology& onto) {
  std::vector<Candidate> out;
  for (const AnalyzedSentence& s : doc.sentences) {
    if (s.question || s.mentions.size() < 1) continue;
    std::set<std::string> keys;
    for (const Unit& u : s.units) {
      if (u.mention < 0) keys.insert(u.key);
    }
    for (const Pattern& p : m.patterns) {
      if (!p.anchors.empty() &&
          std::none_of(p.anchors.begin(), p.anchors.end(),
                       [&](const std::string& a) { return keys.count(a) > 0; })) {
        continue;
      }
      for (const Match& match : match_pattern(p, s.units, m.context, onto)) {
        Emitter{doc, s, m, p, match, out, onto}.run();
      }
    }
  }
  return out;
}

}  // namespace claimgraph
