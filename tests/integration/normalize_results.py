#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""Turns SPARQL 1.1 JSON query results (from Virtuoso, Oxigraph, ...) into a
canonical, diffable TSV: the expected-results format of examples/queries/.

  normalize_results.py RESULT.srj [-o OUT.tsv]

Line 1 lists the variables (?a<TAB>?b), then one line per row, in the
order the store returned them (every example query ends in ORDER BY over
all its columns). Terms are written the N-Triples way, IRIs shortened with
the prefixes below; an unbound variable is an empty cell. Literal forms are
normalised where stores legitimately differ (shared/notes/triple-stores.md):
  - numbers by value: "0.640"^^xsd:decimal -> 0.64, "+07"^^xsd:integer -> 7;
    booleans true/false; doubles/floats in shortest round-trip form;
  - every type derived from xsd:integer (xsd:nonNegativeInteger, xsd:int, ...)
    -> xsd:integer: Oxigraph stores integers by value and returns
    "5"^^xsd:nonNegativeInteger as "5"^^xsd:integer (Virtuoso keeps the type);
  - "x"^^xsd:string -> "x" (RDF 1.1: the same literal);
  - language tags lower-cased;
  - Virtuoso's legacy "typed-literal" type is a literal.
Anything else (IRIs, lexical forms of strings and dates) must be identical.
"""
import argparse
import json
import math
import re
import sys
from decimal import Decimal, InvalidOperation

XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = [  # longest namespace first where one is a prefix of another
    ("article", "https://w3id.org/claimgraph/article/"),
    ("claim", "https://w3id.org/claimgraph/claim/"),
    ("entity", "https://w3id.org/claimgraph/entity/"),
    ("statement", "https://w3id.org/claimgraph/statement/"),
    ("cg", "https://w3id.org/claimgraph#"),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "http://schema.org/"),
    ("xsd", XSD),
]
LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
INTEGERS = {XSD + t for t in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
    "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


def iri(value):
    for prefix, ns in PREFIXES:
        if value.startswith(ns):
            local = value[len(ns):]
            if LOCAL.match(local) and not local.endswith("."):
                return f"{prefix}:{local}"
    return f"<{value}>"


def quote(text):
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def canonical_lexical(value, datatype):
    """Canonical form of a number or boolean, or None to keep the lexical form."""
    try:
        if datatype in INTEGERS:
            return str(int(value.strip()))  # the caller writes ^^xsd:integer
        if datatype == XSD + "decimal":
            d = Decimal(value.strip())
            if d == 0:
                return "0"
            text = format(d.normalize(), "f")
            return text
        if datatype in (XSD + "double", XSD + "float"):
            f = float(value.strip())
            if math.isnan(f):
                return "NaN"
            if math.isinf(f):
                return "INF" if f > 0 else "-INF"
            return repr(f)
        if datatype == XSD + "boolean":
            return {"1": "true", "true": "true", "0": "false", "false": "false"}[value.strip()]
    except (ValueError, InvalidOperation, KeyError):
        return None  # ill-typed: leave as is, the comparison will show it
    return None


def term(binding):
    if binding is None:
        return ""
    kind = binding["type"]
    value = binding["value"]
    if kind == "uri":
        return iri(value)
    if kind == "bnode":
        return "_:b"  # blank node labels are not comparable across stores
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        if lang:
            return f"{quote(value)}@{lang.lower()}"
        datatype = binding.get("datatype")
        if not datatype or datatype == XSD + "string":
            return quote(value)
        canon = canonical_lexical(value, datatype)
        if canon is not None and datatype in INTEGERS:
            datatype = XSD + "integer"
        return f"{quote(canon if canon is not None else value)}^^{iri(datatype)}"
    raise ValueError(f"unknown term type {kind!r}")


def normalize(results):
    if "boolean" in results:
        return "?boolean\n" + ("true" if results["boolean"] else "false") + "\n"
    variables = results["head"]["vars"]
    lines = ["\t".join("?" + v for v in variables)]
    for row in results["results"]["bindings"]:
        lines.append("\t".join(term(row.get(v)) for v in variables))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="SPARQL JSON results, - for stdin")
    ap.add_argument("-o", "--output", help="TSV file (default: stdout)")
    args = ap.parse_args()
    text = sys.stdin.read() if args.input == "-" else open(args.input, encoding="utf-8").read()
    try:
        results = json.loads(text)
    except json.JSONDecodeError as e:
        sys.exit(f"{args.input}: not SPARQL JSON results ({e}): {text[:300]!r}")
    out = normalize(results)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
