// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include <sstream>

#include "diagnostics.hpp"

using namespace claimgraph;

TEST_CASE("diagnostics print GNU style") {
  Diagnostic d;
  d.where.file = "a.json";
  d.where.line = 12;
  d.where.column = 7;
  d.message = "in /x: unknown key \"y\"";
  std::ostringstream out;
  out << d;
  CHECK(out.str() == "a.json:12:7: error: in /x: unknown key \"y\"");
  Diagnostic w;
  w.severity = Severity::warning;
  w.where.file = "dir";
  w.message = "empty";
  std::ostringstream whole;
  whole << w;
  CHECK(whole.str() == "dir: warning: empty");
}

TEST_CASE("line index gives 1-based lines and code-point columns") {
  const std::string text = "first\nПривет x\n";
  const LineIndex index(text);
  const auto at = index.locate("f.txt", text.find('x'));
  CHECK(at.line == 2);
  CHECK(at.column == 8);  // 6 Cyrillic letters and a space before it
  CHECK(index.locate("f.txt", 0).column == 1);
}

TEST_CASE("errors are counted, warnings are not") {
  Diagnostics d;
  d.warning({"f", 1, 1}, "w");
  CHECK_FALSE(d.has_errors());
  d.error({"f", 1, 1}, "e");
  CHECK(d.error_count() == 1);
  CHECK(d.all().size() == 2);
}
