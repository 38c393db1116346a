// SPDX-License-Identifier: ISC
// IRI minting and checking. Serd writes whatever it is given, so every IRI
// the tool emits is built here and checked against RFC 3987's IRIREF rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimgraph {

/// Namespaces of the core vocabulary and the standard ones it reuses.
namespace ns {
inline constexpr const char* cg = "https://w3id.org/claimgraph#";
inline constexpr const char* rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr const char* rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr const char* owl = "http://www.w3.org/2002/07/owl#";
inline constexpr const char* xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr const char* skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr const char* prov = "http://www.w3.org/ns/prov#";
inline constexpr const char* dcterms = "http://purl.org/dc/terms/";
inline constexpr const char* schema = "http://schema.org/";
inline constexpr const char* oa = "http://www.w3.org/ns/oa#";
inline constexpr const char* wd = "http://www.wikidata.org/entity/";
}  // namespace ns

/// Percent-encodes everything but RFC 3986 unreserved characters, so any
/// label or file name becomes a safe IRI path segment.
std::string percent_encode_segment(std::string_view text);

/// True when `iri` is absolute (has a scheme) and contains none of the
/// characters an IRIREF excludes: controls, space, <>"{}|^`\.
bool is_valid_iri(std::string_view iri);

/// Percent-encodes the characters an IRIREF excludes (controls, space,
/// <>"{}|^`\) and keeps the rest, so a scraped URL becomes a valid IRI.
std::string escape_iri(std::string_view iri);

/// 64-bit FNV-1a: stable across platforms and runs, used for claim IRIs.
std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = 0);
std::string to_hex(std::uint64_t value);

/// Base IRIs for the resources the tool mints; configurable from the CLI.
struct IriScheme {
  std::string base = "https://w3id.org/claimgraph/";
  std::string entity(std::string_view id) const;
  std::string article(std::string_view id) const;
  std::string claim(std::string_view hash) const;
};

}  // namespace claimgraph
