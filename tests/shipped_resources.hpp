// SPDX-License-Identifier: ISC
// The shipped ontology and mappings as the unit tests and the fuzz targets
// load them: one loader, so both exercise the same resources.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "diagnostics.hpp"
#include "mappings.hpp"
#include "ontology.hpp"
#include "pipeline.hpp"

namespace claimgraph::testing {

/// The shipped ontology, mappings and pipeline resources.
struct Shipped {
  Ontology ontology;
  std::unique_ptr<Mappings> mappings;
  std::unique_ptr<Resources> resources;
};

/// Loads ROOT/ontology/claimgraph.ttl and ROOT/mappings; throws
/// std::runtime_error naming the first problem when either fails.
inline Shipped load_shipped(const std::string& root) {
  Shipped out;
  Diagnostics diag;
  const auto fail = [&](const std::string& what) {
    std::string why = what;
    for (const Diagnostic& d : diag.all()) why += "\n  " + d.message;
    throw std::runtime_error(why);
  };
  auto onto = load_ontology({root + "/ontology/claimgraph.ttl"}, diag);
  if (!onto) fail("the shipped ontology does not load");
  out.ontology = std::move(*onto);
  out.mappings = load_mappings(root + "/mappings", out.ontology, diag);
  if (!out.mappings) fail("the shipped mappings do not load");
  out.resources = std::make_unique<Resources>(out.ontology, *out.mappings, IriScheme{});
  return out;
}

}  // namespace claimgraph::testing
