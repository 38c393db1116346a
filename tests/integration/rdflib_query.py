#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""rdflib_query.py GRAPH.ttl OUT_DIR QUERY.rq...: runs SPARQL queries with
rdflib over one Turtle file (e.g. claimgraph merge output) and writes each
result as SPARQL JSON to OUT_DIR/NAME.srj: the third SPARQL engine beside
Virtuoso and Oxigraph."""
import os
import sys
import time

import rdflib

rdflib.NORMALIZE_LITERALS = False  # keep lexical forms as written


def main():
    graph_file, out_dir, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
    g = rdflib.Graph()
    t0 = time.time()
    g.parse(graph_file, format="turtle")
    print(f"load {graph_file} {len(g)} {time.time() - t0:.3f}")
    for q in queries:
        name = os.path.splitext(os.path.basename(q))[0]
        t0 = time.time()
        with open(q, encoding="utf-8") as f:
            result = g.query(f.read())
        with open(os.path.join(out_dir, name + ".srj"), "wb") as f:
            f.write(result.serialize(format="json"))
        print(f"query {name} {time.time() - t0:.3f}")


if __name__ == "__main__":
    main()
