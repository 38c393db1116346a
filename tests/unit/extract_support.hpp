// SPDX-License-Identifier: ISC
// Runs the whole pipeline on a short text and renders each claim as one
// readable line: "[NOT ]s p o [Modality] by claimant".
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace claimgraph::test {

inline std::vector<std::string> extract_lines(const std::string& text,
                                              const std::string& date = "") {
  Article a;
  a.id = "t";
  a.text = text;
  a.date = date;
  const ArticleResult r = extract_article(a, *shipped().resources);
  std::vector<std::string> out;
  for (const Claim& c : r.accepted) {
    std::string line = std::string(c.polarity == Polarity::negated ? "NOT " : "") + c.subject +
                       ' ' + c.predicate + ' ' + c.object + " [" + to_string(c.modality) +
                       "] by " + (c.claimant.empty() ? "-" : c.claimant);
    if (std::find(out.begin(), out.end(), line) == out.end()) out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// True when `lines` contains `want`.
inline bool has(const std::vector<std::string>& lines, const std::string& want) {
  return std::find(lines.begin(), lines.end(), want) != lines.end();
}

}  // namespace claimgraph::test
