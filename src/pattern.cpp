// SPDX-License-Identifier: ISC
// Pattern compiler and backtracking matcher. Patterns are short (under 20
// elements) and sentences a few dozen units, so plain backtracking with
// bounded gaps is fast enough and keeps the semantics easy to explain.

#include "pattern.hpp"

#include <algorithm>
#include <cctype>

#include <boost/container/small_vector.hpp>

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
      else if (form == "troops") el.form = Element::Form::personnel;
      else if (form == "in") el.places_in = true;
      else return "unknown form \"/" + form + "\"; expected /adj, /name, /troops or /in";
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

const std::string* slot_class(const Element& el, const Unit& unit, const Ontology& onto) {
  if (unit.mention < 0) return nullptr;
  if (el.form == Element::Form::adjective && unit.form != MentionForm::adjective) return nullptr;
  if (el.form == Element::Form::name && unit.form == MentionForm::adjective) return nullptr;
  if (el.form == Element::Form::personnel && !unit.personnel) return nullptr;
  for (const std::string& c : el.classes) {
    if (onto.is_a(unit.cls, c)) return &unit.cls;
  }
  // Only as a subject: a leader's state is not the object of a relation.
  if (unit.acts_for >= 0 && el.name == "S") {
    for (const std::string& c : el.classes) {
      if (onto.is_a(unit.acts_for_cls, c)) return &unit.acts_for_cls;
    }
  }
  // Where the pattern says so (/in): troops sent "to the Russian Far East"
  // are sent to Russia.
  if (unit.located_in >= 0 && el.places_in) {
    for (const std::string& c : el.classes) {
      if (onto.is_a(unit.located_in_cls, c)) return &unit.located_in_cls;
    }
  }
  return nullptr;
}

namespace {

/// True when `id` is among the sorted ids of a literal element.
bool has_id(const std::vector<WordId>& sorted, WordId id) {
  return id != no_word && std::binary_search(sorted.begin(), sorted.end(), id);
}

/// Phrase lengths found at one unit, longest first; duplicates are kept,
/// since each is one try of the backtracking (and one step of its budget).
using Lengths = boost::container::small_vector<std::size_t, 4>;

/// Backtracking over one pattern and one sentence. The partial match lives
/// in stacks (spans, themes, slot bindings, captures) that a failed branch
/// truncates back to a Mark, so no step copies the match; the Match a
/// caller sees is assembled once, on success.
class Matcher {
 public:
  Matcher(const Pattern& p, const std::vector<Unit>& u, const PatternContext& ctx,
          const Ontology& onto)
      : p_(p), u_(u), ctx_(ctx), onto_(onto), w_(ctx.words) {}

  /// False when the pattern's first element cannot match at unit i, which
  /// is most units: a cheap test before setting up a match attempt.
  bool may_start(std::size_t i) const {
    const Element& first = p_.elements.front();
    if (first.optional || i >= u_.size()) return true;
    switch (first.kind) {
      case Element::Kind::literal:
        return has_id(first.ids, u_[i].id);
      case Element::Kind::set:
        return first.phrases->starting_with(plain_word(i)) != nullptr;
      case Element::Kind::slot:
        // A mention, or a determiner the slot takes before one.
        return u_[i].mention >= 0 || is(i, w_.the) || is(i, w_.both) || is(i, w_.either);
      default:
        return true;
    }
  }

  /// Tries the pattern at unit `start` with a fresh step budget.
  bool match_at(std::size_t start, Match& out) {
    steps_ = 0;
    spans_.clear();
    themes_.clear();
    slot_ids_.clear();
    bindings_.clear();
    captures_.clear();
    trigger_ = start;
    has_trigger_ = false;
    if (!run(0, start)) return false;
    out = Match{};
    out.first = start;
    out.last = last_;
    out.trigger = trigger_;
    out.has_trigger = has_trigger_;
    out.spans = spans_;
    out.themes.assign(themes_.begin(), themes_.end());
    // Later bindings of a name replace earlier ones, as map assignment did.
    for (const Binding& b : bindings_) {
      out.slots[*b.name].assign(slot_ids_.begin() + static_cast<std::ptrdiff_t>(b.begin),
                                slot_ids_.begin() + static_cast<std::ptrdiff_t>(b.end));
    }
    for (const Capture& c : captures_) out.captures[*c.name] = c.span;
    return true;
  }

 private:
  static constexpr std::size_t kMaxSteps = 20000;

  struct Binding {  ///< slot name → slot_ids_[begin, end)
    const std::string* name;
    std::size_t begin, end;
  };
  struct Capture {
    const std::string* name;
    Span span;
  };
  /// The sizes of the stacks and the trigger: what a failed branch restores.
  struct Mark {
    std::size_t spans, themes, slot_ids, bindings, captures, trigger;
    bool has_trigger;
  };
  Mark mark() const {
    return {spans_.size(), themes_.size(), slot_ids_.size(), bindings_.size(),
            captures_.size(), trigger_, has_trigger_};
  }
  void restore(const Mark& m) {
    spans_.resize(m.spans);
    themes_.resize(m.themes);
    slot_ids_.resize(m.slot_ids);
    bindings_.resize(m.bindings);
    captures_.resize(m.captures);
    trigger_ = m.trigger;
    has_trigger_ = m.has_trigger;
  }

  bool run(std::size_t e, std::size_t i) {
    if (++steps_ > kMaxSteps) return false;
    if (e == p_.elements.size()) {
      last_ = i;
      return true;
    }
    const Element& el = p_.elements[e];
    const Mark saved = mark();
    if (match_element(el, e, i)) return true;
    restore(saved);
    return el.optional && run(e + 1, i);
  }

  bool plain(std::size_t i) const { return i < u_.size() && u_[i].mention < 0; }
  /// Unit i (in range) has the word `word`: its key, compared by id.
  bool is(std::size_t i, WordId word) const { return u_[i].id == word && word != no_word; }
  /// The word id at unit i when it is a plain token, else no_word: what
  /// phrases of word sets are matched against.
  WordId plain_word(std::size_t i) const { return plain(i) ? u_[i].id : no_word; }

  /// Lengths of the phrases of `set` at unit i, longest first.
  Lengths phrase_lengths(const PhraseSet& set, std::size_t i) const {
    Lengths out;
    const auto* list = set.starting_with(plain_word(i));
    if (!list) return out;
    const auto word = [this](std::size_t k) { return plain_word(k); };
    for (const std::uint32_t idx : *list) {
      const PhraseSet::Phrase& ph = set.phrases()[idx];
      if (PhraseSet::matches(ph, i, word)) out.push_back(ph.size());
    }
    std::sort(out.rbegin(), out.rend());
    return out;
  }
  /// Length of the longest phrase of `set` at unit i, or 0.
  std::size_t longest(const PhraseSet& set, std::size_t i) const {
    return set.longest_at(i, [this](std::size_t k) { return plain_word(k); });
  }
  bool phrase_at(const PhraseSet* set, std::size_t i) const { return set && longest(*set, i) > 0; }

  bool slot_accepts(const Element& el, std::size_t i) const {
    return slot_class(el, i) != nullptr;
  }

  const std::string* slot_class(const Element& el, std::size_t i) const {
    return i < u_.size() ? claimgraph::slot_class(el, u_[i], onto_) : nullptr;
  }

  bool match_element(const Element& el, std::size_t e, std::size_t i) {
    switch (el.kind) {
      case Element::Kind::literal:
        // A token, or a resolved pronoun read as its word ("in its war"):
        // mentions without a word have no id.
        if (i >= u_.size() || !has_id(el.ids, u_[i].id)) return false;
        if (el.verb_only && i > 0 && phrase_at(ctx_.determiner_ids, i - 1)) return false;
        if (el.lemma && !has_trigger_) {
          trigger_ = i;
          has_trigger_ = true;
        }
        spans_.push_back(u_[i].span);
        return run(e + 1, i + 1);
      case Element::Kind::set:
        for (const std::size_t len : phrase_lengths(*el.phrases, i)) {
          const Mark saved = mark();
          const Span span{u_[i].span.begin, u_[i + len - 1].span.end};
          if (!el.name.empty()) captures_.push_back({&el.name, span});
          spans_.push_back(span);
          if (run(e + 1, i + len)) return true;
          restore(saved);
        }
        return false;
      case Element::Kind::slot:
        return match_slot(el, e, i);
      case Element::Kind::theme:
        return match_theme(el, e, i);
      case Element::Kind::absent:
        if (plain(i) && has_id(el.ids, u_[i].id)) return false;
        return run(e + 1, i);
      case Element::Kind::gap: {
        if (gap_from(el, e, i)) return true;
        // "Pezeshkian, who took office in August ..., is expected to travel":
        // a relative clause after a slot is no part of the gap.
        const std::size_t resume = e > 0 && p_.elements[e - 1].kind == Element::Kind::slot
                                       ? relative_clause_end(i)
                                       : i;
        return resume != i && gap_from(el, e, resume);
      }
    }
    return false;
  }

  /// Tries the elements after gap `el` at each of its lengths from unit i.
  bool gap_from(const Element& el, std::size_t e, std::size_t i) {
    for (int k = 0; k <= el.max_gap; ++k) {
      const std::size_t j = i + static_cast<std::size_t>(k);
      if (j > u_.size()) return false;
      if (run(e + 1, j)) return true;
      if (j >= u_.size() || u_[j].boundary) return false;
      // A resolved pronoun reads as its word and may be crossed, but the
      // "and" of a coordinated verb phrase (resolved to its subject) opens
      // another clause.
      if (u_[j].mention >= 0 && !el.cross && (u_[j].key.empty() || is(j, w_.and_))) return false;
    }
    return false;
  }

  /// The unit after ", who|which ... ," starting at i, or i when there is no
  /// such relative clause (closed by a comma within 30 units, no boundary).
  std::size_t relative_clause_end(std::size_t i) const {
    if (!(plain(i) && is(i, w_.comma) && plain(i + 1) && (is(i + 1, w_.who) || is(i + 1, w_.which)))) {
      return i;
    }
    for (std::size_t j = i + 2; j < u_.size() && j < i + 32; ++j) {
      if (u_[j].boundary || (plain(j) && is(j, w_.quote))) return i;
      if (plain(j) && is(j, w_.comma)) return j + 1;
    }
    return i;
  }

  bool match_slot(const Element& el, std::size_t e, std::size_t i) {
    // A determiner before a name belongs to the slot ("the Kremlin", "both
    // Russia and Iran", "to either Russia or Ukraine").
    while (plain(i) && (is(i, w_.the) || is(i, w_.both) || is(i, w_.either))) ++i;
    if (!slot_accepts(el, i)) return false;
    // "in Russia's Kursk region": the possessor only locates the place the
    // phrase names, so a slot that takes places takes the place.
    if (plain(i + 1) && is(i + 1, w_.apostrophe_s) && i + 2 < u_.size() && u_[i + 2].mention >= 0 &&
        u_[i + 2].located_in >= 0 && slot_accepts(el, i + 2)) {
      i += 2;
    }
    // A pattern's opening subject slot is a clause subject unless it
    // modifies ("Russia's", "Russia-North Korea", "North Korean") or opens
    // an apposition ("to Poland, a major backer of Ukraine"): the object of
    // a preposition ("headed to Ukraine to fight") is none. An opening
    // object or place ("to Kursk, where ...") may well be one.
    if (e == 0 && el.name == "S" && i > 0 && u_[i].form != MentionForm::adjective &&
        phrase_at(ctx_.preposition_ids, i - 1) && p_.elements.size() > 1) {
      const Element& next = p_.elements[1];
      const bool modifier = next.kind == Element::Kind::literal &&
                            (next.words.count("'s") || next.words.count("-") ||
                             next.words.count(","));
      if (!modifier) return false;
    }
    // Coordination: A, B, and C / A and B / A or B / A as well as B. A
    // list joined by commas alone ("Russia, Seoul says") is no coordination:
    // a group must end in a conjunction.
    boost::container::small_vector<std::size_t, 4> members{i};
    boost::container::small_vector<bool, 4> closes{true};  // may the group end at this member?
    std::size_t j = i + 1;
    while (j < u_.size() && members.size() < max_coordination) {
      std::size_t k = j;
      bool comma = false;
      if (plain(k) && is(k, w_.comma)) { ++k; comma = true; }
      bool conj = false;
      if (plain(k) && (is(k, w_.and_) || is(k, w_.or_))) { ++k; conj = true; }
      else if (plain(k + 2) && is(k, w_.as) && is(k + 1, w_.well) && is(k + 2, w_.as)) { k += 3; conj = true; }
      if (!comma && !conj) break;
      while (plain(k) && is(k, w_.the)) ++k;
      if (!slot_accepts(el, k)) break;
      // "Xi Jinping and Russian President ...": a person and a state are
      // not one coordination, though "U.S. and Danish instructors" is.
      if (*slot_class(el, k) != *slot_class(el, i)) break;
      members.push_back(k);
      closes.push_back(conj);
      j = k + 1;
      if (conj) break;  // "A, B and C": the conjunction closes the list
    }
    for (std::size_t n = members.size(); n >= 1; --n) {
      if (!closes[n - 1]) continue;
      const Mark saved = mark();
      for (std::size_t m = 0; m < n; ++m) {
        const Unit& unit = u_[members[m]];
        const std::string& cls = *slot_class(el, members[m]);
        slot_ids_.push_back(cls == unit.cls ? unit.mention
                            : (unit.acts_for >= 0 && cls == unit.acts_for_cls && el.name == "S") ? unit.acts_for
                                                                                                   : unit.located_in);
        spans_.push_back(unit.span);
      }
      bindings_.push_back({&el.name, saved.slot_ids, slot_ids_.size()});
      if (run(e + 1, members[n - 1] + 1)) return true;
      restore(saved);
    }
    return false;
  }

  /// The theme whose phrase at unit i is longest (the first such theme on
  /// ties), among those the element admits; its length in `len`.
  const Theme* theme_at(const Element& el, std::size_t i, std::size_t& len) const {
    const Theme* best = nullptr;
    len = 0;
    for (const std::size_t t : el.theme_indices) {
      const Theme& theme = (*ctx_.themes)[t];
      const std::size_t l = longest(*theme.phrases, i);
      if (l > len) { len = l; best = &theme; }
    }
    return best;
  }

  bool match_theme(const Element& el, std::size_t e, std::size_t i) {
    boost::container::small_vector<ThemeHit, 4> hits;
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
        for (const std::size_t t : el.theme_indices) {
          const Theme& theme = (*ctx_.themes)[t];
          if (!theme.cls.empty() && onto_.is_a(u_[j].cls, theme.cls)) by_class = &theme;
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
      if (hits.empty() && plain(j) && !u_[j].boundary && !is(j, w_.comma) && !is(j, w_.period) &&
          !is(j, w_.to) && !is(j, w_.quote) && !phrase_at(ctx_.preposition_ids, j)) {
        ++j;
        continue;
      }
      if (ctx_.negation_exception_ids) {
        if (const std::size_t ex = longest(*ctx_.negation_exception_ids, j)) { j += ex; continue; }
      }
      if (phrase_at(ctx_.negator_ids, j)) {
        negated = true;
        ++j;
        continue;
      }
      if (phrase_at(ctx_.joiner_ids, j)) { ++j; continue; }
      // "ammunition and fuel, but not troops": a listed item that is no
      // theme word, followed by more of the list.
      if (!hits.empty() && plain(j) && plain(j + 1) &&
          (is(j + 1, w_.comma) || is(j + 1, w_.and_) || is(j + 1, w_.or_))) {
        ++j;
        continue;
      }
      break;
    }
    if (hits.empty()) return false;
    const Mark saved = mark();
    for (const ThemeHit& h : hits) {
      themes_.push_back(h);
      spans_.push_back(h.span);
    }
    if (run(e + 1, end)) return true;
    restore(saved);
    return false;
  }

  const Pattern& p_;
  const std::vector<Unit>& u_;
  const PatternContext& ctx_;
  const Ontology& onto_;
  const PatternContext::Words& w_;
  std::size_t steps_ = 0;
  // The partial match (see Mark).
  std::vector<Span> spans_;
  std::vector<ThemeHit> themes_;
  std::vector<int> slot_ids_;
  std::vector<Binding> bindings_;
  std::vector<Capture> captures_;
  std::size_t trigger_ = 0;
  bool has_trigger_ = false;
  std::size_t last_ = 0;
};

}  // namespace

std::vector<Match> match_pattern(const Pattern& pattern,
                                 const std::vector<Unit>& units,
                                 const PatternContext& ctx,
                                 const Ontology& ontology) {
  std::vector<Match> out;
  Matcher m(pattern, units, ctx, ontology);
  Match found;
  for (std::size_t start = 0; start < units.size(); ++start) {
    // Matches may overlap: "Russian troops, including North Korean
    // personnel, were killed" has a subject at each adjective.
    if (m.may_start(start) && m.match_at(start, found)) out.push_back(std::move(found));
  }
  return out;
}

}  // namespace claimgraph
