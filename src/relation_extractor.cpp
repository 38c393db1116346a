// SPDX-License-Identifier: ISC
// Pattern application: matches become candidate claims, one per
// subject × object × theme combination the match binds.

#include "relation_extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "mappings.hpp"
#include "ontology.hpp"
#include "qualifiers.hpp"
#include "text.hpp"

namespace claimgraph {

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
  // The whole title: "Minister Starmer" is no evidence of a ministry
  // when the gazetteer knows him as prime minister.
  for (const Role& r : e->roles) {
    if (r.title == title) return r.of;
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
  /// What this match emitted: a list naming one entity many times ("Russia,
  /// Russia, ...") would give the same candidate once per pair.
  std::set<std::string>& emitted;

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
    if (!emitted.insert(subj + '\x1f' + pred + '\x1f' + obj + '\x1f' + (negated ? "!" : "") +
                        qualifier + '\x1f' + value).second) {
      return;
    }
    Candidate c;
    c.sentence = s.index;
    c.trigger = match.trigger;
    c.first = match.first;
    c.article_voice = p.article_voice;
    c.theme_negated = negated;
    c.forced_modality = p.modality;
    c.fallback = p.fallback;
    c.background = p.background;
    c.recipient_hint = p.recipient_hint;
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
        } else if (t.object == "@recipient") {
          objects.push_back(t.object);  // resolved once the article is read
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

/// "Norway has pledged six F-16s" in an article about jets for Ukraine:
/// an "@recipient" object becomes the object the article's other claims
/// name most often for that predicate, when it is named at least twice and
/// more often than any other (never the subject itself). Otherwise the
/// candidate is dropped: a transfer with no clear recipient is no claim.
/// Recipient hints ("Ukraine has received jets") count, then go.
void resolve_recipients(std::vector<Candidate>& out) {
  std::map<std::string, std::vector<std::pair<std::string, std::size_t>>> counts;  // predicate → (object, n)
  for (const Candidate& c : out) {
    if (c.claim.object == "@recipient") continue;
    auto& objects = counts[c.claim.predicate];
    const auto it = std::find_if(objects.begin(), objects.end(),
                                 [&](const auto& o) { return o.first == c.claim.object; });
    if (it == objects.end()) objects.emplace_back(c.claim.object, 1);
    else ++it->second;
  }
  std::vector<Candidate> kept;
  kept.reserve(out.size());
  for (Candidate& c : out) {
    if (c.recipient_hint) continue;
    if (c.claim.object == "@recipient") {
      const auto found = counts.find(c.claim.predicate);
      const std::pair<std::string, std::size_t>* best = nullptr;
      bool tie = false;
      if (found != counts.end()) {
        for (const auto& o : found->second) {
          if (o.first == c.claim.subject) continue;
          tie = best && o.second == best->second;
          if (!best || o.second > best->second) best = &o;
        }
      }
      if (!best || best->second < 2 || tie) continue;
      c.claim.object = best->first;
    }
    kept.push_back(std::move(c));
  }
  out.swap(kept);
}

/// Fallback candidates of a sentence give way to any other candidate with
/// the same subject and predicate.
void drop_fallbacks(std::vector<Candidate>& out, std::size_t first) {
  std::set<std::pair<std::string, std::string>> explicit_ones;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (!out[i].fallback && !out[i].recipient_hint) explicit_ones.insert({out[i].claim.subject, out[i].claim.predicate});
  }
  // In place: copying the earlier sentences' candidates for every sentence
  // was quadratic in an article's claims (tests/robustness: pathological).
  const auto dropped = [&](const Candidate& c) {
    return c.fallback && explicit_ones.count({c.claim.subject, c.claim.predicate}) > 0;
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), dropped),
            out.end());
}

}  // namespace

std::vector<Candidate> extract_relations(const AnalyzedArticle& doc,
                                         const Mappings& m,
                                         const Ontology& onto) {
  std::vector<Candidate> out;
  std::vector<char> maybe;
  for (const AnalyzedSentence& s : doc.sentences) {
    if (s.question || s.mentions.size() < 1) continue;
    const std::size_t first_of_sentence = out.size();
    // Only the patterns that can match this sentence (PatternFilter).
    m.pattern_filter.select(s.units, onto, maybe);
    for (std::size_t pi = 0; pi < m.patterns.size(); ++pi) {
      if (!maybe[pi]) continue;
      const Pattern& p = m.patterns[pi];
      for (const Match& match : match_pattern(p, s.units, m.context, onto)) {
        std::set<std::string> emitted;
        Emitter{doc, s, m, p, match, out, onto, emitted}.run();
      }
    }
    drop_fallbacks(out, first_of_sentence);
  }
  resolve_recipients(out);
  return out;
}

}  // namespace claimgraph
