// SPDX-License-Identifier: ISC
// Graph validation against the ontology; one function per check.

#include "graph_validator.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "graph_reader.hpp"
#include "iri.hpp"
#include "literals.hpp"
#include "ontology.hpp"

namespace claimgraph {

namespace {

std::string nt(const Term& t) {
  switch (t.kind) {
    case Term::Kind::iri: return "<" + t.value + ">";
    case Term::Kind::blank: return "_:" + t.value;
    case Term::Kind::literal: {
      std::string out = "\"";
      for (const char c : t.value) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') { out += "\\n"; continue; }
        out += c;
      }
      out += '"';
      if (!t.lang.empty()) out += "@" + t.lang;
      else if (!t.datatype.empty()) out += "^^<" + t.datatype + ">";
      return out;
    }
  }
  return t.value;
}

std::string nt(const Quad& q) { return nt(q.subject) + " " + nt(q.predicate) + " " + nt(q.object) + " ."; }

std::string names(const std::vector<std::string>& iris) {
  std::string out;
  for (const auto& i : iris) out += (out.empty() ? "" : " or ") + local_name(i);
  return out;
}

class Checker {
 public:
  Checker(const Graph& g, const Ontology& onto) : g_(g), onto_(onto) {
    const std::string type = std::string(ns::rdf) + "type";
    for (const auto& [node, classes] : onto.individuals) types_[node].insert(classes.begin(), classes.end());
    for (const Quad& q : g) {
      if (q.predicate.value == type && q.object.is_iri()) types_[q.subject.value].insert(q.object.value);
      by_subject_[q.subject.value].push_back(&q);
    }
  }

  std::vector<Violation> run() {
    for (const Quad& q : g_) check_triple(q);
    check_disjoint();
    check_claims();
    std::sort(out_.begin(), out_.end(), [](const Violation& a, const Violation& b) {
      return std::tie(a.focus, a.check, a.triple) < std::tie(b.focus, b.check, b.triple);
    });
    out_.erase(std::unique(out_.begin(), out_.end(), [](const Violation& a, const Violation& b) {
                 return a.focus == b.focus && a.check == b.check && a.triple == b.triple;
               }),
               out_.end());
    return std::move(out_);
  }

 private:
  void report(const char* check, const std::string& focus, const Quad& q, std::string message) {
    out_.push_back({check, focus, nt(q), std::move(message)});
  }

  bool within(const std::string& node, const std::vector<std::string>& allowed) const {
    const auto it = types_.find(node);
    if (it == types_.end()) return false;
    for (const std::string& t : it->second) {
      for (const std::string& a : allowed) {
        if (onto_.is_a(t, a)) return true;
      }
    }
    return false;
  }

  std::string types_of(const std::string& node) const {
    const auto it = types_.find(node);
    if (it == types_.end()) return "untyped";
    std::string out;
    for (const auto& t : it->second) out += (out.empty() ? "" : ", ") + local_name(t);
    return out;
  }

  bool is_datatype(const std::string& iri) const {
    return iri.rfind(ns::xsd, 0) == 0 || iri == std::string(ns::rdf) + "langString" ||
           iri == std::string(ns::rdfs) + "Literal";
  }

  void check_literal_range(const Quad& q, const PropertyInfo& p) {
    const Term& o = q.object;
    if (!o.is_literal()) {
      report("datatype", q.subject.value, q, local_name(p.iri) + " needs a literal, not a node");
      return;
    }
    const bool any = std::any_of(p.range.begin(), p.range.end(), [&](const std::string& r) {
      if (r == std::string(ns::rdfs) + "Literal") return true;
      if (r == std::string(ns::rdf) + "langString") return !o.lang.empty();
      if (r == std::string(ns::xsd) + "string") return o.lang.empty() && (o.datatype.empty() || o.datatype == r);
      return o.datatype == r;
    });
    if (!any) {
      report("datatype", q.subject.value, q,
             "the value of " + local_name(p.iri) + " must be " + names(p.range));
    }
  }

  void check_triple(const Quad& q) {
    // Every typed XSD literal has a valid lexical form.
    if (q.object.is_literal() && !q.object.datatype.empty()) {
      const std::string why = check_lexical_form(q.object.value, q.object.datatype);
      if (!why.empty()) report("lexical form", q.subject.value, q, why);
    }
    const std::string& p = q.predicate.value;
    const PropertyInfo* info = onto_.property(p);
    if (!info) {
      if (p.rfind(onto_.vocabulary, 0) == 0) {
        report("predicate is declared", q.subject.value, q,
               "predicate " + local_name(p) + " is not declared in the ontology");
      }
      return;
    }
    if (!info->domain.empty() && !within(q.subject.value, info->domain)) {
      report("subject is in the rdfs:domain", q.subject.value, q,
             "subject is " + types_of(q.subject.value) + ", not in the rdfs:domain " + names(info->domain) +
                 " of " + local_name(p));
    }
    const bool literal_range = !info->range.empty() &&
                               std::all_of(info->range.begin(), info->range.end(),
                                           [&](const std::string& r) { return is_datatype(r); });
    if (info->datatype_property || literal_range) {
      if (!info->range.empty()) check_literal_range(q, *info);
    } else if (!info->range.empty() && q.object.kind != Term::Kind::literal &&
               !within(q.object.value, info->range)) {
      report("object is in the rdfs:range", q.object.value, q,
             "object is " + types_of(q.object.value) + ", not in the rdfs:range " + names(info->range) +
                 " of " + local_name(p));
    }
    if (info->irreflexive && q.subject == q.object) {
      report("irreflexive property", q.subject.value, q, local_name(p) + " is owl:IrreflexiveProperty");
    }
    if (info->symmetric && q.object.is_iri() && q.object.value != q.subject.value) {
      for (const Quad* back : by_subject_[q.object.value]) {
        if (back->predicate.value == p && back->object.value == q.subject.value && q.subject.value < q.object.value) {
          report("symmetric stored once", q.subject.value, q,
                 local_name(p) + " is symmetric; it is also stored as " + nt(*back));
        }
      }
    }
    if (info->functional) {
      std::size_t n = 0;
      for (const Quad* x : by_subject_[q.subject.value]) n += x->predicate.value == p;
      if (n > 1) report("functional property", q.subject.value, q, local_name(p) + " has " + std::to_string(n) + " values");
    }
    const std::string local = local_name(p);
    if ((local == "confidence" || local == "aggregateConfidence") && q.object.is_literal()) {
      const double v = std::atof(q.object.value.c_str());
      if (v < 0.0 || v > 1.0) report("confidence in [0, 1]", q.subject.value, q, local + " must be in [0, 1]");
    }
  }

  void check_disjoint() {
    const std::string type = std::string(ns::rdf) + "type";
    for (const auto& [node, classes] : types_) {
      for (const auto& a : classes) {
        for (const auto& b : classes) {
          if (a < b && onto_.are_disjoint(a, b)) {
            const Quad q{Term::iri(node), Term::iri(type), Term::iri(b), ""};
            report("disjoint classes", node, q, local_name(a) + " and " + local_name(b) + " are disjoint");
          }
        }
      }
    }
  }

  /// A reified claim states its predicate's domain and range on
  /// rdf:subject and rdf:object, and has its provenance.
  void check_claims() {
    const std::string rdf = ns::rdf;
    const std::string claim_class = onto_.term("Claim");
    for (const auto& [node, classes] : types_) {
      if (!classes.count(claim_class)) continue;
      std::map<std::string, std::vector<const Quad*>> props;
      for (const Quad* q : by_subject_[node]) props[q->predicate.value].push_back(q);
      const Quad self{Term::iri(node), Term::iri(rdf + "type"), Term::iri(claim_class), ""};
      for (const char* part : {"subject", "predicate", "object"}) {
        const auto n = props[rdf + part].size();
        if (n != 1) report("claim structure", node, self, "a claim needs exactly one rdf:" + std::string(part) + ", has " + std::to_string(n));
      }
      if (props[std::string(ns::prov) + "wasDerivedFrom"].empty()) {
        report("claim structure", node, self, "a claim needs prov:wasDerivedFrom its article");
      }
      if (props[rdf + "predicate"].size() != 1 || props[rdf + "subject"].size() != 1 || props[rdf + "object"].size() != 1) continue;
      const Quad& pq = *props[rdf + "predicate"].front();
      const PropertyInfo* info = onto_.property(pq.object.value);
      if (!info || !info->claim_predicate) {
        report("claim predicate is declared", node, pq,
               "rdf:predicate " + local_name(pq.object.value) + " is not a cg:ClaimPredicate of the ontology");
        continue;
      }
      const Quad& sq = *props[rdf + "subject"].front();
      const Quad& oq = *props[rdf + "object"].front();
      if (!info->domain.empty() && !within(sq.object.value, info->domain)) {
        report("claim subject is in the rdfs:domain", node, sq,
               "rdf:subject is " + types_of(sq.object.value) + ", not in the rdfs:domain " + names(info->domain) +
                   " of " + local_name(info->iri));
      }
      if (!info->range.empty() && !within(oq.object.value, info->range)) {
        report("claim object is in the rdfs:range", node, oq,
               "rdf:object is " + types_of(oq.object.value) + ", not in the rdfs:range " + names(info->range) +
                   " of " + local_name(info->iri));
      }
      if (info->irreflexive && sq.object == oq.object) {
        report("irreflexive property", node, sq, local_name(info->iri) + " is owl:IrreflexiveProperty");
      }
    }
  }

  const Graph& g_;
  const Ontology& onto_;
  std::map<std::string, std::set<std::string>> types_;
  std::map<std::string, std::vector<const Quad*>> by_subject_;
  std::vector<Violation> out_;
};

}  // namespace

std::vector<Violation> validate_graph(const Graph& graph, const Ontology& ontology) {
  return Checker(graph, ontology).run();
}

int run_validate(const Config& cfg) {
  Diagnostics diag;
  const auto ontology = load_ontology(cfg.ontology_files, diag);
  if (!ontology) {
    for (const Diagnostic& d : diag.all()) std::cerr << d << '\n';
    return exit_input_error;
  }
  Graph graph;
  std::size_t index = 0;
  for (const std::string& path : cfg.inputs) {
    if (auto g = read_graph_file(path, diag, "f" + std::to_string(index++) + "b")) {
      graph.insert(graph.end(), g->begin(), g->end());
    }
  }
  canonicalize(graph);
  const auto violations = validate_graph(graph, *ontology);
  for (const Diagnostic& d : diag.all()) std::cerr << d << '\n';
  const std::string where = cfg.inputs.size() == 1 ? cfg.inputs.front() : "claimgraph";
  for (const Violation& v : violations) {
    std::cout << where << ": error: " << v.check << ": " << v.message << "\n  " << v.triple << '\n';
  }
  if (!cfg.quiet) {
    std::cerr << "claimgraph: " << graph.size() << " triples, " << violations.size() << " violation"
              << (violations.size() == 1 ? "" : "s") << '\n';
  }
  return violations.empty() && !diag.has_errors() ? exit_ok : exit_input_error;
}

}  // namespace claimgraph
