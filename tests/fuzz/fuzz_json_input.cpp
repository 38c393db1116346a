// SPDX-License-Identifier: ISC
// Fuzz target: bytes as a .json and as a .jsonl file → read_json_records.
// Nothing may escape as an exception; every error is located in the file;
// every record read has an id and its statements their triple.

#include <cstddef>
#include <cstdint>
#include <string>

#include "article_reader.hpp"
#include "fuzz_support.hpp"
#include "json_input.hpp"
#include "text.hpp"

namespace {

using namespace claimgraph;

void read_as(const std::string& text, const std::string& file, bool lines) {
  Diagnostics diag;
  std::vector<InputRecord> records = read_json_records(text, file, lines, diag);
  for (const Diagnostic& d : diag.all()) {
    CHECK(d.where.file == file, "diagnostic names the file: " + d.message);
    CHECK(!d.message.empty(), "diagnostic has a message");
  }
  for (InputRecord& r : records) {
    CHECK(!r.article.id.empty(), "a record read has an id");
    for (const InputStatement& st : r.statements) {
      CHECK(!st.subject.empty() && !st.predicate.empty() && !st.object.empty(),
            "a statement read has subject, predicate and object");
      CHECK(st.claim.confidence <= 1.0, "confidence at most 1");
    }
    if (r.has_text) {
      mark_boilerplate(r.article, *fuzz::shipped().mappings);
      for (const Span& s : r.article.skipped) {
        CHECK(s.begin <= s.end && s.end <= r.article.text.size(), "skipped span inside the text");
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  read_as(text, "fuzz.json", false);
  read_as(text, "fuzz.jsonl", true);
  // The CLI repairs invalid UTF-8 before parsing; that text must read too.
  if (repair_utf8(text) != std::string::npos) {
    read_as(text, "fuzz.json", false);
    read_as(text, "fuzz.jsonl", true);
  }
  return 0;
}
