// SPDX-License-Identifier: ISC
// One article through every stage, in order: segment, match entities,
// extract relations, attribute, score, validate. Pure: no I/O, no globals;
// safe to run on several articles at once with shared const Resources.
#pragma once

#include <string>
#include <vector>

#include "entity_matcher.hpp"
#include "iri.hpp"
#include "json_input.hpp"
#include "model.hpp"
#include "stage_times.hpp"
#include "validator.hpp"

namespace claimgraph {

class Ontology;
struct Mappings;

/// Everything loaded once at start-up and shared read-only.
struct Resources {
  const Ontology& ontology;
  const Mappings& mappings;
  EntityIndex index;
  IriScheme iris;
  Resources(const Ontology& o, const Mappings& m, IriScheme i)
      : ontology(o), mappings(m), index(m, o), iris(std::move(i)) {}
};

/// A sentence the patterns found nothing in although it names two or more
/// entities: where the mappings may need a new pattern.
struct NullSentence {
  Span span;
  std::vector<std::string> entities;
};

/// What one article produced.
struct ArticleResult {
  Article article;
  std::vector<Claim> accepted;
  std::vector<Rejection> rejected;
  std::vector<Entity> discovered;
  std::size_t sentences = 0;
  std::vector<NullSentence> null_sentences;
  std::vector<std::string> unknown_names;  ///< capitalised, not in mappings
  StageTimes times;                        ///< segment .. validation
  std::size_t extracted() const { return accepted.size() + rejected.size(); }
};

/// Extracts, attributes and validates the claims of one article's text.
ArticleResult extract_article(Article article, const Resources& res);

/// Resolves and validates statements given in JSON for one article.
ArticleResult import_statements(InputRecord record, const Resources& res);

/// Fills evidence text and code-point offsets from the article.
void set_evidence(Claim& c, const Article& a);

}  // namespace claimgraph
