// SPDX-License-Identifier: ISC
// Stage 6: claims × ontology → the claims that conform, and a Rejection
// with every failed check for the others. Driven only by the ontology:
// declared predicate, rdfs:domain/range through the subclass closure
// (unions too), irreflexivity, known entities, literal forms. Symmetric
// statements are put in one canonical direction.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model.hpp"

namespace claimgraph {

class Ontology;
struct Mappings;

/// Where an entity id's class comes from: the mappings or a local table.
struct EntityLookup {
  const Mappings* mappings = nullptr;
  const std::vector<Entity>* local = nullptr;
  const Entity* find(const std::string& id) const;
};

struct Validated {
  std::vector<Claim> accepted;
  std::vector<Rejection> rejected;
};

/// Checks every claim; never drops one silently.
Validated validate(std::vector<Claim> claims, const EntityLookup& entities,
                   const Ontology& ontology);

/// The checks' names, in the order they run (for documentation and tests).
std::vector<std::string> validation_checks();

}  // namespace claimgraph
