// SPDX-License-Identifier: ISC
// `claimgraph validate`: checks any RDF graph (ours, another tool's, or a
// merge with other linked data) against the ontology and reports every
// violation with the offending triple, like sord_validate. Driven only by
// the ontology: declared predicates, rdfs:domain/range through the
// subclass closure (unions too), disjoint classes, irreflexive and
// functional properties, datatypes and lexical forms, symmetric statements
// stored once, and the shape of cg:Claim reifications.
#pragma once

#include <string>
#include <vector>

#include "config.hpp"
#include "rdf.hpp"

namespace claimgraph {

class Ontology;

/// One violation: the check that failed, the triple, and why.
struct Violation {
  std::string check;
  std::string focus;    ///< the node the violation is about
  std::string triple;   ///< N-Triples form of the offending triple
  std::string message;
};

/// Every violation in `graph`, in a stable order.
std::vector<Violation> validate_graph(const Graph& graph, const Ontology& ontology);

/// The CLI command.
int run_validate(const Config& cfg);

}  // namespace claimgraph
