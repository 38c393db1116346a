// SPDX-License-Identifier: ISC
// Graph → text through a SerdWriter whose sink appends to a std::string.

#include "rdf_writer.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <iterator>
#include <memory>
#include <thread>
#include <tuple>

#include "iri.hpp"
#include "literals.hpp"
#include "parallel_sort.hpp"

namespace claimgraph {

void canonicalize(Graph& graph, unsigned jobs) {
  // Graphs are often canonical already (joined in order, or read back):
  // checking costs one comparison per quad, sorting twenty.
  if (std::is_sorted(graph.begin(), graph.end())) {
    graph.erase(std::unique(graph.begin(), graph.end()), graph.end());
    return;
  }
  // Builders add a subject's statements together, so the quads come in runs
  // of one graph and subject. Sorting the runs by (graph, subject), then
  // each subject's few quads by (predicate, object), gives the order of
  // sorting every quad with far fewer comparisons of long, alike IRIs.
  struct Run {
    std::size_t first, last;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < graph.size();) {
    std::size_t j = i + 1;
    while (j < graph.size() && graph[j].subject == graph[i].subject && graph[j].graph == graph[i].graph) ++j;
    runs.push_back({i, j});
    i = j;
  }
  const auto subject_of = [&](const Run& r) { return std::tie(graph[r.first].graph, graph[r.first].subject); };
  parallel_sort(runs, [&](const Run& a, const Run& b) { return subject_of(a) < subject_of(b); }, jobs);
  // Positions in canonical order (a quad is ten strings: each moves once).
  std::vector<std::size_t> order;
  order.reserve(graph.size());
  const auto rest_less = [&](std::size_t a, std::size_t b) {
    return std::tie(graph[a].predicate, graph[a].object) < std::tie(graph[b].predicate, graph[b].object);
  };
  for (std::size_t r = 0; r < runs.size();) {
    std::size_t next = r + 1;
    while (next < runs.size() && subject_of(runs[next]) == subject_of(runs[r])) ++next;
    const auto from = static_cast<std::ptrdiff_t>(order.size());
    for (std::size_t k = r; k < next; ++k) {
      for (std::size_t i = runs[k].first; i < runs[k].last; ++i) order.push_back(i);
    }
    if (!std::is_sorted(order.begin() + from, order.end(), rest_less)) {
      std::sort(order.begin() + from, order.end(), rest_less);
    }
    r = next;
  }
  Graph sorted;
  sorted.reserve(graph.size());
  for (const std::size_t i : order) {
    if (sorted.empty() || !(sorted.back() == graph[i])) sorted.push_back(std::move(graph[i]));
  }
  graph.swap(sorted);
}

std::optional<RdfSyntax> parse_syntax(const std::string& name) {
  if (name == "turtle" || name == "ttl") return RdfSyntax::turtle;
  if (name == "ntriples" || name == "nt") return RdfSyntax::ntriples;
  if (name == "nquads" || name == "nq") return RdfSyntax::nquads;
  if (name == "trig") return RdfSyntax::trig;
  return std::nullopt;
}

Prefixes default_prefixes(const std::string& base) {
  return {{"article", base + "article/"},
          {"cg", ns::cg},
          {"claim", base + "claim/"},
          {"entity", base + "entity/"},
          {"dcterms", ns::dcterms},
          {"oa", ns::oa},
          {"owl", ns::owl},
          {"prov", ns::prov},
          {"rdf", ns::rdf},
          {"rdfs", ns::rdfs},
          {"schema", ns::schema},
          {"statement", base + "statement/"},
          {"skos", ns::skos},
          {"wd", ns::wd},
          {"xsd", ns::xsd}};
}

std::string check_term(const Term& term) {
  switch (term.kind) {
    case Term::Kind::iri:
      return is_valid_iri(term.value) ? "" : "invalid IRI <" + term.value + ">";
    case Term::Kind::blank:
      for (const char c : term.value) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9');
        if (!ok) return "invalid blank node label _:" + term.value;
      }
      return term.value.empty() ? "empty blank node label" : "";
    case Term::Kind::literal:
      if (!term.lang.empty() && !is_valid_language_tag(term.lang)) {
        return "invalid language tag @" + term.lang;
      }
      if (!term.datatype.empty()) {
        if (!is_valid_iri(term.datatype)) {
          return "invalid datatype IRI <" + term.datatype + ">";
        }
        return check_lexical_form(term.value, term.datatype);
      }
      return "";
  }
  return "unknown term kind";
}

namespace {

using WriterPtr = std::unique_ptr<SerdWriter, decltype(&serd_writer_free)>;
using EnvPtr = std::unique_ptr<SerdEnv, decltype(&serd_env_free)>;

size_t append_to_string(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

/// A SerdNode viewing `text`; flags stay 0 so Serd never picks the long
/// """ form that 0.30.16 gets wrong for some literals.
SerdNode view(const std::string& text, SerdType type) {
  SerdNode node{};
  node.buf = reinterpret_cast<const uint8_t*>(text.c_str());
  node.n_bytes = text.size();
  node.n_chars = text.size();
  node.flags = 0;
  node.type = type;
  return node;
}

SerdNode view(const Term& term) {
  switch (term.kind) {
    case Term::Kind::iri: return view(term.value, SERD_URI);
    case Term::Kind::blank: return view(term.value, SERD_BLANK);
    case Term::Kind::literal: return view(term.value, SERD_LITERAL);
  }
  return view(term.value, SERD_LITERAL);
}

SerdSyntax to_serd(RdfSyntax syntax) {
  switch (syntax) {
    case RdfSyntax::turtle: return SERD_TURTLE;
    case RdfSyntax::ntriples: return SERD_NTRIPLES;
    case RdfSyntax::nquads: return SERD_NQUADS;
    case RdfSyntax::trig: return SERD_TRIG;
  }
  return SERD_TURTLE;
}

/// Why `q` cannot be written, or "". `passed` is the last quad that could:
/// sorted graphs repeat subjects, predicates and graph names, and what
/// passed once passes again without another scan.
std::string first_problem(const Quad& q, const Quad* passed) {
  for (const auto term : {&Quad::subject, &Quad::predicate, &Quad::object}) {
    if (passed && term != &Quad::object && q.*term == passed->*term) continue;
    std::string why = check_term(q.*term);
    if (!why.empty()) return why;
  }
  if (!q.graph.empty() && !(passed && q.graph == passed->graph) && !is_valid_iri(q.graph)) {
    return "invalid graph IRI <" + q.graph + ">";
  }
  return "";
}

/// Writes [first, last) with one Serd writer. Prefixes are known to the
/// writer's environment (so names are abbreviated) but only declared when
/// `declare` is set: the first piece of a split output declares them.
using QuadRefs = std::vector<const Quad*>;

std::string write_piece(QuadRefs::const_iterator first, QuadRefs::const_iterator last,
                        RdfSyntax syntax, const Prefixes& prefixes, bool declare,
                        std::vector<std::string>* problems) {
  const bool quads_out = syntax == RdfSyntax::nquads || syntax == RdfSyntax::trig;
  std::string out;
  const bool pretty = syntax == RdfSyntax::turtle || syntax == RdfSyntax::trig;
  const auto style = static_cast<SerdStyle>(
      pretty ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : SERD_STYLE_ASCII);
  EnvPtr env(serd_env_new(nullptr), &serd_env_free);
  WriterPtr writer(serd_writer_new(to_serd(syntax), style, env.get(), nullptr,
                                   &append_to_string, &out),
                   &serd_writer_free);
  if (pretty) {
    for (const auto& [name, uri] : prefixes) {
      const SerdNode n = view(name, SERD_LITERAL);
      const SerdNode u = view(uri, SERD_URI);
      serd_env_set_prefix(env.get(), &n, &u);
      if (declare) serd_writer_set_prefix(writer.get(), &n, &u);
    }
  }
  const Quad* passed = nullptr;
  for (auto it = first; it != last; ++it) {
    const Quad& q = **it;
    const std::string why = first_problem(q, passed);
    if (!why.empty()) {
      if (problems) problems->push_back(why);
      continue;
    }
    passed = &q;
    const SerdNode s = view(q.subject);
    const SerdNode p = view(q.predicate);
    const SerdNode o = view(q.object);
    const SerdNode g = view(q.graph, SERD_URI);
    const SerdNode dt = view(q.object.datatype, SERD_URI);
    const SerdNode lang = view(q.object.lang, SERD_LITERAL);
    const bool typed = q.object.is_literal() && !q.object.datatype.empty();
    const bool tagged = q.object.is_literal() && !q.object.lang.empty();
    serd_writer_write_statement(writer.get(), 0,
                                quads_out && !q.graph.empty() ? &g : nullptr, &s,
                                &p, &o, typed ? &dt : nullptr,
                                tagged ? &lang : nullptr);
  }
  serd_writer_finish(writer.get());
  return out;
}

/// Where to cut `graph` into about `pieces` runs of whole subjects, so each
/// piece can be written on its own thread.
std::vector<std::size_t> cut_points(const QuadRefs& graph, unsigned pieces) {
  std::vector<std::size_t> cuts{0};
  for (unsigned k = 1; k < pieces; ++k) {
    std::size_t at = std::max(cuts.back(), graph.size() * k / pieces);
    while (at > 0 && at < graph.size() && graph[at]->subject == graph[at - 1]->subject) ++at;
    if (at > cuts.back() && at < graph.size()) cuts.push_back(at);
  }
  cuts.push_back(graph.size());
  return cuts;
}

/// The quads of canonical parts in canonical order. A part that starts
/// after what came before is appended; one that overlaps it is merged in.
QuadRefs canonical_refs(const GraphParts& parts) {
  QuadRefs refs;
  std::size_t total = 0;
  for (const Graph* part : parts) total += part->size();
  refs.reserve(total);
  for (const Graph* part : parts) {
    if (part->empty()) continue;
    const auto mid = static_cast<std::ptrdiff_t>(refs.size());
    const bool after = refs.empty() || !(part->front() < *refs.back());
    for (const Quad& q : *part) refs.push_back(&q);
    if (!after) {
      std::inplace_merge(refs.begin(), refs.begin() + mid, refs.end(),
                         [](const Quad* a, const Quad* b) { return *a < *b; });
    }
  }
  return refs;
}

/// Canonical quads → distinct triples in (subject, predicate, object)
/// order, what the triple syntaxes write. In canonical order a subject's
/// quads within one graph form a run already ordered by predicate and
/// object; sorting the runs by subject, and sorting together only the few
/// runs that share a subject (one subject in two graphs), gives the same
/// order as sorting every quad, with a small part of the comparisons.
QuadRefs triple_order(const QuadRefs& canonical, unsigned jobs) {
  struct Run {
    std::size_t first, last;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < canonical.size();) {
    std::size_t j = i + 1;
    while (j < canonical.size() && canonical[j]->subject == canonical[i]->subject &&
           canonical[j]->graph == canonical[i]->graph) {
      ++j;
    }
    runs.push_back({i, j});
    i = j;
  }
  parallel_sort(runs, [&](const Run& a, const Run& b) {
    return canonical[a.first]->subject < canonical[b.first]->subject;
  }, jobs);
  const auto triple = [](const Quad* q) { return std::tie(q->subject, q->predicate, q->object); };
  QuadRefs out;
  out.reserve(canonical.size());
  for (std::size_t r = 0; r < runs.size();) {
    std::size_t next = r + 1;
    while (next < runs.size() && canonical[runs[next].first]->subject == canonical[runs[r].first]->subject) ++next;
    const auto from = static_cast<std::ptrdiff_t>(out.size());
    for (std::size_t k = r; k < next; ++k) {
      out.insert(out.end(), canonical.begin() + static_cast<std::ptrdiff_t>(runs[k].first),
                 canonical.begin() + static_cast<std::ptrdiff_t>(runs[k].last));
    }
    if (next - r > 1) {
      std::sort(out.begin() + from, out.end(), [&](const Quad* a, const Quad* b) { return triple(a) < triple(b); });
    }
    r = next;
  }
  out.erase(std::unique(out.begin(), out.end(), [&](const Quad* a, const Quad* b) { return triple(a) == triple(b); }),
            out.end());
  return out;
}

/// Below this many statements a split costs more than it saves.
constexpr std::size_t min_split = 20000;

/// The statements `syntax` writes, in the order it writes them. Everything
/// orders pointers: copying the quads' strings would double the memory of a
/// large run.
QuadRefs statement_order(const GraphParts& parts, RdfSyntax syntax, unsigned jobs) {
  QuadRefs graph = canonical_refs(parts);
  if (syntax == RdfSyntax::nquads || syntax == RdfSyntax::trig) {
    graph.erase(std::unique(graph.begin(), graph.end(),
                            [](const Quad* a, const Quad* b) { return *a == *b; }),
                graph.end());
    return graph;
  }
  return triple_order(graph, jobs);
}

}  // namespace

std::string prefix_header(RdfSyntax syntax, const Prefixes& prefixes) {
  if (syntax != RdfSyntax::turtle && syntax != RdfSyntax::trig) return "";
  const QuadRefs none;
  // A blank line before the first statement, as write_rdf leaves one.
  return write_piece(none.begin(), none.end(), syntax, prefixes, true, nullptr) + '\n';
}

std::string write_rdf_fragment(const Graph& graph, RdfSyntax syntax, const Prefixes& prefixes,
                               std::vector<std::string>* problems, std::size_t* statements) {
  const QuadRefs refs = statement_order({&graph}, syntax, 1);
  std::vector<std::string> why_not;
  if (!problems) problems = &why_not;  // counted below
  const std::size_t problems_before = problems->size();
  std::string out = write_piece(refs.begin(), refs.end(), syntax, prefixes, false, problems);
  if (statements) *statements = refs.size() - (problems->size() - problems_before);
  return out;
}

std::string write_rdf(const Graph& quads, RdfSyntax syntax, const Prefixes& prefixes,
                      std::vector<std::string>* problems, unsigned jobs) {
  return write_rdf_parts({&quads}, syntax, prefixes, problems, jobs);
}

std::string write_rdf_parts(const GraphParts& parts, RdfSyntax syntax,
                            const Prefixes& prefixes, std::vector<std::string>* problems,
                            unsigned jobs, std::size_t* statements) {
  const QuadRefs graph = statement_order(parts, syntax, jobs);
  std::vector<std::string> why_not;
  if (!problems) problems = &why_not;  // counted below
  const std::size_t problems_before = problems->size();
  const auto count = [&] {
    if (statements) *statements = graph.size() - (problems->size() - problems_before);
  };
  // TriG nests statements in graph blocks: always one piece.
  if (jobs < 2 || syntax == RdfSyntax::trig || graph.size() < min_split) {
    std::string out = write_piece(graph.begin(), graph.end(), syntax, prefixes, true, problems);
    count();
    return out;
  }
  const std::vector<std::size_t> cuts = cut_points(graph, jobs * 4);
  const std::size_t n = cuts.size() - 1;
  std::vector<std::string> texts(n);
  std::vector<std::vector<std::string>> why(n);
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      texts[i] = write_piece(graph.begin() + static_cast<std::ptrdiff_t>(cuts[i]),
                             graph.begin() + static_cast<std::ptrdiff_t>(cuts[i + 1]), syntax,
                             prefixes, i == 0, &why[i]);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs && j < n; ++j) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  std::size_t size = 0;
  for (const std::string& t : texts) size += t.size() + 1;
  std::string out;
  out.reserve(size);
  // A piece's writer starts a subject as one writer would after another
  // (Turtle: after a blank line), so the pieces join as they are.
  for (std::size_t i = 0; i < n; ++i) {
    out += texts[i];
    problems->insert(problems->end(), why[i].begin(), why[i].end());
  }
  count();
  return out;
}

}  // namespace claimgraph
