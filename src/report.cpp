// SPDX-License-Identifier: ISC
// The HTML report: escaping, the embedded JSON and the template fill. The
// page's script renders every piece of data with textContent, never as markup.

#include "report.hpp"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

namespace claimgraph {

namespace {

using nlohmann::json;

json entities_json(const ReportView& view) {
  std::set<std::string> drawn;
  for (const ViewEdge& e : view.edges) drawn.insert(e.subject), drawn.insert(e.object);
  json out = json::array();
  for (const ViewEntity& e : view.entities) {
    out.push_back({{"id", e.iri}, {"label", e.label}, {"type", e.type}, {"sameAs", e.same_as},
                   {"node", drawn.count(e.iri) > 0}});
  }
  return out;
}

json articles_json(const ReportView& view) {
  json out = json::array();
  for (const ViewArticle& a : view.articles) {
    out.push_back({{"id", a.iri}, {"identifier", a.id}, {"title", a.title},
                   {"publisher", a.publisher}, {"creator", a.creator}, {"date", a.date},
                   {"url", a.url}});
  }
  return out;
}

json optional_number(double x) { return x < 0.0 ? json(nullptr) : json(x); }

json claims_json(const ReportView& view) {
  json out = json::array();
  for (const ViewClaim& c : view.claims) {
    json evidence = json::array();
    for (const Segment& s : c.highlighted) evidence.push_back({s.text, s.mark});
    json qualifiers = json::object();
    for (const auto& [name, value] : c.qualifiers) qualifiers[name] = value;
    out.push_back({{"id", c.iri},
                   {"s", c.subject},
                   {"p", local_name(c.predicate)},
                   {"o", c.object},
                   {"claimant", c.claimant},
                   {"polarity", c.polarity},
                   {"modality", c.modality},
                   {"confidence", optional_number(c.confidence)},
                   {"level", c.confidence_level},
                   {"date", c.date},
                   {"evidence", evidence},
                   {"start", c.start < 0 ? json(nullptr) : json(c.start)},
                   {"end", c.end < 0 ? json(nullptr) : json(c.end)},
                   {"rule", c.rule},
                   {"article", c.article},
                   {"qualifiers", qualifiers}});
  }
  return out;
}

json edges_json(const ReportView& view) {
  json out = json::array();
  for (const ViewEdge& e : view.edges) {
    out.push_back({{"s", e.subject}, {"p", local_name(e.predicate)}, {"o", e.object},
                   {"polarity", e.polarity}, {"claims", e.claims}, {"sources", e.sources},
                   {"confidence", optional_number(e.confidence)}});
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string inline_script(std::string_view code) {
  std::string out;
  out.reserve(code.size());
  for (std::size_t i = 0; i < code.size(); ++i) {
    out += code[i];
    if (code[i] == '<' && i + 1 < code.size() && code[i + 1] == '/') out += '\\';
  }
  return out;
}

std::string report_json(const ReportView& view, const std::string& title) {
  const json data{{"title", title},
                  {"entities", entities_json(view)},
                  {"articles", articles_json(view)},
                  {"claims", claims_json(view)},
                  {"edges", edges_json(view)}};
  // Outside strings JSON never uses these characters, so escaping them in
  // the dumped text only touches string contents, where \u escapes are valid.
  const std::string text = data.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

std::string render_report(const ReportView& view, const ReportAssets& assets,
                          const std::string& title) {
  const std::map<std::string, std::string> fill{
      {"TITLE", html_escape(title)},
      {"STYLE", inline_script(assets.style)},
      {"CYTOSCAPE", inline_script(assets.cytoscape)},
      {"SCRIPT", inline_script(assets.script)},
      {"DATA", report_json(view, title)}};
  const std::string& page = assets.page;
  std::string out;
  out.reserve(page.size() + assets.cytoscape.size() + assets.script.size() + 4096);
  std::size_t at = 0;
  while (at < page.size()) {
    const std::size_t open = page.find("{{", at);
    const std::size_t close = open == std::string::npos ? open : page.find("}}", open + 2);
    const auto it = close == std::string::npos ? fill.end()
                                               : fill.find(page.substr(open + 2, close - open - 2));
    if (it == fill.end()) {
      const std::size_t upto = open == std::string::npos ? page.size() : open + 2;
      out.append(page, at, upto - at);
      at = upto;
      continue;
    }
    out.append(page, at, open - at);
    out += it->second;
    at = close + 2;
  }
  return out;
}

}  // namespace claimgraph
