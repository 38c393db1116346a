// SPDX-License-Identifier: ISC
// Shared fixtures: the shipped ontology and mappings, loaded once.
#pragma once

#include <memory>
#include <string>

#include "diagnostics.hpp"
#include "mappings.hpp"
#include "ontology.hpp"
#include "pipeline.hpp"

namespace claimgraph::test {

inline std::string source_path(const std::string& rel) {
  return std::string(CLAIMGRAPH_SOURCE_DIR) + "/" + rel;
}

/// The shipped ontology, mappings and resources.
struct Shipped {
  Ontology ontology;
  std::unique_ptr<Mappings> mappings;
  std::unique_ptr<Resources> resources;
};

inline const Shipped& shipped() {
  static const Shipped s = [] {
    Shipped out;
    Diagnostics diag;
    out.ontology = *load_ontology({source_path("ontology/claimgraph.ttl")}, diag);
    out.mappings = load_mappings(source_path("mappings"), out.ontology, diag);
    out.resources = std::make_unique<Resources>(out.ontology, *out.mappings, IriScheme{});
    return out;
  }();
  return s;
}

}  // namespace claimgraph::test
