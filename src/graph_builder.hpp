// SPDX-License-Identifier: ISC
// Stage 7a: articles, claims and the entities they name → RDF quads in the
// shape of the output contract (claims as cg:Claim reifications with
// provenance, evidence and qualifiers; entities with labels and owl:sameAs
// Wikidata links; the "truthy" s p o for affirmed, actual claims).
#pragma once

#include <string>
#include <vector>

#include "iri.hpp"
#include "model.hpp"
#include "rdf.hpp"
#include "validator.hpp"

namespace claimgraph {

/// The claim's IRI: a hash of its content and article, stable across runs.
std::string claim_iri(const Claim& claim, const IriScheme& iris);

/// Appends the article node (in graph `graph`).
void add_article(Graph& g, const Article& a, const IriScheme& iris);

/// Appends a claim's triples (in the article's named graph).
void add_claim(Graph& g, const Claim& c, const Article& a, const IriScheme& iris,
               const std::string& language);

/// Appends the description of an entity (default graph).
void add_entity(Graph& g, const Entity& e, const IriScheme& iris);

/// Appends the entities named by `claims` (subject, object, claimant).
void add_entities_of(Graph& g, const std::vector<Claim>& claims,
                     const EntityLookup& entities, const IriScheme& iris);

}  // namespace claimgraph
