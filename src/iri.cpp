// SPDX-License-Identifier: ISC
// IRI minting: percent-encoding, validity checks, stable hashes.

#include "iri.hpp"

#include <array>

namespace claimgraph {

std::string percent_encode_segment(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                            c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4U];
      out += hex[c & 0xFU];
    }
  }
  return out;
}

std::string escape_iri(std::string_view iri) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(iri.size());
  for (const char ch : iri) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
        c == '|' || c == '^' || c == '`' || c == '\\' || c == 0x7F) {
      out += '%';
      out += hex[c >> 4U];
      out += hex[c & 0xFU];
    } else {
      out += ch;
    }
  }
  return out;
}

bool is_valid_iri(std::string_view iri) {
  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  const auto colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = iri[i];
    const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool ok = alpha || (i > 0 && ((c >= '0' && c <= '9') || c == '+' ||
                                        c == '-' || c == '.'));
    if (!ok) return false;
  }
  // Every IRI written is checked, so this loop is hot: one table lookup
  // per byte instead of a chain of comparisons.
  static const auto forbidden = [] {
    std::array<bool, 256> t{};
    for (unsigned c = 0; c <= 0x20; ++c) t[c] = true;
    for (const unsigned char c : std::string_view("<>\"{}|^`\\\x7F")) t[c] = true;
    return t;
  }();
  for (const char ch : iri) {
    if (forbidden[static_cast<unsigned char>(ch)]) return false;
  }
  return true;
}

std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed) {
  std::uint64_t hash = 14695981039346656037ULL ^ seed;
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string to_hex(std::uint64_t value) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = hex[value & 0xFU];
    value >>= 4U;
  }
  return out;
}

std::string IriScheme::entity(std::string_view id) const {
  return base + "entity/" + percent_encode_segment(id);
}

std::string IriScheme::article(std::string_view id) const {
  return base + "article/" + percent_encode_segment(id);
}

std::string IriScheme::claim(std::string_view hash) const {
  return base + "claim/" + std::string(hash);
}

}  // namespace claimgraph
