// SPDX-License-Identifier: ISC
// The pattern prefilter: needs indexed by word, checked per sentence.

#include "pattern_filter.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "ontology.hpp"

namespace claimgraph {

std::uint32_t PatternFilter::add_need(const std::vector<WordId>& words, bool plain_only) {
  const auto need = static_cast<std::uint32_t>(needs_++);
  for (const WordId w : words) {
    if (w >= 0 && static_cast<std::size_t>(w) < by_word_.size()) {
      by_word_[static_cast<std::size_t>(w)].push_back({need, plain_only});
    }
  }
  mention_needs_.emplace_back();
  return need;
}

void PatternFilter::build(const std::vector<Pattern>& patterns, const std::vector<Theme>& themes,
                          std::size_t vocabulary_size) {
  by_word_.assign(vocabulary_size, {});
  // Slots that accept the same mentions share one need, checked once.
  std::map<std::tuple<std::vector<std::string>, int, bool, bool>, std::uint32_t> slot_needs;
  for (const Pattern& p : patterns) {
    std::vector<std::uint32_t> needs;
    // The anchor, as extract_relations always checked it: a plain token.
    if (!p.anchor_ids.empty()) needs.push_back(add_need(p.anchor_ids, true));
    for (const Element& el : p.elements) {
      if (el.optional) continue;
      switch (el.kind) {
        case Element::Kind::literal:
          needs.push_back(add_need(el.ids, false));
          break;
        case Element::Kind::set:
          needs.push_back(add_need(el.phrases->first_words(), true));
          break;
        case Element::Kind::theme: {
          std::vector<WordId> words;
          std::vector<const Theme*> by_class;
          for (const std::size_t t : el.theme_indices) {
            const auto first = themes[t].phrases->first_words();
            words.insert(words.end(), first.begin(), first.end());
            if (!themes[t].cls.empty()) by_class.push_back(&themes[t]);
          }
          const std::uint32_t need = add_need(words, true);
          mention_needs_[need].theme_classes = std::move(by_class);
          needs.push_back(need);
          break;
        }
        case Element::Kind::slot: {
          const auto key = std::make_tuple(el.classes, static_cast<int>(el.form), el.name == "S", el.places_in);
          const auto it = slot_needs.find(key);
          if (it != slot_needs.end()) {
            needs.push_back(it->second);
            break;
          }
          const std::uint32_t need = add_need({}, false);
          mention_needs_[need].slot = &el;
          slot_needs.emplace(key, need);
          needs.push_back(need);
          break;
        }
        case Element::Kind::gap:
        case Element::Kind::absent:
          break;
      }
    }
    pattern_needs_.push_back(std::move(needs));
  }
}

bool PatternFilter::mention_need_met(const MentionNeed& need, const std::vector<Unit>& units,
                                     const Ontology& onto) const {
  for (const Unit& u : units) {
    if (u.mention < 0) continue;
    if (need.slot && slot_class(*need.slot, u, onto)) return true;
    for (const Theme* t : need.theme_classes) {
      if (onto.is_a(u.cls, t->cls)) return true;
    }
  }
  return false;
}

void PatternFilter::select(const std::vector<Unit>& units, const Ontology& onto,
                           std::vector<char>& out) const {
  enum : char { unknown = 0, met = 1, unmet = 2 };
  std::vector<char> state(needs_, unknown);
  for (const Unit& u : units) {
    if (u.id < 0 || static_cast<std::size_t>(u.id) >= by_word_.size()) continue;
    const bool plain = u.mention < 0;
    for (const WordHit& hit : by_word_[static_cast<std::size_t>(u.id)]) {
      if (plain || !hit.plain_only) state[hit.need] = met;
    }
  }
  out.assign(pattern_needs_.size(), 0);
  for (std::size_t p = 0; p < pattern_needs_.size(); ++p) {
    bool ok = true;
    for (const std::uint32_t need : pattern_needs_[p]) {
      char& s = state[need];
      if (s == unknown) {
        const MentionNeed& mn = mention_needs_[need];
        const bool has_alternative = mn.slot || !mn.theme_classes.empty();
        s = has_alternative && mention_need_met(mn, units, onto) ? met : unmet;
      }
      if (s != met) {
        ok = false;
        break;
      }
    }
    out[p] = ok;
  }
}

}  // namespace claimgraph
