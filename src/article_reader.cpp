// SPDX-License-Identifier: ISC
// Header and boilerplate recognition for scraped article text.

#include "article_reader.hpp"

#include <cctype>

#include "mappings.hpp"
#include "qualifiers.hpp"
#include "text.hpp"

namespace claimgraph {

namespace {

struct Line {
  Span span;
  std::string_view text;  ///< trimmed
  std::size_t trimmed_begin = 0;
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view raw(text.data() + start, end - start);
    const std::string_view t = trim(raw);
    const std::size_t tb = t.empty() ? start : start + static_cast<std::size_t>(t.data() - raw.data());
    out.push_back({{start, end}, t, tb});
    if (end == text.size()) break;
    start = end + 1;
  }
  return out;
}

/// Boilerplate lines are short. std::regex recurses once per character and
/// overflows the stack on a line of some 20,000 bytes, so longer lines are
/// never tried (tests/robustness: long-boilerplate-line).
constexpr std::size_t max_boilerplate_line = 1000;

bool is_boilerplate(std::string_view line, const Mappings& m) {
  if (line.size() > max_boilerplate_line) return false;
  if (m.boilerplate_any) return std::regex_match(line.begin(), line.end(), *m.boilerplate_any);
  for (const BoilerplateRule& r : m.boilerplate) {
    if (std::regex_match(line.begin(), line.end(), r.re)) return true;
  }
  return false;
}

/// "Author: X" → ("author", "X") when the key is a known header key.
bool header_field(std::string_view line, const Mappings& m, std::string& field,
                  std::string& value) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon > 20) return false;
  const auto it = m.header.keys.find(to_lower(std::string(trim(line.substr(0, colon)))));
  if (it == m.header.keys.end()) return false;
  field = it->second;
  value = std::string(trim(line.substr(colon + 1)));
  return true;
}

void set_field(Article& a, const std::string& field, const std::string& value) {
  if (field == "author" && a.author.empty()) a.author = value;
  else if (field == "publisher" && a.publisher.empty()) a.publisher = value;
  else if (field == "url" && a.url.empty()) a.url = value;
  else if (field == "title" && a.title.empty()) a.title = value;
  else if (field == "date" && a.date.empty()) {
    if (auto d = parse_date(value)) a.date = *d;
  }
}

/// A scraped page may glue the headline to the first paragraph. Only a
/// headline of several words, ending where a word ends, counts: a one-word
/// title "T" is no prefix of "The".
void skip_repeated_title(Article& a, const Line& line) {
  if (a.title.find(' ') == std::string::npos || line.text.size() < a.title.size()) return;
  const bool word_ends = line.text.size() == a.title.size() ||
                         !std::isalnum(static_cast<unsigned char>(line.text[a.title.size()]));
  if (word_ends && line.text.substr(0, a.title.size()) == a.title) {
    a.skipped.push_back({line.trimmed_begin, line.trimmed_begin + a.title.size()});
  }
}

}  // namespace

Article read_text_article(const std::string& id, std::string text,
                          const std::string& source, const Mappings& m) {
  Article a;
  a.id = id;
  a.source = source;
  a.text = std::move(text);
  const auto lines = split_lines(a.text);
  std::size_t title_line = lines.size();
  std::size_t header_lines = 0;  // non-empty lines seen after the title
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.text.empty()) continue;
    if (is_boilerplate(line.text, m)) {
      a.skipped.push_back(line.span);
      continue;
    }
    if (title_line == lines.size()) {
      // The headline is text too: it is read, not skipped.
      title_line = i;
      a.title = std::string(line.text);
      continue;
    }
    ++header_lines;
    std::string field, value;
    if (header_lines <= 6 && header_field(line.text, m, field, value)) {
      set_field(a, field, value);
      a.skipped.push_back(line.span);
      continue;
    }
    if (header_lines <= 6 && line.text.size() < 80) {
      const std::string lower = to_lower(std::string(line.text));
      bool byline = false;
      for (const std::string& p : m.header.byline_prefixes) {
        if (starts_with(lower, to_lower(p))) {
          if (a.author.empty()) a.author = std::string(trim(line.text.substr(p.size())));
          byline = true;
        }
      }
      Span where;
      if (!byline && a.date.empty()) {
        if (auto d = find_date(std::string(line.text), where)) {
          // "Publisher name 14-10-2024": the date, and who published it.
          a.date = *d;
          const std::string rest(trim(line.text.substr(0, where.begin)));
          if (a.publisher.empty() && !rest.empty() && where.end == line.text.size()) {
            a.publisher = rest;
          }
          byline = true;
        }
      }
      if (byline) {
        a.skipped.push_back(line.span);
        continue;
      }
    }
    if (line.text == a.title) {
      a.skipped.push_back(line.span);
      continue;
    }
    skip_repeated_title(a, line);
  }
  return a;
}

void mark_boilerplate(Article& a, const Mappings& m) {
  for (const Line& line : split_lines(a.text)) {
    if (line.text.empty()) continue;
    if (is_boilerplate(line.text, m)) {
      a.skipped.push_back(line.span);
    } else if (!a.title.empty() && line.text == a.title && line.span.begin > 0) {
      a.skipped.push_back(line.span);
    } else if (line.span.begin > 0) {
      skip_repeated_title(a, line);
    }
  }
}

}  // namespace claimgraph
