// SPDX-License-Identifier: ISC
// Ontology checks for claims; each check is a named function in a table.

#include "validator.hpp"

#include <algorithm>

#include "iri.hpp"
#include "literals.hpp"
#include "mappings.hpp"
#include "ontology.hpp"

namespace claimgraph {

const Entity* EntityLookup::find(const std::string& id) const {
  if (mappings) {
    if (const Entity* e = mappings->entity(id)) return e;
  }
  if (local) {
    for (const Entity& e : *local) {
      if (e.id == id) return &e;
    }
  }
  return nullptr;
}

namespace {

struct Context {
  const Claim& claim;
  const EntityLookup& entities;
  const Ontology& onto;
  const PropertyInfo* property;
};

/// True when `cls` falls in one of `allowed` (empty: anything).
bool within(const Ontology& onto, const std::string& cls,
            const std::vector<std::string>& allowed) {
  if (allowed.empty()) return true;
  return std::any_of(allowed.begin(), allowed.end(),
                     [&](const std::string& a) { return onto.is_a(cls, a); });
}

std::string class_of(const Context& c, const std::string& id) {
  const Entity* e = c.entities.find(id);
  return e ? c.onto.term(e->cls) : "";
}

std::string names(const std::vector<std::string>& iris) {
  std::string out;
  for (const auto& i : iris) out += (out.empty() ? "" : " or ") + local_name(i);
  return out;
}

using Check = std::string (*)(const Context&);

std::string predicate_declared(const Context& c) {
  if (c.property && c.property->claim_predicate) return "";
  return "predicate \"" + c.claim.predicate + "\" is not declared as a cg:ClaimPredicate in the ontology";
}

std::string entities_known(const Context& c) {
  std::string out;
  for (const std::string* id : {&c.claim.subject, &c.claim.object, &c.claim.claimant}) {
    if (id->empty() && id == &c.claim.claimant) continue;
    const Entity* e = c.entities.find(*id);
    if (!e) {
      out += (out.empty() ? "" : "; ") + std::string("entity \"") + *id + "\" is not in the mappings";
    } else if (!c.onto.has_class(c.onto.term(e->cls))) {
      out += (out.empty() ? "" : "; ") + std::string("class \"") + e->cls + "\" of \"" + *id +
             "\" is not in the ontology";
    }
  }
  return out;
}

std::string subject_in_domain(const Context& c) {
  if (!c.property) return "";
  const std::string cls = class_of(c, c.claim.subject);
  if (cls.empty() || within(c.onto, cls, c.property->domain)) return "";
  return "subject \"" + c.claim.subject + "\" is a " + local_name(cls) + ", not in the rdfs:domain " +
         names(c.property->domain) + " of " + c.claim.predicate;
}

std::string object_in_range(const Context& c) {
  if (!c.property) return "";
  const std::string cls = class_of(c, c.claim.object);
  if (cls.empty() || within(c.onto, cls, c.property->range)) return "";
  return "object \"" + c.claim.object + "\" is a " + local_name(cls) + ", not in the rdfs:range " +
         names(c.property->range) + " of " + c.claim.predicate;
}

std::string claimant_is_agent(const Context& c) {
  if (c.claim.claimant.empty()) return "";
  const auto* p = c.onto.property(c.onto.term("claimant"));
  const std::string cls = class_of(c, c.claim.claimant);
  if (!p || cls.empty() || within(c.onto, cls, p->range)) return "";
  return "claimant \"" + c.claim.claimant + "\" is a " + local_name(cls) + ", not in the rdfs:range " +
         names(p->range) + " of claimant";
}

std::string not_reflexive(const Context& c) {
  if (!c.property || !c.property->irreflexive || c.claim.subject != c.claim.object) return "";
  return c.claim.predicate + " is owl:IrreflexiveProperty but subject and object are both \"" +
         c.claim.subject + "\"";
}

std::string qualifiers_well_formed(const Context& c) {
  std::string out;
  for (const Qualifier& q : c.claim.qualifiers) {
    std::string why = check_lexical_form(q.value, std::string(ns::xsd) + q.datatype);
    if (!why.empty()) out += (out.empty() ? "" : "; ") + ("qualifier " + q.property + ": " + why);
  }
  if (c.claim.confidence > 1.0) out += (out.empty() ? "" : "; ") + std::string("confidence above 1");
  return out;
}

constexpr std::pair<const char*, Check> checks[] = {
    {"predicate is declared", &predicate_declared},
    {"entities are known", &entities_known},
    {"subject is in the rdfs:domain", &subject_in_domain},
    {"object is in the rdfs:range", &object_in_range},
    {"claimant is an agent", &claimant_is_agent},
    {"irreflexive property", &not_reflexive},
    {"qualifiers are well formed", &qualifiers_well_formed},
};

}  // namespace

std::vector<std::string> validation_checks() {
  std::vector<std::string> out;
  for (const auto& [name, fn] : checks) out.emplace_back(name);
  return out;
}

Validated validate(std::vector<Claim> claims, const EntityLookup& entities,
                   const Ontology& onto) {
  Validated out;
  for (Claim& claim : claims) {
    const PropertyInfo* property = onto.property(onto.term(claim.predicate));
    // Symmetric statements are stored once: subject id ≤ object id.
    if (property && property->symmetric && claim.object < claim.subject) {
      std::swap(claim.subject, claim.object);
    }
    const Context ctx{claim, entities, onto, property};
    std::vector<std::string> reasons, failed;
    for (const auto& [name, check] : checks) {
      std::string why = check(ctx);
      if (why.empty()) continue;
      reasons.push_back(std::move(why));
      failed.emplace_back(name);
    }
    if (reasons.empty()) {
      out.accepted.push_back(std::move(claim));
      continue;
    }
    Rejection r;
    const Entity* s = entities.find(claim.subject);
    const Entity* o = entities.find(claim.object);
    const Entity* w = entities.find(claim.claimant);
    r.subject_label = s ? s->label : claim.subject;
    r.object_label = o ? o->label : claim.object;
    r.claimant_label = w ? w->label : claim.claimant;
    r.claim = std::move(claim);
    r.reasons = std::move(reasons);
    r.checks = std::move(failed);
    out.rejected.push_back(std::move(r));
  }
  return out;
}

}  // namespace claimgraph
