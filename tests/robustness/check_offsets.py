# SPDX-License-Identifier: ISC
# check_offsets.py GRAPH.ttl ARTICLE [MIN_CLAIMS]: every claim's evidence is
# the code-point slice [oa:start, oa:end) of the article as repaired (invalid
# UTF-8, NUL and C0 controls → U+FFFD, one per byte in these cases), so
# offsets stay consistent after repair. Needs rdflib (python3-rdflib).
import sys

import rdflib

CG = rdflib.Namespace("https://w3id.org/claimgraph#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")

graph = rdflib.Graph()
graph.parse(sys.argv[1], format="turtle")
raw = open(sys.argv[2], "rb").read().decode("utf-8", errors="replace")
text = "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c == "\x7f" else c
               for c in raw)
claims = 0
for claim, evidence in graph.subject_objects(CG.evidence):
    selector = graph.value(claim, CG.evidenceSelector)
    start = int(graph.value(selector, OA.start))
    end = int(graph.value(selector, OA.end))
    if text[start:end] != str(evidence):
        sys.exit(f"{claim}: [{start}, {end}) is {text[start:end]!r}, evidence {str(evidence)!r}")
    claims += 1
if claims < int(sys.argv[3] if len(sys.argv) > 3 else 1):
    sys.exit(f"only {claims} claims with evidence")
print(f"{claims} claims: evidence matches its offsets")
