// SPDX-License-Identifier: ISC
// Dates and quantities as they appear in news text, resolved to XSD
// lexical forms: "14-10-2024", "October 14, 2024" → 2024-10-14; "in June"
// with an article from 2024 → 2024-06; "10,000 soldiers" → 10000.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "segmenter.hpp"

namespace claimgraph {

/// Month number (1-12) of an English month name or abbreviation.
int month_number(const std::string& key);

/// Parses a whole date string in the forms real pages use; returns the ISO
/// form (YYYY-MM-DD) or nullopt.
std::optional<std::string> parse_date(const std::string& text);

/// Finds a date expression in a date-bearing line ("... 14-10-2024").
/// Returns the date and sets `where` to its byte span within `text`.
std::optional<std::string> find_date(const std::string& text, Span& where);

/// A date mentioned in tokens [first, last), resolved against the article
/// date (YYYY-MM-DD or empty). Returns the qualifier (xsd:date or
/// xsd:gYearMonth, or xsd:gYear) or nullopt.
std::optional<Qualifier> date_in(const std::vector<Token>& tokens,
                                 std::size_t first, std::size_t last,
                                 const std::string& article_date);

/// Parses "10,000" / "3,000" / "20" into canonical integer text.
std::optional<std::string> parse_quantity(const std::string& key);

}  // namespace claimgraph
