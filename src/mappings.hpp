// SPDX-License-Identifier: ISC
// Everything users edit to teach the extractor: entities, word sets,
// themes, cue words, relation patterns and boilerplate, loaded from the JSON
// files in mappings/ (schema in mappings/README.md) into plain structs.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "confidence.hpp"
#include "diagnostics.hpp"
#include "lexicon.hpp"
#include "model.hpp"
#include "pattern.hpp"
#include "pattern_filter.hpp"
#include "segmenter.hpp"
#include "vocabulary.hpp"

namespace claimgraph {

class Ontology;

/// Cue words the attribution stage reads; each is a set of phrases.
struct Cues {
  WordSet reporting;             ///< said, claims, accused, ... (inflected)
  WordSet according_to;          ///< "according to"
  WordSet citing;                ///< "citing", "quoting"
  WordSet pronouns;              ///< he, she, they: carried to the last speaker
  WordSet speaker_descriptions;  ///< "the head of state", "the president"
  WordSet negation;              ///< not, never, n't
  WordSet negation_exceptions;   ///< "not only", "no longer just"
  WordSet denial_verbs;          ///< deny, dismiss, reject: deny by themselves
  WordSet labelling_verbs;       ///< call, label, brand: deny only with a label
  WordSet denial_objects;        ///< claims, allegations, reports
  WordSet denial_labels;         ///< hoax, fake news, lies
  WordSet theme_joiners;         ///< and, or, but, also, with ... in theme lists
  WordSet role_titles;           ///< every title that names a role
  WordSet clause_breaks;         ///< although, which, but: a subject is not beyond
  WordSet prepositions;          ///< "in Ukraine" is no subject
  WordSet acting_titles;         ///< people with these roles act for their state
  WordSet organization_words;    ///< "Institute", "Agency": an unknown name is a body
  WordSet place_words_before;    ///< "the city of": an unknown name after it is a place
  WordSet place_words_after;     ///< "region": an unknown name before it is a place
  std::map<Modality, WordSet> modality;  ///< planned/possible/requested cues
  int modality_window = 6;       ///< units before the trigger searched
};

/// A line-level boilerplate rule: a regular expression over a whole line.
struct BoilerplateRule {
  std::string text;
  std::regex re;
};

/// Header metadata keys: "Author: X" and friends.
struct HeaderRules {
  std::map<std::string, std::string> keys;  ///< lower-case key → field
  std::vector<std::string> byline_prefixes;  ///< "by "
  std::vector<std::string> caption_markers;  ///< " Photo:"
};

struct Mappings {
  std::vector<Entity> entities;
  std::map<std::string, std::size_t> entity_index;  ///< id → position
  std::map<std::string, WordSet> sets;
  std::vector<Theme> themes;
  Inflector inflector;
  SegmentationRules segmentation;  ///< abbreviations, sentence openers
  ConfidenceModel confidence;      ///< mappings/confidence.json
  Cues cues;
  std::vector<Pattern> patterns;
  std::vector<BoilerplateRule> boilerplate;
  /// The boilerplate rules as one alternation, (?:r1)|(?:r2)|...: one
  /// regex_match per line instead of one per rule (issue 7); regex_match
  /// tries every alternative for a whole-line match, so it matches exactly
  /// the lines some rule matches.
  std::optional<std::regex> boilerplate_any;
  HeaderRules header;
  PatternContext context;  ///< for matching; points into this object
  /// Lower-cased label, name or demonym → entity id, for JSON statements.
  std::map<std::string, std::string> label_index;

  // Compiled at the end of load_mappings for fast matching (issue 7):
  // every word of the mappings numbered, every word set by word ids, and
  // the prefilter that says which patterns can match a sentence.
  Vocabulary vocabulary;
  std::map<const WordSet*, PhraseSet> phrase_sets;  ///< by the set's address
  PatternFilter pattern_filter;
  /// cues.acting_titles as written in roles ("prime minister").
  std::set<std::string> acting_titles;
  /// The PhraseSet of one of the word sets above.
  const PhraseSet& phrases(const WordSet& set) const { return phrase_sets.at(&set); }

  const Entity* entity(const std::string& id) const;
  /// Adds an entity minted from a textual cue; returns its position.
  std::size_t add_entity(Entity e);
};

/// Loads every mappings file under `dir` (entities/*.json, lexicon.json,
/// cues.json, patterns.json, boilerplate.json). Reports every problem with
/// file, line and column or JSON pointer; nullopt when any was an error.
std::unique_ptr<Mappings> load_mappings(const std::string& dir,
                                        const Ontology& ontology,
                                        Diagnostics& diag);

}  // namespace claimgraph
