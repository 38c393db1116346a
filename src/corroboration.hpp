// SPDX-License-Identifier: ISC
// Corroboration over a whole graph: one cg:StatementAggregate per distinct
// statement (s, p, o) with its supporting claims, independent sources,
// denials, first/last report dates and an aggregate confidence, and the
// "truthy" s p o triple when the aggregate is confident enough. It works on
// RDF alone, so `extract` and `merge` compute the same aggregates from the
// same claims, and merging the outputs of two halves of a corpus equals one
// run over the whole. Pure: Graph in, Graph out.
#pragma once

#include "iri.hpp"
#include "rdf.hpp"

namespace claimgraph {

class Ontology;

struct CorroborationParams {
  double denial_discount = 0.5;   ///< weight of a denier's confidence
  double truthy_threshold = 0.5;  ///< minimum aggregate for the s p o triple
  unsigned jobs = 1;              ///< threads for sorting (same result)
};

/// Drops the aggregates and truthy triples a previous run wrote, then
/// recomputes them from the cg:Claim nodes in `graph`.
void corroborate(Graph& graph, const IriScheme& iris, const Ontology& ontology,
                 const CorroborationParams& params);

/// What corroborate adds to a canonical graph that holds none of it yet (as
/// extract's does), canonical and apart: a large run writes the two
/// together (write_rdf_parts) instead of merging a copy of the whole. The
/// graph comes in parts (see GraphParts).
Graph corroboration(const GraphParts& graph, const IriScheme& iris, const Ontology& ontology,
                    const CorroborationParams& params);

}  // namespace claimgraph
