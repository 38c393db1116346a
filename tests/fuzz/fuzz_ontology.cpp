// SPDX-License-Identifier: ISC
// Fuzz target: bytes as a Turtle ontology file → load_ontology (Sord, strict
// Serd reader) → the class and property queries the validator uses. Syntax
// errors must come back as located diagnostics, never as a crash.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"

namespace {

using namespace claimgraph;

void query(const Ontology& onto) {
  std::size_t pairs = 0;
  for (const std::string& a : onto.classes) {
    for (const std::string& b : onto.classes) {
      if (++pairs > 10000) return;
      if (onto.is_a(a, b) && onto.is_a(b, a) && a != b) {
        CHECK(onto.supers.at(a).count(b) > 0, "closure holds both directions of a cycle");
      }
      (void)onto.are_disjoint(a, b);
    }
  }
  for (const PropertyInfo* p : onto.claim_predicates()) {
    CHECK(p != nullptr && onto.property(p->iri) == p, "claim predicates are properties");
    (void)local_name(p->iri);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = fuzz::temp_dir() + "/ontology.ttl";
  fuzz::write_bytes(file, data, size);
  Diagnostics diag;
  const auto onto = load_ontology({file}, diag);
  if (!onto) {
    CHECK(diag.has_errors(), "a failed load reports an error");
    for (const Diagnostic& d : diag.all()) {
      CHECK(d.where.file == file, "diagnostic names the file: " + d.message);
    }
    return 0;
  }
  query(*onto);
  return 0;
}
