// SPDX-License-Identifier: ISC
// XSD lexical checks (XML Schema 1.1 Part 2, section 3.3) and canonical forms.

#include "literals.hpp"

#include <cmath>
#include <cstdio>

#include "iri.hpp"

namespace claimgraph {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (const char c : s) v = v * 10 + (c - '0');
  return v;
}

bool canonical_integer(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  return all_digits(s) && (s.size() == 1 || s.front() != '0');
}

bool canonical_decimal_form(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  const auto dot = s.find('.');
  if (dot == std::string_view::npos) return false;
  const auto whole = s.substr(0, dot);
  const auto frac = s.substr(dot + 1);
  return all_digits(whole) && (whole.size() == 1 || whole.front() != '0') &&
         all_digits(frac) && (frac.size() == 1 || frac.back() != '0');
}

}  // namespace

bool is_valid_language_tag(std::string_view tag) {
  std::size_t run = 0;
  bool first = true;
  for (const char c : tag) {
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first = false;
      continue;
    }
    const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool digit = c >= '0' && c <= '9';
    if (!(alpha || (!first && digit)) || ++run > 8) return false;
  }
  return run > 0;
}

bool is_valid_year_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return false;
  if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2))) return false;
  const int month = to_int(s.substr(5, 2));
  return month >= 1 && month <= 12;
}

bool is_valid_date(std::string_view s) {
  if (s.size() != 10 || s[7] != '-' || !is_valid_year_month(s.substr(0, 7))) {
    return false;
  }
  if (!all_digits(s.substr(8, 2))) return false;
  const int year = to_int(s.substr(0, 4));
  const int month = to_int(s.substr(5, 2));
  const int day = to_int(s.substr(8, 2));
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = days[month - 1] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= max;
}

std::string check_lexical_form(std::string_view lexical,
                               std::string_view datatype_iri) {
  const std::string xsd = ns::xsd;
  if (datatype_iri.substr(0, xsd.size()) != xsd) return "";
  const auto type = datatype_iri.substr(xsd.size());
  bool ok = true;
  if (type == "integer") {
    ok = canonical_integer(lexical);
  } else if (type == "nonNegativeInteger") {
    ok = all_digits(lexical) && (lexical.size() == 1 || lexical.front() != '0');
  } else if (type == "decimal") {
    ok = canonical_decimal_form(lexical);
  } else if (type == "date") {
    ok = is_valid_date(lexical);
  } else if (type == "gYearMonth") {
    ok = is_valid_year_month(lexical);
  } else if (type == "gYear") {
    ok = lexical.size() == 4 && all_digits(lexical);
  } else if (type == "boolean") {
    ok = lexical == "true" || lexical == "false";
  }
  if (ok) return "";
  return "\"" + std::string(lexical) + "\" is not a canonical xsd:" +
         std::string(type);
}

std::string canonical_decimal(double value, int max_digits) {
  if (!std::isfinite(value)) value = 0.0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", max_digits, value);
  std::string s(buf);
  if (s == "-0" || s.rfind("-0.", 0) == 0) {
    bool zero = true;
    for (const char c : s.substr(1)) zero = zero && (c == '0' || c == '.');
    if (zero) s = s.substr(1);
  }
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') {
    s.pop_back();
  }
  return s;
}

}  // namespace claimgraph
