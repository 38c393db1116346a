// SPDX-License-Identifier: ISC
// DOT escaping and output; progress text and modes.

#include <catch2/catch.hpp>

#include <sstream>

#include "dot_writer.hpp"
#include "progress.hpp"

using namespace claimgraph;

TEST_CASE("dot_escape backslashes quotes and backslashes, keeps newlines as \\n") {
  CHECK(dot_escape(R"(say "hi" \ bye)") == R"(say \"hi\" \\ bye)");
  CHECK(dot_escape("a\nb\rc\td\x01") == "a\\nb c d ");
  CHECK(dot_escape("trailing \\") == "trailing \\\\");
  CHECK(dot_escape("<b>html</b> & ünïcode") == "<b>html</b> & ünïcode");
}

TEST_CASE("edge_colour: red for denials, a blue ramp, grey when unknown") {
  CHECK(edge_colour("Negated", 0.9) == "#c62828");
  CHECK(edge_colour("Affirmed", -1) == "#888888");
  CHECK(edge_colour("Affirmed", 0.0) == "#a7c4e0");
  CHECK(edge_colour("Affirmed", 1.0) == "#0b3d91");
}

TEST_CASE("write_dot quotes every id and label") {
  ReportView view;
  view.entities = {{"https://x/a", "A \"quoted\" \\", "State", "", {}},
                   {"https://x/b", "B\n<i>", "", "", {}}};
  ViewClaim c;
  c.subject = "https://x/a";
  c.object = "https://x/b";
  c.predicate = "https://w3id.org/claimgraph#sendsTroopsTo";
  view.claims = {c, c};
  view.edges = {{"https://x/a", c.predicate, "https://x/b", "Negated", {0, 1}, 2, 0.5}};
  const std::string dot = write_dot(view);
  CHECK(dot.find("\"https://x/a\" [label=\"A \\\"quoted\\\" \\\\\", tooltip=\"State https://x/a\"") !=
        std::string::npos);
  CHECK(dot.find("[label=\"B\\n<i>\"") != std::string::npos);
  CHECK(dot.find("\"https://x/a\" -> \"https://x/b\" [label=\"NOT sendsTroopsTo (2)\", "
                 "color=\"#c62828\", fontcolor=\"#c62828\", penwidth=2, style=dashed") !=
        std::string::npos);
  CHECK(dot.rfind("digraph claimgraph {\n", 0) == 0);
  CHECK(dot.substr(dot.size() - 2) == "}\n");
}

TEST_CASE("format_progress shows count, share, rate and ETA") {
  CHECK(format_progress(0, 40, 0.0, "articles") == "0/40 articles (0%)");
  CHECK(format_progress(10, 40, 4.0, "articles") == "10/40 articles (25%), 2.5/s, ETA 0:12");
  CHECK(format_progress(40, 40, 4.0, "articles") == "40/40 articles (100%), 10/s, 0:04");
  CHECK(format_progress(1, 10000, 1.0, "articles") == "1/10000 articles (0%), 1.0/s, ETA 2:46:39");
  CHECK(format_progress(3, 0, 1.5, "graphs") == "3 graphs, 2.0/s");
}

TEST_CASE("progress_mode: quiet wins, terminals get the live line, verbose gets lines") {
  CHECK(progress_mode(true, true, true) == ProgressMode::off);
  CHECK(progress_mode(false, false, true) == ProgressMode::terminal);
  CHECK(progress_mode(false, false, false) == ProgressMode::off);
  CHECK(progress_mode(false, true, false) == ProgressMode::lines);
}

TEST_CASE("Progress prints nothing when off, rewrites a line on a terminal") {
  std::ostringstream off, term, lines;
  {
    Progress p(off, ProgressMode::off, "articles", 2);
    p.advance();
    p.advance();
  }
  CHECK(off.str().empty());
  {
    Progress p(term, ProgressMode::terminal, "articles", 2);
    p.advance();
  }
  CHECK(term.str().rfind("\rclaimgraph: 1/2 articles (50%)", 0) == 0);
  CHECK(term.str().substr(term.str().size() - 4) == "\r\x1b[K");
  {
    Progress p(lines, ProgressMode::lines, "articles", 1);
    p.advance();
    p.finish();
  }
  CHECK(lines.str().find('\r') == std::string::npos);
  CHECK(lines.str().find("claimgraph: 1/1 articles (100%)") != std::string::npos);
}
