// SPDX-License-Identifier: ISC
// Loads mappings/*.json into Mappings, checking every key and reference so
// that a typo is reported with its file and JSON pointer, never ignored.

#include "mappings.hpp"

#include <algorithm>
#include <filesystem>

#include "json_util.hpp"
#include "ontology.hpp"
#include "text.hpp"

namespace claimgraph {

namespace fs = std::filesystem;
using nlohmann::json;

const Entity* Mappings::entity(const std::string& id) const {
  const auto it = entity_index.find(id);
  return it == entity_index.end() ? nullptr : &entities[it->second];
}

std::size_t Mappings::add_entity(Entity e) {
  const auto it = entity_index.find(e.id);
  if (it != entity_index.end()) return it->second;
  entity_index[e.id] = entities.size();
  entities.push_back(std::move(e));
  return entities.size() - 1;
}

namespace {

bool valid_id(const std::string& id) {
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id[0]))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

/// Expands "<intend> to" into every inflected phrase.
std::vector<Phrase> expand_phrase(const std::string& text, const Inflector& inf) {
  std::vector<Phrase> out{{}};
  for (const std::string& word : split_words(text)) {
    std::vector<Phrase> alternatives;
    if (word.size() > 2 && word.front() == '<' && word.back() == '>') {
      for (const std::string& f : inf.forms(to_lower(word.substr(1, word.size() - 2)))) {
        alternatives.push_back({f});
      }
    } else {
      alternatives.push_back(phrase_keys(word));
    }
    std::vector<Phrase> next;
    for (const Phrase& head : out) {
      for (const Phrase& alt : alternatives) {
        Phrase p = head;
        p.insert(p.end(), alt.begin(), alt.end());
        next.push_back(std::move(p));
      }
    }
    out = std::move(next);
  }
  return out;
}

void fill_set(WordSet& set, const std::vector<std::string>& entries,
              const Inflector& inf) {
  for (const std::string& e : entries) {
    for (Phrase& p : expand_phrase(e, inf)) set.add(std::move(p));
  }
}

void load_entities(const std::string& dir, const Ontology& onto, Mappings& m,
                   Diagnostics& diag) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) diag.error({dir, 0, 0}, "no entity files (*.json) found");
  for (const std::string& file : files) {
    const auto doc = read_json_file(file, diag);
    if (!doc || !check_keys(*doc, {"entities"}, file, "", diag)) continue;
    const auto list = doc->find("entities");
    if (list == doc->end() || !list->is_array()) {
      diag.error({file, 0, 0}, "in /entities: expected an array");
      continue;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& j = (*list)[i];
      const std::string ptr = "/entities/" + std::to_string(i);
      if (!check_keys(j, {"id", "class", "label", "qid", "names", "demonyms",
                          "metonyms", "descriptions", "roles", "parent"}, file, ptr, diag)) {
        continue;
      }
      Entity e;
      e.id = get_string(j, "id", file, ptr, diag);
      e.cls = get_string(j, "class", file, ptr, diag);
      e.label = get_string(j, "label", file, ptr, diag);
      e.qid = get_string(j, "qid", file, ptr, diag);
      e.names = get_strings(j, "names", file, ptr, diag);
      e.demonyms = get_strings(j, "demonyms", file, ptr, diag);
      e.metonyms = get_strings(j, "metonyms", file, ptr, diag);
      e.descriptions = get_strings(j, "descriptions", file, ptr, diag);
      e.parent = get_string(j, "parent", file, ptr, diag);
      if (!valid_id(e.id)) {
        diag.error({file, 0, 0}, "in " + ptr + "/id: \"" + e.id +
                                     "\" is not a valid id; expected [A-Za-z][A-Za-z0-9_]*");
        continue;
      }
      if (!onto.has_class(onto.term(e.cls))) {
        diag.error({file, 0, 0}, "in " + ptr + "/class: unknown class \"" + e.cls +
                                     "\" for \"" + e.id + "\"; the ontology does not declare it");
        continue;
      }
      if (!e.qid.empty() && (e.qid[0] != 'Q' || e.qid.size() < 2 ||
                             !std::all_of(e.qid.begin() + 1, e.qid.end(),
                                          [](char c) { return c >= '0' && c <= '9'; }))) {
        diag.error({file, 0, 0}, "in " + ptr + "/qid: \"" + e.qid + "\" is not a Wikidata item id (Q followed by digits)");
        e.qid.clear();
      }
      if (e.label.empty()) e.label = e.names.empty() ? e.id : e.names.front();
      if (e.names.empty()) e.names.push_back(e.label);
      const auto roles = j.find("roles");
      if (roles != j.end() && roles->is_array()) {
        for (std::size_t r = 0; r < roles->size(); ++r) {
          const std::string rp = ptr + "/roles/" + std::to_string(r);
          if (!check_keys((*roles)[r], {"title", "of", "from", "until"}, file, rp, diag)) continue;
          Role role{to_lower(get_string((*roles)[r], "title", file, rp, diag)),
                    get_string((*roles)[r], "of", file, rp, diag),
                    get_string((*roles)[r], "from", file, rp, diag),
                    get_string((*roles)[r], "until", file, rp, diag)};
          e.roles.push_back(std::move(role));
        }
      }
      if (m.entity_index.count(e.id)) {
        diag.error({file, 0, 0}, "in " + ptr + "/id: duplicate entity id \"" + e.id + "\"");
        continue;
      }
      m.add_entity(std::move(e));
    }
  }
  for (const Entity& e : m.entities) {
    for (const Role& r : e.roles) {
      if (!m.entity_index.count(r.of)) {
        diag.error({dir, 0, 0}, "entity \"" + e.id + "\": role \"" + r.title +
                                    "\" is of unknown entity \"" + r.of + "\"");
      }
    }
  }
}

void load_lexicon(const std::string& file, Mappings& m, Diagnostics& diag) {
  const auto doc = read_json_file(file, diag);
  if (!doc || !check_keys(*doc, {"abbreviations", "sentence_starters", "irregular", "sets", "themes"}, file, "", diag)) return;
  for (const std::string& a : get_strings(*doc, "abbreviations", file, "", diag)) {
    m.segmentation.abbreviations.insert(to_lower(a));
  }
  for (const std::string& a : get_strings(*doc, "sentence_starters", file, "", diag)) {
    m.segmentation.sentence_starters.insert(to_lower(a));
  }
  if (const auto irr = doc->find("irregular"); irr != doc->end() && irr->is_object()) {
    for (const auto& item : irr->items()) {
      m.inflector.add_irregular(item.key(), get_strings(*irr, item.key(), file, "/irregular", diag));
    }
  }
  if (const auto sets = doc->find("sets"); sets != doc->end() && sets->is_object()) {
    for (const auto& item : sets->items()) {
      WordSet& set = m.sets[item.key()];
      set.name = item.key();
      fill_set(set, get_strings(*sets, item.key(), file, "/sets", diag), m.inflector);
    }
  }
  if (const auto themes = doc->find("themes"); themes != doc->end() && themes->is_object()) {
    for (const auto& item : themes->items()) {
      const std::string ptr = "/themes/" + item.key();
      if (!check_keys(item.value(), {"predicate", "set", "qualifier", "class"}, file, ptr, diag)) continue;
      Theme t;
      t.name = item.key();
      t.predicate = get_string(item.value(), "predicate", file, ptr, diag);
      t.qualifier = get_string(item.value(), "qualifier", file, ptr, diag);
      const std::string cls = get_string(item.value(), "class", file, ptr, diag);
      if (!cls.empty()) t.cls = std::string("https://w3id.org/claimgraph#") + cls;
      const std::string set = get_string(item.value(), "set", file, ptr, diag);
      const auto it = m.sets.find(set);
      if (it == m.sets.end()) {
        diag.error({file, 0, 0}, "in " + ptr + "/set: unknown word set \"" + set + "\"");
        continue;
      }
      t.words = &it->second;
      m.themes.push_back(std::move(t));
    }
  }
}

void load_cues(const std::string& file, Mappings& m, Diagnostics& diag) {
  const auto doc = read_json_file(file, diag);
  Cues& c = m.cues;
  const std::pair<const char*, WordSet*> lists[] = {
      {"reporting_verbs", &c.reporting},
      {"according_to", &c.according_to},
      {"citing", &c.citing},
      {"pronouns", &c.pronouns},
      {"speaker_descriptions", &c.speaker_descriptions},
      {"negation", &c.negation},
      {"negation_exceptions", &c.negation_exceptions},
      {"denial_verbs", &c.denial_verbs},
      {"labelling_verbs", &c.labelling_verbs},
      {"denial_objects", &c.denial_objects},
      {"denial_labels", &c.denial_labels},
      {"theme_joiners", &c.theme_joiners},
      {"role_titles", &c.role_titles},
      {"clause_breaks", &c.clause_breaks},
      {"prepositions", &c.prepositions},
      {"acting_titles", &c.acting_titles},
      {"organization_words", &c.organization_words},
      {"place_words_before", &c.place_words_before},
      {"place_words_after", &c.place_words_after},
      {"planned", &c.modality[Modality::planned]},
      {"possible", &c.modality[Modality::possible]},
      {"requested", &c.modality[Modality::requested]},
  };
  std::vector<std::string> keys{"modality_window"};
  for (const auto& [name, set] : lists) keys.emplace_back(name);
  if (!doc || !check_keys(*doc, keys, file, "", diag)) return;
  for (const auto& [name, set] : lists) {
    set->name = name;
    fill_set(*set, get_strings(*doc, name, file, "", diag), m.inflector);
    // Role titles are also a word set patterns can name.
  }
  if (const auto w = doc->find("modality_window"); w != doc->end() && w->is_number_integer()) {
    c.modality_window = w->get<int>();
  }
}

void load_boilerplate(const std::string& file, Mappings& m, Diagnostics& diag) {
  const auto doc = read_json_file(file, diag);
  if (!doc || !check_keys(*doc, {"lines", "header_keys", "byline_prefixes", "caption_markers"}, file, "", diag)) return;
  const auto lines = get_strings(*doc, "lines", file, "", diag);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    try {
      m.boilerplate.push_back({lines[i], std::regex(lines[i], std::regex::icase | std::regex::optimize)});
    } catch (const std::regex_error& e) {
      diag.error({file, 0, 0}, "in /lines/" + std::to_string(i) + ": invalid regular expression \"" +
                                   lines[i] + "\": " + e.what());
    }
  }
  if (!m.boilerplate.empty()) {
    std::string any;
    for (const BoilerplateRule& r : m.boilerplate) any += (any.empty() ? "(?:" : "|(?:") + r.text + ")";
    try {
      m.boilerplate_any.emplace(any, std::regex::icase | std::regex::optimize);
    } catch (const std::regex_error&) {
      m.boilerplate_any.reset();  // then each rule is tried on its own
    }
  }
  if (const auto keys = doc->find("header_keys"); keys != doc->end() && keys->is_object()) {
    for (const auto& item : keys->items()) {
      for (const std::string& k : get_strings(*keys, item.key(), file, "/header_keys", diag)) {
        m.header.keys[to_lower(k)] = item.key();
      }
    }
  }
  m.header.byline_prefixes = get_strings(*doc, "byline_prefixes", file, "", diag);
  m.header.caption_markers = get_strings(*doc, "caption_markers", file, "", diag);
}

std::optional<Modality> parse_modality(const std::string& s) {
  if (s == "Actual") return Modality::actual;
  if (s == "Planned") return Modality::planned;
  if (s == "Possible") return Modality::possible;
  if (s == "Requested") return Modality::requested;
  return std::nullopt;
}

/// A word every match must contain, to skip patterns cheaply.
void choose_anchor(Pattern& p) {
  for (const Element& el : p.elements) {
    if (el.optional) continue;
    if (el.kind == Element::Kind::literal) {
      p.anchors = el.words;
      return;
    }
  }
}

void load_patterns(const std::string& file, const Ontology& onto, Mappings& m,
                   Diagnostics& diag) {
  const auto doc = read_json_file(file, diag);
  if (!doc || !check_keys(*doc, {"patterns"}, file, "", diag)) return;
  const auto list = doc->find("patterns");
  if (list == doc->end() || !list->is_array()) {
    diag.error({file, 0, 0}, "in /patterns: expected an array");
    return;
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& j = (*list)[i];
    const std::string ptr = "/patterns/" + std::to_string(i);
    if (!check_keys(j, {"id", "pattern", "claims", "qualifiers", "modality", "voice",
                        "pairwise", "fallback", "background", "recipient_hint", "comment"}, file, ptr, diag)) {
      continue;
    }
    Pattern p;
    p.id = get_string(j, "id", file, ptr, diag);
    p.text = get_string(j, "pattern", file, ptr, diag);
    if (p.id.empty() || !ids.insert(p.id).second) {
      diag.error({file, 0, 0}, "in " + ptr + "/id: missing or duplicate pattern id \"" + p.id + "\"");
      continue;
    }
    std::string error;
    std::size_t column = 0;
    auto elements = compile_pattern(p.text, m.context, error, column);
    if (!elements) {
      diag.error({file, 0, 0}, "in " + ptr + " (pattern \"" + p.id + "\"), at column " +
                                   std::to_string(column) + " of \"" + p.text + "\": " + error);
      continue;
    }
    p.elements = std::move(*elements);
    std::set<std::string> slots{"T"};
    for (const Element& el : p.elements) {
      if (!el.name.empty()) slots.insert(el.name);
    }
    bool ok = true;
    for (const std::string& c : get_strings(j, "claims", file, ptr, diag)) {
      auto t = parse_claim_template(c);
      const bool pred_ok = t && (t->predicate == "T" ||
                                 [&] {
                                   const auto* info = onto.property(onto.term(t->predicate));
                                   return info && info->claim_predicate;
                                 }());
      if (!t || !slots.count(t->subject) || !(slots.count(t->object) || t->object == "@role" || t->object == "@recipient") || !pred_ok) {
        diag.error({file, 0, 0}, "in " + ptr + "/claims (pattern \"" + p.id + "\"): \"" + c +
                                     "\" must be SLOT PREDICATE SLOT with slots of the pattern and a "
                                     "predicate typed cg:ClaimPredicate in the ontology");
        ok = false;
        continue;
      }
      p.claims.push_back(*t);
    }
    if (p.claims.empty() && ok) {
      diag.error({file, 0, 0}, "in " + ptr + " (pattern \"" + p.id + "\"): no \"claims\"");
      ok = false;
    }
    if (const auto q = j.find("qualifiers"); q != j.end() && q->is_object()) {
      for (const auto& item : q->items()) {
        if (item.value().is_string()) p.qualifiers[item.key()] = item.value().get<std::string>();
      }
    }
    const std::string modality = get_string(j, "modality", file, ptr, diag);
    if (!modality.empty()) {
      p.modality = parse_modality(modality);
      if (!p.modality) {
        diag.error({file, 0, 0}, "in " + ptr + "/modality: \"" + modality +
                                     "\"; expected Actual, Planned, Possible or Requested");
        ok = false;
      }
    }
    const std::string voice = get_string(j, "voice", file, ptr, diag);
    p.article_voice = voice == "article";
    if (const auto pw = j.find("pairwise"); pw != j.end() && pw->is_boolean()) p.pairwise = pw->get<bool>();
    if (const auto fb = j.find("fallback"); fb != j.end() && fb->is_boolean()) p.fallback = fb->get<bool>();
    if (const auto bg = j.find("background"); bg != j.end() && bg->is_boolean()) p.background = bg->get<bool>();
    if (const auto rh = j.find("recipient_hint"); rh != j.end() && rh->is_boolean()) p.recipient_hint = rh->get<bool>();
    choose_anchor(p);
    if (ok) m.patterns.push_back(std::move(p));
  }
}

/// Every word set of the mappings, wherever it lives.
std::vector<const WordSet*> all_word_sets(const Mappings& m) {
  std::vector<const WordSet*> out;
  for (const auto& [name, set] : m.sets) out.push_back(&set);
  const Cues& c = m.cues;
  for (const WordSet* set :
       {&c.reporting, &c.according_to, &c.citing, &c.pronouns, &c.speaker_descriptions, &c.negation,
        &c.negation_exceptions, &c.denial_verbs, &c.labelling_verbs, &c.denial_objects, &c.denial_labels,
        &c.theme_joiners, &c.role_titles, &c.clause_breaks, &c.prepositions, &c.acting_titles,
        &c.organization_words, &c.place_words_before, &c.place_words_after}) {
    out.push_back(set);
  }
  for (const auto& [modality, set] : c.modality) out.push_back(&set);
  for (const auto& band : m.confidence.estimative) out.push_back(&band.phrases);
  for (const auto& hedge : m.confidence.hedges) out.push_back(&hedge.phrases);
  return out;
}

std::vector<WordId> intern_all(const std::set<std::string>& words, Vocabulary& vocabulary) {
  std::vector<WordId> ids;
  for (const std::string& w : words) ids.push_back(vocabulary.intern(w));
  std::sort(ids.begin(), ids.end());
  return ids;
}

/// Numbers the words of the mappings and gives word sets, themes, patterns
/// and the matching context their id forms; then builds the pattern
/// filter. Runs last: nothing it points into may move afterwards.
void compile_ids(Mappings& m) {
  for (const WordSet* set : all_word_sets(m)) m.phrase_sets.emplace(set, PhraseSet(*set, m.vocabulary));
  const auto ids = [&](const WordSet* set) { return set ? &m.phrases(*set) : nullptr; };
  for (Theme& t : m.themes) t.phrases = ids(t.words);
  PatternContext& ctx = m.context;
  PatternContext::Words& fw = ctx.words;
  for (const auto& [id, word] : {std::pair{&fw.the, "the"}, {&fw.both, "both"}, {&fw.either, "either"}, {&fw.comma, ","}, {&fw.period, "."},
                                 {&fw.and_, "and"}, {&fw.or_, "or"}, {&fw.as, "as"}, {&fw.well, "well"},
                                 {&fw.to, "to"}, {&fw.quote, "\""}, {&fw.who, "who"},
                                 {&fw.which, "which"}, {&fw.apostrophe_s, "'s"}}) {
    *id = m.vocabulary.intern(word);
  }
  ctx.joiner_ids = ids(ctx.joiners);
  ctx.negator_ids = ids(ctx.negators);
  ctx.negation_exception_ids = ids(ctx.negation_exceptions);
  ctx.determiner_ids = ids(ctx.determiners);
  ctx.preposition_ids = ids(ctx.prepositions);
  for (Pattern& p : m.patterns) {
    p.anchor_ids = intern_all(p.anchors, m.vocabulary);
    for (Element& el : p.elements) {
      if (el.kind == Element::Kind::literal || el.kind == Element::Kind::absent) {
        el.ids = intern_all(el.words, m.vocabulary);
      } else if (el.kind == Element::Kind::set) {
        el.phrases = ids(el.set);
      } else if (el.kind == Element::Kind::theme) {
        for (std::size_t t = 0; t < m.themes.size(); ++t) {
          if (el.words.empty() || el.words.count(m.themes[t].name)) el.theme_indices.push_back(t);
        }
      }
    }
  }
  // The gazetteer's words, for EntityIndex (same keys as it computes).
  for (const Entity& e : m.entities) {
    for (const auto* list : {&e.names, &e.demonyms, &e.metonyms}) {
      for (const std::string& name : *list) {
        for (const std::string& tok : phrase_tokens(name)) m.vocabulary.intern(token_key(tok));
      }
    }
  }
  m.pattern_filter.build(m.patterns, m.themes, m.vocabulary.size());
  ConfidenceModel& conf = m.confidence;
  conf.cue_starts.assign(m.vocabulary.size(), 0);
  const auto cue_starts = [&](const PhraseSet* set) {
    for (const WordId w : set->first_words()) conf.cue_starts[static_cast<std::size_t>(w)] = 1;
  };
  for (auto& band : conf.estimative) cue_starts(band.ids = ids(&band.phrases));
  for (auto& hedge : conf.hedges) cue_starts(hedge.ids = ids(&hedge.phrases));
  for (const Phrase& ph : m.cues.acting_titles.phrases) {
    std::string joined;
    for (const std::string& w : ph) joined += (joined.empty() ? "" : " ") + w;
    m.acting_titles.insert(joined);
  }
}

}  // namespace

std::unique_ptr<Mappings> load_mappings(const std::string& dir,
                                        const Ontology& ontology,
                                        Diagnostics& diag) {
  auto m = std::make_unique<Mappings>();
  const std::size_t errors_before = diag.error_count();
  load_lexicon(dir + "/lexicon.json", *m, diag);
  load_cues(dir + "/cues.json", *m, diag);
  m->sets["role_titles"] = m->cues.role_titles;
  load_boilerplate(dir + "/boilerplate.json", *m, diag);
  load_confidence_model(dir + "/confidence.json", m->inflector, m->confidence, diag);
  load_entities(dir + "/entities", ontology, *m, diag);
  m->context.sets = &m->sets;
  m->context.themes = &m->themes;
  m->context.inflector = &m->inflector;
  m->context.ontology = &ontology;
  m->context.joiners = &m->cues.theme_joiners;
  m->context.negators = &m->cues.negation;
  m->context.negation_exceptions = &m->cues.negation_exceptions;
  if (const auto it = m->sets.find("determiners"); it != m->sets.end()) m->context.determiners = &it->second;
  m->context.prepositions = &m->cues.prepositions;
  load_patterns(dir + "/patterns.json", ontology, *m, diag);
  for (const Theme& t : m->themes) {
    const auto* info = ontology.property(ontology.term(t.predicate));
    if (!info || !info->claim_predicate) {
      diag.error({dir + "/lexicon.json", 0, 0}, "in /themes/" + t.name + "/predicate: \"" +
                                                    t.predicate + "\" is not a cg:ClaimPredicate of the ontology");
    }
  }
  for (const Entity& e : m->entities) {
    for (const auto* list : {&e.demonyms, &e.metonyms, &e.names}) {
      for (const std::string& n : *list) m->label_index[token_key(n)] = e.id;
    }
    m->label_index[token_key(e.label)] = e.id;
  }
  compile_ids(*m);
  if (diag.error_count() > errors_before) return nullptr;
  return m;
}

}  // namespace claimgraph
