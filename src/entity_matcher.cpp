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
      n.ids.push_back(m.vocabulary.find(n.keys.back()));
      n.case_rule.push_back(is_all_caps(tok) && tok.size() > 1 ? 'A'
                            : is_capitalized(tok)             ? 'C'
                                                              : '-');
    }
    if (n.keys.empty()) return;
    n.entity = e.id;
    n.cls = onto.term(e.cls);
    n.form = form;
    by_first_[n.ids.front()].push_back(std::move(n));
  };
  for (const Entity& e : m.entities) {
    for (const auto& name : e.names) add(e, name, MentionForm::name);
    for (const auto& name : e.demonyms) add(e, name, MentionForm::adjective);
    for (const auto& name : e.metonyms) add(e, name, MentionForm::metonym);
  }
  for (auto& [first, names] : by_first_) {
    std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
      return a.keys.size() > b.keys.size();
    });
  }
}

const std::vector<EntityIndex::Name>* EntityIndex::starting_with(WordId first) const {
  if (first == no_word) return nullptr;
  const auto it = by_first_.find(first);
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

/// Length of the longest phrase of `set` at token i within [.., last), or 0.
std::size_t phrase_length(const PhraseSet& set, const std::vector<Token>& tokens, std::size_t i,
                          std::size_t last) {
  return set.longest_at(i, [&](std::size_t k) { return k < last ? tokens[k].id : no_word; });
}

/// Which tokens of [first, last) the mentions already cover: discovery
/// only looks at the rest. Index by token - first.
std::vector<bool> covered(const std::vector<Mention>& mentions, std::size_t first, std::size_t last) {
  std::vector<bool> taken(last - first, false);
  for (const Mention& mn : mentions) {
    for (std::size_t i = mn.first; i < mn.last && i < last; ++i) {
      if (i >= first) taken[i - first] = true;
    }
  }
  return taken;
}

/// Records a discovered entity (once per article) and its mention over
/// tokens [b, e), which it covers from now on.
void add_discovered(Entity entity, const Ontology& onto, std::size_t b, std::size_t e, Span span,
                    std::size_t first, std::vector<bool>& taken, std::vector<Mention>& mentions,
                    Discovered& discovered) {
  entity.discovered = true;
  mentions.push_back({entity.id, onto.term(entity.cls), MentionForm::name, b, e, span});
  for (std::size_t k = b; k < e; ++k) taken[k - first] = true;
  const bool known = std::any_of(discovered.entities.begin(), discovered.entities.end(),
                                 [&](const Entity& d) { return d.id == entity.id; });
  if (!known) discovered.entities.push_back(std::move(entity));
}

/// A discovered entity of class `cls` named `name`, its id minted from
/// `prefix` and the name.
Entity discovered_entity(const char* prefix, const char* cls, const std::string& name) {
  Entity e;
  e.id = mint_id(prefix, name);
  e.cls = cls;
  e.label = name;
  e.names = {name};
  return e;
}

/// "spokesman John Kirby": a role title then 2-3 capitalised words.
void discover_people(const std::vector<Token>& tokens, std::size_t first,
                     std::size_t last, const std::string& text,
                     const Mappings& m, const Ontology& onto,
                     std::vector<Mention>& mentions, Discovered& discovered) {
  const PhraseSet& titles = m.phrases(m.cues.role_titles);
  std::vector<bool> taken = covered(mentions, first, last);
  for (std::size_t i = first; i < last; ++i) {
    if (taken[i - first]) continue;
    const std::size_t len = phrase_length(titles, tokens, i, last);
    if (!len) continue;
    std::size_t end = i + len;
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
    add_discovered(discovered_entity("Person_", "Person", name), onto, end, j, span, first, taken,
                   mentions, discovered);
    i = j - 1;
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// A run of 1-4 capitalised word tokens at [i, end) not covered by mentions.
std::size_t capitalised_run(const std::vector<Token>& tokens, std::size_t i, std::size_t last,
                            const std::vector<bool>& taken, std::size_t first) {
  std::size_t j = i;
  while (j < last && j - i < 4 && !taken[j - first] && tokens[j].word && tokens[j].capitalized) ++j;
  return j;
}

/// Names the gazetteer lacks but the text marks as sources: "according to
/// X", "X, the spokesman for Y", "X reported". A name with an organisation
/// word ("Institute", "Agency") is an Organization; two or three plain
/// capitalised words are a Person; anything else is left alone.
void discover_sources(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                      const std::string& text, const Mappings& m, const Ontology& onto,
                      std::vector<Mention>& mentions, Discovered& discovered) {
  std::vector<bool> taken = covered(mentions, first, last);
  const auto phrase_ends_at = [&](const WordSet& set, std::size_t i) -> std::size_t {
    const std::size_t len = phrase_length(m.phrases(set), tokens, i, last);
    return len ? i + len : 0;
  };
  const PhraseSet& organization_words = m.phrases(m.cues.organization_words);
  const auto organization_word = [&](std::size_t k) {
    return organization_words.starting_with(tokens[k].id) != nullptr;
  };
  const auto mint = [&](std::size_t b, std::size_t e) {
    if (e <= b || e - b > 5) return;
    bool organization = false;
    for (std::size_t k = b; k < e; ++k) organization = organization || organization_word(k);
    if (!organization && (e - b < 2 || e - b > 3)) return;
    // A sentence opener such as "The" is no part of a name.
    if (tokens[b].key == "the" || tokens[b].key == "a") return;
    const Span span{tokens[b].span.begin, tokens[e - 1].span.end};
    const std::string name = text.substr(span.begin, span.end - span.begin);
    if (m.label_index.count(token_key(name))) return;
    // The name absorbs gazetteer words inside it ("Seoul Monitoring Group").
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                  [&](const Mention& mn) { return mn.first >= b && mn.last <= e; }),
                   mentions.end());
    add_discovered(organization ? discovered_entity("Org_", "Organization", name)
                                : discovered_entity("Person_", "Person", name),
                   onto, b, e, span, first, taken, mentions, discovered);
  };
  // A capitalised run through gazetteer words that ends in an organisation
  // word: "Korea Defense Institute".
  const auto organization_run = [&](std::size_t i) -> std::size_t {
    std::size_t j = i, end = i;
    while (j < last && j - i < 5 && tokens[j].word && (tokens[j].capitalized || tokens[j].all_caps)) {
      ++j;
      if (organization_word(j - 1)) end = j;
    }
    // Every gazetteer mention in it must lie wholly inside.
    for (const Mention& mn : mentions) {
      if (mn.first < end && mn.last > end) return 0;
      if (mn.first < i && mn.last > i) return 0;
    }
    return end > i + 1 ? end : 0;
  };
  for (std::size_t i = first; i < last; ++i) {
    if (tokens[i].capitalized && tokens[i].word && tokens[i].key != "the" &&
        (i == first || !tokens[i - 1].capitalized || tokens[i - 1].key == "the")) {
      const std::size_t org = organization_run(i);
      if (org && org < last && phrase_ends_at(m.cues.reporting, org)) {
        mint(i, org);
        continue;
      }
    }
    if (taken[i - first]) continue;
    // "according to X"
    if (const std::size_t after = phrase_ends_at(m.cues.according_to, i)) {
      std::size_t b = after;
      if (b < last && tokens[b].key == "the") ++b;
      if (b >= last) continue;
      if (const std::size_t org = organization_run(b)) mint(b, org);
      else if (!taken[b - first]) mint(b, capitalised_run(tokens, b, last, taken, first));
      continue;
    }
    if (!tokens[i].capitalized || !tokens[i].word || (i > first && tokens[i - 1].capitalized && tokens[i - 1].word)) continue;
    const std::size_t e = capitalised_run(tokens, i, last, taken, first);
    if (e == i || e >= last) continue;
    // "X, the spokesman for Y": a name, a comma, a role title.
    if (tokens[e].key == "," && e + 1 < last) {
      std::size_t t = e + 1;
      if (tokens[t].key == "the" || tokens[t].key == "a") ++t;
      if (t < last && phrase_ends_at(m.cues.role_titles, t)) {
        mint(i, e);
        continue;
      }
    }
    // "X reported", "X said": a reporting verb right after the name; only
    // names with an organisation word, since "Officials said" is no name.
    if (phrase_ends_at(m.cues.reporting, e) && i > first) {
      bool organization = false;
      for (std::size_t k = i; k < e; ++k) organization = organization || organization_word(k);
      if (organization) mint(i, e);
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

/// "the city of Harbin", "Komsomolsk-on-Amur", "the Amur region": a name the
/// gazetteer lacks, marked as a place by the words around it. It has no
/// parent state, so it stands only for itself (a place visited, troops
/// present there).
void discover_places(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                     const std::string& text, const Mappings& m, const Ontology& onto,
                     std::vector<Mention>& mentions, Discovered& discovered) {
  std::vector<bool> taken = covered(mentions, first, last);
  const auto free_capitalised = [&](std::size_t k) {
    return k < last && !taken[k - first] && tokens[k].word && tokens[k].capitalized;
  };
  // A name from i: capitalised words, also joined by hyphens to lower-case
  // ones ("Komsomolsk-on-Amur", "Rostov-on-Don"); it ends capitalised.
  const auto name_end = [&](std::size_t i) {
    std::size_t end = i;
    for (std::size_t k = i; k < last && k - i < 6;) {
      if (free_capitalised(k)) {
        end = ++k;
      } else if (end == k && tokens[k].key == "-" && !tokens[k].space_before && k + 1 < last &&
                 !taken[k + 1 - first] && tokens[k + 1].word) {
        k += 2;
        if (tokens[k - 1].capitalized) end = k;
      } else {
        break;
      }
    }
    return end;
  };
  // The mention [from, e) takes in the cue words before the name, so that
  // "near the village of Plekhovo" reads as "near the Plekhovo".
  const auto mint = [&](std::size_t from, std::size_t b, std::size_t e) {
    if (e <= b) return;
    const Span name_span{tokens[b].span.begin, tokens[e - 1].span.end};
    const std::string name = text.substr(name_span.begin, name_span.end - name_span.begin);
    if (m.label_index.count(token_key(name))) return;
    const Span span{tokens[from].span.begin, name_span.end};
    add_discovered(discovered_entity("Place_", "Place", name), onto, from, e, span, first, taken,
                   mentions, discovered);
  };
  const auto phrase_at = [&](const WordSet& set, std::size_t i) {
    return phrase_length(m.phrases(set), tokens, i, last);
  };
  for (std::size_t i = first; i < last; ++i) {
    if (taken[i - first]) continue;
    // "the city of Harbin": lower-case cue words, then the name.
    if (const std::size_t n = phrase_at(m.cues.place_words_before, i); n && !tokens[i].capitalized) {
      const std::size_t b = i + n;
      if (free_capitalised(b)) mint(i, b, name_end(b));
      continue;
    }
    // "the Amur region": the name, then a lower-case cue word.
    if (free_capitalised(i) && (i == first || tokens[i - 1].key == "the")) {
      const std::size_t e = name_end(i);
      if (e > i && e < last && !tokens[e].capitalized && phrase_at(m.cues.place_words_after, e)) {
        mint(i, i, e);
      }
    }
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
    const auto* names = index.starting_with(tokens[i].id);
    const EntityIndex::Name* best = nullptr;
    if (names) {
      for (const auto& n : *names) {
        if (i + n.keys.size() > last) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < n.keys.size(); ++k) {
          const Token& t = tokens[i + k];
          ok = t.id == n.ids[k] && case_ok(n.case_rule[k], t) &&
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
  discover_sources(tokens, first, last, text, mappings, ontology, out, discovered);
  discover_places(tokens, first, last, text, mappings, ontology, out, discovered);
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
      if (mentions[m].pronoun) {
        u.key = tokens[i].key;
        u.id = tokens[i].id;
      }
      u.cls = mentions[m].cls;
      u.form = mentions[m].form;
      u.personnel = mentions[m].personnel;
      u.span = mentions[m].span;
      units.push_back(std::move(u));
      i = mentions[m].last;
      ++m;
      continue;
    }
    Unit u;
    u.key = tokens[i].key;
    u.id = tokens[i].id;
    u.span = tokens[i].span;
    u.number = tokens[i].number;
    u.boundary = u.key.size() == 1 && (u.key[0] == ';' || u.key[0] == ':' || u.key[0] == '?');
    units.push_back(std::move(u));
    ++i;
  }
  return units;
}

}  // namespace claimgraph
