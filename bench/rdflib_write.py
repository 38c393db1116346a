#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""What a user would otherwise write: the same claims through rdflib.

Reads claimgraph's N-Triples output, builds the same graph in an rdflib Graph
with claimgraph's prefixes, and serialises it as Turtle. Prints one JSON line
with the triple count and the seconds spent parsing (building the graph) and
serialising, so bench.sh can set them beside claimgraph and serdi.

  /usr/bin/python3 bench/rdflib_write.py graph.nt out.ttl
"""

import json
import sys
import time

import rdflib
from rdflib.namespace import Namespace

BASE = "https://w3id.org/claimgraph/"
PREFIXES = {
    "article": BASE + "article/", "claim": BASE + "claim/", "entity": BASE + "entity/",
    "cg": "https://w3id.org/claimgraph#", "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#", "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#", "wd": "http://www.wikidata.org/entity/",
}


def main():
    src, dst = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    g = rdflib.Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, Namespace(ns))
    g.parse(src, format="nt")
    t1 = time.perf_counter()
    g.serialize(destination=dst, format="turtle")
    t2 = time.perf_counter()
    print(json.dumps({"rdflib": rdflib.__version__, "triples": len(g),
                      "parse_s": round(t1 - t0, 3), "serialize_s": round(t2 - t1, 3)}))


if __name__ == "__main__":
    main()
