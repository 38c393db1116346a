// SPDX-License-Identifier: ISC
// Value types shared by every stage: articles, entities, claims. Plain data,
// no behaviour beyond trivial helpers; stages are functions over these.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace claimgraph {

/// Byte offsets [begin, end) into Article::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

/// One input document. `text` is the article body as read (UTF-8, repaired).
struct Article {
  std::string id;         ///< dcterms:identifier: file stem or JSON "id"
  std::string title;
  std::string url;
  std::string publisher;
  std::string author;
  std::string date;       ///< ISO 8601 date (YYYY-MM-DD) or empty
  std::string language = "en";
  std::string text;
  std::string source;     ///< file the article came from, for diagnostics
  std::vector<Span> skipped;  ///< header and boilerplate: not extracted
};

/// A role a person holds, from the gazetteer ("president" of "Ukraine").
struct Role {
  std::string title;
  std::string of;     ///< entity id
  std::string from;   ///< YYYY-MM or empty
  std::string until;  ///< YYYY-MM or empty
};

/// A named thing: a gazetteer entry or a name minted from a textual cue.
struct Entity {
  std::string id;     ///< local name used in the IRI: [A-Za-z][A-Za-z0-9_]*
  std::string cls;    ///< ontology class local name (State, Person, ...)
  std::string label;
  std::string qid;    ///< Wikidata item (Q123) or empty
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
  std::vector<std::string> metonyms;
  /// Definite descriptions ("27-nation bloc"): they name the entity after
  /// "the", once the article has named it.
  std::vector<std::string> descriptions;
  std::vector<Role> roles;
  std::string parent;
  bool discovered = false;  ///< minted from a cue, not from the mappings
};

enum class Polarity { affirmed, negated };
enum class Modality { actual, planned, possible, requested };

const char* to_string(Polarity p);
const char* to_string(Modality m);

/// A qualifier on a claim: cg:<property> with a typed literal value.
struct Qualifier {
  std::string property;  ///< local name in the cg: namespace
  std::string value;     ///< lexical form, already checked
  std::string datatype;  ///< XSD local name (integer, date, gYearMonth, string)
  bool operator<(const Qualifier& o) const {
    return property != o.property ? property < o.property : value < o.value;
  }
  bool operator==(const Qualifier& o) const {
    return property == o.property && value == o.value &&
           datatype == o.datatype;
  }
};

/// One attributed statement as found in one article.
struct Claim {
  std::string article_id;
  std::string subject;    ///< entity id
  std::string predicate;  ///< ontology property local name
  std::string object;     ///< entity id
  std::string claimant;   ///< entity id; empty: the article's own voice
  Polarity polarity = Polarity::affirmed;
  Modality modality = Modality::actual;
  double confidence = -1.0;  ///< in [0, 1]; negative until scored
  std::string confidence_level;  ///< ICD 203 band local name, when scored
  std::string source_grade;      ///< Admiralty-style code such as "B2"
  std::vector<Qualifier> qualifiers;
  std::vector<std::string> cues;  ///< words that set polarity/modality/hedge
  std::string evidence;  ///< the sentence
  Span span;             ///< bytes of the sentence in Article::text
  std::size_t cp_begin = 0;  ///< code-point offsets of the sentence
  std::size_t cp_end = 0;
  std::string rule;      ///< pattern id that fired
  std::vector<Span> matched;  ///< spans of the trigger and arguments
};

/// A statement that failed validation, with every reason.
struct Rejection {
  Claim claim;
  std::string subject_label;
  std::string object_label;
  std::string claimant_label;
  std::vector<std::string> checks;   ///< names of the failed checks
  std::vector<std::string> reasons;  ///< one readable sentence per check
};

}  // namespace claimgraph
