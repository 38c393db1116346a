// SPDX-License-Identifier: ISC
// Gazetteer matching and cue-based discovery of unknown people.

#include "entity_matcher.hpp"

#include <algorithm>

#include "iri.hpp"
#include "mappings.hpp"
#include "ontology.hpp"
#include "text.hpp"

namespace claimgraph {

EntityIndex::EntityIndex(const Mappings& m, const Ontology& onto) {
  const auto add = [&](const Entity& e, const std::string& name, MentionForm form) {
    Name n;
    for (const std::string& tok : phrase_tokens(name)) {
      n.keys.push_back(token_key(tok));
      n.case_rule.push_back(is_all_caps(tok) && tok.size() > 1 ? 'A'
                            : is_capitalized(tok)             ? 'C'
                                                              : '-');
    }
    if (n.keys.empty()) return;
    n.entity = e.id;
    n.cls = onto.term(e.cls);
    n.form = form;
    by_first_[n.keys.front()].push_back(std::move(n));
  };
  for (const Entity& e : m.entities) {
    for (const auto& name : e.names) add(e, name, MentionForm::name);
    for (const auto& name : e.demonyms) add(e, name, MentionForm::adjective);
    for (const auto& name : e.metonyms) add(e, name, MentionForm::metonym);
  }
  for (auto& [key, names] : by_first_) {
    std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
      return a.keys.size() > b.keys.size();
    });
  }
}

const std::vector<EntityIndex::Name>* EntityIndex::starting_with(
    const std::string& key) const {
  const auto it = by_first_.find(key);
  return it == by_first_.end() ? nullptr : &it->second;
}

namespace {

bool case_ok(char rule, const Token& t) {
  if (rule == 'A') return t.all_caps;
  if (rule == 'C') return t.capitalized || !t.word;
  return true;
}

/// An id for a minted entity: CamelCase ASCII of the name, or a hash.
std::string mint_id(const std::string& prefix, const std::string& name) {
  std::string id = prefix;
  bool upper = true;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      id += upper ? static_cast<char>(std::toupper(u)) : c;
      upper = false;
    } else {
      upper = true;
      if (u >= 0x80) return prefix + to_hex(fnv1a64(name)).substr(0, 12);
    }
  }
  return id;
}

/// "spokesman John Kirby": a role title then 2-3 capitalised words.
void discover_people(const std::vector<Token>& tokens, std::size_t first,
                     std::size_t last, const std::string& text,
                     const Mappings& m, const Ontology& onto,
                     std::vector<Mention>& mentions, Discovered& discovered) {
  const WordSet& titles = m.cues.role_titles;
  std::vector<bool> taken(last - first, false);
  for (const Mention& mn : mentions) {
    for (std::size_t i = mn.first; i < mn.last; ++i) taken[i - first] = true;
  }
  for (std::size_t i = first; i < last; ++i) {
    const auto it = titles.by_first.find(tokens[i].key);
    if (it == titles.by_first.end() || taken[i - first]) continue;
    std::size_t end = 0;
    for (const std::size_t idx : it->second) {
      const Phrase& ph = titles.phrases[idx];
      bool ok = i + ph.size() <= last;
      for (std::size_t k = 0; ok && k < ph.size(); ++k) ok = tokens[i + k].key == ph[k];
      if (ok) end = std::max(end, i + ph.size());
    }
    if (!end) continue;
    // "Ukraine's prosecutor general, Andriy Kostin": a comma may follow.
    if (end < last && tokens[end].key == "," && end + 2 < last && tokens[end + 1].capitalized &&
        tokens[end + 2].capitalized) {
      ++end;
    }
    std::size_t j = end;
    while (j < last && j - end < 3 && !taken[j - first] && tokens[j].word &&
           tokens[j].capitalized && !tokens[j].all_caps) {
      ++j;
    }
    // Hyphenated given names: "Kim Yong-hyun".
    if (j - end < 2) continue;
    const Span span{tokens[end].span.begin, tokens[j - 1].span.end};
    const std::string name = text.substr(span.begin, span.end - span.begin);
    Entity e;
    e.id = mint_id("Person_", name);
    e.cls = "Person";
    e.label = name;
    e.names = {name};
    e.discovered = true;
    const bool known = std::any_of(discovered.entities.begin(), discovered.entities.end(),
                                   [&](const Entity& d) { return d.id == e.id; });
    if (!known) discovered.entities.push_back(e);
    mentions.push_back({e.id, onto.term("Person"), MentionForm::name, end, j, span});
    for (std::size_t k = end; k < j; ++k) taken[k - first] = true;
    i = j - 1;
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace

std::vector<Mention> match_entities(const std::vector<Token>& tokens,
                                    std::size_t first, std::size_t last,
                                    const std::string& text,
                                    const EntityIndex& index,
                                    const Mappings& mappings,
                                    const Ontology& ontology,
                                    Discovered& discovered) {
  std::vector<Mention> out;
  for (std::size_t i = first; i < last;) {
    const auto* names = index.starting_with(tokens[i].key);
    const EntityIndex::Name* best = nullptr;
    if (names) {
      for (const auto& n : *names) {
        if (i + n.keys.size() > last) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < n.keys.size(); ++k) {
          const Token& t = tokens[i + k];
          ok = t.key == n.keys[k] && case_ok(n.case_rule[k], t) &&
               (k == 0 || n.keys[k] != "-" || !t.space_before);
        }
        if (ok) {
          best = &n;  // names are sorted longest first
          break;
        }
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    const std::size_t end = i + best->keys.size();
    out.push_back({best->entity, best->cls, best->form, i, end,
                   {tokens[i].span.begin, tokens[end - 1].span.end}});
    i = end;
  }
  discover_people(tokens, first, last, text, mappings, ontology, out, discovered);
  return out;
}

std::vector<Unit> build_units(const std::vector<Token>& tokens,
                              std::size_t first, std::size_t last,
                              const std::vector<Mention>& mentions) {
  std::vector<Unit> units;
  units.reserve(last - first);
  std::size_t m = 0;
  for (std::size_t i = first; i < last;) {
    if (m < mentions.size() && mentions[m].first == i) {
      Unit u;
      u.mention = static_cast<int>(m);
      // A resolved pronoun still reads as its word for literal elements.
      if (mentions[m].pronoun) u.key = tokens[i].key;
      u.cls = mentions[m].cls;
      u.form = mentions[m].form;
      u.span = mentions[m].span;
      units.push_back(std::move(u));
      i = mentions[m].last;
      ++m;
      continue;
    }
    Unit u;
    u.key = tokens[i].key;
    u.span = tokens[i].span;
    u.number = tokens[i].number;
    u.boundary = u.key == ";" || u.key == ":" || u.key == "?";
    units.push_back(std::move(u));
    ++i;
  }
  return units;
}

}  // namespace claimgraph
