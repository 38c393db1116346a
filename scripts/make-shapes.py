#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""Writes SHACL shapes (ontology/shapes.ttl) expressing the ontology's
constraints that SHACL Core can express: domains and ranges of claim
predicates (on triples and on cg:Claim reifications), disjoint classes,
datatypes, claim structure. Not expressible in SHACL Core, and checked only
by `claimgraph validate`: irreflexivity, symmetric statements stored once,
undeclared predicates. Usage: scripts/make-shapes.py [ONTOLOGY.ttl...] > shapes.ttl"""
import sys
import rdflib
from rdflib import RDF, RDFS, OWL, XSD, Namespace, BNode, Literal
from rdflib.collection import Collection

CG = Namespace("https://w3id.org/claimgraph#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = Namespace("https://w3id.org/claimgraph/shapes#")
PROV = Namespace("http://www.w3.org/ns/prov#")

onto = rdflib.Graph()
for path in sys.argv[1:] or ["ontology/claimgraph.ttl"]:
    onto.parse(path, format="turtle")
out = rdflib.Graph()
for prefix, ns in (("sh", SH), ("cg", CG), ("cgsh", SHAPES), ("rdf", RDF), ("rdfs", RDFS),
                   ("xsd", XSD), ("prov", PROV)):
    out.bind(prefix, ns)


def members(node):
    if isinstance(node, BNode):
        for union in onto.objects(node, OWL.unionOf):
            return list(Collection(onto, union))
    return [node]


def classes_constraint(shape, classes):
    if len(classes) == 1:
        out.add((shape, SH["class"], classes[0]))
        return
    alternatives = []
    for c in classes:
        alt = BNode()
        out.add((alt, SH["class"], c))
        alternatives.append(alt)
    head = BNode()
    Collection(out, head, alternatives)
    out.add((shape, SH["or"], head))


def local(iri):
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


predicates = sorted(set(onto.subjects(RDF.type, CG.ClaimPredicate)))
per_predicate = []
for p in predicates:
    domain = [c for d in onto.objects(p, RDFS.domain) for c in members(d)]
    rng = [c for r in onto.objects(p, RDFS.range) for c in members(r)]
    if domain:
        s = SHAPES[local(p) + "-subject"]
        out.add((s, RDF.type, SH.NodeShape))
        out.add((s, SH.targetSubjectsOf, p))
        classes_constraint(s, domain)
    if rng:
        o = SHAPES[local(p) + "-object"]
        out.add((o, RDF.type, SH.NodeShape))
        out.add((o, SH.targetObjectsOf, p))
        classes_constraint(o, rng)
    alt = BNode()
    for path, constraint in ((RDF.predicate, None), (RDF.subject, domain), (RDF.object, rng)):
        prop = BNode()
        out.add((alt, SH.property, prop))
        out.add((prop, SH.path, path))
        if constraint is None:
            out.add((prop, SH.hasValue, p))
        elif constraint:
            classes_constraint(prop, constraint)
    per_predicate.append(alt)

claim = SHAPES["Claim"]
out.add((claim, RDF.type, SH.NodeShape))
out.add((claim, SH.targetClass, CG.Claim))
for path in (RDF.subject, RDF.predicate, RDF.object):
    prop = BNode()
    out.add((claim, SH.property, prop))
    out.add((prop, SH.path, path))
    out.add((prop, SH.minCount, Literal(1)))
    out.add((prop, SH.maxCount, Literal(1)))
prov = BNode()
out.add((claim, SH.property, prov))
out.add((prov, SH.path, PROV.wasDerivedFrom))
out.add((prov, SH.minCount, Literal(1)))
out.add((prov, SH["class"], CG.Article))
conf = BNode()
out.add((claim, SH.property, conf))
out.add((conf, SH.path, CG.confidence))
out.add((conf, SH.maxCount, Literal(1)))
out.add((conf, SH.minInclusive, Literal(0)))
out.add((conf, SH.maxInclusive, Literal(1)))
for path, cls in ((CG.polarity, CG.Polarity), (CG.modality, CG.Modality), (CG.claimant, CG.Agent)):
    prop = BNode()
    out.add((claim, SH.property, prop))
    out.add((prop, SH.path, path))
    out.add((prop, SH["class"], cls))
head = BNode()
Collection(out, head, per_predicate)
out.add((claim, SH["or"], head))

# Datatypes of every datatype property whose range is one XSD datatype
# (or a union of them).
for p in sorted(set(onto.subjects(RDF.type, OWL.DatatypeProperty))):
    ranges = [c for r in onto.objects(p, RDFS.range) for c in members(r)]
    ranges = [r for r in ranges if str(r).startswith(str(XSD))]
    if not ranges:
        continue
    s = SHAPES[local(p) + "-datatype"]
    out.add((s, RDF.type, SH.NodeShape))
    out.add((s, SH.targetSubjectsOf, p))
    prop = BNode()
    out.add((s, SH.property, prop))
    out.add((prop, SH.path, p))
    if len(ranges) == 1:
        out.add((prop, SH.datatype, ranges[0]))
    else:
        alts = []
        for r in ranges:
            a = BNode()
            out.add((a, SH.datatype, r))
            alts.append(a)
        h = BNode()
        Collection(out, h, alts)
        out.add((prop, SH["or"], h))

# Disjointness, both owl:disjointWith and owl:AllDisjointClasses.
pairs = set()
for a, b in onto.subject_objects(OWL.disjointWith):
    pairs.add(tuple(sorted((a, b))))
for node in onto.subjects(RDF.type, OWL.AllDisjointClasses):
    for lst in onto.objects(node, OWL.members):
        ms = list(Collection(onto, lst))
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                pairs.add(tuple(sorted((a, b))))
for a, b in sorted(pairs):
    s = SHAPES[local(a) + "-not-" + local(b)]
    out.add((s, RDF.type, SH.NodeShape))
    out.add((s, SH.targetClass, a))
    n = BNode()
    out.add((s, SH["not"], n))
    out.add((n, SH["class"], b))

sys.stdout.write("# Generated by scripts/make-shapes.py from the ontology; do not edit by hand.\n")
sys.stdout.write(out.serialize(format="turtle"))
