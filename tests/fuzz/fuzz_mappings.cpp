// SPDX-License-Identifier: ISC
// Fuzz target: bytes as mappings/patterns.json in a private copy of the
// shipped mappings → load_mappings. Every problem must be reported against
// a file; when the patterns load, they run over a few fixed sentences, so
// odd but valid patterns (long gaps, optional everything) are matched too.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz_support.hpp"
#include "pipeline.hpp"

namespace {

using namespace claimgraph;

const char* const sentences =
    "North Korea has sent 10,000 soldiers to Russia, the Kyiv Independent reported.\n"
    "Iran provided Russia with missiles and UAVs, but not with contingents, Kyiv said.\n"
    "Russia and North Korea have formed a strategic alliance.\n"
    "North Korean soldiers are in Kursk; Moscow denied it.\n"
    "The Kremlin said Russia's invasion of Ukraine would continue, according to Seoul.\n"
    "Belarus hosts Russian troops near Minsk and Pyongyang may send more.\n";

/// The shipped mappings with the gazetteer cut to states and places (what
/// the sentences name): loading people and organisations on every input
/// would halve the executions per second and test nothing about patterns.
const std::string& mappings_copy() {
  static const std::string dir = [] {
    namespace fs = std::filesystem;
    const std::string to = fuzz::temp_dir() + "/mappings";
    fs::copy(fuzz::data_path("mappings"), to, fs::copy_options::recursive);
    for (const auto& entry : fs::directory_iterator(to + "/entities")) {
      const std::string name = entry.path().filename().string();
      if (name != "states.json" && name != "places.json") fs::remove(entry.path());
    }
    return to;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::Shipped& res = fuzz::shipped();
  const std::string& dir = mappings_copy();
  fuzz::write_bytes(dir + "/patterns.json", data, size);
  Diagnostics diag;
  const auto m = load_mappings(dir, res.ontology, diag);
  CHECK(m || diag.has_errors(), "a failed load reports an error");
  for (const Diagnostic& d : diag.all()) {
    CHECK(!d.where.file.empty() && !d.message.empty(), "diagnostic located: " + d.message);
  }
  if (!m) return 0;
  const Resources resources(res.ontology, *m, IriScheme{});
  Article a;
  a.id = "fuzz";
  a.text = sentences;
  const ArticleResult r = extract_article(a, resources);
  for (const Claim& c : r.accepted) {
    CHECK(!c.subject.empty() && !c.object.empty() && !c.predicate.empty(), "claim complete");
    CHECK(c.span.end <= a.text.size(), "claim span inside the text");
  }
  return 0;
}
