// SPDX-License-Identifier: ISC
// Fuzz target: the whole extract path. Bytes starting with '{' or '[' are a
// JSON (Lines) input, anything else a .txt article; then extraction or
// statement import → graph builder → Serd writer in all four syntaxes. Every
// term must pass the writer's checks, and every output must read back with
// the strict Serd reader (graph_reader) as exactly the graph written.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "article_reader.hpp"
#include "fuzz_support.hpp"
#include "graph_builder.hpp"
#include "graph_reader.hpp"
#include "json_input.hpp"
#include "rdf_writer.hpp"
#include "text.hpp"

namespace {

using namespace claimgraph;

std::vector<ArticleResult> run(std::string text, const Resources& res) {
  std::vector<ArticleResult> out;
  repair_utf8(text);
  const std::string_view body = trim(text);
  if (!body.empty() && (body.front() == '{' || body.front() == '[')) {
    Diagnostics diag;
    const bool lines = body.front() == '{' && body.find("}\n{") != std::string_view::npos;
    for (InputRecord& r : read_json_records(text, "fuzz.json", lines, diag)) {
      if (r.has_text && r.statements.empty()) {
        mark_boilerplate(r.article, res.mappings);
        out.push_back(extract_article(std::move(r.article), res));
      } else {
        out.push_back(import_statements(std::move(r), res));
      }
    }
    return out;
  }
  out.push_back(extract_article(read_text_article("fuzz", std::move(text), "fuzz.txt", res.mappings), res));
  return out;
}

Graph build(const std::vector<ArticleResult>& results, const Resources& res) {
  Graph graph;
  for (const ArticleResult& r : results) {
    add_article(graph, r.article, res.iris);
    for (const Claim& c : r.accepted) {
      CHECK(c.cp_begin <= c.cp_end, "evidence offsets ordered");
      add_claim(graph, c, r.article, res.iris, r.article.language);
    }
    const EntityLookup lookup{&res.mappings, &r.discovered};
    add_entities_of(graph, r.accepted, lookup, res.iris);
  }
  canonicalize(graph);
  return graph;
}

void round_trip(const Graph& graph, RdfSyntax syntax, const char* ext) {
  std::vector<std::string> problems;
  const std::string text = write_rdf(graph, syntax, default_prefixes(IriScheme{}.base), &problems);
  for (const std::string& p : problems) CHECK(false, std::string("term not written: ") + p);
  const std::string file = fuzz::temp_dir() + "/out." + ext;
  fuzz::write_bytes(file, reinterpret_cast<const uint8_t*>(text.data()), text.size());
  Diagnostics diag;
  auto back = read_graph_file(file, diag);
  std::string why;
  for (const Diagnostic& d : diag.all()) why += d.message + "; ";
  CHECK(back, std::string(ext) + " output parses: " + why + "\n" + text);
  Graph expected = graph;
  if (syntax == RdfSyntax::turtle || syntax == RdfSyntax::ntriples) {
    for (Quad& q : expected) q.graph.clear();
    canonicalize(expected);
  }
  canonicalize(*back);
  CHECK(*back == expected, std::string(ext) + " output reads back as the graph written:\n" + text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Resources& res = *fuzz::shipped().resources;
  const std::vector<ArticleResult> results =
      run(std::string(reinterpret_cast<const char*>(data), size), res);
  const Graph graph = build(results, res);
  round_trip(graph, RdfSyntax::turtle, "ttl");
  round_trip(graph, RdfSyntax::ntriples, "nt");
  round_trip(graph, RdfSyntax::nquads, "nq");
  round_trip(graph, RdfSyntax::trig, "trig");
  return 0;
}
