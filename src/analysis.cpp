// SPDX-License-Identifier: ISC
// Stage 3 after entity matching: what a sentence's mentions refer to.
// Short names, pronouns ("it", "they", "he" after a reporting verb),
// possessives, verb phrases coordinated by "and", gazetteer descriptions
// ("the 27-nation bloc"), role descriptions ("the Russian leader"), and the
// state a person acts for; then the units the patterns match against.

#include "analysis.hpp"

#include <algorithm>
#include <cctype>
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

/// The token after ", which|who ... ," starting at t (closed by a comma
/// within 30 tokens), or t when no relative clause starts there.
std::size_t skip_relative_clause(const std::vector<Token>& tokens, std::size_t t, std::size_t last) {
  if (t + 1 >= last || tokens[t].key != "," || (tokens[t + 1].key != "which" && tokens[t + 1].key != "who")) {
    return t;
  }
  for (std::size_t j = t + 2; j < last && j < t + 32; ++j) {
    if (tokens[j].key == "," ) return j + 1;
    if (tokens[j].key == ";" || tokens[j].key == ":" || tokens[j].key == "\"") return t;
  }
  return t;
}

/// "Seoul said it could send arms": "it" (or "they") right after a
/// reporting verb is its subject, when that is a named agent; a relative
/// clause may stand between ("Seoul, which ..., said it").
void resolve_subject_pronouns(const std::vector<Token>& tokens, std::size_t last,
                              const Mappings& m, const Ontology& onto, const Terms& terms,
                              std::vector<Mention>& mentions) {
  const std::string& agent = terms.agent;
  const PhraseSet& reporting_verbs = m.phrases(m.cues.reporting);
  std::vector<Mention> added;
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& subj = mentions[mi];
    if (subj.form == MentionForm::adjective || !onto.is_a(subj.cls, agent)) continue;
    // "refused to send arms to Kyiv, said it": not the object of a preposition.
    if (subj.first > 0 && m.cues.prepositions.by_first.count(tokens[subj.first - 1].key)) continue;
    std::size_t v = skip_relative_clause(tokens, subj.last, last);
    const auto reporting = [&](std::size_t t) { return reporting_verbs.starting_with(tokens[t].id) != nullptr; };
    const std::size_t verb_from = v;
    while (v < last && v < verb_from + 3 && !reporting(v)) ++v;
    if (v >= last || !reporting(v)) continue;
    const bool between = std::any_of(mentions.begin() + static_cast<std::ptrdiff_t>(mi) + 1, mentions.end(),
                                     [&](const Mention& o) { return o.first >= verb_from && o.first <= v + 2; });
    if (between || (verb_from == subj.last && mi + 1 < mentions.size() && mentions[mi + 1].first < verb_from)) continue;
    std::size_t p = v + 1;
    if (p < last && tokens[p].key == "that") ++p;
    // The first subject wins: "Seoul, which refused to arm Kyiv, said it".
    const bool taken = std::any_of(added.begin(), added.end(), [&](const Mention& a) { return a.first == p; });
    if (p < last && !taken && (tokens[p].key == "it" || tokens[p].key == "they")) {
      added.push_back({subj.entity, subj.cls, MentionForm::name, p, p + 1, tokens[p].span, true});
    }
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// The mention covering token t, or nullptr.
const Mention* mention_at(const std::vector<Mention>& mentions, std::size_t t) {
  for (const Mention& mn : mentions) {
    if (mn.first <= t && t < mn.last) return &mn;
  }
  return nullptr;
}

/// True when "and" at token t opens a verb phrase of its own: an auxiliary
/// or adverb follows ("and has also supplied", "and might send"; the
/// `verb_phrase_openers` set), or a past form followed by its object
/// ("and pledged to", "and supplied Russia").
bool opens_verb_phrase(const std::vector<Token>& tokens, std::size_t t, std::size_t last,
                       const Mappings& m, const std::vector<Mention>& mentions) {
  if (t + 1 >= last || tokens[t].key != "and") return false;
  const auto openers = m.sets.find("verb_phrase_openers");
  if (openers != m.sets.end() && m.phrases(openers->second).starting_with(tokens[t + 1].id)) {
    return !mention_at(mentions, t + 1);
  }
  const std::string& w = tokens[t + 1].key;
  if (w.size() < 5 || w.compare(w.size() - 2, 2, "ed") != 0 || t + 2 >= last) return false;
  const auto determiners = m.sets.find("determiners");
  const bool determiner = determiners != m.sets.end() &&
                          m.phrases(determiners->second).starting_with(tokens[t + 2].id);
  return tokens[t + 2].key == "to" || determiner || tokens[t + 2].number ||
         mention_at(mentions, t + 2) != nullptr;
}

/// Where a clause may begin: the sentence start, after a comma, "that", a
/// quote, a dash (a dateline: "LONDON (AFP) - Russia ...") or a reporting
/// verb ("China says it ...").
bool clause_start(const std::vector<Token>& tokens, std::size_t first, std::size_t t,
                  const Mappings& m) {
  while (t > first && (tokens[t - 1].key == "the" || tokens[t - 1].key == "both")) --t;
  if (t == first) return true;
  const std::string& before = tokens[t - 1].key;
  return before == "," || before == "that" || before == "\"" || before == "-" || before == "\u2014" ||
         before == "\u2013" || before == "(" ||
         m.phrases(m.cues.reporting).starting_with(tokens[t - 1].id) != nullptr;
}

/// "North Korea is likely to send troops and has also supplied Russia with
/// shells": a verb phrase coordinated by "and" has no subject of its own;
/// it shares the subject of the clause before it. That subject is the
/// nearest agent opening a clause, or, when a relative clause ("Belarus,
/// which let ... and has since hosted ...") lies between, its antecedent.
/// The "and" becomes a mention of that subject that still reads as "and".
void resolve_coordinated_subjects(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                  const Mappings& m, const Ontology& onto, const Terms& terms,
                                  std::vector<Mention>& mentions) {
  std::vector<Mention> added;
  for (std::size_t t = first + 1; t < last; ++t) {
    if (mention_at(mentions, t) || !opens_verb_phrase(tokens, t, last, m, mentions)) continue;
    const Mention* subject = nullptr;
    for (std::size_t k = t; k-- > first && !subject;) {
      const std::string& key = tokens[k].key;
      if (key == ";" || key == ":") break;
      // ", which|who ..." between: its antecedent is the subject.
      if ((key == "which" || key == "who") && k >= first + 2 && tokens[k - 1].key == ",") {
        const Mention* ante = mention_at(mentions, k - 2);
        if (ante && ante->form != MentionForm::adjective && onto.is_a(ante->cls, terms.agent)) subject = ante;
        break;
      }
      const Mention* mn = mention_at(mentions, k);
      if (!mn || mn->first != k) continue;
      if (mn->form == MentionForm::adjective || !onto.is_a(mn->cls, terms.agent)) continue;
      const bool modifier = mn->last < last && (tokens[mn->last].key == "'s" || tokens[mn->last].key == "-");
      if (!modifier && mn->last < t && (mn->pronoun || clause_start(tokens, first, mn->first, m))) subject = mn;
    }
    if (subject) {
      added.push_back({subject->entity, subject->cls, MentionForm::name, t, t + 1, tokens[t].span, true});
    }
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// One gazetteer description ("27-nation bloc") as token keys, and whether
/// each token must be capitalised ("the North", not "the north").
struct Description {
  const Entity* entity;
  std::vector<std::string> keys;
  std::vector<bool> capital;
};

std::vector<Description> descriptions_of(const Mappings& m) {
  std::vector<Description> out;
  for (const Entity& e : m.entities) {
    for (const std::string& d : e.descriptions) {
      Description desc{&e, {}, {}};
      for (const std::string& tok : phrase_tokens(d)) {
        desc.keys.push_back(token_key(tok));
        desc.capital.push_back(std::isupper(static_cast<unsigned char>(tok[0])) != 0);
      }
      if (!desc.keys.empty()) out.push_back(std::move(desc));
    }
  }
  // Longest first: "the 27-nation bloc" before "the bloc".
  std::stable_sort(out.begin(), out.end(),
                   [](const Description& a, const Description& b) { return a.keys.size() > b.keys.size(); });
  return out;
}

/// "The European Union ... The 27-nation bloc said": after "the", a
/// gazetteer description names its entity once the article has named it
/// (`named`, or earlier in the sentence); before that it names nothing. A capitalised word right after
/// it ("the North Sea") makes it part of another name.
void resolve_descriptions(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                          const std::vector<Description>& descriptions, const std::set<std::string>& named,
                          const Ontology& onto, std::vector<Mention>& mentions) {
  std::vector<Mention> added;
  for (std::size_t t = first; t + 1 < last; ++t) {
    if (tokens[t].key != "the" || mention_at(mentions, t + 1)) continue;
    for (const Description& d : descriptions) {
      const bool earlier = named.count(d.entity->id) ||
                           std::any_of(mentions.begin(), mentions.end(), [&](const Mention& mn) {
                             return mn.entity == d.entity->id && mn.last <= t;
                           });
      if (!earlier || t + 1 + d.keys.size() > last) continue;
      bool match = true;
      for (std::size_t k = 0; k < d.keys.size() && match; ++k) {
        const Token& tok = tokens[t + 1 + k];
        match = tok.key == d.keys[k] && (!d.capital[k] || tok.capitalized) && !mention_at(mentions, t + 1 + k);
      }
      const std::size_t end = t + 1 + d.keys.size();
      if (!match || (end < last && tokens[end].capitalized && tokens[end].word)) continue;
      added.push_back({d.entity->id, onto.term(d.entity->cls), MentionForm::name, t + 1, end,
                       {tokens[t + 1].span.begin, tokens[end - 1].span.end}, false});
      t = end - 1;
      break;
    }
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// Whether a role held on the article's date (month YYYY-MM; undated roles
/// always hold).
bool role_holds(const Role& r, const std::string& month) {
  return month.empty() || ((r.from.empty() || month >= r.from) && (r.until.empty() || month <= r.until));
}

/// "Putin ... the Russian leader's first visit": "the", a demonym and a
/// title describe the person the article has named (`named`) whose
/// gazetteer role is that title of that state: the same title, or, for a
/// head's title ("leader", "president"), any head's title. The demonym's
/// mention becomes a mention of the person; two such people leave it alone.
void resolve_role_descriptions(const std::vector<Token>& tokens, std::size_t last, const Mappings& m,
                               const Terms& terms, const std::set<std::string>& named,
                               const std::string& date, std::vector<Mention>& mentions) {
  const auto leaders = m.sets.find("leader_titles");
  const auto officials = m.sets.find("official_titles");
  if (leaders == m.sets.end() || officials == m.sets.end()) return;
  const auto word = [&](std::size_t k) { return k < last ? static_cast<WordId>(tokens[k].id) : no_word; };
  const auto joined = [&](std::size_t from, std::size_t len) {
    std::string out;
    for (std::size_t k = from; k < from + len; ++k) out += (out.empty() ? "" : " ") + tokens[k].key;
    return out;
  };
  const auto is_leader_title = [&](const std::string& title) {
    for (const Phrase& ph : leaders->second.phrases) {
      std::string j;
      for (const std::string& w : ph) j += (j.empty() ? "" : " ") + w;
      if (j == title) return true;
    }
    return false;
  };
  const std::string month = date.substr(0, 7);
  for (Mention& mn : mentions) {
    if (mn.form != MentionForm::adjective || mn.pronoun || mn.cls != terms.state || mn.first == 0 ||
        tokens[mn.first - 1].key != "the" || mn.last >= last) {
      continue;
    }
    const std::size_t leader_len = m.phrases(leaders->second).longest_at(mn.last, word);
    const std::size_t official_len = m.phrases(officials->second).longest_at(mn.last, word);
    const std::size_t len = std::max(leader_len, official_len);
    const std::size_t end = mn.last + len;
    // "the Russian president Vladimir Putin" names him itself.
    if (!len || (end < last && tokens[end].capitalized && tokens[end].word)) continue;
    if (std::any_of(mentions.begin(), mentions.end(),
                    [&](const Mention& o) { return o.first < end && o.last > mn.last; })) {
      continue;
    }
    const std::string title = joined(mn.last, len);
    const bool head = leader_len == len && is_leader_title(title);
    std::string person;
    bool ambiguous = false;
    for (const std::string& id : named) {
      const Entity* e = m.entity(id);
      if (!e || e->cls != "Person") continue;
      const bool holds = std::any_of(e->roles.begin(), e->roles.end(), [&](const Role& r) {
        return r.of == mn.entity && role_holds(r, month) && (r.title == title || (head && is_leader_title(r.title)));
      });
      if (!holds) continue;
      ambiguous = ambiguous || !person.empty();
      person = id;
    }
    if (person.empty() || ambiguous) continue;
    mn = {person, terms.person, MentionForm::name, mn.first, end, {mn.span.begin, tokens[end - 1].span.end}, false};
  }
}

const Entity* acting_state(const Entity& person, const Mappings& m, const std::string& date);

/// The state of the last personnel phrase ("North Korean special forces
/// troops": a demonym, then a word of the `troops` set within three tokens)
/// among tokens [first, end), or "".
std::string last_personnel(const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                           const Mappings& m, const Terms& terms, const std::vector<Mention>& mentions) {
  const auto troops = m.sets.find("troops");
  if (troops == m.sets.end()) return "";
  const auto word = [&](std::size_t k) { return k < end ? static_cast<WordId>(tokens[k].id) : no_word; };
  std::string state;
  for (const Mention& mn : mentions) {
    if (mn.last >= end || mn.form != MentionForm::adjective || mn.pronoun || mn.cls != terms.state || mn.first < first) continue;
    for (std::size_t k = mn.last; k < end && k <= mn.last + 3; ++k) {
      if (m.phrases(troops->second).longest_at(k, word)) { state = mn.entity; break; }
    }
  }
  return state;
}

/// "11,000 North Korean soldiers ... many of them to Kursk, where they are
/// fighting": "they" (not already resolved) stands for the troops of the
/// nearest personnel phrase before it, in its sentence or else the one
/// before (`previous`). It fills `S:State/troops` slots, and, as "their"
/// does, `/adj` ones.
void resolve_personnel_pronouns(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                const Mappings& m, const Terms& terms, const std::string& previous,
                                std::vector<Mention>& mentions) {
  std::vector<Mention> added;
  for (std::size_t t = first; t < last; ++t) {
    if (tokens[t].key != "they" || mention_at(mentions, t)) continue;
    std::string state = last_personnel(tokens, first, t, m, terms, mentions);
    if (state.empty()) state = previous;
    if (state.empty()) continue;
    Mention mn{state, terms.state, MentionForm::adjective, t, t + 1, tokens[t].span, true};
    mn.personnel = true;
    added.push_back(mn);
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// "Russian officials said he is expected to visit": "he"/"she" opening a
/// reported clause (after a reporting verb, maybe "that") is the last
/// person named before it in the sentence, else `last_person`.
void resolve_reported_pronouns(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                               const Mappings& m, const Terms& terms, const std::string& last_person,
                               std::vector<Mention>& mentions) {
  const PhraseSet& reporting = m.phrases(m.cues.reporting);
  std::vector<Mention> added;
  for (std::size_t t = first + 1; t < last; ++t) {
    if ((tokens[t].key != "he" && tokens[t].key != "she") || mention_at(mentions, t)) continue;
    std::size_t v = t - 1;
    if (tokens[v].key == "that" && v > first) --v;
    if (!reporting.starting_with(tokens[v].id)) continue;
    std::string person = last_person;
    for (const Mention& mn : mentions) {
      if (mn.first < t && mn.cls == terms.person) person = mn.entity;
    }
    if (person.empty()) continue;
    added.push_back({person, terms.person, MentionForm::name, t, t + 1, tokens[t].span, true});
  }
  if (added.empty()) return;
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// "Yoon ... His government said": "his"/"her" before a word of the
/// `government_nouns` set is the state the person it refers to acts for:
/// the last person named before it in the sentence, else `last_person`.
void resolve_possessive_governments(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                    const Mappings& m, const Ontology& onto, const Terms& terms,
                                    const std::string& last_person, const std::string& date,
                                    std::vector<Mention>& mentions) {
  const auto nouns = m.sets.find("government_nouns");
  if (nouns == m.sets.end()) return;
  std::vector<Mention> added;
  for (std::size_t t = first; t + 1 < last; ++t) {
    if ((tokens[t].key != "his" && tokens[t].key != "her") || mention_at(mentions, t + 1)) continue;
    const std::size_t len = m.phrases(nouns->second).longest_at(
        t + 1, [&](std::size_t k) { return k < last ? static_cast<WordId>(tokens[k].id) : no_word; });
    if (!len) continue;
    std::string person = last_person;
    for (const Mention& mn : mentions) {
      if (mn.first < t && mn.cls == terms.person) person = mn.entity;
    }
    const Entity* e = person.empty() ? nullptr : m.entity(person);
    const Entity* state = e ? acting_state(*e, m, date) : nullptr;
    if (!state) continue;
    added.push_back({state->id, onto.term(state->cls), MentionForm::name, t, t + 1 + len,
                     {tokens[t].span.begin, tokens[t + len].span.end}, false});
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
  std::set<std::string> named;     ///< entities the article has named so far
  std::string previous_personnel;  ///< the state of the previous sentence's last personnel phrase
  const std::vector<Description> descriptions = descriptions_of(m);
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
    resolve_descriptions(tokens, s.first, s.last, descriptions, named, onto, a.mentions);
    resolve_role_descriptions(tokens, s.last, m, terms, named, article.date, a.mentions);
    resolve_possessive_governments(tokens, s.first, s.last, m, onto, terms, last_person, article.date, a.mentions);
    for (const Mention& mn : a.mentions) named.insert(mn.entity);
    // A sentence opening with "He"/"She" continues about the last person named.
    if (!last_person.empty() && (tokens[s.first].key == "he" || tokens[s.first].key == "she") &&
        (a.mentions.empty() || a.mentions.front().first > s.first)) {
      a.mentions.insert(a.mentions.begin(), {last_person, person, MentionForm::name, s.first,
                                             s.first + 1, tokens[s.first].span, true});
    }
    resolve_reported_pronouns(tokens, s.first, s.last, m, terms, last_person, a.mentions);
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
    resolve_coordinated_subjects(tokens, s.first, s.last, m, onto, terms, a.mentions);
    resolve_personnel_pronouns(tokens, s.first, s.last, m, terms, previous_personnel, a.mentions);
    previous_personnel = last_personnel(tokens, s.first, s.last, m, terms, a.mentions);
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

}  // namespace claimgraph
