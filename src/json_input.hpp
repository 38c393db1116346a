// SPDX-License-Identifier: ISC
// Stage 1 for JSON and JSON Lines: article records (with "text") and
// statement batches (already-extracted subject/predicate/object by label or
// IRI) from another extractor, an annotator or an LLM. Schema: README.md.
#pragma once

#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "model.hpp"

namespace claimgraph {

struct Mappings;

/// One statement as given in JSON, before resolution to entities.
struct InputStatement {
  std::string subject, predicate, object, claimant;  ///< labels or IRIs
  Claim claim;  ///< polarity, modality, confidence, evidence, qualifiers
  Location where;
};

/// What one JSON record held: an article to extract from, or statements.
struct InputRecord {
  Article article;
  bool has_text = false;
  std::vector<InputStatement> statements;
};

/// Parses a .json file (one record or an array of records) or, when
/// `lines` is true, a JSON Lines file. Bad records are reported and skipped.
std::vector<InputRecord> read_json_records(const std::string& text,
                                           const std::string& file, bool lines,
                                           Diagnostics& diag);

/// Resolves a label, entity IRI or Wikidata IRI/QID to an entity id; ""
/// when unknown.
std::string resolve_entity(const std::string& label_or_iri, const Mappings& m,
                           const std::string& entity_base);

}  // namespace claimgraph
