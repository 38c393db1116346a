// SPDX-License-Identifier: ISC
// Pattern compiler and backtracking matcher. Patterns are short (under 20
// elements) and sentences a few dozen units, so plain backtracking with
// bounded gaps is fast enough and keeps the semantics easy to explain.

#include "pattern.hpp"

#include <algorithm>
#include <cctype>

#include "ontology.hpp"
#include "text.hpp"

namespace claimgraph {

namespace {

bool is_slot_name(const std::string& s) {
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  });
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

/// Compiles one whitespace-free element; returns an error or "".
std::string compile_element(std::string word, const PatternContext& ctx,
                            Element& el) {
  if (word.size() > 1 && word.back() == '?') {
    el.optional = true;
    word.pop_back();
  }
  if (word[0] == '!' && word.size() > 1) {
    // Zero-width: the next unit is not this word ("!by").
    el.kind = Element::Kind::absent;
    for (const std::string& w : split(word.substr(1), '|')) el.words.insert(token_key(w));
    return "";
  }
  if (word[0] == '~') {
    el.kind = Element::Kind::gap;
    el.cross = word.size() > 1 && word[1] == '~';
    const std::string n = word.substr(el.cross ? 2 : 1);
    if (n.empty() || n.size() > 2 ||
        !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return "gap \"" + word + "\" needs a count such as ~3";
    }
    el.max_gap = std::stoi(n);
    return "";
  }
  if (word.front() == '<') {
    if (word.back() != '>' || word.size() < 3) return "unclosed lemma \"" + word + "\"";
    el.kind = Element::Kind::literal;
    el.lemma = true;
    std::string inner = word.substr(1, word.size() - 2);
    if (ends_with(inner, ":v")) {
      el.verb_only = true;
      inner.resize(inner.size() - 2);
    }
    for (const std::string& lemma : split(inner, '|')) {
      if (lemma.empty()) return "empty lemma in \"" + word + "\"";
      for (const std::string& f : ctx.inflector->forms(to_lower(lemma))) {
        el.words.insert(f);
      }
    }
    return "";
  }
  const auto eq = word.find('=');
  if (eq != std::string::npos) {
    el.name = word.substr(0, eq);
    if (!is_slot_name(el.name)) return "capture name \"" + el.name + "\" must start with a capital";
    word = word.substr(eq + 1);
    if (word.empty() || word[0] != '@') return "only a word set (@name) can be captured";
  }
  if (word[0] == '@') {
    el.kind = Element::Kind::set;
    const auto it = ctx.sets->find(word.substr(1));
    if (it == ctx.sets->end()) return "unknown word set \"" + word + "\"";
    el.set = &it->second;
    return "";
  }
  const auto colon = word.find(':');
  const std::string head = word.substr(0, colon);
  if (head == "T") {
    el.kind = Element::Kind::theme;
    el.name = "T";
    if (colon != std::string::npos) {
      for (const std::string& t : split(word.substr(colon + 1), '|')) {
        const bool known = std::any_of(ctx.themes->begin(), ctx.themes->end(),
                                       [&](const Theme& th) { return th.name == t; });
        if (!known) return "unknown theme \"" + t + "\"";
        el.words.insert(t);
      }
    }
    return "";
  }
  if (colon != std::string::npos && is_slot_name(head)) {
    el.kind = Element::Kind::slot;
    el.name = head;
    std::string cls = word.substr(colon + 1);
    const auto slash = cls.find('/');
    if (slash != std::string::npos) {
      const std::string form = cls.substr(slash + 1);
      cls = cls.substr(0, slash);
      if (form == "adj") el.form = Element::Form::adjective;
      else if (form == "name") el.form = Element::Form::name;
      else if (form == "in") el.places_in = true;
      else return "unknown form \"/" + form + "\"; expected /adj, /name or /in";
    }
    for (const std::string& c : split(cls, '|')) {
      el.classes.push_back(ctx.ontology->term(c));
      if (!ctx.ontology->has_class(el.classes.back())) {
        return "unknown class \"" + c + "\" in slot \"" + word + "\"";
      }
    }
    return "";
  }
  el.kind = Element::Kind::literal;
  for (const std::string& w : split(word, '|')) {
    if (w.empty()) return "empty alternative in \"" + word + "\"";
    el.words.insert(token_key(w));
  }
  return "";
}

}  // namespace

std::optional<std::vector<Element>> compile_pattern(const std::string& text,
                                                    const PatternContext& ctx,
                                                    std::string& error,
                                                    std::size_t& column) {
  std::vector<Element> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    Element el;
    el.column = start + 1;
    error = compile_element(text.substr(start, i - start), ctx, el);
    if (!error.empty()) {
      column = el.column;
      return std::nullopt;
    }
    out.push_back(std::move(el));
  }
  if (out.empty()) {
    error = "empty pattern";
    column = 1;
    return std::nullopt;
  }
  if (out.front().kind == Element::Kind::gap || out.back().kind == Element::Kind::gap) {
    error = "a pattern cannot start or end with a gap";
    column = out.front().kind == Element::Kind::gap ? out.front().column : out.back().column;
    return std::nullopt;
  }
  return out;
}

std::optional<ClaimTemplate> parse_claim_template(const std::string& text) {
  const auto words = split_words(text);
  if (words.size() != 3) return std::nullopt;
  return ClaimTemplate{words[0], words[1], words[2]};
}

namespace {

class Matcher {
 public:
  Matcher(const Pattern& p, const std::vector<Unit>& u, const PatternContext& ctx,
          const Ontology& onto)
      : p_(p), u_(u), ctx_(ctx), onto_(onto) {}

  bool run(std::size_t e, std::size_t i) {
    if (++steps_ > kMaxSteps) return false;
    if (e == p_.elements.size()) {
      cur_.last = i;
      return true;
    }
    const Element& el = p_.elements[e];
    const Match saved = cur_;
    if (match_element(el, e, i)) return true;
    cur_ = saved;
    return el.optional && run(e + 1, i);
  }

  Match cur_;

 private:
  static constexpr std::size_t kMaxSteps = 20000;

  bool plain(std::size_t i) const { return i < u_.size() && u_[i].mention < 0; }
  /// A token, or a resolved pronoun read as its word ("in its war").
  bool wordlike(std::size_t i) const { return i < u_.size() && !u_[i].key.empty(); }

  /// Length of the phrase of `set` at unit i, longest first; 0 if none.
  std::vector<std::size_t> phrase_lengths(const WordSet& set, std::size_t i) const {
    std::vector<std::size_t> out;
    if (!plain(i)) return out;
    const auto it = set.by_first.find(u_[i].key);
    if (it == set.by_first.end()) return out;
    for (const std::size_t idx : it->second) {
      const Phrase& ph = set.phrases[idx];
      bool ok = true;
      for (std::size_t k = 0; ok && k < ph.size(); ++k) {
        ok = plain(i + k) && u_[i + k].key == ph[k];
      }
      if (ok) out.push_back(ph.size());
    }
    std::sort(out.rbegin(), out.rend());
    return out;
  }

  bool slot_accepts(const Element& el, std::size_t i) const {
    return slot_class(el, i) != nullptr;
  }

  /// The class by which unit i fills the slot: its own, or, for a head of
  /// government or minister in the subject slot S, that of the state they
  /// act for ("Scholz ruled out sending" is Germany's act). nullptr when it
  /// does not fit.
  const std::string* slot_class(const Element& el, std::size_t i) const {
    if (i >= u_.size() || u_[i].mention < 0) return nullptr;
    const Unit& unit = u_[i];
    if (el.form == Element::Form::adjective && unit.form != MentionForm::adjective) return nullptr;
    if (el.form == Element::Form::name && unit.form == MentionForm::adjective) return nullptr;
    for (const std::string& c : el.classes) {
      if (onto_.is_a(unit.cls, c)) return &unit.cls;
    }
    // Only as a subject: a leader's state is not the object of a relation.
    if (unit.acts_for >= 0 && el.name == "S") {
      for (const std::string& c : el.classes) {
        if (onto_.is_a(unit.acts_for_cls, c)) return &unit.acts_for_cls;
      }
    }
    // Where the pattern says so (/in): troops sent "to the Russian Far East"
    // are sent to Russia.
    if (unit.located_in >= 0 && el.places_in) {
      for (const std::string& c : el.classes) {
        if (onto_.is_a(unit.located_in_cls, c)) return &unit.located_in_cls;
      }
    }
    return nullptr;
  }

  bool match_element(const Element& el, std::size_t e, std::size_t i) {
    switch (el.kind) {
      case Element::Kind::literal:
        if (!wordlike(i) || !el.words.count(u_[i].key)) return false;
        if (el.verb_only && i > 0 && ctx_.determiners && plain(i - 1) &&
            !phrase_lengths(*ctx_.determiners, i - 1).empty()) {
          return false;
        }
        if (el.lemma && !cur_.has_trigger) {
          cur_.trigger = i;
          cur_.has_trigger = true;
        }
        cur_.spans.push_back(u_[i].span);
        return run(e + 1, i + 1);
      case Element::Kind::set:
        for (const std::size_t len : phrase_lengths(*el.set, i)) {
          Match saved = cur_;
          const Span span{u_[i].span.begin, u_[i + len - 1].span.end};
          if (!el.name.empty()) cur_.captures[el.name] = span;
          cur_.spans.push_back(span);
          if (run(e + 1, i + len)) return true;
          cur_ = std::move(saved);
        }
        return false;
      case Element::Kind::slot:
        return match_slot(el, e, i);
      case Element::Kind::theme:
        return match_theme(el, e, i);
      case Element::Kind::absent:
        if (plain(i) && el.words.count(u_[i].key)) return false;
        return run(e + 1, i);
      case Element::Kind::gap:
        for (int k = 0; k <= el.max_gap; ++k) {
          const std::size_t j = i + static_cast<std::size_t>(k);
          if (j > u_.size()) return false;
          if (run(e + 1, j)) return true;
          if (j >= u_.size() || u_[j].boundary) return false;
          if (u_[j].mention >= 0 && !el.cross && u_[j].key.empty()) return false;
        }
        return false;
    }
    return false;
  }

  bool match_slot(const Element& el, std::size_t e, std::size_t i) {
    // A determiner before a name belongs to the slot ("the Kremlin").
    while (plain(i) && (u_[i].key == "the" || u_[i].key == "both")) ++i;
    if (!slot_accepts(el, i)) return false;
    // A pattern's opening subject slot is a clause subject unless it
    // modifies ("Russia's", "Russia-North Korea", "North Korean") or opens
    // an apposition ("to Poland, a major backer of Ukraine"): the object of
    // a preposition ("headed to Ukraine to fight") is none. An opening
    // object or place ("to Kursk, where ...") may well be one.
    if (e == 0 && el.name == "S" && i > 0 && ctx_.prepositions && u_[i].form != MentionForm::adjective &&
        !phrase_lengths(*ctx_.prepositions, i - 1).empty() && p_.elements.size() > 1) {
      const Element& next = p_.elements[1];
      const bool modifier = next.kind == Element::Kind::literal &&
                            (next.words.count("'s") || next.words.count("-") ||
                             next.words.count(","));
      if (!modifier) return false;
    }
    // Coordination: A, B, and C / A and B / A or B / A as well as B. A
    // list joined by commas alone ("Russia, Seoul says") is no coordination:
    // a group must end in a conjunction.
    std::vector<std::pair<std::size_t, std::size_t>> members{{i, i + 1}};
    std::vector<bool> closes{true};  // may the group end at this member?
    std::size_t j = i + 1;
    while (j < u_.size() && members.size() < max_coordination) {
      std::size_t k = j;
      bool comma = false;
      if (plain(k) && u_[k].key == ",") { ++k; comma = true; }
      bool conj = false;
      if (plain(k) && (u_[k].key == "and" || u_[k].key == "or")) { ++k; conj = true; }
      else if (plain(k + 2) && u_[k].key == "as" && u_[k + 1].key == "well" && u_[k + 2].key == "as") { k += 3; conj = true; }
      if (!comma && !conj) break;
      while (plain(k) && u_[k].key == "the") ++k;
      if (!slot_accepts(el, k)) break;
      // "Xi Jinping and Russian President ...": a person and a state are
      // not one coordination, though "U.S. and Danish instructors" is.
      if (*slot_class(el, k) != *slot_class(el, i)) break;
      members.push_back({k, k + 1});
      closes.push_back(conj);
      j = k + 1;
      if (conj) break;  // "A, B and C": the conjunction closes the list
    }
    for (std::size_t n = members.size(); n >= 1; --n) {
      if (!closes[n - 1]) continue;
      Match saved = cur_;
      auto& ids = cur_.slots[el.name];
      ids.clear();
      for (std::size_t m = 0; m < n; ++m) {
        const Unit& unit = u_[members[m].first];
        const std::string& cls = *slot_class(el, members[m].first);
        ids.push_back(cls == unit.cls ? unit.mention
                      : (unit.acts_for >= 0 && cls == unit.acts_for_cls && el.name == "S") ? unit.acts_for
                                                                                             : unit.located_in);
        cur_.spans.push_back(unit.span);
      }
      if (run(e + 1, members[n - 1].second)) return true;
      cur_ = std::move(saved);
    }
    return false;
  }

  const Theme* theme_at(const Element& el, std::size_t i, std::size_t& len) const {
    const Theme* best = nullptr;
    len = 0;
    for (const Theme& t : *ctx_.themes) {
      if (!el.words.empty() && !el.words.count(t.name)) continue;
      for (const std::size_t l : phrase_lengths(*t.words, i)) {
        if (l > len) { len = l; best = &t; }
      }
    }
    return best;
  }

  bool match_theme(const Element& el, std::size_t e, std::size_t i) {
    std::vector<ThemeHit> hits;
    bool negated = false;
    std::size_t end = i;
    std::size_t j = i;
    const std::size_t limit = std::min(u_.size(), i + 16);
    while (j < limit) {
      std::size_t len = 0;
      if (const Theme* t = theme_at(el, j, len)) {
        hits.push_back({t, {u_[j].span.begin, u_[j + len - 1].span.end}, negated});
        j += len;
        end = j;
        continue;
      }
      if (u_[j].mention >= 0) {
        const Theme* by_class = nullptr;
        for (const Theme& t : *ctx_.themes) {
          if (!t.cls.empty() && (el.words.empty() || el.words.count(t.name)) &&
              onto_.is_a(u_[j].cls, t.cls)) {
            by_class = &t;
          }
        }
        if (by_class) {
          hits.push_back({by_class, u_[j].span, negated});
          end = ++j;
          continue;
        }
        if (u_[j].form != MentionForm::adjective) break;
        ++j;
        continue;
      }
      if (u_[j].number) { ++j; continue; }
      if (hits.empty() && j > i + 3) break;  // modifiers: "self-propelled howitzers"
      if (hits.empty() && plain(j) && !u_[j].boundary && u_[j].key != "," && u_[j].key != "." &&
          u_[j].key != "to" && u_[j].key != "\"" &&
          (ctx_.prepositions == nullptr || phrase_lengths(*ctx_.prepositions, j).empty())) {
        ++j;
        continue;
      }
      if (ctx_.negation_exceptions) {
        const auto ex = phrase_lengths(*ctx_.negation_exceptions, j);
        if (!ex.empty()) { j += ex.front(); continue; }
      }
      if (ctx_.negators && !phrase_lengths(*ctx_.negators, j).empty()) {
        negated = true;
        ++j;
        continue;
      }
      if (ctx_.joiners && !phrase_lengths(*ctx_.joiners, j).empty()) { ++j; continue; }
      // "ammunition and fuel, but not troops": a listed item that is no
      // theme word, followed by more of the list.
      if (!hits.empty() && plain(j) && plain(j + 1) &&
          (u_[j + 1].key == "," || u_[j + 1].key == "and" || u_[j + 1].key == "or")) {
        ++j;
        continue;
      }
      break;
    }
    if (hits.empty()) return false;
    Match saved = cur_;
    for (const ThemeHit& h : hits) {
      cur_.themes.push_back(h);
      cur_.spans.push_back(h.span);
    }
    if (run(e + 1, end)) return true;
    cur_ = std::move(saved);
    return false;
  }

  const Pattern& p_;
  const std::vector<Unit>& u_;
  const PatternContext& ctx_;
  const Ontology& onto_;
  std::size_t steps_ = 0;
};

}  // namespace

std::vector<Match> match_pattern(const Pattern& pattern,
                                 const std::vector<Unit>& units,
                                 const PatternContext& ctx,
                                 const Ontology& ontology) {
  std::vector<Match> out;
  for (std::size_t start = 0; start < units.size(); ++start) {
    Matcher m(pattern, units, ctx, ontology);
    m.cur_.first = start;
    m.cur_.trigger = start;
    // Matches may overlap: "Russian troops, including North Korean
    // personnel, were killed" has a subject at each adjective.
    if (m.run(0, start)) out.push_back(m.cur_);
  }
  return out;
}

}  // namespace claimgraph
