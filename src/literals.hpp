// SPDX-License-Identifier: ISC
// Lexical-form checks for the XSD datatypes claimgraph writes, and canonical
// forms, because triple stores rewrite non-canonical literals.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph {

/// BCP 47 shape: [A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*.
bool is_valid_language_tag(std::string_view tag);

/// Empty when `lexical` is a valid (and canonical) form of `datatype_iri`;
/// otherwise the reason. Datatypes other than the XSD ones listed in the
/// README are accepted as they are.
std::string check_lexical_form(std::string_view lexical,
                               std::string_view datatype_iri);

/// Canonical xsd:decimal for a value in a sensible range: "0.85", "1.0".
std::string canonical_decimal(double value, int max_digits = 3);

/// True for a real calendar date YYYY-MM-DD.
bool is_valid_date(std::string_view text);
/// True for YYYY-MM with month 01-12.
bool is_valid_year_month(std::string_view text);

}  // namespace claimgraph
