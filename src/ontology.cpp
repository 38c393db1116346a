// SPDX-License-Identifier: ISC
// Ontology loading with Sord and the class-closure queries over it.

#include "ontology.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "iri.hpp"
#include "serd_errors.hpp"

namespace claimgraph {

std::string local_name(const std::string& iri) {
  const auto cut = iri.find_last_of("#/");
  return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

bool Ontology::is_a(const std::string& cls, const std::string& ancestor) const {
  if (cls == ancestor) return true;
  const auto it = supers.find(cls);
  return it != supers.end() && it->second.count(ancestor) > 0;
}

bool Ontology::are_disjoint(const std::string& a, const std::string& b) const {
  const auto sa = supers.find(a);
  const auto sb = supers.find(b);
  const std::set<std::string> only_a{a};
  const std::set<std::string> only_b{b};
  const auto& ca = sa == supers.end() ? only_a : sa->second;
  const auto& cb = sb == supers.end() ? only_b : sb->second;
  for (const auto& x : ca) {
    for (const auto& y : cb) {
      if (disjoint.count({x, y})) return true;
    }
  }
  return false;
}

const PropertyInfo* Ontology::property(const std::string& iri) const {
  const auto it = properties.find(iri);
  return it == properties.end() ? nullptr : &it->second;
}

std::vector<const PropertyInfo*> Ontology::claim_predicates() const {
  std::vector<const PropertyInfo*> out;
  for (const auto& [iri, info] : properties) {
    if (info.claim_predicate) out.push_back(&info);
  }
  return out;
}

void Ontology::close() {
  // Transitive closure by repeated expansion; ontologies are small.
  for (const auto& c : classes) supers[c].insert(c);
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto& [cls, set] : supers) {
      std::set<std::string> add;
      for (const auto& s : set) {
        const auto it = supers.find(s);
        if (it == supers.end()) continue;
        for (const auto& t : it->second) {
          if (!set.count(t)) add.insert(t);
        }
      }
      if (!add.empty()) {
        set.insert(add.begin(), add.end());
        changed = true;
      }
    }
  }
}

namespace {

struct SordDeleter {
  void operator()(SordWorld* w) const { sord_world_free(w); }
  void operator()(SordModel* m) const { sord_free(m); }
  void operator()(SerdEnv* e) const { serd_env_free(e); }
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};

/// Read-only view over a loaded Sord model for the queries below.
class ModelView {
 public:
  ModelView(SordWorld* world, SordModel* model) : world_(world), model_(model) {}

  SordNode* uri(const std::string& iri) const {
    return sord_new_uri(world_, reinterpret_cast<const uint8_t*>(iri.c_str()));
  }

  /// Calls `fn(subject, object)` for every triple with predicate `p` (and
  /// object `o` when given).
  void each(const std::string& p, const std::string& o,
            const std::function<void(const SordNode*, const SordNode*)>& fn) const {
    SordNode* pn = uri(p);
    SordNode* on = o.empty() ? nullptr : uri(o);
    SordIter* it = sord_search(model_, nullptr, pn, on, nullptr);
    for (; it && !sord_iter_end(it); sord_iter_next(it)) {
      fn(sord_iter_get_node(it, SORD_SUBJECT), sord_iter_get_node(it, SORD_OBJECT));
    }
    sord_iter_free(it);
    sord_node_free(world_, pn);
    if (on) sord_node_free(world_, on);
  }

  /// Objects of (s, p, ?).
  std::vector<const SordNode*> objects(const SordNode* s,
                                       const std::string& p) const {
    std::vector<const SordNode*> out;
    SordNode* pn = uri(p);
    SordIter* it = sord_search(model_, s, pn, nullptr, nullptr);
    for (; it && !sord_iter_end(it); sord_iter_next(it)) {
      out.push_back(sord_iter_get_node(it, SORD_OBJECT));
    }
    sord_iter_free(it);
    sord_node_free(world_, pn);
    return out;
  }

  /// The members of an RDF list starting at `head`.
  std::vector<const SordNode*> list(const SordNode* head) const {
    std::vector<const SordNode*> out;
    const std::string nil = std::string(ns::rdf) + "nil";
    for (int guard = 0; head && guard < 10000; ++guard) {
      if (sord_node_get_type(head) == SORD_URI && str(head) == nil) break;
      const auto first = objects(head, std::string(ns::rdf) + "first");
      const auto rest = objects(head, std::string(ns::rdf) + "rest");
      if (first.empty() || rest.empty()) break;
      out.push_back(first.front());
      head = rest.front();
    }
    return out;
  }

  /// Class IRIs a domain/range node stands for, expanding owl:unionOf.
  std::vector<std::string> class_set(const SordNode* node) const {
    if (sord_node_get_type(node) == SORD_URI) return {str(node)};
    std::vector<std::string> out;
    for (const SordNode* u : objects(node, std::string(ns::owl) + "unionOf")) {
      for (const SordNode* m : list(u)) {
        if (sord_node_get_type(m) == SORD_URI) out.push_back(str(m));
      }
    }
    return out;
  }

  static std::string str(const SordNode* n) {
    return reinterpret_cast<const char*>(sord_node_get_string(n));
  }
  static bool is_uri(const SordNode* n) {
    return sord_node_get_type(n) == SORD_URI;
  }

 private:
  SordWorld* world_;
  SordModel* model_;
};

void collect(const ModelView& m, Ontology& onto) {
  const std::string rdf = ns::rdf, rdfs = ns::rdfs, owl = ns::owl;
  const std::string type = rdf + "type";
  for (const char* c : {"owl:Class", "rdfs:Class"}) {
    const std::string cls = c[0] == 'o' ? owl + "Class" : rdfs + "Class";
    m.each(type, cls, [&](const SordNode* s, const SordNode*) {
      if (ModelView::is_uri(s)) onto.classes.insert(ModelView::str(s));
    });
  }
  m.each(rdfs + "subClassOf", "", [&](const SordNode* s, const SordNode* o) {
    if (!ModelView::is_uri(s) || !ModelView::is_uri(o)) return;
    onto.classes.insert(ModelView::str(s));
    onto.supers[ModelView::str(s)].insert(ModelView::str(o));
  });
  m.each(owl + "disjointWith", "", [&](const SordNode* s, const SordNode* o) {
    if (!ModelView::is_uri(s) || !ModelView::is_uri(o)) return;
    onto.disjoint.insert({ModelView::str(s), ModelView::str(o)});
    onto.disjoint.insert({ModelView::str(o), ModelView::str(s)});
  });
  m.each(type, owl + "AllDisjointClasses", [&](const SordNode* s, const SordNode*) {
    for (const SordNode* list : m.objects(s, owl + "members")) {
      const auto members = m.list(list);
      for (const SordNode* a : members) {
        for (const SordNode* b : members) {
          if (a != b && ModelView::is_uri(a) && ModelView::is_uri(b)) {
            onto.disjoint.insert({ModelView::str(a), ModelView::str(b)});
          }
        }
      }
    }
  });
  const std::pair<const char*, bool PropertyInfo::*> kinds[] = {
      {"ObjectProperty", &PropertyInfo::object_property},
      {"DatatypeProperty", &PropertyInfo::datatype_property},
      {"SymmetricProperty", &PropertyInfo::symmetric},
      {"IrreflexiveProperty", &PropertyInfo::irreflexive},
      {"FunctionalProperty", &PropertyInfo::functional},
  };
  const auto declare = [&](const SordNode* s) -> PropertyInfo* {
    if (!ModelView::is_uri(s)) return nullptr;
    auto& p = onto.properties[ModelView::str(s)];
    p.iri = ModelView::str(s);
    p.local = local_name(p.iri);
    return &p;
  };
  m.each(type, rdf + "Property", [&](const SordNode* s, const SordNode*) { declare(s); });
  for (const auto& [name, flag] : kinds) {
    m.each(type, owl + name, [&, flag = flag](const SordNode* s, const SordNode*) {
      if (PropertyInfo* p = declare(s)) p->*flag = true;
    });
  }
  m.each(type, onto.vocabulary + "ClaimPredicate",
         [&](const SordNode* s, const SordNode*) {
           if (PropertyInfo* p = declare(s)) p->claim_predicate = true;
         });
  m.each(type, "", [&](const SordNode* s, const SordNode* o) {
    if (!ModelView::is_uri(s) || !ModelView::is_uri(o)) return;
    const std::string cls = ModelView::str(o);
    if (cls.rfind(owl, 0) == 0 || cls.rfind(rdfs, 0) == 0 || cls.rfind(rdf, 0) == 0) return;
    onto.individuals[ModelView::str(s)].insert(cls);
  });
  for (auto& [iri, info] : onto.properties) {
    SordNode* s = m.uri(iri);
    for (const SordNode* d : m.objects(s, rdfs + "domain")) {
      for (auto& c : m.class_set(d)) info.domain.push_back(c);
    }
    for (const SordNode* r : m.objects(s, rdfs + "range")) {
      for (auto& c : m.class_set(r)) info.range.push_back(c);
    }
    std::sort(info.domain.begin(), info.domain.end());
    std::sort(info.range.begin(), info.range.end());
    (void)s;
  }
}

}  // namespace

std::optional<Ontology> load_ontology(const std::vector<std::string>& files,
                                      Diagnostics& diag) {
  std::unique_ptr<SordWorld, SordDeleter> world(sord_world_new());
  std::unique_ptr<SordModel, SordDeleter> model(
      sord_new(world.get(), SORD_SPO | SORD_OPS | SORD_POS, false));
  bool ok = true;
  int index = 0;
  for (const std::string& file : files) {
    std::unique_ptr<SerdEnv, SordDeleter> env(serd_env_new(nullptr));
    std::unique_ptr<SerdReader, SordDeleter> reader(
        sord_new_reader(model.get(), env.get(), SERD_TURTLE, nullptr));
    SerdErrorCollector errors{&diag, file, 0};
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), &collect_serd_error, &errors);
    // Sord reports an undefined prefix itself, on stderr unless given a sink.
    sord_world_set_error_sink(world.get(), &collect_serd_error, &errors);
    // Equal blank labels in two files are different nodes.
    const std::string prefix = "f" + std::to_string(index++) + "x";
    serd_reader_add_blank_prefix(reader.get(),
                                 reinterpret_cast<const uint8_t*>(prefix.c_str()));
    const SerdStatus st = serd_reader_read_file(
        reader.get(), reinterpret_cast<const uint8_t*>(file.c_str()));
    sord_world_set_error_sink(world.get(), nullptr, nullptr);
    if (st != SERD_SUCCESS) {
      if (errors.count == 0) {
        diag.error({file, 0, 0}, std::string("cannot read ontology: ") +
                                     reinterpret_cast<const char*>(serd_strerror(st)));
      }
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  Ontology onto;
  ModelView view(world.get(), model.get());
  collect(view, onto);
  onto.close();
  return onto;
}

}  // namespace claimgraph
