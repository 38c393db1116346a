// SPDX-License-Identifier: ISC
// Serialises a Graph through Serd: Turtle (prefixed, abbreviated),
// N-Triples, N-Quads or TriG. It checks every IRI, literal form and language
// tag first, because Serd 0.30 writes invalid ones without complaint.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rdf.hpp"

namespace claimgraph {

enum class RdfSyntax { turtle, ntriples, nquads, trig };

/// Parses "turtle", "ttl", "ntriples", "nt", "nquads", "nq", "trig".
std::optional<RdfSyntax> parse_syntax(const std::string& name);

using Prefixes = std::vector<std::pair<std::string, std::string>>;

/// The prefixes claimgraph's Turtle and TriG output declares.
Prefixes default_prefixes(const std::string& base);

/// Returns the reason a term cannot be written, or an empty string.
std::string check_term(const Term& term);

/// Writes `graph` (canonicalised by the caller) to a string. Terms that fail
/// check_term are not written; their reasons are appended to `problems`.
/// Graph names are ignored for Turtle and N-Triples. With `jobs` > 1 a
/// large graph is written in pieces on that many threads; the bytes are the
/// same as with one.
std::string write_rdf(const Graph& graph, RdfSyntax syntax,
                      const Prefixes& prefixes,
                      std::vector<std::string>* problems = nullptr, unsigned jobs = 1);

/// Writes the union of canonical parts as write_rdf writes their merge,
/// without building the merged graph. Parts in canonical order are cheap;
/// a part that overlaps those before it is merged in.
/// `statements` (if given) receives how many triples or quads were written.
std::string write_rdf_parts(const GraphParts& parts, RdfSyntax syntax,
                            const Prefixes& prefixes, std::vector<std::string>* problems = nullptr,
                            unsigned jobs = 1, std::size_t* statements = nullptr);

/// The prefix declarations a Turtle or TriG document starts with (empty for
/// N-Triples and N-Quads): what write_rdf writes before the first statement.
std::string prefix_header(RdfSyntax syntax, const Prefixes& prefixes);

/// Writes `graph` (canonical) as one fragment of a document that began with
/// prefix_header: names are abbreviated with `prefixes`, which are not
/// declared again. Fragments written one after another join into one valid
/// document, so a stream of them needs no memory of what came before.
/// `statements` (if given) receives how many triples or quads were written.
std::string write_rdf_fragment(const Graph& graph, RdfSyntax syntax, const Prefixes& prefixes,
                               std::vector<std::string>* problems = nullptr,
                               std::size_t* statements = nullptr);

}  // namespace claimgraph
