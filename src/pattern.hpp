// SPDX-License-Identifier: ISC
// The relation pattern language (documented in mappings/README.md):
// compile a pattern string into elements, and match it over a sentence seen
// as units (single tokens or whole entity mentions). Pure: no I/O.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lexicon.hpp"
#include "model.hpp"
#include "vocabulary.hpp"

namespace claimgraph {

class Ontology;

/// How an entity is named at a mention: by name, by demonym/adjective
/// ("North Korean"), or by a metonym ("the Kremlin").
enum class MentionForm { name, adjective, metonym };

/// One unit of a sentence as patterns see it.
struct Unit {
  std::string key;            ///< token key; empty for a mention
  WordId id = no_word;        ///< key as a Vocabulary id (no_word: unknown or empty)
  int mention = -1;           ///< index into the mentions, or -1
  std::string cls;            ///< class IRI of the mention's entity
  MentionForm form = MentionForm::name;
  Span span;
  bool boundary = false;      ///< ';' or ':' — gaps do not cross it
  bool number = false;
  int acts_for = -1;          ///< a person's state mention (see Mention)
  std::string acts_for_cls;   ///< class IRI of that state
  bool personnel = false;     ///< "they" standing for a state's troops (see Mention)
  int located_in = -1;        ///< a place's state mention: "to Russia's Far East"
  std::string located_in_cls;
};

/// One element of a compiled pattern.
struct Element {
  enum class Kind { literal, set, slot, theme, gap, absent };
  Kind kind = Kind::literal;
  std::set<std::string> words;     ///< literal alternatives or lemma forms
  std::vector<WordId> ids;         ///< `words` as sorted Vocabulary ids (compile_ids)
  bool lemma = false;              ///< written as <lemma>
  bool verb_only = false;          ///< <lemma:v>: not right after a determiner
  const WordSet* set = nullptr;    ///< for @set
  const PhraseSet* phrases = nullptr;  ///< `set` by word ids (compile_ids)
  std::string name;                ///< slot or capture name (S, O, R, ...)
  std::vector<std::string> classes;  ///< slot: any of these class IRIs
  enum class Form { any, name, adjective, personnel } form = Form::any;
  bool places_in = false;          ///< /in: a place counts as its state
  bool optional = false;
  std::vector<std::size_t> theme_indices;  ///< theme: the admitted themes (compile_ids)
  int max_gap = 0;                 ///< for gaps: up to this many units
  bool cross = false;              ///< ~~N: the gap may skip mentions
  std::size_t column = 0;          ///< 1-based position in the pattern text
};

/// "S sendsTroopsTo O": which slots fill a claim, with which predicate.
/// Predicate "T" takes each theme word's predicate; object "@role" is
/// looked up among the subject's gazetteer roles; object "@recipient" is
/// the object the article names most often for that predicate.
struct ClaimTemplate {
  std::string subject;
  std::string predicate;  ///< local name, or "T"
  std::string object;
};

/// A theme: words whose presence decides the predicate ("troops" →
/// sendsTroopsTo), from the lexicon's "themes".
struct Theme {
  std::string name;
  std::string predicate;
  const WordSet* words = nullptr;
  const PhraseSet* phrases = nullptr;  ///< `words` by word ids (compile_ids)
  std::string qualifier;  ///< e.g. "materiel": the theme words become one
  std::string cls;        ///< mentions of this class IRI count too (Weapon)
};

struct Pattern {
  std::string id;
  std::string text;
  std::vector<Element> elements;
  std::vector<ClaimTemplate> claims;
  std::map<std::string, std::string> qualifiers;  ///< qualifier → capture
  std::optional<Modality> modality;  ///< forced modality, if any
  bool article_voice = false;  ///< claimant is always the article
  bool pairwise = false;       ///< claims between members of slot S
  bool fallback = false;       ///< only when no other pattern gave the subject this predicate in the sentence
  bool background = false;     ///< states what the sentence presupposes ("its war against Ukraine"): a denial in the sentence denies the rest
  bool recipient_hint = false; ///< its claims only name the recipient an "@recipient" object resolves to; never output
  std::string anchor;          ///< a word every match contains (prefilter)
  std::set<std::string> anchors;  ///< all forms of the anchor element
  std::vector<WordId> anchor_ids; ///< `anchors` as Vocabulary ids (compile_ids)
};

/// A theme word found by a T slot.
struct ThemeHit {
  const Theme* theme = nullptr;
  Span span;
  bool negated = false;  ///< "but not with contingents"
};

/// What one match bound.
struct Match {
  std::map<std::string, std::vector<int>> slots;  ///< slot → mention ids
  std::vector<ThemeHit> themes;
  std::map<std::string, Span> captures;           ///< R=@set captures
  std::size_t first = 0;   ///< first unit
  std::size_t last = 0;    ///< one past the last unit
  std::size_t trigger = 0; ///< unit of the first lemma element
  bool has_trigger = false;
  std::vector<Span> spans; ///< matched elements' spans, for --explain
};

/// Everything the compiler needs to resolve names in a pattern.
struct PatternContext {
  const std::map<std::string, WordSet>* sets = nullptr;
  const std::vector<Theme>* themes = nullptr;
  const Inflector* inflector = nullptr;
  const Ontology* ontology = nullptr;
  const WordSet* joiners = nullptr;  ///< words allowed inside a theme list
  const WordSet* negators = nullptr;
  const WordSet* negation_exceptions = nullptr;
  const WordSet* determiners = nullptr;  ///< "the transfer" is not a verb
  const WordSet* prepositions = nullptr; ///< "to Ukraine to fight": no subject
  /// Ids of the function words the matcher reads by name (compile_ids).
  struct Words {
    WordId the = no_word, both = no_word, either = no_word, comma = no_word, period = no_word, and_ = no_word,
           or_ = no_word, as = no_word, well = no_word, to = no_word, quote = no_word,
           who = no_word, which = no_word, apostrophe_s = no_word;
  } words;
  // The same sets by word ids, for the matcher (filled by compile_ids).
  const PhraseSet* joiner_ids = nullptr;
  const PhraseSet* negator_ids = nullptr;
  const PhraseSet* negation_exception_ids = nullptr;
  const PhraseSet* determiner_ids = nullptr;
  const PhraseSet* preposition_ids = nullptr;
};

/// Compiles `text`; on error returns nullopt and sets `error` to a message
/// and `column` to the 1-based position of the offending element.
std::optional<std::vector<Element>> compile_pattern(const std::string& text,
                                                    const PatternContext& ctx,
                                                    std::string& error,
                                                    std::size_t& column);

/// Parses "S sendsTroopsTo O".
std::optional<ClaimTemplate> parse_claim_template(const std::string& text);

/// Resource limit (README "Robustness"): a coordinated slot ("A, B and C")
/// holds at most this many members; longer lists are matched from each of
/// their last members. Without it a list of 1,000 names took minutes.
inline constexpr std::size_t max_coordination = 20;

/// The class by which `unit` fills slot `el`: its own, or, for a head of
/// government or minister in the subject slot S, that of the state they
/// act for ("Scholz ruled out sending" is Germany's act), or for /in slots
/// the state a place lies in. nullptr when it does not fit.
const std::string* slot_class(const Element& el, const Unit& unit, const Ontology& ontology);

/// Every match of `pattern` over `units` (at most one per start unit).
/// Needs the ids of compile_ids: Unit::id, Element::ids and the PhraseSets.
std::vector<Match> match_pattern(const Pattern& pattern,
                                 const std::vector<Unit>& units,
                                 const PatternContext& ctx,
                                 const Ontology& ontology);

}  // namespace claimgraph
