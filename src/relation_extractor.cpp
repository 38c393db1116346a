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

/// The class IRIs analysis compares against, made once per article rather
/// than once per sentence.
struct Terms {
  std::string person, place, state, agent;
  explicit Terms(const Ontology& onto)
      : person(onto.term("Person")), place(onto.term("Place")), state(onto.term("State")),
        agent(onto.term("Agent")) {}
};

/// Short names of the people an article has named in full: "Kim" after
/// "Kim Jong Un", "Kirby" after "John Kirby". A short name two people share
/// is ambiguous and left alone.
class ShortNames {
 public:
  void learn(const std::vector<Token>& tokens, const Mention& m, const std::string& person_class) {
    if (m.cls != person_class || m.last - m.first < 2) return;
    for (const std::size_t t : {m.first, m.last - 1}) {
      if (!tokens[t].capitalized || !tokens[t].word) continue;
      auto [it, fresh] = names_.emplace(tokens[t].key, m.entity);
      if (!fresh && it->second != m.entity) it->second.clear();
    }
  }
  /// Adds mentions for lone short names among tokens [first, last).
  void apply(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
             const std::string& person_class, std::vector<Mention>& mentions) const {
    std::vector<bool> taken(last - first, false);
    for (const Mention& m : mentions) {
      for (std::size_t t = m.first; t < m.last; ++t) taken[t - first] = true;
    }
    const auto name_like = [&](std::size_t t) {
      return t >= first && t < last && tokens[t].capitalized && tokens[t].word;
    };
    bool added = false;
    for (std::size_t t = first; t < last; ++t) {
      if (taken[t - first] || !name_like(t)) continue;
      const auto it = names_.find(tokens[t].key);
      if (it == names_.end() || it->second.empty()) continue;
      // Part of a longer unknown name ("Kim Yong Bok") is someone else.
      if (name_like(t + 1) || (t > first && name_like(t - 1))) continue;
      mentions.push_back({it->second, person_class, MentionForm::name, t, t + 1, tokens[t].span, false});
      added = true;
    }
    if (added) {
      std::sort(mentions.begin(), mentions.end(),
                [](const Mention& a, const Mention& b) { return a.first < b.first; });
    }
  }

 private:
  std::map<std::string, std::string> names_;
};

/// "Russia is waging its war", "Pyongyang's losses since its troops
/// entered": a possessive "its"/"their" stands for the state that is the
/// subject (or possessor) earlier in the same sentence. It modifies a noun
/// as a demonym does ("its troops" = "North Korean troops"), so it takes
/// the adjective form and fills `S:State/adj` slots.
void resolve_possessive_pronouns(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                 const Mappings& m, const Terms& terms, std::vector<Mention>& mentions) {
  const std::string& state = terms.state;
  std::vector<Mention> added;
  for (std::size_t t = first; t < last; ++t) {
    if (tokens[t].key != "its" && tokens[t].key != "their") continue;
    const Mention* antecedent = nullptr;
    for (const Mention& mn : mentions) {
      if (mn.first >= t) break;
      if (t - mn.first > 12) continue;  // nearest, and close
      if (mn.cls != state || mn.form == MentionForm::adjective) continue;
      // Not the object of a preposition: "help Moscow sustain its war" yes,
      // "in Ukraine ... its" no; but a possessor is ("of Pyongyang's losses
      // since its troops entered").
      const bool possessor = mn.last < last && tokens[mn.last].key == "'s";
      if (mn.first > first && !possessor && m.cues.prepositions.by_first.count(tokens[mn.first - 1].key)) {
        continue;
      }
      antecedent = &mn;
    }
    if (antecedent) {
      added.push_back({antecedent->entity, state, MentionForm::adjective, t, t + 1, tokens[t].span, true});
    }
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// "Seoul said it could send arms": "it" (or "they") right after a
/// reporting verb is its subject, when that is a named agent.
void resolve_subject_pronouns(const std::vector<Token>& tokens, std::size_t last,
                              const Mappings& m, const Ontology& onto, const Terms& terms,
                              std::vector<Mention>& mentions) {
  const std::string& agent = terms.agent;
  const PhraseSet& reporting_verbs = m.phrases(m.cues.reporting);
  std::vector<Mention> added;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& subj = mentions[mi];
    if (subj.form == MentionForm::adjective || !onto.is_a(subj.cls, agent)) continue;
    std::size_t v = subj.last;
    const auto reporting = [&](std::size_t t) { return reporting_verbs.starting_with(tokens[t].id) != nullptr; };
    while (v < last && v < subj.last + 3 && !reporting(v)) ++v;
    if (v >= last || !reporting(v)) continue;
    if (mi + 1 < mentions.size() && mentions[mi + 1].first <= v + 2) continue;
    std::size_t p = v + 1;
    if (p < last && tokens[p].key == "that") ++p;
    if (p < last && (tokens[p].key == "it" || tokens[p].key == "they")) {
      added.push_back({subj.entity, subj.cls, MentionForm::name, p, p + 1, tokens[p].span, true});
    }
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// The state a person acts for, from the gazetteer role whose title is an
/// acting title (president, prime minister, foreign minister ...) and that
/// held on the article's date when the role is dated.
const Entity* acting_state(const Entity& person, const Mappings& m, const std::string& date) {
  const std::string month = date.substr(0, 7);
  for (const Role& r : person.roles) {
    if (!m.acting_titles.count(r.title)) continue;
    if (!month.empty() && ((!r.from.empty() && month < r.from) || (!r.until.empty() && month > r.until))) continue;
    const Entity* state = m.entity(r.of);
    if (state && state->cls == "State") return state;
  }
  return nullptr;
}

/// Gives each person unit the state they act for, and each place the state
/// it lies in (gazetteer "parent"), as extra mentions after the real ones
/// (units never point at them directly).
void add_acting_states(AnalyzedSentence& a, const Mappings& m, const Ontology& onto,
                       const Terms& terms, const std::string& date) {
  const std::string& person = terms.person;
  const std::string& place = terms.place;
  const std::string& state_class = terms.state;
  const std::size_t real = a.mentions.size();
  for (Unit& u : a.units) {
    if (u.mention < 0 || static_cast<std::size_t>(u.mention) >= real) continue;
    if (u.cls != person && onto.is_a(u.cls, place) && !onto.is_a(u.cls, state_class)) {
      const Mention& mn = a.mentions[static_cast<std::size_t>(u.mention)];
      const Entity* e = m.entity(mn.entity);
      const Entity* parent = e && !e->parent.empty() ? m.entity(e->parent) : nullptr;
      if (parent && parent->cls == "State") {
        u.located_in = static_cast<int>(a.mentions.size());
        u.located_in_cls = onto.term(parent->cls);
        a.mentions.push_back({parent->id, u.located_in_cls, MentionForm::name, mn.first, mn.last, mn.span});
      }
      continue;
    }
    if (u.cls != person) continue;
    const Mention& mn = a.mentions[static_cast<std::size_t>(u.mention)];
    const Entity* e = m.entity(mn.entity);
    const Entity* state = e ? acting_state(*e, m, date) : nullptr;
    if (!state) continue;
    u.acts_for = static_cast<int>(a.mentions.size());
    u.acts_for_cls = onto.term(state->cls);
    a.mentions.push_back({state->id, u.acts_for_cls, MentionForm::name, mn.first, mn.last, mn.span});
  }
}

}  // namespace

AnalyzedArticle analyze(const Article& article, const EntityIndex& index,
                        const Mappings& m, const Ontology& onto) {
  return analyze(article, segment(article, m.segmentation), index, m, onto);
}

AnalyzedArticle analyze(const Article& article, Segmented segmented, const EntityIndex& index,
                        const Mappings& m, const Ontology& onto) {
  ShortNames short_names;
  const Terms terms(onto);
  const std::string& person = terms.person;
  const std::string& state = terms.state;
  std::string last_person;
  std::string last_state_subject;  ///< the state that opened the previous sentence
  AnalyzedArticle doc;
  doc.article = &article;
  doc.segmented = std::move(segmented);
  // Words as numbers for the matchers; unknown words get no_word.
  for (Token& t : doc.segmented.tokens) t.id = t.key.empty() ? no_word : m.vocabulary.find(t.key);
  const auto& tokens = doc.segmented.tokens;
  for (std::size_t i = 0; i < doc.segmented.sentences.size(); ++i) {
    const Sentence& s = doc.segmented.sentences[i];
    AnalyzedSentence a;
    a.index = i;
    a.span = s.span;
    a.paragraph = s.paragraph;
    a.mentions = match_entities(tokens, s.first, s.last, article.text, index, m,
                                onto, doc.discovered);
    short_names.apply(tokens, s.first, s.last, person, a.mentions);
    // A sentence opening with "He"/"She" continues about the last person named.
    if (!last_person.empty() && (tokens[s.first].key == "he" || tokens[s.first].key == "she") &&
        (a.mentions.empty() || a.mentions.front().first > s.first)) {
      a.mentions.insert(a.mentions.begin(), {last_person, person, MentionForm::name, s.first,
                                             s.first + 1, tokens[s.first].span, true});
    }
    // "Seoul has sent aid to Ukraine. It has also exported tanks to Poland":
    // a sentence opening with "It" continues about the state that opened
    // the one before.
    if (!last_state_subject.empty() && tokens[s.first].key == "it" &&
        (a.mentions.empty() || a.mentions.front().first > s.first)) {
      a.mentions.insert(a.mentions.begin(), {last_state_subject, state, MentionForm::name, s.first,
                                             s.first + 1, tokens[s.first].span, true});
    }
    last_state_subject.clear();
    if (!a.mentions.empty() && a.mentions.front().first <= s.first + 1 &&
        a.mentions.front().cls == state && a.mentions.front().form != MentionForm::adjective &&
        (a.mentions.front().last >= s.last || tokens[a.mentions.front().last].key != "'s")) {
      last_state_subject = a.mentions.front().entity;
    }
    for (const Mention& mn : a.mentions) short_names.learn(tokens, mn, person);
    resolve_subject_pronouns(tokens, s.last, m, onto, terms, a.mentions);
    resolve_possessive_pronouns(tokens, s.first, s.last, m, terms, a.mentions);
    for (const Mention& mn : a.mentions) {
      if (mn.cls == person) last_person = mn.entity;
    }
    a.units = build_units(tokens, s.first, s.last, a.mentions);
    add_acting_states(a, m, onto, terms, article.date);
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
    if (!out[i].fallback) explicit_ones.insert({out[i].claim.subject, out[i].claim.predicate});
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
