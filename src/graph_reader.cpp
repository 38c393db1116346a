// SPDX-License-Identifier: ISC
// Serd reader → Graph.

#include "graph_reader.hpp"

#include <serd/serd.h>

#include <filesystem>
#include <memory>

#include "serd_errors.hpp"

namespace claimgraph {

namespace {

struct ReadState {
  SerdEnv* env;
  Graph* graph;
  std::string blank_prefix;
};

std::string node_string(const SerdNode* n) {
  return n && n->buf ? std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes) : "";
}

Term to_term(const ReadState& st, const SerdNode* n, const SerdNode* datatype,
             const SerdNode* lang) {
  switch (n->type) {
    case SERD_BLANK: return Term::blank(node_string(n));
    case SERD_LITERAL: {
      std::string dt;
      if (datatype) {
        SerdNode full = serd_env_expand_node(st.env, datatype);
        dt = full.buf ? node_string(&full) : node_string(datatype);
        serd_node_free(&full);
      }
      return Term::literal(node_string(n), dt, lang ? node_string(lang) : "");
    }
    case SERD_URI:
    case SERD_CURIE: {
      SerdNode full = serd_env_expand_node(st.env, n);
      std::string v = full.buf ? node_string(&full) : node_string(n);
      serd_node_free(&full);
      return Term::iri(std::move(v));
    }
    default: return Term::literal(node_string(n));
  }
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<ReadState*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<ReadState*>(handle)->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph,
                        const SerdNode* subject, const SerdNode* predicate,
                        const SerdNode* object, const SerdNode* datatype,
                        const SerdNode* lang) {
  auto* st = static_cast<ReadState*>(handle);
  Quad q{to_term(*st, subject, nullptr, nullptr), to_term(*st, predicate, nullptr, nullptr),
         to_term(*st, object, datatype, lang), ""};
  if (graph && graph->buf) q.graph = to_term(*st, graph, nullptr, nullptr).value;
  st->graph->push_back(std::move(q));
  return SERD_SUCCESS;
}

SerdSyntax syntax_for(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".nt") return SERD_NTRIPLES;
  if (ext == ".nq") return SERD_NQUADS;
  if (ext == ".trig") return SERD_TRIG;
  return SERD_TURTLE;
}

}  // namespace

std::optional<Graph> read_graph_file(const std::string& path, Diagnostics& diag,
                                     const std::string& blank_prefix) {
  Graph graph;
  std::unique_ptr<SerdEnv, decltype(&serd_env_free)> env(serd_env_new(nullptr), &serd_env_free);
  const std::string base = "file://" + std::filesystem::absolute(path).string();
  SerdNode base_node = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base.c_str()));
  serd_env_set_base_uri(env.get(), &base_node);
  ReadState st{env.get(), &graph, ""};
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(syntax_for(path), &st, nullptr, &on_base, &on_prefix, &on_statement, nullptr),
      &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  if (!blank_prefix.empty()) {
    serd_reader_add_blank_prefix(reader.get(), reinterpret_cast<const uint8_t*>(blank_prefix.c_str()));
  }
  SerdErrorCollector errors{&diag, path, 0};
  serd_reader_set_error_sink(reader.get(), &collect_serd_error, &errors);
  const SerdStatus status =
      path == "-" ? serd_reader_read_file_handle(reader.get(), stdin, reinterpret_cast<const uint8_t*>("stdin"))
                  : serd_reader_read_file(reader.get(), reinterpret_cast<const uint8_t*>(path.c_str()));
  // Serd returns SERD_FAILURE, and reports nothing, for an empty document:
  // a graph without triples (issue 8: an empty extraction as N-Triples).
  if (status != SERD_SUCCESS && !(status == SERD_FAILURE && errors.count == 0)) {
    if (errors.count == 0) {
      diag.error({path, 0, 0}, std::string("cannot read RDF: ") +
                                   reinterpret_cast<const char*>(serd_strerror(status)));
    }
    return std::nullopt;
  }
  return graph;
}

}  // namespace claimgraph
