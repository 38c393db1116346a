// SPDX-License-Identifier: ISC
// Shared fixtures: the shipped ontology and mappings, loaded once.
#pragma once

#include <memory>
#include <string>

#include "../shipped_resources.hpp"

namespace claimgraph::test {

inline std::string source_path(const std::string& rel) {
  return std::string(CLAIMGRAPH_SOURCE_DIR) + "/" + rel;
}

using testing::Shipped;

/// The shipped ontology, mappings and resources, loaded once.
inline const Shipped& shipped() {
  static const Shipped s = testing::load_shipped(CLAIMGRAPH_SOURCE_DIR);
  return s;
}

}  // namespace claimgraph::test
