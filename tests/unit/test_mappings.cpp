// SPDX-License-Identifier: ISC
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "test_support.hpp"

using namespace claimgraph;
using claimgraph::test::shipped;
using claimgraph::test::source_path;
namespace fs = std::filesystem;

namespace {
/// A copy of the shipped mappings with patterns.json replaced.
std::string mappings_with_patterns(const std::string& name, const std::string& patterns) {
  const fs::path dir = fs::temp_directory_path() / ("cg_mappings_" + name);
  fs::remove_all(dir);
  fs::copy(source_path("mappings"), dir, fs::copy_options::recursive);
  std::ofstream(dir / "patterns.json") << patterns;
  return dir.string();
}
}  // namespace

TEST_CASE("the shipped mappings load without problems") {
  const Mappings& m = *shipped().mappings;
  CHECK(m.entities.size() > 1000);
  CHECK(m.entity("DPRK")->qid == "Q423");
  CHECK(m.patterns.size() > 40);
  CHECK(m.themes.size() == 3);
}

TEST_CASE("inflections come from rules plus irregular forms") {
  const auto forms = shipped().mappings->inflector.forms("supply");
  CHECK(forms.count("supplies"));
  CHECK(forms.count("supplied"));
  CHECK(forms.count("supplying"));
  CHECK(shipped().mappings->inflector.forms("send").count("sent"));
  CHECK(shipped().mappings->inflector.forms("transfer").count("transferred"));
}

TEST_CASE("a bad pattern is reported with its id and column") {
  const std::string dir = mappings_with_patterns("bad", R"({"patterns": [
    {"id": "ok", "pattern": "S:State <send> T to O:State", "claims": ["S T O"]},
    {"id": "broken", "pattern": "S:State <send> @nosuchset to O:State", "claims": ["S T O"]},
    {"id": "badclass", "pattern": "S:Stat <send> O:State", "claims": ["S sendsTroopsTo O"]},
    {"id": "badpred", "pattern": "S:State <send> O:State", "claims": ["S sendsSpiesTo O"]}
  ]})");
  Diagnostics diag;
  CHECK_FALSE(load_mappings(dir, shipped().ontology, diag));
  REQUIRE(diag.all().size() == 3);
  CHECK(diag.all()[0].message ==
        "in /patterns/1 (pattern \"broken\"), at column 16 of \"S:State <send> @nosuchset to O:State\": "
        "unknown word set \"@nosuchset\"");
  CHECK(diag.all()[1].message ==
        "in /patterns/2 (pattern \"badclass\"), at column 1 of \"S:Stat <send> O:State\": "
        "unknown class \"Stat\" in slot \"S:Stat\"");
  CHECK(diag.all()[2].message.find("\"S sendsSpiesTo O\" must be SLOT PREDICATE SLOT") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("invalid JSON in a mappings file names line and column") {
  const std::string dir = mappings_with_patterns("json", "{\"patterns\": [\n  {\"id\": \"x\",, }\n]}");
  Diagnostics diag;
  CHECK_FALSE(load_mappings(dir, shipped().ontology, diag));
  REQUIRE(diag.has_errors());
  const Diagnostic& d = diag.all().front();
  CHECK(d.where.line == 2);
  CHECK(d.where.column == 14);  // the second comma
  CHECK(d.message.rfind("invalid JSON: ", 0) == 0);
  fs::remove_all(dir);
}
