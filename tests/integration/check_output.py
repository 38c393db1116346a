#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""check_output.py GRAPH.ttl GRAPH.nt: the output details triple stores care
about (issue 6, shared/notes/triple-stores.md). Prints one line per problem
and exits 1 if there is any.
  - no relative IRIs (the Turtle is parsed with a base that must never show);
  - http://schema.org/, never https;
  - literals in canonical lexical form (stores rewrite or merge the others):
    integers, decimals, booleans, dates; no explicit ^^xsd:string;
  - language tags on texts (titles, labels, evidence) and well-formed tags;
  - every Turtle prefix bound to its conventional namespace.
"""
import re
import sys
from decimal import Decimal, InvalidOperation

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

rdflib.NORMALIZE_LITERALS = False
BASE = "http://relative.invalid/"
PREFIXES = {
    "article": "https://w3id.org/claimgraph/article/",
    "cg": "https://w3id.org/claimgraph#",
    "claim": "https://w3id.org/claimgraph/claim/",
    "entity": "https://w3id.org/claimgraph/entity/",
    "statement": "https://w3id.org/claimgraph/statement/",
    "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "http://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
TEXT_PROPERTIES = {
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "https://w3id.org/claimgraph#evidence",
}
INTEGER_TYPES = {XSD[t] for t in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long")}
LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
DATE = re.compile(r"^-?\d{4,}-\d{2}-\d{2}$")
GYEARMONTH = re.compile(r"^-?\d{4,}-\d{2}$")


def canonical_decimal(text):
    d = Decimal(text)
    t = format(d, "f")
    if "." not in t:
        t += ".0"
    t = t.rstrip("0")
    return t + "0" if t.endswith(".") else t


def literal_problem(lit):
    lex, dt = str(lit), lit.datatype
    if dt == XSD.string:
        return "explicit ^^xsd:string (Virtuoso keeps it apart from the plain literal)"
    try:
        if dt in INTEGER_TYPES and lex != str(int(lex)):
            return "non-canonical integer"
        if dt == XSD.decimal and lex != canonical_decimal(lex):
            # XSD 1.0 canonical: at least one digit either side of the point
            return f"non-canonical decimal (canonical {canonical_decimal(lex)})"
    except (ValueError, InvalidOperation):
        return "ill-typed number"
    if dt == XSD.boolean and lex not in ("true", "false"):
        return "non-canonical boolean"
    if dt == XSD.date and not DATE.match(lex):
        return "malformed xsd:date"
    if dt == XSD.gYearMonth and not GYEARMONTH.match(lex):
        return "malformed xsd:gYearMonth"
    if lit.language is not None and not LANG.match(lit.language):
        return f"malformed language tag @{lit.language}"
    return None


def main():
    ttl, nt = sys.argv[1], sys.argv[2]
    problems = []
    g = rdflib.Graph()
    g.parse(ttl, format="turtle", publicID=BASE)
    for s, p, o in g:
        for term in (s, p, o):
            if isinstance(term, URIRef) and str(term).startswith(BASE):
                problems.append(f"relative IRI <{term}> in {s} {p}")
            if isinstance(term, URIRef) and str(term).startswith("https://schema.org/"):
                problems.append(f"https schema.org IRI <{term}>")
        if isinstance(o, Literal):
            why = literal_problem(o)
            if why:
                problems.append(f'{why}: "{o}"^^{o.datatype} in {s} {p}')
            if str(p) in TEXT_PROPERTIES and o.language is None:
                problems.append(f'text without language tag: {s} {p} "{o[:60]}"')
    declared = {}
    with open(ttl, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"@prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>\s*\.", line)
            if m:
                declared[m.group(1) or ""] = m.group(2)
    for prefix, ns in declared.items():
        if PREFIXES.get(prefix) != ns:
            problems.append(f"prefix {prefix}: <{ns}> is not the conventional one ({PREFIXES.get(prefix)})")
    with open(nt, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if len(lines) != len(set(lines)):
        problems.append(f"{len(lines) - len(set(lines))} duplicate statements in the N-Triples output")
    for line in problems:
        print(line)
    print(f"check_output: {len(g)} triples, {len(declared)} prefixes, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
