// SPDX-License-Identifier: ISC
// A minimal in-memory RDF model (terms and quads) shared by the graph
// builder, the Serd writer and reader, merge and evaluation.
#pragma once

#include <string>
#include <tuple>
#include <vector>

namespace claimgraph {

/// An RDF term. For literals `datatype` is empty for plain strings and
/// `lang` is set for language-tagged ones.
struct Term {
  enum class Kind { iri, blank, literal };
  Kind kind = Kind::iri;
  std::string value;
  std::string datatype;
  std::string lang;

  static Term iri(std::string v) { return {Kind::iri, std::move(v), {}, {}}; }
  static Term blank(std::string v) {
    return {Kind::blank, std::move(v), {}, {}};
  }
  static Term literal(std::string v, std::string datatype = {},
                      std::string lang = {}) {
    return {Kind::literal, std::move(v), std::move(datatype), std::move(lang)};
  }
  bool is_iri() const { return kind == Kind::iri; }
  bool is_literal() const { return kind == Kind::literal; }

  bool operator<(const Term& o) const {
    return std::tie(kind, value, datatype, lang) <
           std::tie(o.kind, o.value, o.datatype, o.lang);
  }
  bool operator==(const Term& o) const {
    return kind == o.kind && value == o.value && datatype == o.datatype &&
           lang == o.lang;
  }
  bool operator!=(const Term& o) const { return !(*this == o); }
};

/// A triple in an optional named graph (empty `graph`: the default graph).
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  std::string graph;

  bool operator<(const Quad& o) const {
    return std::tie(graph, subject, predicate, object) <
           std::tie(o.graph, o.subject, o.predicate, o.object);
  }
  bool operator==(const Quad& o) const {
    return subject == o.subject && predicate == o.predicate &&
           object == o.object && graph == o.graph;
  }
};

using Graph = std::vector<Quad>;

/// One graph held as several (each article's quads where its worker built
/// them), so a large run never copies them into one vector. Functions that
/// take parts say whether they must be canonical and in canonical order.
using GraphParts = std::vector<const Graph*>;

/// Sorts and removes duplicates: the canonical order every writer uses, so
/// equal graphs serialise to equal bytes. Large graphs sort on up to `jobs`
/// threads (same result).
void canonicalize(Graph& graph, unsigned jobs = 1);



}  // namespace claimgraph
