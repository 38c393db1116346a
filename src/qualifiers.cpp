// SPDX-License-Identifier: ISC
// Date and quantity recognisers over tokens.

#include "qualifiers.hpp"

#include <cstdio>
#include <string_view>

#include "literals.hpp"
#include "text.hpp"

namespace claimgraph {

int month_number(const std::string& key) {
  static const char* const names[] = {"january", "february", "march", "april",
                                      "may", "june", "july", "august",
                                      "september", "october", "november", "december"};
  std::string_view k = key;
  if (!k.empty() && k.back() == '.') k.remove_suffix(1);
  // Month names and their abbreviations are 3 to 9 letters: most words
  // are out at once (this runs on every token of a claim's sentence).
  if (k.size() < 3 || k.size() > 9) return 0;
  for (int i = 0; i < 12; ++i) {
    const std::string_view full = names[i];
    if (k == full) return i + 1;
    // Abbreviations: "oct", "sept"; "may" is already full.
    if (k.size() < full.size() && full.compare(0, k.size(), k) == 0) return i + 1;
  }
  return 0;
}

namespace {

bool digits(const std::string& s, std::size_t n) {
  if (s.size() != n) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string iso_month(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::optional<std::string> checked(const std::string& s) {
  if (is_valid_date(s)) return s;
  return std::nullopt;
}

/// Splits on spaces, commas, dashes, slashes and dots (keeping words).
std::vector<std::string> date_parts(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : text) {
    if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '.') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

}  // namespace

std::optional<std::string> parse_date(const std::string& raw) {
  const auto p = date_parts(to_lower(std::string(trim(raw))));
  if (p.size() != 3) return std::nullopt;
  if (digits(p[0], 4) && digits(p[1], 2) && digits(p[2], 2)) {
    return checked(iso(std::stoi(p[0]), std::stoi(p[1]), std::stoi(p[2])));
  }
  // Day-month-year: Europe's and most news sites' numeric order.
  if ((digits(p[0], 2) || digits(p[0], 1)) && (digits(p[1], 2) || digits(p[1], 1)) &&
      digits(p[2], 4)) {
    return checked(iso(std::stoi(p[2]), std::stoi(p[1]), std::stoi(p[0])));
  }
  if (month_number(p[0]) && (digits(p[1], 1) || digits(p[1], 2)) && digits(p[2], 4)) {
    return checked(iso(std::stoi(p[2]), month_number(p[0]), std::stoi(p[1])));
  }
  if ((digits(p[0], 1) || digits(p[0], 2)) && month_number(p[1]) && digits(p[2], 4)) {
    return checked(iso(std::stoi(p[2]), month_number(p[1]), std::stoi(p[0])));
  }
  return std::nullopt;
}

std::optional<std::string> find_date(const std::string& text, Span& where) {
  // Try every window of 1-3 tokens; dates are short.
  const auto tokens = tokenize(text, 0);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t n = 5; n >= 1; --n) {
      if (i + n > tokens.size()) continue;
      const Span s{tokens[i].span.begin, tokens[i + n - 1].span.end};
      if (auto d = parse_date(text.substr(s.begin, s.end - s.begin))) {
        where = s;
        return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<Qualifier> date_in(const std::vector<Token>& t, std::size_t first,
                                 std::size_t last, const std::string& article_date) {
  const int year = article_date.size() >= 4 ? std::stoi(article_date.substr(0, 4)) : 0;
  for (std::size_t i = first; i < last; ++i) {
    const int month = month_number(t[i].key);
    if (!month || !t[i].capitalized) continue;
    // "May" as a modal verb is capitalised only at a sentence start.
    if (t[i].key == "may" && (i == first || !(i + 1 < last && t[i + 1].number))) continue;
    const bool has_day = i + 1 < last && t[i + 1].number && t[i + 1].key.size() <= 2;
    std::size_t j = has_day ? i + 2 : i + 1;
    if (j < last && t[j].key == ",") ++j;
    const bool has_year = j < last && digits(t[j].key, 4);
    const int y = has_year ? std::stoi(t[j].key) : year;
    if (y == 0) continue;
    if (has_day) {
      const std::string d = iso(y, month, std::stoi(t[i + 1].key));
      if (is_valid_date(d)) return Qualifier{"date", d, "date"};
      continue;
    }
    return Qualifier{"date", iso_month(y, month), "gYearMonth"};
  }
  return std::nullopt;
}

std::optional<std::string> parse_quantity(const std::string& key) {
  std::string out;
  for (const char c : key) {
    if (c >= '0' && c <= '9') out += c;
    else if (c != ',') return std::nullopt;
  }
  while (out.size() > 1 && out.front() == '0') out.erase(out.begin());
  if (out.empty() || out.size() > 12) return std::nullopt;
  return out;
}

}  // namespace claimgraph
