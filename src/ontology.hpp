// SPDX-License-Identifier: ISC
// The ontology as plain structs: classes with their rdfs:subClassOf closure,
// properties with domains, ranges and OWL characteristics, disjointness.
// Loaded from Turtle with Sord (load_ontology); queried by the validator and
// the extractor. Nothing here is hard-coded: users extend the Turtle file.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diagnostics.hpp"

namespace claimgraph {

/// What the ontology says about one property.
struct PropertyInfo {
  std::string iri;
  std::string local;                 ///< local name after '#' or '/'
  std::vector<std::string> domain;   ///< class IRIs (a union when several)
  std::vector<std::string> range;    ///< class or datatype IRIs (a union)
  bool object_property = false;
  bool datatype_property = false;
  bool symmetric = false;
  bool irreflexive = false;
  bool functional = false;
  bool claim_predicate = false;  ///< typed cg:ClaimPredicate: extractable
};

/// A loaded ontology, immutable after load_ontology.
class Ontology {
 public:
  /// The namespace extracted predicates and classes are looked up in.
  std::string vocabulary = "https://w3id.org/claimgraph#";

  std::set<std::string> classes;                       ///< class IRIs
  std::map<std::string, std::set<std::string>> supers;  ///< reflexive closure
  std::map<std::string, PropertyInfo> properties;      ///< by IRI
  std::set<std::pair<std::string, std::string>> disjoint;  ///< both orders
  /// Individuals the ontology itself types (cg:Actual a cg:Modality).
  std::map<std::string, std::set<std::string>> individuals;

  /// The IRI for a local name in the vocabulary namespace.
  std::string term(const std::string& local) const { return vocabulary + local; }
  bool has_class(const std::string& iri) const { return classes.count(iri) > 0; }
  /// True when `cls` is `ancestor` or one of its subclasses.
  bool is_a(const std::string& cls, const std::string& ancestor) const;
  /// True when some superclass of `a` is declared disjoint with one of `b`.
  bool are_disjoint(const std::string& a, const std::string& b) const;
  const PropertyInfo* property(const std::string& iri) const;
  /// Properties typed cg:ClaimPredicate, in IRI order.
  std::vector<const PropertyInfo*> claim_predicates() const;
  /// Completes the subclass closure; call after filling `supers` directly.
  void close();
};

/// Loads one or more Turtle files into one ontology. Syntax errors are
/// reported with file:line:col; returns nullopt when any file failed.
std::optional<Ontology> load_ontology(const std::vector<std::string>& files,
                                      Diagnostics& diag);

/// The local name of an IRI: the part after the last '#' or '/'.
std::string local_name(const std::string& iri);

}  // namespace claimgraph
