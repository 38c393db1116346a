#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""count_rdflib.py FORMAT FILE: prints the number of distinct statements
(quads for nquads/trig) rdflib reads from FILE. Literals are kept as written
(rdflib would otherwise rewrite "01"^^xsd:integer to "1" and merge)."""
import sys

import rdflib

rdflib.NORMALIZE_LITERALS = False
fmt, path = sys.argv[1], sys.argv[2]
if fmt in ("nquads", "trig"):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    print(sum(1 for _ in ds.quads((None, None, None, None))))
else:
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    print(len(g))
