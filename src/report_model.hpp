// SPDX-License-Identifier: ISC
// Graph → the view the HTML report and the DOT writer draw: entities,
// articles, claims, and claims grouped into edges (subject, predicate,
// object, polarity). Pure: reads quads, never files; does not judge claims.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "ontology.hpp"  // local_name
#include "rdf.hpp"

namespace claimgraph {

/// An entity that is the subject or object of at least one claim.
struct ViewEntity {
  std::string iri;
  std::string label;  ///< rdfs:label, else skos:prefLabel, else the IRI's local name
  std::string type;   ///< local name of its rdf:type (State, Person, ...), may be empty
  std::string same_as;                ///< owl:sameAs (Wikidata), may be empty
  std::vector<std::string> names;     ///< label and skos:altLabels, for highlighting
};

/// The article a claim was derived from (prov:wasDerivedFrom).
struct ViewArticle {
  std::string iri;
  std::string id;  ///< dcterms:identifier
  std::string title;
  std::string publisher;
  std::string creator;
  std::string date;
  std::string url;  ///< schema:url, only when http(s) (see is_safe_link)
};

/// A piece of evidence text; `mark` is "", "subject", "object", "claimant" or "cue".
struct Segment {
  std::string text;
  std::string mark;
};

/// One cg:Claim node.
struct ViewClaim {
  std::string iri;
  std::string subject, predicate, object;  ///< IRIs
  std::string claimant;                    ///< IRI, empty: the article's own voice
  std::string polarity = "Affirmed";       ///< local name: Affirmed or Negated
  std::string modality = "Actual";         ///< local name: Actual, Planned, ...
  double confidence = -1.0;                ///< in [0, 1]; negative when absent
  std::string confidence_level;            ///< local name, may be empty
  std::string date;      ///< cg:date, else the article's dcterms:date
  std::string evidence;  ///< the sentence (cg:evidence)
  std::vector<Segment> highlighted;  ///< `evidence` cut at entity names and cues
  long long start = -1, end = -1;    ///< oa:start/oa:end in code points, -1 if absent
  std::string rule;
  std::string article;   ///< IRI
  std::string aggregate; ///< cg:aggregate: its cg:StatementAggregate, may be empty
  std::vector<std::pair<std::string, std::string>> qualifiers;  ///< (local name, value)
};

/// Claims with the same subject, predicate, object and polarity.
struct ViewEdge {
  std::string subject, predicate, object, polarity;
  std::vector<std::size_t> claims;  ///< indexes into ReportView::claims
  std::size_t sources = 0;   ///< independent sources (see make_report_view)
  double confidence = -1.0;  ///< aggregate confidence in [0, 1]; negative when unknown
};

/// Everything the report shows, sorted for deterministic output.
struct ReportView {
  std::vector<ViewEntity> entities;  ///< by IRI
  std::vector<ViewArticle> articles; ///< by IRI
  std::vector<ViewClaim> claims;     ///< by IRI
  std::vector<ViewEdge> edges;       ///< by subject, object, predicate, polarity
  const ViewEntity* entity(const std::string& iri) const;
  const ViewArticle* article(const std::string& iri) const;
  /// The entity's label, or the IRI's local name when it has none.
  std::string label(const std::string& iri) const;
};

/// Builds the view of the claims in `graph` (all named graphs merged). An
/// affirmed edge whose claims share one cg:StatementAggregate (corroboration)
/// takes its cg:aggregateConfidence and cg:independentSources. Otherwise, and
/// for denials, sources are the distinct claimants (an unattributed claim
/// counts as its publisher's) and the confidence is the noisy-OR over sources
/// of each source's highest confidence.
ReportView make_report_view(const Graph& graph);

/// Cuts `text` into segments, marking the first-listed kind of name found at
/// a word start (ASCII case-insensitive, longest match wins).
std::vector<Segment> highlight(
    const std::string& text,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& names_by_mark);

/// True for absolute http:// and https:// URLs: the only links the report makes.
bool is_safe_link(const std::string& url);

}  // namespace claimgraph
