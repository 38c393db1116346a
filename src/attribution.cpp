// SPDX-License-Identifier: ISC
// Attribution, polarity and modality. Every word it reacts to comes from
// mappings/cues.json; this file holds only the linguistic logic.

#include "attribution.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "mappings.hpp"
#include "ontology.hpp"
#include "qualifiers.hpp"

namespace claimgraph {

namespace {

/// A reporting construction found in a sentence.
struct Source {
  std::size_t unit = 0;               ///< the reporting verb (or cue)
  std::vector<std::string> entities;  ///< who reports (coordinated: several)
  bool denial = false;
  std::string cue;                    ///< the verb as written, lower case
};

/// A quotation and who speaks it.
struct Quote {
  std::size_t open_sentence = 0, open_unit = 0;
  std::size_t close_sentence = 0, close_unit = 0;
  std::vector<std::string> speaker;
};

class Attributor {
 public:
  Attributor(const AnalyzedArticle& doc, const Mappings& m, const Ontology& onto)
      : doc_(doc), m_(m), onto_(onto), agent_(onto.term("Agent")),
        person_(onto.term("Person")) {}

  std::vector<Claim> run(const std::vector<Candidate>& candidates);

 private:
  const AnalyzedSentence& sent(std::size_t i) const { return doc_.sentences[i]; }

  bool plain(const AnalyzedSentence& s, std::size_t u) const {
    return u < s.units.size() && s.units[u].mention < 0;
  }

  /// Length of a phrase of `set` at unit u (longest), or 0. Matched by
  /// word ids (the set's PhraseSet), over plain tokens only.
  std::size_t phrase_at(const WordSet& set, const AnalyzedSentence& s, std::size_t u) const {
    if (!plain(s, u) || s.units[u].id == no_word) return 0;
    return m_.phrases(set).longest_at(u, [&](std::size_t k) { return plain(s, k) ? s.units[k].id : no_word; });
  }

  /// True when the verb at u follows a form of "be" ("is believed").
  bool passive_at(const AnalyzedSentence& s, std::size_t u) const {
    if (u == 0 || !plain(s, u - 1)) return false;
    return m_.inflector.forms("be").count(s.units[u - 1].key) > 0;
  }

  /// True when the sentence opens with a pronoun resolved across sentences
  /// ("They", "It", "He"): a mention that still reads as its word.
  bool continues(const AnalyzedSentence& s) const {
    return !s.units.empty() && s.units[0].mention >= 0 && !s.units[0].key.empty();
  }

  /// The "and" of a coordinated verb phrase, resolved to its subject
  /// (analysis: resolve_coordinated_subjects).
  bool coordinated_subject(const AnalyzedSentence& s, std::size_t u) const {
    return u < s.units.size() && s.units[u].mention >= 0 && s.units[u].key == "and";
  }

  bool is_agent(const AnalyzedSentence& s, std::size_t u) const {
    if (u >= s.units.size() || s.units[u].mention < 0) return false;
    const Unit& unit = s.units[u];
    return unit.form != MentionForm::adjective && onto_.is_a(unit.cls, agent_);
  }

  std::string entity_at(const AnalyzedSentence& s, std::size_t u) const {
    return s.mentions[static_cast<std::size_t>(s.units[u].mention)].entity;
  }

  bool is_quote(const AnalyzedSentence& s, std::size_t u) const {
    return plain(s, u) && (s.units[u].key == "\"");
  }

  /// The agent mention at u with the ones coordinated before it: "A, B
  /// and C said". The join next to u must be a conjunction; a bare comma
  /// ("..., Zelenskyy says") is no coordination.
  std::vector<std::string> group_left(const AnalyzedSentence& s, std::size_t u) const {
    std::vector<std::string> out{entity_at(s, u)};
    std::size_t k = u;
    bool conjunction_seen = false;
    while (k >= 2) {
      std::size_t j = k - 1;
      const bool conj = plain(s, j) && (s.units[j].key == "and" || s.units[j].key == "or");
      if (conj) {
        if (j >= 1 && plain(s, j - 1) && s.units[j - 1].key == ",") --j;
        conjunction_seen = true;
      } else if (!(plain(s, j) && s.units[j].key == "," && conjunction_seen)) {
        break;
      }
      if (j == 0) break;
      std::size_t prev = j - 1;
      while (prev > 0 && plain(s, prev) && s.units[prev].key == "the") --prev;
      if (!is_agent(s, prev)) break;
      out.insert(out.begin(), entity_at(s, prev));
      k = prev;
    }
    return out;
  }

  /// The agent mention at u with the ones coordinated after it: "A, B and
  /// C". A list without a closing conjunction ("Lee, North Korea ...") is
  /// no coordination.
  std::vector<std::string> group_right(const AnalyzedSentence& s, std::size_t u) const {
    std::vector<std::string> out{entity_at(s, u)};
    std::size_t k = u + 1;
    std::size_t closed = 1;  // members up to the last one a conjunction joined
    while (k + 1 < s.units.size()) {
      std::size_t j = k;
      const bool comma = plain(s, j) && s.units[j].key == ",";
      if (comma) ++j;
      const bool conj = plain(s, j) && (s.units[j].key == "and" || s.units[j].key == "or");
      if (conj) ++j;
      if (!comma && !conj) break;
      while (plain(s, j) && s.units[j].key == "the") ++j;
      if (!is_agent(s, j)) break;
      out.push_back(entity_at(s, j));
      if (conj) {
        closed = out.size();
        break;
      }
      k = j + 1;
    }
    out.resize(closed);
    return out;
  }

  /// Pronoun or description ("he", "the head of state") ending just before u.
  bool anaphor_before(const AnalyzedSentence& s, std::size_t u) const {
    for (std::size_t back = 1; back <= 6 && back <= u; ++back) {
      const std::size_t start = u - back;
      const std::size_t len = std::max(phrase_at(m_.cues.pronouns, s, start),
                                       phrase_at(m_.cues.speaker_descriptions, s, start));
      if (len && start + len + 1 >= u && start + len <= u) return true;
    }
    return false;
  }

  /// Who is the subject of a reporting verb at unit v.
  std::vector<std::string> subject_of(const AnalyzedSentence& s, std::size_t v) const {
    const bool inverted = v == 0 || (plain(s, v - 1) && (s.units[v - 1].key == "," ||
                                                         s.units[v - 1].key == "\""));
    if (inverted || v == 0) {
      for (std::size_t k = v + 1; k < s.units.size() && k <= v + 3; ++k) {
        if (is_agent(s, k)) return group_right(s, k);
        if (phrase_at(m_.cues.pronouns, s, k) || phrase_at(m_.cues.speaker_descriptions, s, k)) {
          return last_person_ ? std::vector<std::string>{*last_person_} : std::vector<std::string>{};
        }
        if (!plain(s, k) || (s.units[k].key != "the" && s.units[k].key != ",")) break;
      }
    }
    if (anaphor_before(s, v)) {
      return last_person_ ? std::vector<std::string>{*last_person_} : std::vector<std::string>{};
    }
    for (std::size_t back = 1; back <= 10 && back <= v; ++back) {
      const std::size_t k = v - back;
      if (plain(s, k) && (s.units[k].boundary || s.units[k].key == "\"" || s.units[k].key == "that" ||
                          phrase_at(m_.cues.clause_breaks, s, k))) {
        break;
      }
      if (!is_agent(s, k)) continue;
      // The object of a preposition ("in Ukraine") is not the subject.
      if (k > 0 && phrase_at(m_.cues.prepositions, s, k - 1)) continue;
      // Apposition: "Peskov, the Kremlin spokesman, said" names Peskov.
      if (k >= 2) {
        for (std::size_t c = k; c > 0; --c) {
          if (plain(s, c - 1) && s.units[c - 1].key == ",") {
            if (c >= 2 && is_agent(s, c - 2) && onto_.is_a(s.units[c - 2].cls, person_)) {
              const bool comma_after = [&] {
                for (std::size_t x = k + 1; x < v; ++x) if (plain(s, x) && s.units[x].key == ",") return true;
                return false;
              }();
              if (comma_after) return {entity_at(s, c - 2)};
            }
            break;
          }
        }
      }
      return group_left(s, k);
    }
    return {};
  }

  std::vector<Source> find_sources(const AnalyzedSentence& s);

  bool is_person(const std::string& id) const {
    if (const Entity* e = m_.entity(id)) return e->cls == "Person";
    for (const Entity& d : doc_.discovered.entities) {
      if (d.id == id) return d.cls == "Person";
    }
    return false;
  }

  /// "X's claims" / "claims by X" in a denial sentence: whose claims.
  std::string claims_owner(const AnalyzedSentence& s, std::size_t verb) const {
    (void)verb;
    for (std::size_t u = 0; u + 2 < s.units.size(); ++u) {
      if (is_agent(s, u) && plain(s, u + 1) && s.units[u + 1].key == "'s" &&
          phrase_at(m_.cues.denial_objects, s, u + 2)) {
        return entity_at(s, u);
      }
    }
    return "";
  }
  void find_quotes();
  void find_quote_speakers();

  /// True when unit u of sentence si lies inside a quotation.
  bool in_quote(std::size_t si, std::size_t u) const {
    for (const Quote& q : quotes_) {
      const bool after_open = si > q.open_sentence || (si == q.open_sentence && u > q.open_unit);
      const bool before_close = si < q.close_sentence || (si == q.close_sentence && u < q.close_unit);
      if (after_open && before_close) return true;
    }
    return false;
  }
  std::vector<std::string> claimants_for(const Candidate& c) const;
  void set_modality_and_polarity(const Candidate& c, Claim& claim) const;
  void add_denials(std::vector<Claim>& claims, const std::vector<bool>& deniable,
                   const std::vector<bool>& background,
                   const std::vector<std::size_t>& first_claim_of_sentence);

  const AnalyzedArticle& doc_;
  const Mappings& m_;
  const Ontology& onto_;
  std::string agent_;
  std::string person_;
  std::optional<std::string> last_person_;
  std::vector<std::vector<Source>> sources_;  ///< per sentence
  std::vector<Quote> quotes_;
};

std::vector<Source> Attributor::find_sources(const AnalyzedSentence& s) {
  std::vector<Source> out;
  const auto& u = s.units;
  for (std::size_t v = 0; v < u.size(); ++v) {
    if (is_quote(s, v) || in_quote(s.index, v)) continue;
    if (const std::size_t len = phrase_at(m_.cues.according_to, s, v)) {
      for (std::size_t k = v + len; k < u.size() && k <= v + len + 4; ++k) {
        if (phrase_at(m_.cues.pronouns, s, k) || phrase_at(m_.cues.speaker_descriptions, s, k)) {
          if (last_person_) out.push_back({v, {*last_person_}, false, u[v].key});
          break;
        }
        if (is_agent(s, k)) {
          out.push_back({v, group_right(s, k), false, u[v].key});
          break;
        }
        if (plain(s, k) && (u[k].key == "," || u[k].boundary)) break;
      }
      continue;
    }
    const bool strong = phrase_at(m_.cues.denial_verbs, s, v) > 0;
    const bool labelling = phrase_at(m_.cues.labelling_verbs, s, v) > 0;
    const bool reporting = phrase_at(m_.cues.reporting, s, v) > 0;
    if (!strong && !labelling && !reporting) continue;
    // A denial needs what it denies: "denied these claims", or a label
    // ("called it a hoax"). "Iran denied supplying drones" is a negated
    // claim instead (see set_modality_and_polarity).
    bool object = false, label = false;
    for (std::size_t k = v + 1; k < u.size(); ++k) {
      object = object || (k <= v + 5 && phrase_at(m_.cues.denial_objects, s, k));
      label = label || phrase_at(m_.cues.denial_labels, s, k);
    }
    const bool denial = (strong && (object || label)) || (labelling && label);
    if (!denial && !reporting) continue;
    // "Pyongyang is estimated to have sent", "X is said to": a passive
    // reporting verb's subject is what is reported on, not who reports.
    if (!denial && passive_at(s, v)) continue;
    auto who = subject_of(s, v);
    if (who.empty()) continue;
    out.push_back({v, std::move(who), denial, u[v].key});
  }
  // Headline form: "... - Zelenskyy" or "..., Zelenskyy says" at the end.
  if (u.size() >= 3 && is_agent(s, u.size() - 1) && plain(s, u.size() - 2) &&
      (u[u.size() - 2].key == "-")) {
    out.push_back({u.size() - 1, {entity_at(s, u.size() - 1)}, false, "-"});
  }
  bool person_source = false;
  for (const Source& src : out) {
    if (src.entities.size() == 1 && is_person(src.entities.front())) {
      person_source = true;
      last_person_ = src.entities.front();
    }
  }
  // Without a reporting verb, the person a sentence is about is the one a
  // later "he said" most likely means.
  if (!person_source) {
    for (std::size_t k = 0; k < u.size(); ++k) {
      if (is_agent(s, k) && onto_.is_a(u[k].cls, person_) && !in_quote(s.index, k)) {
        last_person_ = entity_at(s, k);
        break;
      }
    }
  }
  return out;
}

void Attributor::find_quotes() {
  std::optional<Quote> open;
  std::size_t paragraph = 0;
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    const AnalyzedSentence& s = sent(si);
    if (open && s.paragraph != paragraph) {
      // An unclosed quote ends with its paragraph.
      open->close_sentence = si - 1;
      open->close_unit = sent(si - 1).units.size();
      quotes_.push_back(*open);
      open.reset();
    }
    paragraph = s.paragraph;
    for (std::size_t u = 0; u < s.units.size(); ++u) {
      if (!is_quote(s, u)) continue;
      // Typographic quotes say which side they are; a straight one toggles.
      const std::string& text = doc_.article->text;
      const bool opening_mark = text.compare(s.units[u].span.begin, 3, "\xE2\x80\x9C") == 0;
      const bool closing_mark = text.compare(s.units[u].span.begin, 3, "\xE2\x80\x9D") == 0;
      if (!open && !closing_mark) {
        open = Quote{si, u, 0, 0, {}};
      } else if (open && !opening_mark) {
        open->close_sentence = si;
        open->close_unit = u;
        quotes_.push_back(*open);
        open.reset();
      }
    }
  }
  if (open) {
    open->close_sentence = doc_.sentences.size() - 1;
    open->close_unit = doc_.sentences.back().units.size();
    quotes_.push_back(*open);
  }
}

void Attributor::find_quote_speakers() {
  for (std::size_t qi = 0; qi < quotes_.size(); ++qi) {
    Quote& q = quotes_[qi];
    // The speaker is named right after the quote (", he said") or right
    // before it ("Zelenskyy stated, “...").
    for (const Source& src : sources_[q.close_sentence]) {
      if (src.unit > q.close_unit && !src.denial) { q.speaker = src.entities; break; }
    }
    if (q.speaker.empty()) {
      const auto& before = sources_[q.open_sentence];
      for (auto it = before.rbegin(); it != before.rend(); ++it) {
        if (it->unit < q.open_unit && !it->denial) { q.speaker = it->entities; break; }
      }
    }
    // A quote paragraph right after another speaker's quote continues it.
    if (q.speaker.empty() && qi > 0 && !quotes_[qi - 1].speaker.empty() &&
        q.open_sentence <= quotes_[qi - 1].close_sentence + 2 &&
        sources_[q.open_sentence].empty()) {
      q.speaker = quotes_[qi - 1].speaker;
    }
  }
}

std::vector<std::string> Attributor::claimants_for(const Candidate& c) const {
  if (c.article_voice) return {};
  for (const Quote& q : quotes_) {
    const bool after_open = c.sentence > q.open_sentence ||
                            (c.sentence == q.open_sentence && c.trigger > q.open_unit);
    const bool before_close = c.sentence < q.close_sentence ||
                              (c.sentence == q.close_sentence && c.trigger < q.close_unit);
    if (after_open && before_close && !q.speaker.empty()) return q.speaker;
  }
  const Source* best = nullptr;
  std::size_t best_distance = 0;
  for (const Source& src : sources_[c.sentence]) {
    if (src.denial) continue;
    const std::size_t d = src.unit > c.trigger ? src.unit - c.trigger : c.trigger - src.unit;
    if (!best || d < best_distance) {
      best = &src;
      best_distance = d;
    }
  }
  return best ? best->entities : std::vector<std::string>{};
}

void Attributor::set_modality_and_polarity(const Candidate& c, Claim& claim) const {
  const AnalyzedSentence& s = sent(c.sentence);
  const std::size_t window = static_cast<std::size_t>(m_.cues.modality_window);
  const std::size_t stop = c.trigger > window ? c.trigger - window : 0;
  std::optional<Modality> modality;
  bool negated = c.theme_negated;
  for (std::size_t k = c.trigger; k-- > stop;) {
    if (plain(s, k) && (s.units[k].boundary || s.units[k].key == "\"" || s.units[k].key == "that")) break;
    // "did not send troops and has supplied shells": a coordinated verb
    // phrase (its "and" resolved to the shared subject) is a clause of its own.
    if (coordinated_subject(s, k)) break;
    if (k != c.trigger && phrase_at(m_.cues.reporting, s, k) && !phrase_at(m_.cues.denial_verbs, s, k)) break;
    // "not only ... but also" is not a negation.
    const std::size_t exception = phrase_at(m_.cues.negation_exceptions, s, k);
    if (!exception && phrase_at(m_.cues.denial_verbs, s, k)) {
      if (!negated) claim.cues.push_back(s.units[k].key);
      negated = true;
      // "Iran denied supplying drones": Iran claims the negation.
      const auto who = subject_of(s, k);
      if (who.size() == 1) claim.claimant = who.front();
    } else if (!exception && phrase_at(m_.cues.negation, s, k)) {
      if (!negated) claim.cues.push_back(s.units[k].key);
      negated = true;
    }
    if (!modality) {
      for (const auto& [mod, set] : m_.cues.modality) {
        if (phrase_at(set, s, k)) {
          modality = mod;
          claim.cues.push_back(s.units[k].key);
          break;
        }
      }
    }
  }
  claim.modality = c.forced_modality ? *c.forced_modality : modality.value_or(Modality::actual);
  claim.polarity = negated ? Polarity::negated : Polarity::affirmed;
}

void Attributor::add_denials(std::vector<Claim>& claims, const std::vector<bool>& deniable,
                             const std::vector<bool>& background,
                             const std::vector<std::size_t>& first_claim_of_sentence) {
  std::vector<Claim> added;
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    for (const Source& src : sources_[si]) {
      if (!src.denial) continue;
      // What is denied: claims earlier in the same sentence; else, when it
      // names whose claims ("Zelensky's claims"), theirs; else the statement
      // of the headline, then the one the article has attributed most often
      // so far (ties: the earliest); else what its sentence presupposes.
      const std::string owner = claims_owner(sent(si), src.unit);
      // Deniers deny what is said about them: when some statement involves
      // the denier (or the body a denying official serves), only those.
      std::set<std::string> denier{src.entities.begin(), src.entities.end()};
      for (const std::string& who : src.entities) {
        if (const Entity* e = m_.entity(who)) {
          for (const Role& r : e->roles) denier.insert(r.of);
        }
      }
      bool any_involved = false;
      for (std::size_t i = 0; i < first_claim_of_sentence[si]; ++i) {
        any_involved = any_involved || denier.count(claims[i].subject) || denier.count(claims[i].object);
      }
      // "dismissed as fake a report that North Korea sent soldiers to
      // fight for Russia in its war against Ukraine" denies the sending,
      // not the war the sentence takes for granted.
      std::vector<const Claim*> targets, presupposed;
      std::map<std::string, std::tuple<int, int, int, std::size_t>> support;
      std::map<std::string, const Claim*> first_of;
      for (std::size_t i = 0; i < first_claim_of_sentence[si + 1]; ++i) {
        const Claim& c = claims[i];
        if (c.polarity != Polarity::affirmed || !deniable[i]) continue;
        if (i >= first_claim_of_sentence[si]) {
          (background[i] ? presupposed : targets).push_back(&c);
          continue;
        }
        if (background[i]) continue;
        if (!owner.empty() && c.claimant != owner) continue;
        if (any_involved && !denier.count(c.subject) && !denier.count(c.object)) continue;
        const std::string key = c.subject + ' ' + c.predicate + ' ' + c.object;
        auto& [headline, attributed, total, order] = support[key];
        if (!first_of.count(key)) { first_of[key] = &c; order = i; }
        // The headline states the news a denial answers.
        headline = headline || i < first_claim_of_sentence[1];
        attributed += c.claimant.empty() ? 0 : 1;
        ++total;
      }
      if (targets.empty()) {
        const Claim* best = nullptr;
        std::tuple<int, int, int, long> best_rank{-1, -1, -1, 0};
        for (const auto& [key, rank] : support) {
          const auto& [headline, attributed, total, order] = rank;
          const std::tuple<int, int, int, long> r{headline, attributed, total, -static_cast<long>(order)};
          if (r > best_rank) { best_rank = r; best = first_of[key]; }
        }
        if (best) targets.push_back(best);
      }
      if (targets.empty()) targets = presupposed;
      for (const Claim* t : targets) {
        for (const std::string& who : src.entities) {
          Claim d = *t;
          d.claimant = who;
          d.polarity = Polarity::negated;
          d.modality = Modality::actual;
          d.rule = "denial";
          d.cues = {src.cue};
          d.span = sent(si).span;
          d.matched = {sent(si).units[src.unit].span};
          d.qualifiers.clear();
          added.push_back(std::move(d));
        }
      }
    }
  }
  claims.insert(claims.end(), added.begin(), added.end());
}

std::vector<Claim> Attributor::run(const std::vector<Candidate>& candidates) {
  find_quotes();
  for (const AnalyzedSentence& s : doc_.sentences) sources_.push_back(find_sources(s));
  find_quote_speakers();
  std::vector<Claim> out;
  std::vector<bool> deniable;  // article-voice facts (roles) are not denied
  std::vector<bool> background;  // presupposed facts, denied only when nothing else is
  std::vector<std::size_t> first_claim_of_sentence(doc_.sentences.size() + 1, 0);
  std::size_t next = 0;
  std::vector<std::string> previous_claimants, current_claimants;  // of the last claim of a sentence
  for (std::size_t si = 0; si <= doc_.sentences.size(); ++si) {
    first_claim_of_sentence[si] = out.size();
    if (si == doc_.sentences.size()) break;
    previous_claimants = current_claimants;
    current_claimants.clear();
    if (previous_claimants.size() == 1 && previous_claimants.front().empty()) previous_claimants.clear();
    if (next >= candidates.size() || candidates[next].sentence != si) continue;
    // The date a sentence names is the same for all its candidates.
    const Sentence& seg = doc_.segmented.sentences[si];
    const auto date = date_in(doc_.segmented.tokens, seg.first, seg.last, doc_.article->date);
    for (; next < candidates.size() && candidates[next].sentence == si; ++next) {
      const Candidate& c = candidates[next];
      Claim base = c.claim;
      set_modality_and_polarity(c, base);
      if (date) base.qualifiers.push_back(*date);
      auto who = base.claimant.empty() ? claimants_for(c) : std::vector<std::string>{base.claimant};
      // "According to Kyiv, North Korean officers are in Donetsk. They are
      // training Russian soldiers.": a sentence whose subject is a pronoun
      // for the sentence before continues that report, and its source.
      if (who.empty() && c.first == 0 && continues(sent(si)) && si > 0 &&
          sent(si - 1).paragraph == sent(si).paragraph) {
        who = previous_claimants;
      }
      if (who.empty()) who.emplace_back();
      current_claimants = who;
      for (const std::string& w : who) {
        Claim claim = base;
        claim.claimant = w;
        out.push_back(std::move(claim));
        deniable.push_back(!c.article_voice);
        background.push_back(c.background);
      }
    }
  }
  add_denials(out, deniable, background, first_claim_of_sentence);
  return out;
}

}  // namespace

std::vector<Claim> attribute(const AnalyzedArticle& doc,
                             const std::vector<Candidate>& candidates,
                             const Mappings& mappings, const Ontology& ontology) {
  return Attributor(doc, mappings, ontology).run(candidates);
}

}  // namespace claimgraph
