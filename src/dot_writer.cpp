// SPDX-License-Identifier: ISC
// DOT text for a ReportView. Every id and label goes through dot_escape and
// is quoted, so no input can open an HTML-like label or end a statement.

#include "dot_writer.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace claimgraph {

namespace {

std::string quoted(std::string_view text) { return '"' + dot_escape(text) + '"'; }

std::string hex(double r, double g, double b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", static_cast<unsigned>(r + 0.5),
                static_cast<unsigned>(g + 0.5), static_cast<unsigned>(b + 0.5));
  return buf;
}

std::string node_fill(const std::string& type) {
  if (type == "State") return "#dbe9f6";
  if (type == "Person") return "#fbe3c8";
  if (type == "Organization" || type == "Organisation") return "#dff0d8";
  return "#eeeeee";
}

std::string format_confidence(double c) {
  if (c < 0.0) return "unknown";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}

std::string count(std::size_t n, const char* noun) {
  return std::to_string(n) + ' ' + noun + (n == 1 ? "" : "s");
}

}  // namespace

std::string dot_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string edge_colour(const std::string& polarity, double confidence) {
  if (polarity == "Negated") return "#c62828";
  if (confidence < 0.0) return "#888888";
  // Linear from #a7c4e0 (0) to #0b3d91 (1): darker means better supported.
  const double t = std::clamp(confidence, 0.0, 1.0);
  return hex(0xa7 + (0x0b - 0xa7) * t, 0xc4 + (0x3d - 0xc4) * t, 0xe0 + (0x91 - 0xe0) * t);
}

std::string write_dot(const ReportView& view) {
  std::string out =
      "digraph claimgraph {\n"
      "  graph [rankdir=LR, fontname=\"DejaVu Sans\", overlap=false];\n"
      "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\"];\n"
      "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
  std::set<std::string> drawn;
  for (const ViewEdge& e : view.edges) drawn.insert(e.subject), drawn.insert(e.object);
  for (const std::string& iri : drawn) {
    const ViewEntity* e = view.entity(iri);
    const std::string type = e ? e->type : "";
    out += "  " + quoted(iri) + " [label=" + quoted(view.label(iri)) +
           ", tooltip=" + quoted(type.empty() ? iri : type + " " + iri) +
           ", fillcolor=\"" + node_fill(type) + "\"];\n";
  }
  for (const ViewEdge& e : view.edges) {
    const bool denied = e.polarity == "Negated";
    const std::string label = (denied ? "NOT " : "") + local_name(e.predicate) +
                              (e.claims.size() > 1 ? " (" + std::to_string(e.claims.size()) + ")" : "");
    const std::size_t width = std::min<std::size_t>(e.sources, 6);
    out += "  " + quoted(e.subject) + " -> " + quoted(e.object) + " [label=" + quoted(label) +
           ", color=\"" + edge_colour(e.polarity, e.confidence) + "\", fontcolor=\"" +
           (denied ? "#c62828" : "#333333") + "\", penwidth=" + std::to_string(width) +
           (denied ? ", style=dashed" : "") + ", tooltip=" +
           quoted(count(e.claims.size(), "claim") + ", " + count(e.sources, "source") +
                  ", confidence " + format_confidence(e.confidence)) +
           "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace claimgraph
